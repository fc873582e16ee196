import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import type { ActualRow } from '../../src/actuals/types.js';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'actuals', name);
const find = (rows: ActualRow[], scope: string, subject: string) =>
  rows.find((r) => r.scope === scope && r.subject === subject);

describe('fixtures that imitate real sources', () => {
  it('loads a GBK CSV saved by Chinese Excel (CRLF, "17,716.76", bounds, empty trailing rows)', async () => {
    const r = await loadActuals(fixture('gbk-excel.csv'));
    expect(r.rowsIn).toBe(8); // 8 data lines; the two ",,,,,," lines are not rows
    expect(r.rows).toHaveLength(7);
    const gdp = r.rows.find((x) => x.region === '武汉市' && x.subject === '地区生产总值')!;
    expect(gdp).toMatchObject({
      value: 1771676000000,
      unit: 'yuan',
      growth_pct: 12.2,
      price_basis: 'real',
      bound: '=',
    });
    const xy = r.rows.find((x) => x.region === '襄阳市')!;
    expect(xy).toMatchObject({ subject: '规模以上工业总产值', value: 800000000000, bound: '>' });
    const hg = r.rows.find((x) => x.region === '黄冈市')!;
    expect(hg).toMatchObject({ value: 300000000000, bound: '~', preliminary: true, growth_pct: 7 });
    const mk = r.rows.find((x) => x.subject === '市场主体')!;
    expect(mk).toMatchObject({ value: 2060000, unit: 'count' });
    const fai = r.rows.find((x) => x.subject === '固定资产投资')!;
    expect(fai).toMatchObject({ value: null, unit: null, growth_pct: 10.8, price_basis: 'nominal' });
    // a unit the unit table does not know is kept as written, unconverted, with a warning naming it
    const grain = r.rows.find((x) => x.indicator === '粮食产量')!;
    expect(grain).toMatchObject({ value: 250, unit: '万标准间' });
    expect(r.warnings.map((x) => [x.row, x.column, x.reason])).toEqual([
      [8, '单位', 'unit "万标准间" is not in the unit table: 1 value kept as written, not converted'],
    ]);
    expect(r.rejects.map((x) => [x.row, x.column])).toEqual([[9, '数值']]);
    expect(r.rejects[0]!.reason).toMatch(/待公布/);
    expect(r.cells.in).toBe(r.cells.used + r.cells.rejected);
  });

  for (const name of ['yearbook.xlsx', 'yearbook.xls'])
    it(`loads a yearbook ${name} with a title, a 单位:万元 line, merged two-row headers and a footnote`, async () => {
      const r = await loadActuals(fixture(name));
      expect(r.rowsIn).toBe(10);
      expect(r.rows).toHaveLength(9);
      expect(r.rejects).toEqual([expect.objectContaining({ row: 10, reason: 'footnote, not a data row' })]);
      const city = find(r.rows, '全市', '地区生产总值')!;
      // 188664300 万元 = 18866.43 亿元
      expect(city).toMatchObject({
        region: '武汉市',
        region_code: '420100',
        year: 2022,
        value: 1886643000000,
        growth_pct: 4,
      });
      // the 社零 column says (亿元), which overrides the sheet's 单位:万元
      expect(find(r.rows, '江岸区', '社会消费品零售总额')).toMatchObject({
        value: 82050000000,
        growth_pct: null,
      });
      expect(find(r.rows, '东湖新技术开发区', '规模以上工业总产值')).toMatchObject({
        value: 300000000000,
        growth_pct: 8,
      });
      // "—" in a growth cell is an empty cell
      expect(find(r.rows, '蔡甸区', '规模以上工业总产值')).toMatchObject({
        value: 90000000000,
        growth_pct: null,
      });
    });

  it('loads a JSON export with the records under data.rows', async () => {
    const r = await loadActuals(fixture('export.json'));
    expect(r.rowsIn).toBe(4);
    expect(r.rows).toHaveLength(3);
    expect(r.rows[0]).toMatchObject({
      region: '襄阳市',
      value: 406490000000,
      growth_pct: 7.2,
      price_basis: 'real',
    });
    expect(r.rows[1]).toMatchObject({
      region: '武汉市',
      scope: '武汉经济技术开发区',
      subject: '实际利用外资',
      value: 2330000000,
      unit: 'usd',
    });
    expect(r.rows[2]).toMatchObject({ region: '湖北省', region_code: '420000', scope: '全省' });
    expect(r.rejects).toEqual([expect.objectContaining({ row: 4, column: '年份', reason: 'no year' })]);
  });

  for (const name of ['actuals.arrow', 'actuals.parquet']) {
    it(`loads ${name} with typed columns`, async () => {
      const r = await loadActuals(fixture(name));
      expect(r.rowsIn).toBe(3);
      expect(r.rejects).toEqual([]);
      expect(r.rows[0]).toMatchObject({
        region: '武汉市',
        subject: '地区生产总值',
        year: 2022,
        value: 1886643000000,
        growth_pct: 4,
      });
      expect(r.rows[1]).toMatchObject({
        subject: '规模以上工业增加值',
        value: null,
        growth_pct: 4.6,
        price_basis: 'real',
      });
      expect(r.rows[2]).toMatchObject({ subject: '农产品加工', metric: '产值', value: 163424000000 });
    });
  }

  it('loads the same table from a buffer, sniffing the format', async () => {
    const r = await loadActuals(readFileSync(fixture('actuals.parquet')), { fileName: 'upload' });
    expect(r.rows).toHaveLength(3);
    const x = await loadActuals(readFileSync(fixture('yearbook.xlsx')));
    expect(x.rows).toHaveLength(9);
  });

  it('loads an Excel "Unicode 文本" export (UTF-16LE, tab-separated)', async () => {
    const r = await loadActuals(fixture('unicode-text.txt'));
    expect(r.rows.map((x) => [x.subject, x.value, x.growth_pct])).toEqual([
      ['服务业增加值', 1167399000000, 2.3],
      ['新登记市场主体', 353300, 31],
    ]);
  });

  it('loads a UTF-8 TSV with BOM and English headers', async () => {
    const r = await loadActuals(fixture('bom.tsv'));
    expect(r.rows.map((x) => [x.subject, x.value])).toEqual([
      ['服务业增加值', 1273636000000],
      ['新开工亿元以上项目', 391],
    ]);
  });
});
