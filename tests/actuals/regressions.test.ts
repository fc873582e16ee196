/**
 * Issue 12, "silent loss and corruption", each reproduction kept as a test of the loader: header detection, the
 * encoding decision, the number grammar, second value columns and conflicting duplicates, non-finite columnar
 * values, hostile JSON nesting, and a crafted workbook that must not reach Object.prototype.
 */
import XLSX from '@e965/xlsx';
import { table, toArrowIPC } from 'arquero';
import ExcelJS from 'exceljs';
import { parquetWriteBuffer } from 'hyparquet-writer';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import type { LoadResult } from '../../src/actuals/types.js';

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const sheet = (rows: unknown[][]): Buffer => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Sheet1');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
};
const accounted = (r: LoadResult) => {
  expect(r.rows.length + r.rejects.length).toBe(r.rowsIn);
  expect(r.cells.used + r.cells.rejected).toBe(r.cells.in);
};
const HEAD = ['地区', '指标', '年份', '数值', '单位'];

describe('item 1: the header row is scored, so a first data row that looks odd is still data', () => {
  it('three data rows, the first with a blank value: 3 in, 2 used, 1 rejected', async () => {
    const r = await loadActuals(
      sheet([
        HEAD,
        ['武汉市', '地区生产总值', 2021, null, '亿元'],
        ['武汉市', '地区生产总值', 2022, 18866.43, '亿元'],
        ['武汉市', '地区生产总值', 2023, 20011.65, '亿元'],
      ]),
      { fileName: 'blank.xlsx' },
    );
    accounted(r);
    expect(r.rowsIn).toBe(3);
    expect(r.rows.map((x) => x.year)).toEqual([2022, 2023]);
    expect(r.rejects).toEqual([
      expect.objectContaining({ row: 2, reason: 'neither a value nor a growth rate' }),
    ]);
  });

  it('a first data row with a text or an error value cell is a rejected data row, not a header', async () => {
    const r = await loadActuals(
      sheet([
        HEAD,
        ['武汉市', '地区生产总值', 2021, '待公布', '亿元'],
        ['武汉市', '地区生产总值', 2022, { t: 'e', v: 0x2a }, '亿元'],
        ['武汉市', '地区生产总值', 2023, 20011.65, '亿元'],
      ]),
      { fileName: 'text.xlsx' },
    );
    accounted(r);
    expect(r.rowsIn).toBe(3);
    expect(r.rows.map((x) => x.year)).toEqual([2023]);
    expect(r.rejects.map((x) => [x.row, x.cell, x.reason])).toEqual([
      [2, 'D2', expect.stringMatching(/待公布/)],
      [3, 'D3', expect.stringMatching(/#N\/A/)],
    ]);
  });

  it('a first data row of whole numbers between 1900 and 2100 is data (years across, values like 2050)', async () => {
    const r = await loadActuals(
      sheet([
        ['武汉市主要指标'],
        ['单位:万人'],
        ['指标', 2021, 2022],
        ['常住人口', 1364, 1373],
        ['城镇人口', 2050, 2081],
      ]),
      { fileName: 'years.xlsx' },
    );
    accounted(r);
    expect(r.rows.map((x) => [x.indicator, x.year, x.value])).toEqual([
      ['常住人口', 2021, 13640000],
      ['常住人口', 2022, 13730000],
      ['城镇人口', 2021, 20500000],
      ['城镇人口', 2022, 20810000],
    ]);
  });

  it('years as rows, values between 1900 and 2100: the year column is data', async () => {
    const r = await loadActuals(
      sheet([
        ['年份', '地区生产总值(亿元)'],
        [2019, 1995],
        [2020, 2010],
      ]),
      { fileName: 'rows.xlsx', defaults: { region: '武汉市' } },
    );
    accounted(r);
    expect(r.rows.map((x) => [x.year, x.value])).toEqual([
      [2019, 199500000000],
      [2020, 201000000000],
    ]);
  });
});

describe('item 2: one encoding per file; undecodable rows are rejected with their line', () => {
  const lines = [
    'region,indicator,year,value,unit',
    '武汉市,地区生产总值,2021,17716.76,亿元',
    '襄阳市,地区生产总值,2022,5827.81,亿元',
  ];
  it('one stray non-UTF-8 byte keeps a UTF-8 file UTF-8 and rejects only its row', async () => {
    const bytes = Buffer.concat([
      utf8(`${lines.join('\n')}\n`),
      utf8('黄冈市,地区生产总值'),
      Buffer.from([0xff]),
      utf8(',2023,2900,亿元\n'),
    ]);
    const r = await loadActuals(bytes, { fileName: 'stray.csv' });
    accounted(r);
    expect(r.rows.map((x) => x.region)).toEqual(['武汉市', '襄阳市']);
    expect(r.rejects).toEqual([
      expect.objectContaining({
        row: 4,
        column: 'indicator',
        reason: 'bytes that are not valid UTF-8 (the file reads as UTF-8)',
      }),
    ]);
  });

  it('a GBK file stays GBK; a row pasted in as UTF-8 is rejected, not garbled', async () => {
    const bytes = Buffer.concat([
      iconv.encode(`${lines.join('\n')}\n`, 'gbk'),
      utf8('黄冈市,地区生产总值,2023,2900,亿元\n'),
    ]);
    const r = await loadActuals(bytes, { fileName: 'mixed.csv' });
    accounted(r);
    expect(r.rows.map((x) => x.region)).toEqual(['武汉市', '襄阳市']);
    expect(r.rejects[0]).toMatchObject({ row: 4, reason: expect.stringMatching(/mixed encodings/) });
  });
});

describe('item 3: one number grammar for every reader', () => {
  const load = (cell: string) =>
    loadActuals(utf8(`region,indicator,year,value,unit\n武汉市,地区生产总值,2021,${cell},亿元\n`), {
      fileName: 'n.csv',
    });
  it('"1"7716.76 is rejected (text after the closing quote), not read as 1', async () => {
    const r = await load('"1"7716.76');
    accounted(r);
    expect(r.rows).toEqual([]);
    expect(r.rejects[0]!.reason).toMatch(/text after the closing quote/);
  });

  it('"1,5" is rejected; thousands separators are read only in groups of three', async () => {
    for (const bad of ['"1,5"', '"12,34"', '"1,2345"', '"1,234,56"', '",123"']) {
      const r = await load(bad);
      expect(r.rows, bad).toEqual([]);
      expect(r.rejects[0]!.reason, bad).toMatch(/thousands separator|not a number/);
    }
    for (const [good, v] of [
      ['"17,716.76"', 1771676000000],
      ['"1,234,567"', 123456700000000],
      ['1234567', 123456700000000],
    ] as const) {
      const r = await load(good);
      expect(r.rows[0]?.value, good).toBe(v);
    }
  });

  it('the same grammar in a sheet and in JSON: "1,5" and "1e400" are rejected there too', async () => {
    const s = await loadActuals(sheet([HEAD, ['武汉市', '地区生产总值', 2021, '1,5', '亿元']]), {
      fileName: 'g.xlsx',
    });
    expect(s.rejects[0]!.reason).toMatch(/thousands separator/);
    const j = await loadActuals(
      utf8(
        JSON.stringify([{ 地区: '武汉市', 指标: '地区生产总值', 年份: 2021, 数值: '1e400', 单位: '亿元' }]),
      ),
      { fileName: 'g.json' },
    );
    expect(j.rejects[0]!.reason).toMatch(/too large/);
  });
});

describe('item 4: a second value column and conflicting duplicates are reported', () => {
  it('两个 数值: the second is read and compared; rows where they disagree are rejected', async () => {
    const csv =
      '地区,指标,年份,数值,单位,数值\n武汉市,地区生产总值,2021,17716.76,亿元,17716.76\n武汉市,地区生产总值,2022,18866.43,亿元,18000\n';
    const r = await loadActuals(utf8(csv), { fileName: 'two.csv' });
    accounted(r);
    expect(r.rows.map((x) => x.year)).toEqual([2021]);
    expect(r.rejects[0]!.reason).toMatch(/two value columns disagree/);
    expect(r.warnings[0]!.reason).toMatch(/a second value column/);
    expect(r.cells).toEqual({ in: 4, used: 2, rejected: 2 });
  });

  it('数值 + value in JSON: the same', async () => {
    const j = [{ 地区: '武汉市', 指标: '地区生产总值', 年份: 2021, 数值: 1, value: 2, 单位: '亿元' }];
    const r = await loadActuals(utf8(JSON.stringify(j)), { fileName: 'two.json' });
    expect(r.rows).toEqual([]);
    expect(r.rejects[0]!.reason).toMatch(/"数值" says 1, "value" says 2/);
  });

  it('duplicate rows with conflicting values are both kept and named in a warning', async () => {
    const csv =
      'region,indicator,year,value,unit\n武汉市,地区生产总值,2021,17716.76,亿元\n武汉市,地区生产总值,2021,17700,亿元\n武汉市,地区生产总值,2021,17716.76,亿元\n';
    const r = await loadActuals(utf8(csv), { fileName: 'dup.csv' });
    expect(r.rows).toHaveLength(3);
    expect(r.warnings).toEqual([
      expect.objectContaining({ row: 3, reason: expect.stringMatching(/conflicting duplicate of row 2/) }),
    ]);
  });
});

describe('item 5: non-finite and overflowing columnar values are rejected as CSV rejects them', () => {
  const cols = {
    region: ['武汉市', '武汉市', '武汉市', '武汉市', '武汉市'],
    indicator: ['地区生产总值', '地区生产总值', '地区生产总值', '地区生产总值', '地区生产总值'],
    year: [2019, 2020, 2021, 2022, 2023],
    value: [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, 1e308, 18866.43],
    unit: ['亿元', '亿元', '亿元', '亿元', '亿元'],
  };
  const check = (r: LoadResult) => {
    accounted(r);
    expect(r.rows.map((x) => x.year)).toEqual([2023]);
    expect(r.rejects.map((x) => x.reason)).toEqual([
      expect.stringMatching(/Infinity/),
      expect.stringMatching(/Infinity/),
      expect.stringMatching(/NaN/),
      expect.stringMatching(/too large/),
    ]);
  };
  it('Parquet', async () => {
    const bytes = parquetWriteBuffer({
      columnData: [
        { name: 'region', data: cols.region, type: 'STRING' },
        { name: 'indicator', data: cols.indicator, type: 'STRING' },
        { name: 'year', data: cols.year, type: 'INT32' },
        { name: 'value', data: cols.value, type: 'DOUBLE' },
        { name: 'unit', data: cols.unit, type: 'STRING' },
      ],
    });
    check(await loadActuals(new Uint8Array(bytes), { fileName: 'inf.parquet' }));
  });
  it('Arrow', async () => {
    check(await loadActuals(toArrowIPC(table(cols)), { fileName: 'inf.arrow' }));
  });
});

describe('item 7: hostile JSON nesting is an error naming the file, or a rejected cell, never a stack overflow', () => {
  it('a record nested a hundred thousand arrays deep', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const r = await loadActuals(utf8(`[["地区","数值"],["武汉市",${deep}]]`), { fileName: 'deep.json' });
    accounted(r);
    expect(r.rows).toEqual([]);
  });
  it('holders nested a hundred thousand levels deep', async () => {
    const deep = `${'{"data":'.repeat(100_000)}[]${'}'.repeat(100_000)}`;
    await expect(loadActuals(utf8(deep), { fileName: 'holders.json' })).rejects.toThrow(/holders\.json/);
  });
  it('records that are not records are rejected with the reason', async () => {
    const r = await loadActuals(
      utf8('[{"地区":"武汉市","指标":"地区生产总值","年份":2021,"数值":1,"单位":"亿元"}, 5, null]'),
      {
        fileName: 'mixed.json',
      },
    );
    accounted(r);
    expect(r.rejects.map((x) => x.reason)).toEqual([
      'record 2 is a number, not a record like the others',
      'record 3 is null, not a record like the others',
    ]);
  });
});

describe('security: a crafted workbook reaches nothing outside its table', () => {
  it('a comment with ref="__proto__" (GHSA-4r6h-8v6p-xvw6) leaves Object.prototype untouched', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(HEAD);
    ws.addRow(['武汉市', '地区生产总值', 2021, 17716.76, '亿元']);
    ws.getCell('A1').note = 'polluted';
    const cfb = XLSX.CFB.read(Buffer.from(await wb.xlsx.writeBuffer()), { type: 'buffer' });
    const k = cfb.FullPaths.findIndex((p: string) => p.endsWith('xl/comments1.xml'));
    const entry = cfb.FileIndex[k]!;
    entry.content = Buffer.from(
      Buffer.from(entry.content as Uint8Array)
        .toString()
        .replace('ref="A1"', 'ref="__proto__"'),
    );
    entry.size = entry.content.length;
    const bytes = Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    for (const format of ['xlsx', 'xls'] as const) {
      const r = await loadActuals(bytes, { fileName: `crafted.${format}`, format });
      expect(r.rows).toHaveLength(1);
    }
    XLSX.read(bytes, { type: 'buffer' });
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).t).toBeUndefined();
  });
});

describe('item 2 in JSON: one stray byte keeps a UTF-8 file UTF-8', () => {
  it('rejects only the record holding it', async () => {
    const bytes = Buffer.concat([
      utf8(
        '[{"地区":"武汉市","指标":"地区生产总值","年份":2021,"数值":1,"单位":"亿元"},{"地区":"襄阳市","指标":"地区生产总值',
      ),
      Buffer.from([0xff]),
      utf8('","年份":2021,"数值":2,"单位":"亿元"}]'),
    ]);
    const r = await loadActuals(bytes, { fileName: 'stray.json' });
    accounted(r);
    expect(r.rows.map((x) => x.region)).toEqual(['武汉市']);
    expect(r.rejects[0]).toMatchObject({
      row: 2,
      reason: 'bytes that are not valid UTF-8 (the file reads as UTF-8)',
    });
  });
});
