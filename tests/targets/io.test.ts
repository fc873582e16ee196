import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrow } from 'arquero';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/targets/extract.js';
import { formatTargets, targetsTable } from '../../src/targets/format.js';
import { loadTargets, parseTargets } from '../../src/targets/read.js';
import { TARGET_COLUMNS } from '../../src/targets/types.js';
import { TargetValidationError, targetIssues, validateTargets } from '../../src/targets/validate.js';

const text =
  '到2018年,力争汽车及零部件产业产值达到3200亿元,其中新能源汽车产业产值占比达到四分之一左右。[责任单位:市汽车办、市经信委]';
const rows = extractTargets(text, { docId: 'xy', region: '襄阳市', regionCode: '420600', issuedYear: 2016 });

describe('the extracted rows of a seed sentence', () => {
  it('are two: a level of 3200亿元 and a share of about a quarter', () => {
    expect(rows.map((r) => [r.subject, r.kind, r.value, r.unit, r.comparator])).toEqual([
      ['汽车及零部件', 'level', 3.2e11, 'yuan', '>='],
      ['新能源汽车', 'share', 25, 'percent', '~'],
    ]);
    expect(rows[0]!.responsible).toEqual(['市汽车办', '市经信委']);
  });
});

describe('formatTargets / parseTargets / loadTargets', () => {
  it('CSV has exactly the schema columns, header first, and reads back to the same rows', () => {
    const csv = formatTargets(rows, 'csv');
    expect(csv.split('\n')[0]).toBe(TARGET_COLUMNS.join(','));
    expect(csv).toContain('市汽车办|市经信委');
    expect(parseTargets(csv)).toEqual(rows);
  });

  it('JSON reads back to the same rows, from text and from a file', () => {
    const json = formatTargets(rows, 'json');
    expect(parseTargets(json)).toEqual(rows);
    const dir = mkdtempSync(join(tmpdir(), 'targets-'));
    writeFileSync(join(dir, 't.json'), json);
    expect(loadTargets(join(dir, 't.json'))).toEqual(rows);
  });

  it('reads a GBK CSV file with an extra review_note column', () => {
    const csv = formatTargets(rows, 'csv').split('\n');
    const withNote = [`${csv[0]},review_note`, ...csv.slice(1, -1).map((l) => `${l},人工核对`)].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'targets-'));
    writeFileSync(join(dir, 'gold.csv'), iconv.encode(withNote, 'gbk'));
    expect(loadTargets(join(dir, 'gold.csv'))).toEqual(rows);
  });

  it('names the line and column of a bad cell, and a missing column', () => {
    const csv = formatTargets(rows, 'csv').replace(',3200', ',');
    const bad = formatTargets(rows, 'csv').replace(',320000000000,', ',lots,');
    expect(() => parseTargets(bad)).toThrow(/line 2, column value: "lots" is not a number/);
    expect(() => parseTargets('target_id,doc_id\nx,y\n')).toThrow(/missing column\(s\) region/);
    expect(csv.length).toBeGreaterThan(0);
  });

  it('Arrow IPC bytes read back with arquero', () => {
    const bytes = formatTargets(rows, 'arrow');
    const t = fromArrow(bytes);
    expect(t.numRows()).toBe(2);
    expect(t.columnNames()).toEqual([...TARGET_COLUMNS]);
    expect(t.get('value', 0)).toBe(3.2e11);
    expect(t.get('responsible', 0)).toBe('市汽车办|市经信委');
  });

  it('targetsTable is an arquero table with the schema columns', () => {
    const t = targetsTable(rows);
    expect(t.columnNames()).toEqual([...TARGET_COLUMNS]);
    expect(t.numRows()).toBe(2);
  });

  it('rejects an unknown format', () => {
    expect(() => formatTargets(rows, 'xml' as 'csv')).toThrow(/csv, json or arrow/);
  });
});

describe('validateTargets', () => {
  it('accepts the extracted rows with their document', () => {
    expect(validateTargets(rows, { xy: text })).toBe(rows);
  });

  it('names row and column of each problem', () => {
    const broken = [{ ...rows[0]!, kind: 'bogus', quote: '错' }];
    const issues = targetIssues(broken, { xy: text });
    expect(issues.map((i) => i.column).sort()).toEqual(['kind', 'quote', 'span_end']);
    expect(() => validateTargets(broken, { xy: text })).toThrow(TargetValidationError);
    expect(() => validateTargets(broken)).toThrow(/row 0 .* column kind/);
  });

  it('flags duplicate ids and reversed ranges', () => {
    const dup = [rows[0]!, { ...rows[1]!, target_id: rows[0]!.target_id, value_max: 1 }];
    const cols = targetIssues(dup).map((i) => i.column);
    expect(cols).toContain('target_id');
    expect(cols).toContain('value_max');
  });
});
