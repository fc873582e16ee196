import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as evaluate } from '../../src/cli/commands/evaluate.js';
import { run as extract } from '../../src/cli/commands/extract.js';
import { loadTargets } from '../../src/targets/read.js';
import { TARGET_COLUMNS } from '../../src/targets/types.js';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const plain = '2024年主要目标:全市服务业增加值增长8%、力争9%。';

function capture(): { out: () => string; restore: () => void } {
  let buf = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    buf += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  return { out: () => buf, restore: () => spy.mockRestore() };
}

afterEach(() => vi.restoreAllMocks());

describe('cluster-targets extract', () => {
  it('reads a GBK HTML file and writes the table with exactly the schema columns', async () => {
    const html = `<html><body><h1>方案</h1><p>${plain}</p></body></html>`;
    const file = join(dir, 'demo-page.html');
    writeFileSync(file, iconv.encode(html, 'gbk'));
    const out = join(dir, 'demo.csv');
    const code = await extract([
      file,
      '--region',
      '成都市',
      '--region-code',
      '510100',
      '--issued',
      '2024',
      '--out',
      out,
    ]);
    expect(code).toBe(0);
    const csv = readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe(TARGET_COLUMNS.join(','));
    const rows = loadTargets(out);
    expect(rows.map((r) => [r.doc_id, r.value, r.stretch])).toEqual([
      ['demo-page', 8, false],
      ['demo-page', 9, true],
    ]);
  });

  it('looks up a seed in seeds/index.csv', async () => {
    const cap = capture();
    const code = await extract(['seeds/wuhan-2018-economy-it-commission-task-list.txt', '--format', 'json']);
    cap.restore();
    expect(code).toBe(0);
    const rows = JSON.parse(cap.out()) as { region: string; region_code: string; deadline_year: number }[];
    expect(rows.length).toBeGreaterThan(5);
    expect(
      rows.every((r) => r.region === '武汉市' && r.region_code === '420100' && r.deadline_year === 2018),
    ).toBe(true);
  });

  it('reads region and year from a file that is not a seed, and says so on stderr', async () => {
    const file = join(dir, 'guangzhou-plan.txt');
    writeFileSync(
      file,
      `广州市制造业高质量发展行动方案(2024—2026年)\n广州市人民政府\n2024年3月1日\n${plain}\n`,
    );
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cap = capture();
    expect(await extract([file, '--format', 'json'])).toBe(0);
    cap.restore();
    const said = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    const rows = JSON.parse(cap.out()) as { region: string; region_code: string; value: number }[];
    expect(rows.map((r) => [r.region, r.region_code, r.value])).toEqual([
      ['广州市', '440100', 8],
      ['广州市', '440100', 9],
    ]);
    expect(said).toMatch(/guangzhou-plan: read from the text: region 广州市 \(440100\), issued 2024/);
  });

  it('asks for --issued, naming the file, when the text states no date', async () => {
    const file = join(dir, 'undated.txt');
    writeFileSync(file, '全市服务业增加值增长8%、力争9%。');
    await expect(extract([file])).rejects.toThrow(/undated\.txt.*issuedYear must be a year.*states no date/);
  });

  it('in a batch, skips an undated document with its reason, reads the others and exits 1', async () => {
    const batch = mkdtempSync(join(tmpdir(), 'extract-batch-'));
    writeFileSync(join(batch, 'a-undated.txt'), '全市服务业增加值增长8%、力争9%。');
    writeFileSync(join(batch, 'b-dated.txt'), `某市2024年工作要点\n2024年1月5日\n${plain}\n`);
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cap = capture();
    expect(await extract([batch, '--format', 'json'])).toBe(1);
    cap.restore();
    const said = err.mock.calls.map((c) => String(c[0])).join('');
    err.mockRestore();
    expect((JSON.parse(cap.out()) as { doc_id: string }[]).map((r) => r.doc_id)).toEqual([
      'b-dated',
      'b-dated',
    ]);
    expect(said).toMatch(/a-undated\.txt: skipped: .*states no date \(pass --issued YEAR/);
    expect(said).toMatch(/1 of 2 documents skipped/);
  });

  it('rejects a bad --format and prints --help', async () => {
    await expect(extract(['x.txt', '--format', 'xml'])).rejects.toThrow(/csv, json or arrow/);
    const cap = capture();
    expect(await extract(['--help'])).toBe(0);
    cap.restore();
    expect(cap.out()).toContain('usage: cluster-targets extract');
  });
});

describe('cluster-targets evaluate', () => {
  it('scores a document against a hand-written gold table', async () => {
    const doc = join(dir, 'demo.txt');
    writeFileSync(doc, plain);
    // two gold rows written by hand: 增长8% (base) and 力争9% (stretch)
    const q1 = '全市服务业增加值增长8%';
    const q2 = '全市服务业增加值增长8%、力争9%';
    const s = plain.indexOf(q1);
    const base = {
      doc_id: 'demo',
      region: '成都市',
      region_code: '510100',
      scope: '全市',
      subject: '服务业增加值',
      subject_type: 'indicator',
      metric: '增速',
      kind: 'growth',
      aggregation: 'point',
      tier: '',
      comparator: '=',
      value_max: '',
      unit: 'percent',
      base_year: 2023,
      start_year: 2024,
      deadline_year: 2024,
      deadline_year_max: '',
      price_basis: 'real',
      responsible: '',
      span_start: s,
    };
    const gold = [
      { ...base, target_id: `demo:${s}:1`, value: 8, stretch: 'false', quote: q1, span_end: s + q1.length },
      { ...base, target_id: `demo:${s}:2`, value: 9, stretch: 'true', quote: q2, span_end: s + q2.length },
    ];
    const header = [...TARGET_COLUMNS, 'review_note'];
    const csv = [
      header.join(','),
      ...gold.map((g) => header.map((c) => String((g as Record<string, unknown>)[c] ?? '')).join(',')),
    ].join('\n');
    const goldFile = join(dir, 'gold.csv');
    writeFileSync(goldFile, `${csv}\n`);
    const cap = capture();
    const code = await evaluate(['--gold', goldFile, doc, '--issued', '2024', '--region', '成都市']);
    cap.restore();
    expect(code).toBe(0);
    expect(cap.out()).toMatch(/^overall\s+P 1\.000 {2}R 1\.000 {2}F1 1\.000/);
    expect(cap.out()).toContain('misses (0):');
  });

  it('needs --gold', async () => {
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await evaluate(['x.txt'])).toBe(2);
    spy.mockRestore();
  });
});
