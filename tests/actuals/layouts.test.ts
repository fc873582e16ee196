/**
 * Real table layouts (issue 14 items 3 and 4): yearbook sheets in both orientations, portal exports, a multi-sheet
 * workbook. Every value is checked, and the accounting: rows in = used + rejected, cells in = used + rejected, each
 * rejected cell named by sheet and cell. The fixtures' figures are synthetic; their shapes are described in
 * tests/fixtures/actuals/layouts/README.md.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import type { ActualRow, LoadResult } from '../../src/actuals/types.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'actuals', 'layouts', name);
const accounted = (r: LoadResult) => {
  expect(r.rows.length + r.rejects.length).toBe(r.rowsIn);
  expect(r.cells.used + r.cells.rejected).toBe(r.cells.in);
};
const pick = (rows: ActualRow[]) =>
  rows.map((x) => [x.indicator, x.year, x.value, x.unit, x.bound, x.growth_pct]);

describe('a yearbook sheet, indicators as rows and years across (the layout that lost every value)', async () => {
  const r = await loadActuals(fixture('yearbook-indicators-by-year.xlsx'), {
    defaults: { region: '武汉市' },
  });

  it('reads every year under the merged 绝对数 header, with 比上年增长 as the latest year’s growth', () => {
    accounted(r);
    const gdp = r.rows.filter((x) => x.indicator === '地区生产总值');
    expect(pick(gdp)).toEqual([
      ['地区生产总值', 2019, 100050000000, 'yuan', '=', null],
      ['地区生产总值', 2020, 101020000000, 'yuan', '=', null],
      ['地区生产总值', 2021, 110580000000, 'yuan', '=', 8.1],
    ]);
    expect(gdp[2]!.note).toBe('growth column "比上年增长(%)" read as 2021\'s');
  });

  it('keeps the parent of indented and 其中 sub-rows, and reads them with the parent’s metric', () => {
    const sub = r.rows.filter((x) => x.year === 2021 && x.note?.includes('sub-row'));
    expect(sub.map((x) => [x.indicator, x.value, x.note?.replace(/^.*; /, '')])).toEqual([
      ['第一产业增加值', 5500000000, 'sub-row of 地区生产总值'],
      ['第二产业增加值', 44010000000, 'sub-row of 地区生产总值'],
      ['工业增加值', 36090000000, 'sub-row of 第二产业'],
      ['建筑业增加值', 7920000000, 'sub-row of 第二产业'],
      ['第三产业增加值', 61070000000, 'sub-row of 地区生产总值'],
    ]);
  });

  it('reads "2300左右" as ~, a unit in a row label over the 单位 line, and names every rejected cell', () => {
    expect(pick(r.rows.filter((x) => x.indicator === '社会消费品零售总额' && x.year === 2021))).toEqual([
      ['社会消费品零售总额', 2021, 230000000000, 'yuan', '~', null],
    ]);
    expect(pick(r.rows.filter((x) => x.indicator === '实际利用外资'))).toEqual([
      ['实际利用外资', 2020, 1250000000, 'usd', '=', null],
      ['实际利用外资', 2021, 1310000000, 'usd', '=', 4.8],
    ]);
    expect(r.rejects.map((x) => [x.row, x.sheet ?? '', x.cell ?? '', x.reason])).toEqual([
      [12, '1-1', 'B12', 'no figure: "—": no figure published'],
      [13, '', '', 'footnote, not a data row'],
      [14, '', '', 'footnote, not a data row'],
    ]);
    expect(r.warnings.map((x) => [x.sheet, x.cell, x.reason])).toEqual([
      ['1-1', 'E11', 'growth "…": no figure published'],
    ]);
    expect(r.rowsIn).toBe(26);
    expect(r.cells).toEqual({ in: 32, used: 30, rejected: 2 });
  });
});

describe('a yearbook .xls, regions as rows, two merged header rows', async () => {
  const r = await loadActuals(fixture('yearbook-regions.xls'), { defaults: { region: '湖北省' } });
  it('reads each region’s 总量 and 比上年增长 per indicator, bounds included', () => {
    accounted(r);
    expect(r.rows.map((x) => [x.scope, x.indicator, x.year, x.value, x.bound, x.growth_pct])).toEqual([
      ['全省', '地区生产总值', 2022, 500000000000, '=', 4.3],
      ['全省', '一般公共预算收入', 2022, 30050000000, '=', 2.1],
      ['全市', '地区生产总值', 2022, 200000000000, '=', 4],
      ['全市', '一般公共预算收入', 2022, 12000000000, '>', null],
      ['全市', '地区生产总值', 2022, 150050000000, '=', 5.1],
      ['全市', '一般公共预算收入', 2022, 9020000000, '=', 3.3],
      ['全市', '地区生产总值', 2022, 80000000000, '<', 3.9],
    ]);
    expect(r.rows.map((x) => x.region)).toEqual(['湖北省', '湖北省', '甲市', '甲市', '乙市', '乙市', '丙市']);
  });
  it('names the "-" cells it rejects, inside used rows and as whole records', () => {
    expect(r.rejects.map((x) => [x.row, x.column, x.reason])).toEqual([
      [8, '表2!D8 (一般公共预算收入/总量)', 'no figure: "-": no figure published'],
      [9, '', 'footnote, not a data row'],
    ]);
    expect(r.warnings.map((x) => x.column)).toEqual(['表2!E6 (一般公共预算收入/比上年增长(%))']);
    expect(r.cells).toEqual({ in: 16, used: 13, rejected: 3 });
  });
});

describe('statistics portal exports', () => {
  it('CSV (GBK) with 数据库/指标/时间 lines, years newest first, 注 and 数据来源 footers', async () => {
    const r = await loadActuals(fixture('portal-by-region.csv'));
    accounted(r);
    expect(r.rows.map((x) => [x.region, x.indicator, x.year, x.value])).toEqual([
      ['甲省', '地区生产总值', 2023, 510010000000],
      ['甲省', '地区生产总值', 2022, 490040000000],
      ['甲省', '地区生产总值', 2021, 470090000000],
      ['乙省', '地区生产总值', 2023, 320050000000],
      ['乙省', '地区生产总值', 2022, 310000000000],
      ['丙省', '地区生产总值', 2023, 180020000000],
      ['丙省', '地区生产总值', 2022, 175070000000],
      ['丙省', '地区生产总值', 2021, 169030000000],
    ]);
    expect(r.rejects.map((x) => [x.row, x.reason])).toEqual([
      [8, 'footnote, not a data row'],
      [9, 'footnote, not a data row'],
    ]);
    expect(r.cells).toEqual({ in: 8, used: 8, rejected: 0 });
  });

  it('xlsx with units in the row labels, physical ones included (万吨 → tonnes)', async () => {
    const r = await loadActuals(fixture('portal-by-indicator.xlsx'), { defaults: { region: '武汉市' } });
    accounted(r);
    expect(r.rows.filter((x) => x.year === 2023).map((x) => [x.indicator, x.value, x.unit])).toEqual([
      ['地区生产总值', 126010000000, 'yuan'],
      ['年末常住人口', 1409000, 'people'],
      ['人均地区生产总值', 89358, 'yuan'],
      ['城镇化率', 66.2, 'percent'],
      ['粮食产量', 695000, 'tonne'],
    ]);
    expect(r.warnings).toEqual([]);
    expect(r.cells).toEqual({ in: 15, used: 15, rejected: 0 });
  });
});

describe('a multi-sheet workbook', async () => {
  const r = await loadActuals(fixture('multi-sheet.xlsx'), { defaults: { region: '武汉市' } });
  it('reads every visible sheet that holds a table, with a 计量单位 column', () => {
    accounted(r);
    expect(r.rows.map((x) => [x.indicator, x.year, x.value, x.unit, x.bound, x.growth_pct])).toEqual([
      ['地区生产总值', 2021, 100050000000, 'yuan', '=', null],
      ['地区生产总值', 2022, 105070000000, 'yuan', '=', null],
      ['地区生产总值', 2022, 105070000000, 'yuan', '=', 5],
      ['年末常住人口', 2022, 1205000, 'people', '=', 0.4],
      ['人均预期寿命', 2022, 79.3, 'years', '=', null],
      ['新登记市场主体', 2022, 30000, 'count', '~', 12],
    ]);
  });
  it('names the sheets it does not read, counting a hidden sheet’s figures as rejected cells', () => {
    expect(r.warnings.map((x) => x.reason)).toEqual([
      'growth "—": no figure published',
      'sheet "说明" not read (no table (no row with two or more cells))',
      'sheet "隐藏" not read (hidden; pass sheet to read it): its 2 numeric cells are rejected',
    ]);
    expect(r.cells).toEqual({ in: 12, used: 9, rejected: 3 });
  });
  it('reads a hidden sheet when asked by name', async () => {
    const h = await loadActuals(fixture('multi-sheet.xlsx'), { sheet: '隐藏' });
    expect(h.rows.map((x) => [x.year, x.value])).toEqual([[2020, 99900000000]]);
  });
});
