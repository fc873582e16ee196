import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/io/csv.js';
import {
  bandSubjects,
  CLUSTER_TIERS,
  defineLadder,
  FIRM_TIERS,
  HUANGGANG_REWARDS,
  LADDER_COLUMNS,
  loadLadder,
  parseLadder,
  WUHAN_MUJUN_FLOORS,
  WUHAN_REWARDS,
  XIANGYANG_FIRM_BANDS,
} from '../../src/tiers/index.js';
import type { SourceRef } from '../../src/tiers/types.js';

const root = join(import.meta.dirname, '..', '..');
const seed = (doc: string): string => readFileSync(join(root, 'seeds', `${doc}.txt`), 'utf8');

function allSources(): SourceRef[] {
  return [
    ...CLUSTER_TIERS.bands.map((b) => b.source),
    ...FIRM_TIERS.bands.map((b) => b.source),
    ...XIANGYANG_FIRM_BANDS.bands.map((b) => b.source),
    ...WUHAN_REWARDS.rules.map((r) => r.source),
    ...WUHAN_REWARDS.sources,
    ...HUANGGANG_REWARDS.rules.map((r) => r.source),
    ...HUANGGANG_REWARDS.sources,
    ...WUHAN_MUJUN_FLOORS.map((f) => f.source),
  ];
}

describe('sources of the bundled ladders, schedules and floors', () => {
  it('every seed quote sits exactly at its offsets', () => {
    const seeded = allSources().filter((s) => s.doc_id !== null);
    expect(seeded.length).toBeGreaterThan(20);
    for (const s of seeded) {
      expect(seed(s.doc_id!).slice(s.span_start!, s.span_end!)).toBe(s.quote);
    }
  });

  it('outside sources say so (no doc, no offsets, a citation)', () => {
    for (const s of allSources().filter((x) => x.doc_id === null)) {
      expect(s.span_start).toBeNull();
      expect(s.quote).toMatch(/2000万元/);
    }
  });

  it('the reward amounts are the ones the quotes state', () => {
    // Wuhan: 10/50/100亿元 → 100/500/1000万元; step 1000万元; 进规 10万元.
    const w = WUHAN_REWARDS.rules;
    expect(
      w.filter((r) => r.kind === 'threshold').map((r) => [r.kind === 'threshold' && r.threshold, r.amount]),
    ).toEqual([
      [1e9, 1e6],
      [5e9, 5e6],
      [1e10, 1e7],
    ]);
    expect(w.find((r) => r.kind === 'step')).toMatchObject({ from: 1e10, every: 1e10, amount: 1e7 });
    expect(w.find((r) => r.kind === 'entry')?.amount).toBe(1e5);
    // Huanggang: 10/30/50/100亿元 → 30/50/80/100万元; 进规 8万元; 满2年 10万元; 连续3年 ≥ 15% 10万元.
    const h = HUANGGANG_REWARDS.rules;
    expect(
      h.filter((r) => r.kind === 'threshold').map((r) => [r.kind === 'threshold' && r.threshold, r.amount]),
    ).toEqual([
      [1e9, 3e5],
      [3e9, 5e5],
      [5e9, 8e5],
      [1e10, 1e6],
    ]);
    expect(h.find((r) => r.kind === 'entry')?.amount).toBe(8e4);
    expect(h.find((r) => r.kind === 'entry_tenure')).toMatchObject({ years: 2, amount: 1e5 });
    expect(h.find((r) => r.kind === 'entry_growth')).toMatchObject({
      years: 3,
      minGrowthPct: 15,
      amount: 1e5,
    });
    expect([WUHAN_REWARDS.validFrom, WUHAN_REWARDS.validTo]).toEqual([2018, 2022]);
    expect([HUANGGANG_REWARDS.validFrom, HUANGGANG_REWARDS.validTo]).toEqual([2023, 2025]);
    // 35万元/亩 and 20万元/亩.
    expect(WUHAN_MUJUN_FLOORS.map((f) => f.floor)).toEqual([350000, 200000]);
  });

  it('data/tiers CSVs hold the same figures as the constants', () => {
    const csv = (f: string) => parseCsvObjects(readFileSync(join(root, 'data', 'tiers', f), 'utf8'));
    const ladders = csv('ladders.csv');
    expect(Object.keys(ladders[0]!)).toEqual([...LADDER_COLUMNS]);
    expect(loadLadder('firm_tiers')).toEqual({ ...FIRM_TIERS, note: '' });
    expect(loadLadder('cluster_tiers').bands).toEqual(CLUSTER_TIERS.bands);
    expect(loadLadder('xiangyang_2016_firm_bands').bands).toEqual(XIANGYANG_FIRM_BANDS.bands);
    const rewards = csv('reward-schedules.csv');
    const amounts = (id: string) =>
      rewards.filter((r) => r.schedule_id === id && r.amount !== '').map((r) => Number(r.amount));
    expect(amounts('wuhan_2018')).toEqual(WUHAN_REWARDS.rules.map((r) => r.amount));
    expect(amounts('huanggang_2023')).toEqual(HUANGGANG_REWARDS.rules.map((r) => r.amount));
    for (const s of [WUHAN_REWARDS, HUANGGANG_REWARDS]) {
      const csvRules = rewards.filter((r) => r.schedule_id === s.id && r.amount !== '');
      expect(
        csvRules.map((r) => [r.rule, r.threshold, r.quote, Number(r.valid_from), Number(r.valid_to)]),
      ).toEqual(
        s.rules.map((r) => [
          r.kind,
          r.kind === 'threshold' ? String(r.threshold) : '',
          r.source.quote,
          s.validFrom,
          s.validTo,
        ]),
      );
    }
    const floors = csv('mujun-floors.csv');
    expect(floors.map((f) => [f.zone, Number(f.floor), f.comparator])).toEqual(
      WUHAN_MUJUN_FLOORS.map((f) => [f.zone, f.floor, f.comparator]),
    );
  });
});

