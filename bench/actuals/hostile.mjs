/**
 * Hostile inputs for every actuals loader, shared by tests/actuals/hostile.test.ts (a CI-sized run) and
 * bench/actuals/hostile-run.mjs (≥ 100,000 inputs per loader, `make bench`).
 *
 * A generated table is a long actuals table (a header of known names, then rows) whose cells are drawn from pools of
 * hostile text: numbers in every notation the grammar accepts or must refuse (`"1,5"`, `1e400`, `2300左右`, `—`),
 * quotes, delimiters, CR/LF, BOMs, U+2028, lone surrogates, control characters, formula-leading text, `__proto__`,
 * very long cells; typed cells (NaN, ±Infinity, huge doubles, nested arrays in JSON). `encode` writes it in one of
 * the seven formats; `checkLoad` checks the invariants on what the loader returned.
 */
import XLSX from '@e965/xlsx';
import { table, toArrowIPC } from 'arquero';
import fc from 'fast-check';
import { parquetWriteBuffer } from 'hyparquet-writer';

/** The formats a table is written in, one loader each. */
export const FORMATS = ['csv', 'tsv', 'json', 'xlsx', 'xls', 'arrow', 'parquet'];

const HOSTILE_TEXT = [
  '武汉市',
  '襄阳市',
  '湖北省',
  '全市',
  '合计',
  '东湖高新区',
  '地区生产总值',
  '社会消费品零售总额',
  '规模以上工业增加值',
  '亿元',
  '万元',
  '%',
  '万吨',
  '岁',
  '',
  ' ',
  '\u3000',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '=1+1',
  '+cmd|calc',
  '@SUM(A1)',
  '-2+3',
  '"',
  '""',
  'a,b',
  'a\tb',
  'x\ny',
  'x\r\ny',
  '\r',
  '注：测试',
  '数据来源：测试',
  '单位:亿元',
  '其中：工业',
  '2021年',
  '—',
  '…',
  '-',
  '#N/A',
  '\uFEFF武汉市',
  '\u2028',
  '\u0000',
  '\u0007',
  '😀',
  '\uD800',
  'Ａ',
  'NaN',
  'Infinity',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '武'.repeat(300),
];
const NUMBER_TEXT = [
  '17716.76',
  '17,716.76',
  '1,234,567',
  '1,5',
  '12,34',
  '"1"7716.76',
  '约3000',
  '2300左右',
  '不足100',
  '超过9330',
  '>5000',
  '12%以上',
  '≥40',
  '1e400',
  '-1e308',
  '-0',
  '0x10',
  '1.45万',
  '三千',
  '１２３',
  '١٢٣',
  '1_000',
  '—',
  '…',
  '-',
  'x',
  '',
  ' ',
  '.5',
  '5.',
  '+7',
  '1e-5',
  '9'.repeat(30),
  `0.${'3'.repeat(40)}`,
];
const YEAR_TEXT = ['2021', '2021年', '约2021', '20２1', '', '—', '1899', '2101', '2021.5', 'MMXXI'];

const text = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
);
const finiteNumber = fc.oneof(
  fc.integer({ min: -1e6, max: 1e9 }),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER + 2),
);
const anyNumber = fc.oneof(
  { weight: 5, arbitrary: finiteNumber },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);
const numberText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NUMBER_TEXT) },
  { weight: 1, arbitrary: finiteNumber.map(String) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const yearCell = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1890, max: 2110 }) },
  { weight: 1, arbitrary: fc.constantFrom(...YEAR_TEXT) },
);
const valueCell = fc.oneof(
  { weight: 3, arbitrary: anyNumber },
  { weight: 3, arbitrary: numberText },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: text },
);

/** Columns of a generated table: header name and the kind of cell it holds. */
const COLUMNS = [
  ['地区', 'text'],
  ['指标', 'text'],
  ['年份', 'year'],
  ['数值', 'value'],
  ['单位', 'text'],
  ['增速', 'value'],
  ['来源', 'text'],
  ['value', 'value'],
  ['备注', 'text'],
];

/**
 * A random long table: a header (地区, 指标, 年份, 数值 always; 单位, 增速, 来源, a second value column `value`, 备注
 * sometimes, in any order) and 0–`maxRows` rows. For the typed formats (Arrow, Parquet) a value column is either all
 * numbers or all text.
 */
