import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/actuals.js';

const fixture = (name: string) => join(__dirname, '..', 'fixtures', 'actuals', name);

function capture() {
  let out = '';
  let err = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  return { out: () => out, err: () => err };
}

afterEach(() => vi.restoreAllMocks());

describe('cluster-targets actuals', () => {
  it('prints the tidy table and a summary, and writes the rejects', async () => {
    const io = capture();
    const rejects = join(tmpdir(), `actuals-rejects-${process.pid}.csv`);
    const code = await run([fixture('gbk-excel.csv'), fixture('export.json'), '--rejects', rejects]);
    expect(code).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toBe(
      'region,region_code,scope,subject,metric,indicator,year,period,value,unit,bound,growth_pct,growth_bound,price_basis,preliminary,note,source,quote',
    );
    expect(lines).toHaveLength(1 + 7 + 3);
    expect(io.err()).toContain('gbk-excel.csv: 8 rows in, 7 used, 1 rejected');
    expect(io.err()).toContain('export.json: 4 rows in, 3 used, 1 rejected');
    expect(io.err()).toContain('total: 12 rows in, 10 used, 2 rejected');
    const rej = readFileSync(rejects, 'utf8').trim().split('\n');
    expect(rej[0]).toBe('file,row,column,reason,raw');
    expect(rej).toHaveLength(3);
  });

  it('prints JSON with --format json', async () => {
    const io = capture();
    expect(await run([fixture('bom.tsv'), '--format', 'json'])).toBe(0);
    const rows = JSON.parse(io.out());
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ region: '武汉市', subject: '服务业增加值', value: 1273636000000 });
  });

  it('fails with a message for an unreadable file and a bad --format', async () => {
    const io = capture();
    expect(await run(['/nonexistent/actuals.csv'])).toBe(1);
    expect(io.err()).toMatch(/actuals: .*nonexistent/);
    expect(await run([fixture('bom.tsv'), '--format', 'xml'])).toBe(2);
    expect(await run([])).toBe(2);
  });
});
