import XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';

function workbook(rows: unknown[][], merges: XLSX.Range[] = []): Buffer {
  const ws = XLSX.utils.aoa_to_sheet(rows);
  ws['!merges'] = merges;
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('Excel layouts', () => {
  it('reads a long sheet (one figure per row) like a CSV', async () => {
    const bytes = workbook([
      ['地区', '指标', '年份', '数值', '单位', '增速(%)'],
      ['武汉市', '地区生产总值', 2023, 20011.65, '亿元', 5.7],
      ['武汉市', '新登记市场主体', 2023, 42.25, '万户', 19.6],
    ]);
    const r = await loadActuals(bytes, { fileName: 'long.xlsx' });
    expect(r.rows.map((x) => [x.subject, x.value, x.growth_pct])).toEqual([
      ['地区生产总值', 2001165000000, 5.7],
      ['新登记市场主体', 422500, 19.6],
    ]);
  });

  it('melts a sheet with years across, taking the region from the title and the unit from the 单位 line', async () => {
    const bytes = workbook([
      ['襄阳市主要经济指标'],
      [null, null, '单位:亿元'],
      ['指标', 2017, 2022],
      ['地区生产总值', 4064.9, null],
      ['第二产业增加值', null, 2734.56],
    ]);
    const r = await loadActuals(bytes, { fileName: 'years.xlsx' });
    expect(r.rows.map((x) => [x.region, x.subject, x.year, x.value])).toEqual([
      ['襄阳市', '地区生产总值', 2017, 406490000000],
      ['襄阳市', '第二产业增加值', 2022, 273456000000],
    ]);
    expect(r.rowsIn).toBe(2);
  });

  it('keeps a cell whose unit the unit table does not know, as written, with a warning naming the cell', async () => {
    const bytes = workbook([
      ['武汉市2022年主要指标'],
      ['地区', '客房(万标准间)', '地区生产总值(亿元)'],
      ['武汉市', 100, 18866.43],
    ]);
    const r = await loadActuals(bytes, { fileName: 'u.xlsx' });
    expect(r.rows.map((x) => [x.indicator, x.year, x.value, x.unit])).toEqual([
      ['客房', 2022, 100, '万标准间'],
      ['地区生产总值', 2022, 1886643000000, 'yuan'],
    ]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'Sheet1!B3 (客房(万标准间))',
        reason: 'unit "万标准间" is not in the unit table: 1 value kept as written, not converted',
      }),
    ]);
    expect(r.cells).toEqual({ in: 2, used: 2, rejected: 0 });
  });

  it('names the sheets there are when the sheet asked for is missing', async () => {
    const bytes = workbook([['地区', '数值']]);
    await expect(loadActuals(bytes, { fileName: 'x.xlsx', sheet: '表9' })).rejects.toThrow(
      /no sheet "表9"; sheets are Sheet1/,
    );
  });
});