export const hostileTable = (maxRows = 12) =>
  fc
    .record({
      extra: fc.subarray([4, 5, 6, 7, 8]),
      order: fc.array(fc.nat(), { minLength: 9, maxLength: 9 }),
      typedNumbers: fc.boolean(),
      n: fc.nat({ max: maxRows }),
    })
    .chain(({ extra, order, typedNumbers, n }) => {
      const cols = [0, 1, 2, 3, ...extra].sort((a, b) => (order[a] ?? 0) - (order[b] ?? 0));
      const cell = (kind) =>
        kind === 'text'
          ? text
          : kind === 'year'
            ? yearCell
            : typedNumbers
              ? fc.oneof(anyNumber, fc.constant(null))
              : valueCell;
      const row = fc.tuple(...cols.map((c) => cell(COLUMNS[c][1])));
      return fc.array(row, { minLength: n, maxLength: n }).map((rows) => ({
        header: cols.map((c) => COLUMNS[c][0]),
        kinds: cols.map((c) => COLUMNS[c][1]),
        typedNumbers,
        rows,
      }));
    });

const csvCell = (v, delim) => {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'number' ? String(v) : v;
  return s.includes('"') || s.includes(delim) || s.includes('\n') || s.includes('\r')
    ? `"${s.replace(/"/g, '""')}"`
    : s;
};

/** Write a generated table in one format; `text` cells of typed formats are strings, numbers stay numbers. */
export function encode(t, format) {
  const { header, rows } = t;
  switch (format) {
    case 'csv':
    case 'tsv': {
      const d = format === 'csv' ? ',' : '\t';
      const lines = [header, ...rows].map((r) => r.map((v) => csvCell(v, d)).join(d));
      return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
    }
    case 'json':
      return Buffer.from(
        JSON.stringify(rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])))),
        'utf8',
      );
    case 'xlsx':
    case 'xls': {
      const wb = XLSX.utils.book_new();
      XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([header, ...rows]), 'S');
      return Buffer.from(XLSX.write(wb, { type: 'buffer', bookType: format === 'xlsx' ? 'xlsx' : 'biff8' }));
    }
    case 'arrow':
    case 'parquet': {
      const columns = header.map((h, i) => {
        const numeric = t.kinds[i] === 'value' && t.typedNumbers;
        const data = rows.map((r) =>
          r[i] === null || r[i] === undefined
            ? null
            : numeric
              ? r[i]
              : typeof r[i] === 'number'
                ? String(r[i])
                : r[i],
        );
        return { name: h, data, numeric };
      });
      if (format === 'arrow')
        return toArrowIPC(table(Object.fromEntries(columns.map((c) => [c.name, c.data]))));
      return Buffer.from(
        parquetWriteBuffer({
          columnData: columns.map((c) => ({
            name: c.name,
            data: c.data,
            type: c.numeric ? 'DOUBLE' : 'STRING',
          })),
        }),
      );
    }
    default:
      throw new Error(`unknown format ${format}`);
  }
}

/**
 * The value cells a loader must account for: the non-blank cells of the value and growth columns (数值, value, 增速)
 * in rows that are not blank. `blank` is the loader's own rule for one cell (its number grammar).
 */
export function expectedValueCells(t, blank, format) {
  let n = 0;
  for (const r of t.rows) {
    // JSON has no NaN or ±Infinity: they are written as null
    const cells = r.map((v) =>
      v === null || v === undefined || (format === 'json' && typeof v === 'number' && !Number.isFinite(v))
        ? ''
        : typeof v === 'number'
          ? v
          : String(v),
    );
    const rowBlank =
      format === 'csv' || format === 'tsv'
        ? cells.every((v) => v === '')
        : format === 'xlsx' || format === 'xls'
          ? cells.every((v) => typeof v !== 'number' && String(v).trim() === '')
          : false;
    if (rowBlank) continue;
    t.kinds.forEach((k, i) => {
      if (k === 'value' && !blank(cells[i])) n++;
    });
  }
  return n;
}

/**
 * Check one load: rows in = used + rejected; value cells in = used + rejected = the value cells written; every
 * reject and warning names a reason; no used row holds a non-finite value.
 */
export function checkLoad(result, expectedCells) {
  const fail = (m) => {
    throw new Error(m);
  };
  if (result.rows.length + result.rejects.length !== result.rowsIn)
    fail(`rows: ${result.rowsIn} in, ${result.rows.length} used + ${result.rejects.length} rejected`);
  const c = result.cells;
  if (c.used + c.rejected !== c.in) fail(`cells: ${c.in} in, ${c.used} used + ${c.rejected} rejected`);
  if (c.in !== expectedCells) fail(`cells: ${c.in} counted, ${expectedCells} written`);
  for (const r of [...result.rejects, ...result.warnings])
    if (!r.reason) fail(`a reject without a reason: ${JSON.stringify(r)}`);
  for (const r of result.rows) {
    if (r.value !== null && !Number.isFinite(r.value)) fail(`non-finite value ${r.value}`);
    if (r.growth_pct !== null && !Number.isFinite(r.growth_pct)) fail(`non-finite growth ${r.growth_pct}`);
  }
}
