#!/usr/bin/env node
/**
 * The large hostile-input run (issue 12): every actuals loader on N random hostile tables (default 100,000 each),
 * checking the invariants of tests/actuals/hostile.test.ts on the built package: rows in = used + rejected; every value
 * cell written is counted and used or rejected; the tidy output re-reads to the same table; no throw but an error
 * naming the file. Then time against size: n and 8n rows of a hostile pattern per loader, best of three, with the
 * ratio (8 for linear, 64 for quadratic).
 *
 *   npm run build && node bench/actuals/hostile-run.mjs [N] [format…]
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { ACTUAL_COLUMNS, formatCsv, loadActuals, readNumberCell } from '../../dist/index.js';
import { checkLoad, encode, expectedValueCells, FORMATS, hostileTable } from './hostile.mjs';

const runs = Number(process.argv[2]) || 100_000;
const formats = process.argv.slice(3).length > 0 ? process.argv.slice(3) : FORMATS;
const blank = (v) => typeof v !== 'number' && readNumberCell(v).kind === 'blank';

for (const format of formats) {
  const t0 = performance.now();
  let rows = 0;
  let cells = 0;
  let rejected = 0;
  let errors = 0;
  await fc.assert(
    fc.asyncProperty(hostileTable(), async (t) => {
      const file = `hostile.${format}`;
      let r;
      try {
        r = await loadActuals(encode(t, format), { fileName: file, format });
      } catch (e) {
        if (!String(e?.message).includes(file))
          throw new Error(`an error that does not name the file: ${e?.stack}`);
        errors++;
        return;
      }
      checkLoad(r, expectedValueCells(t, blank, format));
      rows += r.rowsIn;
      cells += r.cells.in;
      rejected += r.cells.rejected;
      const tidy = formatCsv(
        ACTUAL_COLUMNS,
        r.rows.map((x) => ({ ...x, note: x.note ?? '' })),
      );
      const again = await loadActuals(Buffer.from(tidy, 'utf8'), { fileName: 'again.csv' });
      if (again.rejects.length > 0 || !isDeepStrictEqual(again.rows, r.rows))
        throw new Error('the tidy output does not re-read to the same table');
    }),
    { numRuns: runs },
  );
  const s = (performance.now() - t0) / 1000;
  console.log(
    `${format.padEnd(8)} ${runs} hostile tables in ${s.toFixed(1)} s (${((s / runs) * 1000).toFixed(2)} ms each): ` +
      `${rows} rows, ${cells} value cells (${rejected} rejected), ${errors} clear errors; every invariant held`,
  );
}

// time against size
const pattern = [
  ['武汉市', '地区生产总值', 2021, '17,716.76', '亿元', 12.2],
  ['襄阳市', '社会消费品零售总额', '2022年', '约3000', '亿元', '—'],
  ['', '规模以上工业增加值', 2023, '1,5', '万元', 'x\ny'],
  ['黄冈市', '__proto__', 2023, Number.NaN, '万吨', null],
];
const tableOf = (n) => ({
  header: ['地区', '指标', '年份', '数值', '单位', '增速'],
  kinds: ['text', 'text', 'year', 'value', 'text', 'value'],
  typedNumbers: false,
  rows: Array.from({ length: n }, (_, i) => pattern[i % pattern.length]),
});
const best = async (bytes, format) => {
  let ms = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    await loadActuals(bytes, { fileName: `linear.${format}`, format });
    ms = Math.min(ms, performance.now() - t0);
  }
  return ms;
};
for (const format of formats) {
  const n = format === 'xlsx' || format === 'xls' ? 5000 : 25_000;
  const small = await best(encode(tableOf(n), format), format);
  const large = await best(encode(tableOf(8 * n), format), format);
  console.log(
    `${format.padEnd(8)} ${n} rows ${small.toFixed(0)} ms, ${8 * n} rows ${large.toFixed(0)} ms: ratio ${(large / small).toFixed(1)} (8 = linear)`,
  );
  if (large / small > 24) {
    console.error(
      `${format}: time grows faster than linear (ratio ${(large / small).toFixed(1)} for 8× the rows)`,
    );
    process.exitCode = 1;
  }
}