describe('defineLadder / parseLadder', () => {
  it('sorts bands and fills a missing max from the band above', () => {
    const l = defineLadder({
      id: 'mine',
      bands: [
        { tier: '小', min: 1 },
        { tier: '大', min: 100 },
        { tier: '中', min: 10 },
      ],
    });
    expect(l.bands.map((b) => [b.tier, b.min, b.max])).toEqual([
      ['大', 100, null],
      ['中', 10, 100],
      ['小', 1, 10],
    ]);
    expect(l.atThreshold).toBe('higher');
  });

  it('rejects overlaps, repeats and bad bounds, naming the ladder and tier', () => {
    expect(() => defineLadder({ id: 'x', bands: [] })).toThrow(/ladder "x" has no bands/);
    expect(() =>
      defineLadder({
        id: 'x',
        bands: [
          { tier: 'a', min: 10 },
          { tier: 'b', min: 1, max: 20 },
        ],
      }),
    ).toThrow(/tier "b" .* overlaps tier "a"/);
    expect(() =>
      defineLadder({
        id: 'x',
        bands: [
          { tier: 'a', min: 10 },
          { tier: 'a', min: 1 },
        ],
      }),
    ).toThrow(/repeats tier "a"/);
    expect(() => defineLadder({ id: 'x', bands: [{ tier: 'a', min: 10, max: 5 }] })).toThrow(
      /max 5 not above/,
    );
  });

  it('reads a ladder from CSV and names the bad line', () => {
    const l = parseLadder('ladder_id,tier,min,max\nm,大,1e10,\nm,中,1e9,1e10\n', 'm');
    expect(l.bands.map((b) => b.min)).toEqual([1e10, 1e9]);
    expect(() => parseLadder('ladder_id,tier,min\nm,大,lots\n', 'm', 'my.csv')).toThrow(
      /my.csv: line 2, column "min": "lots" is not a number/,
    );
    expect(() => parseLadder('ladder_id,tier,min\nm,大,1\n', 'other', 'my.csv')).toThrow(/no ladder "other"/);
  });

  it('loads a ladder from a CSV file of your own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-'));
    const file = join(dir, 'mine.csv');
    writeFileSync(file, 'ladder_id,tier,min,max,at_threshold\nmine,大,100,,lower\nmine,小,10,100,lower\n');
    const l = loadLadder(file);
    expect(l.atThreshold).toBe('lower');
    expect(l.bands.map((b) => [b.tier, b.min, b.max])).toEqual([
      ['大', 100, null],
      ['小', 10, 100],
    ]);
    expect(() => loadLadder(join(dir, 'absent.csv'))).toThrow(/ENOENT/);
  });

  it('names subjects by reading: 百亿企业 = at least, 准百亿企业 = the band', () => {
    const byTier = (t: string) => FIRM_TIERS.bands.find((b) => b.tier === t)!;
    expect(bandSubjects(FIRM_TIERS, byTier('百亿企业'))).toEqual({
      band: '100-500亿元企业',
      atLeast: '百亿企业',
    });
    expect(bandSubjects(FIRM_TIERS, byTier('准百亿企业'))).toEqual({
      band: '准百亿企业',
      atLeast: '50亿元以上企业',
    });
    expect(bandSubjects(FIRM_TIERS, byTier('十亿企业'))).toEqual({
      band: '10-50亿元企业',
      atLeast: '十亿企业',
    });
    expect(bandSubjects(FIRM_TIERS, byTier('千亿企业'))).toEqual({
      band: '1000亿元以上企业',
      atLeast: '千亿企业',
    });
    // Cluster tiers get the entity appended: 千亿 → 千亿产业集群; band 1000-5000亿元产业集群.
    expect(bandSubjects(CLUSTER_TIERS, CLUSTER_TIERS.bands[2]!)).toEqual({
      band: '1000-5000亿元产业集群',
      atLeast: '千亿产业集群',
    });
  });
});
