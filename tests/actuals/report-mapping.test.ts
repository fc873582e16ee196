/**
 * `report --mapping`: the user's pairings reach the gaps, and `matches.csv` shows every target's pairing, the mapping
 * row that made it, and the candidates refused.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run as report } from '../../src/cli/commands/report.js';
import { parseCsvObjects } from '../../src/io/csv.js';

const DIR = 'tests/fixtures/actuals/national-14th-fyp';

afterEach(() => vi.restoreAllMocks());

describe('report --mapping', () => {
  it('writes matches.csv with the mapping row and the refused candidates', async () => {
    let err = '';
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      err += String(s);
      return true;
    });
    const out = join(mkdtempSync(join(tmpdir(), 'report-mapping-')), 'out');
    const code = await report([
      '--out',
      out,
      '--targets',
      `${DIR}/targets.csv`,
      '--actuals',
      `${DIR}/actuals.csv`,
      '--mapping',
      `${DIR}/mapping.csv`,
      '--as-of',
      '2025',
    ]);
    expect(code).toBe(0);
    expect(err).toMatch(/matches: 8 of 17 targets paired with an actual series \(1 mapping rows given\)/);
    const rows = parseCsvObjects(readFileSync(join(out, 'matches.csv'), 'utf8'));
    expect(rows).toHaveLength(17);
    const water = rows.find((r) => r.subject === '地表水达到或好于Ⅲ类水体比例')!;
    expect(water.mapping).toBe('地表水达到或好于Ⅲ类水体比例→地表水水质优良(Ⅰ—Ⅲ类)断面比例');
    expect(water.years).toBe('2021 2022 2023 2024');
    const grain = rows.find((r) => r.subject === '粮食综合生产能力')!;
    expect(grain.actual_indicator).toBe('');
    expect(grain.reason).toMatch(/no series for 粮食综合生产能力 in 全国/);
    const gaps = parseCsvObjects(readFileSync(join(out, 'gaps.csv'), 'utf8'));
    const waterGap = gaps.find((g) => g.subject === '地表水达到或好于Ⅲ类水体比例')!;
    expect(waterGap.method).not.toBe('');
  }, 120_000);
});
