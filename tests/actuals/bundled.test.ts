import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadBundledActuals } from '../../src/actuals/bundled.js';
import { ACTUAL_COLUMNS, actualsTable } from '../../src/actuals/table.js';
import { formatCsv } from '../../src/io/csv.js';
import { dataPath } from '../../src/io/paths.js';

describe('bundled actuals (data/actuals: the shared hubei CSV and the figures collected since)', () => {
  it('accounts for every row: 149 in, 149 used; the unit 比值 is kept as written with a warning', async () => {
    const r = await loadBundledActuals();
    expect(r.rowsIn).toBe(149);
    expect(r.rows).toHaveLength(149);
    expect(r.rejects).toHaveLength(0);
    expect(r.cells.in).toBe(r.cells.used + r.cells.rejected);
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/hubei-actuals-published\.csv$/),
        row: 123,
        column: 'unit',
        reason: 'unit "比值" is not in the unit table: 1 value kept as written, not converted',
      }),
    );
  });

  it('keeps source and quote, and reads values, bounds and growth as published', async () => {
    const { rows } = await loadBundledActuals();
    const gdp21 = rows.find(
      (r) => r.region === '武汉市' && r.subject === '地区生产总值' && r.year === 2021 && r.scope === '全市',
    );
    // "17716.76亿元 … 12.2 percent … at comparable prices"
    expect(gdp21).toMatchObject({
      value: 1771676000000,
      unit: 'yuan',
      growth_pct: 12.2,
      price_basis: 'real',
      preliminary: false,
      source: 'https://www.globaltimes.cn/page/202201/1246816.shtml',
    });
    expect(gdp21!.quote).toMatch(/^\[EN\] The GDP of Wuhan/);
    // 招商引资实际到位资金超过9330亿元
    const zs = rows.find((r) => r.subject === '招商引资实际到位资金' && r.year === 2021)!;
    expect(zs).toMatchObject({ value: 933000000000, bound: '>' });
    // 东湖高新区 rows are zone rows of 武汉市, not city totals
    const zone = rows.filter((r) => r.scope === '东湖新技术开发区');
    expect(zone.length).toBe(6);
    expect(zone.every((r) => r.region === '武汉市')).toBe(true);
    // 实际利用外资 in 亿美元 stays in usd
    expect(rows.find((r) => r.subject === '实际利用外资')).toMatchObject({ value: 2330000000, unit: 'usd' });
  });

  it('flags 预计 rows as preliminary and keeps them beside the final figures', async () => {
    const { rows } = await loadBundledActuals();
    const gdp23 = rows.filter(
      (r) => r.region === '武汉市' && r.subject === '地区生产总值' && r.year === 2023 && r.scope === '全市',
    );
    expect(gdp23.map((r) => [r.growth_pct, r.growth_bound, r.preliminary])).toEqual([
      [5.7, '=', false],
      [6, '~', true],
    ]);
    const prelim = rows.filter((r) => r.preliminary);
    // 13 rows carry a (预计) marker in the indicator; 襄阳 农产品加工业 2018 says 预计 in its quote
    expect(prelim).toHaveLength(14);
    expect(prelim.find((r) => r.region === '襄阳市')).toMatchObject({ subject: '农产品加工', year: 2018 });
  });

  it('reads partial-year periods from the subject column', async () => {
    const { rows } = await loadBundledActuals();
    const partial = rows.filter((r) => r.period !== null).map((r) => `${r.region} ${r.subject} ${r.period}`);
    expect(partial).toContain('襄阳市 汽车及零部件 2021-01/11');
    expect(partial).toContain('黄冈市 工业投资 2023Q1');
    expect(partial).toContain('武汉市 光电子信息 2025-01/03');
  });

  it('matches the committed tidy table data/actuals/actuals.csv', async () => {
    const { rows } = await loadBundledActuals();
    const csv = formatCsv(
      ACTUAL_COLUMNS,
      rows.map((r) => ({ ...r, note: r.note ?? '' })),
    );
    expect(readFileSync(dataPath('actuals', 'actuals.csv'), 'utf8')).toBe(csv);
  });

  it('becomes an arquero table with the tidy columns', async () => {
    const { rows } = await loadBundledActuals();
    const t = actualsTable(rows);
    expect(t.numRows()).toBe(149);
    expect(t.columnNames()).toEqual([...ACTUAL_COLUMNS]);
  });
});
