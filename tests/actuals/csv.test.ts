import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadActuals, loadActualsColumns } from '../../src/actuals/load.js';

const buf = (s: string) => Buffer.from(s, 'utf8');

describe('CSV loading', () => {
  it('handles quoted fields with commas, doubled quotes and newlines, and counts rows by line', async () => {
    const csv =
      'region,indicator,year,value,unit,quote\n武汉市,地区生产总值,2021,17716.76,亿元,"a ""quoted"", line\nand more"\n武汉市,地区生产总值,2022,18866.43,亿元,x\n';
    const r = await loadActuals(buf(csv), { fileName: 'q.csv' });
    expect(r.rows).toHaveLength(2);
    expect(r.rows[0]!.quote).toBe('a "quoted", line\nand more');
    expect(r.rows[1]!.value).toBe(1886643000000);
  });

  it('rejects a row with the wrong number of fields, naming its line', async () => {
    const csv =
      'region,indicator,year,value,unit\r\n武汉市,地区生产总值,2021,17716.76,亿元\r\n武汉市,地区生产总值,2022\r\n';
    const r = await loadActuals(buf(csv), { fileName: 'bad.csv' });
    expect(r.rowsIn).toBe(2);
    expect(r.rows).toHaveLength(1);
    expect(r.rejects).toEqual([
      {
        file: 'bad.csv',
        row: 3,
        column: '',
        reason: 'has 3 fields, the header has 5',
        raw: '武汉市,地区生产总值,2022',
      },
    ]);
  });

  it('detects GBK from the bytes, also when only data cells are non-ASCII', async () => {
    const csv = 'region,indicator,year,value,unit\n襄阳市,地区生产总值,2017,4064.9,亿元\n';
    const r = await loadActuals(iconv.encode(csv, 'gbk'), { fileName: 'g.csv' });
    expect(r.rows[0]).toMatchObject({ region: '襄阳市', region_code: '420600', value: 406490000000 });
  });

  it('uses a user mapping, header units and defaults', async () => {
    const csv = '单位名称,项目,2022年实绩(亿元)\n江夏区,地区生产总值,1500\n';
    const r = await loadActuals(buf(csv), {
      fileName: 'm.csv',
      mapping: { region: '单位名称', value: '2022年实绩(亿元)' },
      defaults: { year: 2022 },
    });
    expect(r.rows[0]).toMatchObject({ region: '武汉市', scope: '江夏区', year: 2022, value: 150000000000 });
  });

  it('rejects a value without any unit, and a row without a year', async () => {
    const csv =
      'region,indicator,year,value\n武汉市,地区生产总值,2021,17716.76\n武汉市,地区生产总值,,17716.76\n';
    const r = await loadActuals(buf(csv), { fileName: 'u.csv' });
    expect(r.rows).toHaveLength(0);
    expect(r.rejects.map((x) => x.reason)).toEqual([
      'no unit for the value (give a unit column, a unit in the header, or defaults.unit)',
      'no year',
    ]);
  });

  it('reads numbers with more digits than exact integer arithmetic allows, as JavaScript rounds them', async () => {
    const csv =
      'region,indicator,year,value,unit,growth_pct\n武汉市,地区生产总值,2021,17716.760000000001,亿元,24.900000000000002\n';
    const r = await loadActuals(buf(csv), { fileName: 'd.csv' });
    expect(r.rows[0]).toMatchObject({ value: 1771676000000, growth_pct: 24.900000000000002 });
  });

  it('throws on an empty file and on a quote that is never closed, naming file and line', async () => {
    await expect(loadActuals(buf(''), { fileName: 'empty.csv', format: 'csv' })).rejects.toThrow(
      'empty.csv: no header line',
    );
    const csv =
      'region,indicator,year,value,unit\n武汉市,地区生产总值,2021,1,亿元\n武汉市,"地区生产总值,2022,2,亿元\n';
    await expect(loadActuals(buf(csv), { fileName: 'open.csv' })).rejects.toThrow(
      'open.csv line 3: a quoted field is never closed',
    );
  });

  it('reads JSON Lines', async () => {
    const jsonl =
      '{"region":"武汉市","indicator":"地区生产总值","year":2023,"value":20011.65,"unit":"亿元"}\n{"region":"黄冈市","indicator":"市场主体","year":2023,"value":77.5,"unit":"万户"}\n';
    const r = await loadActuals(buf(jsonl), { fileName: 'x.jsonl' });
    expect(r.rows.map((x) => x.value)).toEqual([2001165000000, 775000]);
  });

  it('keeps an unknown region verbatim with no code rather than guessing', async () => {
    const csv = 'region,indicator,year,value,unit\n某某市,地区生产总值,2021,100,亿元\n';
    const r = await loadActuals(buf(csv), { fileName: 'x.csv' });
    expect(r.rows[0]).toMatchObject({ region: '某某市', region_code: null, scope: '全市' });
  });

  it('streams a file larger than one 16 MB chunk, with rows split across chunks', async () => {
    const path = join(tmpdir(), `actuals-chunks-${process.pid}.csv`);
    const n = 400_000;
    const lines = ['region,indicator,year,value,unit,growth_pct,source'];
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const v = (i % 1000) + 0.25;
      sum += v;
      lines.push(
        `武汉市,地区生产总值,${2000 + (i % 20)},${v},亿元,${i % 7},"http://example.org/page/${i % 50}, p.${i % 3}"`,
      );
    }
    writeFileSync(path, `${lines.join('\n')}\n`);
    const c = await loadActualsColumns(path, { progress: false });
    expect(c.rowsIn).toBe(n);
    expect(c.length).toBe(n);
    let total = 0;
    for (let i = 0; i < c.length; i++) total += c.value[i]! / 1e8;
    expect(total).toBeCloseTo(sum, 3);
    expect(c.source.dict).toContain('http://example.org/page/49, p.1');
    expect(c.row[n - 1]).toBe(n + 1);
    rmSync(path);
  });
});

describe('round trip and unit precedence', () => {
  it('loads its own tidy output back unchanged', async () => {
    const { loadBundledActuals } = await import('../../src/actuals/bundled.js');
    const { ACTUAL_COLUMNS } = await import('../../src/actuals/table.js');
    const { formatCsv } = await import('../../src/io/csv.js');
    const { rows } = await loadBundledActuals();
    const csv = formatCsv(
      ACTUAL_COLUMNS,
      rows.map((r) => ({ ...r, note: r.note ?? '' })),
    );
    const again = await loadActuals(buf(csv), { fileName: 'tidy.csv' });
    expect(again.rejects).toEqual([]);
    expect(again.rows).toEqual(rows);
  });

  it('uses the unit column where it is filled and the header unit where it is empty', async () => {
    const csv =
      'region,indicator,year,数值(亿元),单位\n武汉市,地区生产总值,2022,18866.43,\n武汉市,地区生产总值,2023,200116500,万元\n';
    const r = await loadActuals(buf(csv), { fileName: 'units.csv' });
    expect(r.rejects).toEqual([]);
    expect(r.rows.map((x) => x.value)).toEqual([1886643000000, 2001165000000]);
  });
});
