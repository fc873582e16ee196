/**
 * The standing hostile-input suite (issue 12 item 3): every loader (CSV, TSV, JSON, xlsx, xls, Arrow, Parquet) on
 * random hostile tables, with the invariants: rows in = used + rejected; every value cell written is counted and is
 * used or rejected; the tidy output re-reads to the same table; no throw but a clear error naming the file; time
 * linear in input size within a factor. The ≥ 100,000-input run per loader is bench/actuals/hostile-run.mjs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkLoad,
  encode,
  expectedValueCells,
  FORMATS,
  type HostileTable,
  hostileTable,
} from '../../bench/actuals/hostile.mjs';
import { readNumberCell } from '../../src/actuals/bounds.js';
import { loadActuals } from '../../src/actuals/load.js';
import { ACTUAL_COLUMNS } from '../../src/actuals/table.js';
import { formatCsv } from '../../src/io/csv.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 150);
const blank = (v: string | number) => typeof v !== 'number' && readNumberCell(v).kind === 'blank';

describe('hostile inputs, every loader', () => {
  for (const format of FORMATS) {
    it(`${format}: ${RUNS} hostile tables keep every invariant`, async () => {
      await fc.assert(
        fc.asyncProperty(hostileTable(), async (t: HostileTable) => {
          const file = `hostile.${format}`;
          let r: Awaited<ReturnType<typeof loadActuals>>;
          try {
            r = await loadActuals(encode(t, format), { fileName: file, format });
          } catch (e) {
            expect((e as Error).message).toContain(file);
            return;
          }
          checkLoad(r, expectedValueCells(t, blank, format));
          const tidy = formatCsv(
            ACTUAL_COLUMNS,
            r.rows.map((x) => ({ ...x, note: x.note ?? '' })),
          );
          const again = await loadActuals(Buffer.from(tidy, 'utf8'), { fileName: 'again.csv' });
          expect(again.rejects).toEqual([]);
          expect(again.rows).toEqual(r.rows);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

describe('time is linear in input size', () => {
  // A fixed hostile row pattern, repeated: load n and 8n rows, best of three each; a quadratic path would take 64×
  const pattern: HostileTable['rows'] = [
    ['武汉市', '地区生产总值', 2021, '17,716.76', '亿元', 12.2],
    ['襄阳市', '社会消费品零售总额', '2022年', '约3000', '亿元', '—'],
    ['', '规模以上工业增加值', 2023, '1,5', '万元', 'x\ny'],
    ['黄冈市', '__proto__', 2023, Number.NaN, '万吨', null],
  ];
  const tableOf = (n: number): HostileTable => ({
    header: ['地区', '指标', '年份', '数值', '单位', '增速'],
    kinds: ['text', 'text', 'year', 'value', 'text', 'value'],
    typedNumbers: false,
    rows: Array.from({ length: n }, (_, i) => pattern[i % pattern.length]!),
  });
  const best = async (bytes: Uint8Array, format: string) => {
    let ms = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      await loadActuals(bytes, { fileName: `linear.${format}`, format: format as 'csv' });
      ms = Math.min(ms, performance.now() - t0);
    }
    return ms;
  };
  for (const format of FORMATS) {
    it(`${format}: 8× the rows takes less than 24× the time`, async () => {
      // start where one load takes tens of milliseconds, so that timer and GC noise do not decide the ratio
      let n = format === 'xlsx' || format === 'xls' ? 250 : 1000;
      let small = await best(encode(tableOf(n), format), format);
      while (small < 40 && n < 64_000) {
        n *= 2;
        small = await best(encode(tableOf(n), format), format);
      }
      const large = await best(encode(tableOf(8 * n), format), format);
      expect(large / small).toBeLessThan(24);
    });
  }
});
