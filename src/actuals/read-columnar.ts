/**
 * Arrow IPC and Parquet readers: both are columnar already, so columns go straight into the raw form.
 */
import { fromArrow } from 'arquero';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead } from 'hyparquet';
import { type ColumnMapping, duplicateTextWarnings, mapColumns } from './fields.js';
import { cellText, type RawTable, rawFromColumns } from './raw.js';

const oneBased = (n: number): Int32Array => {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i + 1;
  return rows;
};

/**
 * Read Arrow IPC bytes (file or stream format) into the raw columnar form. Row numbers are 1-based.
 *
 * Complexity: O(rows × mapped columns).
 *
 * @example
 * const raw = readArrowRaw(readFileSync('actuals.arrow'), 'actuals.arrow');
 * @throws {Error} when the bytes are not Arrow IPC, naming the file.
 */
export function readArrowRaw(bytes: Uint8Array, file: string, mapping?: ColumnMapping): RawTable {
  let table: ReturnType<typeof fromArrow>;
  try {
    table = fromArrow(bytes);
  } catch (e) {
    throw new Error(`${file}: not an Arrow IPC file: ${(e as Error).message}`);
  }
  const headers = table.columnNames();
  const n = table.numRows();
  const fieldMap = mapColumns(headers, mapping);
  return rawFromColumns(
    file,
    fieldMap,
    (c) => table.array(headers[c]!) as ArrayLike<unknown>,
    n,
    oneBased(n),
  );
}

/**
 * Read a Parquet file (path or bytes) into the raw columnar form, column chunk by column chunk: numeric columns go
 * into Float64Arrays and text columns are dictionary-encoded as chunks arrive, so no per-row objects or
 * 10-million-element arrays of values are built. Row numbers are 1-based.
 *
 * Complexity: O(rows × mapped columns).
 *
 * @example
 * const raw = await readParquetRaw('actuals.parquet', 'actuals.parquet');
 * @throws {Error} when the file is not Parquet, naming the file.
 */
export async function readParquetRaw(
  input: string | Uint8Array,
  file: string,
  mapping?: ColumnMapping,
): Promise<RawTable> {
  const buffer =
    typeof input === 'string'
      ? await asyncBufferFromFile(input)
      : (input.buffer.slice(input.byteOffset, input.byteOffset + input.byteLength) as ArrayBuffer);
  let meta: Awaited<ReturnType<typeof parquetMetadataAsync>>;
  try {
    meta = await parquetMetadataAsync(buffer);
  } catch (e) {
    throw new Error(`${file}: not a Parquet file: ${(e as Error).message}`);
  }
  const headers = meta.schema.slice(1).map((s) => s.name);
  const n = Number(meta.num_rows);
  let groupRows = 0;
  for (const g of meta.row_groups) groupRows += Number(g.num_rows);
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 31 - 1 || groupRows !== n)
    throw new Error(
      `${file}: the Parquet footer says ${meta.num_rows} rows but its row groups hold ${groupRows}`,
    );
  const fieldMap = mapColumns(headers, mapping);
  const numeric = new Set(['year', 'value', 'growth_pct']);
  const text: RawTable['text'] = {};
  const numbers: RawTable['numbers'] = {};
  const sinks = new Map<string, (data: ArrayLike<unknown>, rowStart: number) => void>();
  const finishers: (() => void)[] = [];
  const extraNumbers: NonNullable<RawTable['extraNumbers']> = [];
  const wanted: [string, number, boolean][] = (Object.entries(fieldMap.columns) as [string, number][]).map(
    ([f, c]) => [f, c, false],
  );
  for (const d of fieldMap.duplicates) if (numeric.has(d.field)) wanted.push([d.field, d.column, true]);
  for (const [field, col, extra] of wanted) {
    const name = headers[col]!;
    if (numeric.has(field)) {
      const values = new Float64Array(n).fill(Number.NaN);
      const slow = new Map<number, string>();
      sinks.set(name, (data, rowStart) => {
        if (rowStart + data.length > n)
          throw new Error(`${file}: column ${name} holds more rows than the footer's ${n}`);
        for (let i = 0; i < data.length; i++) {
          const x = data[i];
          // NaN and ±Infinity are kept as text, so that the number grammar rejects them as CSV does
          if (typeof x === 'number' && Number.isFinite(x)) values[rowStart + i] = x;
          else if (typeof x === 'bigint') values[rowStart + i] = Number(x);
          else if (x !== null && x !== undefined && x !== '') slow.set(rowStart + i, cellText(x));
        }
      });
      if (extra) extraNumbers.push({ field: field as 'value', header: name, column: { values, text: slow } });
      else numbers[field as 'year'] = { values, text: slow };
    } else {
      const codes = new Uint32Array(n);
      const dict: string[] = [''];
      const index = new Map<string, number>([['', 0]]);
      const seen = new Map<unknown, number>();
      let last: unknown = '';
      let lastCode = 0;
      sinks.set(name, (data, rowStart) => {
        if (rowStart + data.length > n)
          throw new Error(`${file}: column ${name} holds more rows than the footer's ${n}`);
        for (let i = 0; i < data.length; i++) {
          const x = data[i];
          if (x !== last) {
            // raw cell → code first: the text (trimmed, well-formed) is worked out once per distinct cell
            let c = seen.get(x);
            if (c === undefined) {
              const s = x === null || x === undefined ? '' : cellText(x).trim();
              c = index.get(s);
              if (c === undefined) {
                c = dict.length;
                dict.push(s);
                index.set(s, c);
              }
              if (typeof x === 'string' || x === null || x === undefined) seen.set(x, c);
            }
            last = x;
            lastCode = c;
          }
          codes[rowStart + i] = lastCode;
        }
      });
      finishers.push(() => {
        text[field as 'region'] = { codes, dict };
      });
    }
  }
  // one row group at a time, so that only one group's decoded pages are alive at once
  let start = 0;
  for (const group of meta.row_groups) {
    const end = start + Number(group.num_rows);
    await parquetRead({
      file: buffer,
      metadata: meta,
      columns: [...sinks.keys()],
      rowStart: start,
      rowEnd: end,
      onChunk: ({ columnName, columnData, rowStart }) => sinks.get(columnName)?.(columnData, rowStart),
    });
    start = end;
  }
  for (const f of finishers) f();
  return {
    file,
    length: n,
    rows: oneBased(n),
    text,
    numbers,
    fieldMap,
    context: {},
    rejects: [],
    rowsIn: n,
    extraNumbers,
    warnings: duplicateTextWarnings(file, fieldMap),
  };
}
