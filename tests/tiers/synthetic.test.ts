import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  classifyTiers,
  countByTier,
  FIRM_TIERS,
  muJun,
  muJunCompliance,
  WUHAN_MUJUN_FLOORS,
} from '../../src/tiers/index.js';

const root = join(import.meta.dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, 'data', 'synthetic', f), 'utf8');

describe('data/synthetic', () => {
  it('is reproduced byte for byte by the seeded generator', () => {
    const out = mkdtempSync(join(tmpdir(), 'synthetic-'));
    execFileSync(process.execPath, [join(root, 'scripts', 'generate-synthetic-panel.mjs'), '--out', out], {
      stdio: 'pipe',
    });
    expect(readFileSync(join(out, 'firms.csv'), 'utf8')).toBe(read('firms.csv'));
    expect(readFileSync(join(out, 'parks.csv'), 'utf8')).toBe(read('parks.csv'));
  });

  it('is labelled synthetic everywhere a reader looks', () => {
    expect(read('README.md')).toMatch(/nothing here is real/i);
    const firms = aq.fromCSV(read('firms.csv'));
    const parks = aq.fromCSV(read('parks.csv'));
    expect((firms.array('firm_id') as string[]).every((id) => id.startsWith('SYN-F'))).toBe(true);
    expect((firms.array('county') as string[]).every((c) => c.startsWith('合成县'))).toBe(true);
    expect((parks.array('park_name') as string[]).every((c) => c.startsWith('合成园区'))).toBe(true);
  });

  it('runs through the tiers verbs (rows in = rows counted)', () => {
    const firms = aq.fromCSV(read('firms.csv'));
    const counts = countByTier(classifyTiers(firms, { value: 'revenue', ladder: FIRM_TIERS }), {
      ladder: FIRM_TIERS,
    });
    expect(counts.rollup({ n: aq.op.sum('count') }).get('n')).toBe(firms.numRows());
    const parks = muJun(aq.fromCSV(read('parks.csv')), {
      tax: 'tax',
      land: 'land_km2',
      landUnit: '平方公里',
    });
    const { byZone } = muJunCompliance(parks, WUHAN_MUJUN_FLOORS, { year: 'year' });
    // 18 parks × 5 years, 3 zone classes × 5 years.
    expect(byZone.numRows()).toBe(15);
    expect(byZone.rollup({ n: aq.op.sum('parks') }).get('n')).toBe(90);
  });
});
