import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/parse.js';

function capture(): { out: () => string; err: () => string } {
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

describe('cluster-targets parse', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints the quantities of a text as JSON', async () => {
    const io = capture();
    expect(await run(['--format', 'json', '产值突破5000亿元,增长12%、力争13%'])).toBe(0);
    const qs = JSON.parse(io.out()) as Array<{ text: string; value: number; stretch: boolean }>;
    expect(qs.map((q) => [q.text, q.value, q.stretch])).toEqual([
      ['突破5000亿元', 5e11, false],
      ['12%', 12, false],
      ['13%', 13, true],
    ]);
  });

  it('prints a table with a header row', async () => {
    const io = capture();
    expect(await run(['亩均税收不低于35万元'])).toBe(0);
    const lines = io.out().trim().split('\n');
    expect(lines[0]).toMatch(/^start\s+end\s+text\s+value/);
    expect(lines[1]).toContain('不低于35万元');
    expect(lines[1]).toContain('yuan_per_mu');
  });

  it('--strict fails with the position on a non-quantity', async () => {
    const io = capture();
    expect(await run(['--strict', '12标准间'])).toBe(1);
    expect(io.err()).toContain('at position 2');
  });

  it('rejects an unknown format', async () => {
    capture();
    await expect(run(['--format', 'xml', '12%'])).rejects.toThrow(/--format must be table or json/);
  });
});
