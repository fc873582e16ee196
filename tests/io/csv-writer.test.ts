/**
 * The package's one CSV writer: formula-leading text is neutralised, numbers stay numbers, and what it writes
 * reads back to the same cells.
 */
import { describe, expect, it } from 'vitest';
import {
  csvCellText,
  csvChunks,
  csvField,
  FORMULA_LEADS,
  formatCsv,
  isFormulaLike,
  neutraliseCell,
  parseCsv,
  restoreCell,
} from '../../src/io/csv.js';

/** The cell rules, by the cell's type, each with what is written. */
const CELL_RULES: readonly { rule: string; value: unknown; written: string }[] = [
  { rule: 'a negative number stays a number', value: -3.5, written: '-3.5' },
  { rule: 'a positive number', value: 1200, written: '1200' },
  { rule: 'an exponent', value: -1e21, written: '-1e+21' },
  { rule: 'null is empty', value: null, written: '' },
  { rule: 'undefined is empty', value: undefined, written: '' },
  { rule: 'a boolean', value: true, written: 'true' },
  {
    rule: 'a formula',
    value: '=HYPERLINK("http://evil.example","x")',
    written: `'=HYPERLINK("http://evil.example","x")`,
  },
  { rule: 'a plus formula', value: '+1+2', written: "'+1+2" },
  { rule: 'a minus formula', value: '-2+3', written: "'-2+3" },
  { rule: 'a negative number given as text stays text', value: '-3.5', written: "'-3.5" },
  { rule: 'an at command', value: '@SUM(A1:A2)', written: "'@SUM(A1:A2)" },
  { rule: 'a tab lead', value: '\t=1+1', written: "'\t=1+1" },
  { rule: 'a CR lead', value: '\r=1+1', written: "'\r=1+1" },
  { rule: 'an LF lead', value: '\n=1+1', written: "'\n=1+1" },
  { rule: 'a full-width equals sign', value: '＝1+1', written: "'＝1+1" },
  { rule: 'a full-width minus', value: '－5%', written: "'－5%" },
  { rule: 'text that looks neutralised gets one more quote', value: "'=1", written: "''=1" },
  { rule: 'a quote before plain text is left alone', value: "'quoted'", written: "'quoted'" },
  { rule: 'a lone = (the comparator) carries no formula', value: '=', written: '=' },
  { rule: 'a lone - (a statistical "none") carries no formula', value: '-', written: '-' },
  { rule: 'a quoted lone = is still told apart', value: "'=", written: "''=" },
  { rule: 'plain Chinese text', value: '光电子信息', written: '光电子信息' },
  { rule: 'a formula inside the text is harmless', value: '产值=1万亿', written: '产值=1万亿' },
  { rule: 'NaN is text, not a number', value: Number.NaN, written: 'NaN' },
  { rule: '-Infinity is text and neutralised', value: Number.NEGATIVE_INFINITY, written: "'-Infinity" },
  { rule: 'an array is joined with | and neutralised', value: ['@a', 'b'], written: "'@a|b" },
];

describe('csvCellText: the rule by cell type', () => {
  for (const { rule, value, written } of CELL_RULES) {
    it(rule, () => {
      expect(csvCellText(value)).toBe(written);
      if (typeof value === 'string') expect(restoreCell(written)).toBe(value);
    });
  }

  it('every formula lead is neutralised, and nothing else is', () => {
    for (const lead of FORMULA_LEADS) {
      expect(isFormulaLike(`${lead}x`)).toBe(true);
      expect(neutraliseCell(`${lead}x`)).toBe(`'${lead}x`);
    }
    for (const other of ['a', '1', ' =1', '#REF', '"=1"', '']) expect(neutraliseCell(other)).toBe(other);
  });
});

describe('csvField and formatCsv', () => {
  it('quotes after neutralising, so a quoted formula is neutralised too', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-1,5')).toBe(`"'-1,5"`);
    expect(csvField(-1.5)).toBe('-1.5');
  });

  it('writes the issue’s payloads neutralised in every column, the header included', () => {
    const csv = formatCsv(['=name', 'value'], [{ '=name': '@SUM(A1)', value: -2 }]);
    expect(csv).toBe("'=name,value\n'@SUM(A1),-2\n");
    for (const line of csv.trimEnd().split('\n'))
      for (const cell of line.split(',')) expect(isFormulaLike(cell) && !/^-\d/.test(cell)).toBe(false);
  });

  it('reads back to the same cells, and without restore shows what a spreadsheet gets', () => {
    const rows = [{ a: '=1+2', b: -7, c: "'=x", d: 'a\r\nb', e: null }];
    const csv = formatCsv(['a', 'b', 'c', 'd', 'e'], rows);
    expect(parseCsv(csv)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['=1+2', '-7', "'=x", 'a\r\nb', ''],
    ]);
    expect(parseCsv(csv, ',', { restore: false })[1]).toEqual(["'=1+2", '-7', "''=x", 'a\r\nb', '']);
  });

  it('csvChunks cuts the rows into chunks whose concatenation is formatCsv', () => {
    const rows = Array.from({ length: 25 }, (_, i) => ({ a: i, b: `-${i}` }));
    const chunks = [...csvChunks(['a', 'b'], rows, 10)];
    expect(chunks).toHaveLength(1 + 3);
    expect(chunks.join('')).toBe(formatCsv(['a', 'b'], rows));
  });
});
