import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import {
  compareRewardSchedules,
  HUANGGANG_REWARDS,
  simulateRewards,
  WUHAN_REWARDS,
} from '../../src/tiers/index.js';

const rows = (firm: string, series: Record<number, number>) =>
  Object.entries(series).map(([year, revenue]) => ({ firm_id: firm, year: Number(year), revenue }));

// Wuhan panel (yuan). Validity window 2018-2022.
const wuhanPanel = [
  // W1: crosses 10亿 in 2018, falls back 2019, re-crosses 2020 (no second payment), 50亿 in 2021, 250亿 in 2022
  // (100亿 threshold + the 200亿 百亿 step).
  ...rows('W1', { 2017: 8e8, 2018: 1.2e9, 2019: 9e8, 2020: 1.5e9, 2021: 6e9, 2022: 2.5e10 }),
  // W2: 350亿 in its first year: 10/50/100亿 and the 200亿 and 300亿 steps are taken as crossed before the panel.
  // 405亿 in 2019 → 400亿 step; falls to 300亿 and back to 410亿 (400亿 step already paid); 620亿 in 2023 (outside).
  ...rows('W2', { 2018: 3.5e10, 2019: 4.05e10, 2020: 3e10, 2021: 4.1e10, 2023: 6.2e10 }),
  // W3: 首次进规 at exactly 2000万 in 2018; 退规 2019; back in 2020 (not first: no payment).
  ...rows('W3', { 2017: 1.5e7, 2018: 2e7, 2019: 1e7, 2020: 3e7 }),
  // W4: 进规 in 2017, before the window.
  ...rows('W4', { 2016: 1e7, 2017: 2.5e7 }),
  // W5: above scale in its first year: censored.
  ...rows('W5', { 2018: 3e7, 2019: 4e7 }),
  // W6: jumps from 5亿 to 120亿 in 2020: 10, 50 and 100亿 first crossed in the same year.
  ...rows('W6', { 2019: 5e8, 2020: 1.2e10 }),
];

describe('simulateRewards under Wuhan 2018', () => {
  it('pays first crossings once, every further 百亿 step, and 首次进规, inside 2018-2022', () => {
    const { payments, byYear } = simulateRewards(wuhanPanel, WUHAN_REWARDS);
    const p = payments.objects() as {
      id: string;
      year: number;
      rule: string;
      threshold: number | null;
      amount: number;
    }[];
    expect(p.filter((x) => x.id === 'W1').map((x) => [x.year, x.rule, x.threshold, x.amount])).toEqual([
      [2018, 'threshold', 1e9, 1e6], // 10亿 → 100万
      [2021, 'threshold', 5e9, 5e6], // 50亿 → 500万
      [2022, 'threshold', 1e10, 1e7], // 100亿 → 1000万
      [2022, 'step', 2e10, 1e7], // 200亿 step → 1000万
    ]);
    expect(p.filter((x) => x.id === 'W2').map((x) => [x.year, x.rule, x.threshold])).toEqual([
      [2019, 'step', 4e10],
    ]);
    expect(p.filter((x) => x.id === 'W3').map((x) => [x.year, x.rule, x.amount])).toEqual([
      [2018, 'entry', 1e5],
    ]);
    expect(p.filter((x) => x.id === 'W4' || x.id === 'W5')).toEqual([]);
    // W6: 100万 + 500万 + 1000万 = 1600万 in 2020.
    expect(p.filter((x) => x.id === 'W6').reduce((s, x) => s + x.amount, 0)).toBe(1.6e7);
    // By year: 2018 = 100万 (W1) + 10万 (W3) = 110万; 2019 = 1000万 (W2); 2020 = 1600万 (W6);
    // 2021 = 500万 (W1); 2022 = 1000万 + 1000万 (W1) = 2000万.
    expect(byYear.objects()).toEqual([
      { schedule: 'wuhan_2018', year: 2018, firms: 2, payments: 2, amount: 1.1e6 },
      { schedule: 'wuhan_2018', year: 2019, firms: 1, payments: 1, amount: 1e7 },
      { schedule: 'wuhan_2018', year: 2020, firms: 1, payments: 3, amount: 1.6e7 },
      { schedule: 'wuhan_2018', year: 2021, firms: 1, payments: 1, amount: 5e6 },
      { schedule: 'wuhan_2018', year: 2022, firms: 1, payments: 2, amount: 2e7 },
    ]);
  });

  it('jumps: "highest" pays only the top threshold crossed in the year', () => {
    const { payments } = simulateRewards(rows('W6', { 2019: 5e8, 2020: 1.2e10 }), WUHAN_REWARDS, {
      jumps: 'highest',
    });
    expect(payments.array('amount')).toEqual([1e7]);
  });

  it('window: false also pays what falls outside 2018-2022', () => {
    const { byYear } = simulateRewards(wuhanPanel, WUHAN_REWARDS, { window: false });
    // Adds 2017: W4 进规 10万; 2023: W2's 500亿 and 600亿 steps, 2 × 1000万.
    const y = byYear.objects() as { year: number; amount: number }[];
    expect(y.find((r) => r.year === 2017)?.amount).toBe(1e5);
    expect(y.find((r) => r.year === 2023)?.amount).toBe(2e7);
  });

  it('an above-scale column overrides the 2000万 rule', () => {
    const panel = [
      { firm_id: 'X', year: 2018, revenue: 5e7, gs: '否' },
      { firm_id: 'X', year: 2019, revenue: 5e7, gs: '是' },
    ];
    const { payments } = simulateRewards(panel, WUHAN_REWARDS, { aboveScale: 'gs' });
    expect(payments.objects()).toMatchObject([{ id: 'X', year: 2019, rule: 'entry', amount: 1e5 }]);
    expect(() =>
      simulateRewards([{ ...panel[0]!, gs: 'maybe' }], WUHAN_REWARDS, { aboveScale: 'gs' }),
    ).toThrow(/"maybe" is not true\/false.*row index 0, column "gs"/);
  });
});

// Huanggang panel. Validity window 2023-2025.
const huanggangPanel = [
  // H1: 进规 2022 (outside the window); 15% exactly in 2023 (2400万 × 1.15 = 2760万); 2024: 3300万 ≥ 2760万 × 1.15
  // = 3174万; 2025: 3800万 ≥ 3300万 × 1.15 = 3795万. 满2年: above scale 2022-2024 → 10万 in 2024;
  // growth run 2023-2025 → 10万 in 2025.
  ...rows('H1', { 2021: 1.5e7, 2022: 2.4e7, 2023: 2.76e7, 2024: 3.3e7, 2025: 3.8e7 }),
  // H2: 进规 2023 (8万), 退规 2024 (no 满2年), back 2025 (不含退规企业重新进规: nothing).
  ...rows('H2', { 2022: 1.8e7, 2023: 2.1e7, 2024: 1.9e7, 2025: 2.5e7 }),
  // H3: 29亿 first (10亿 censored); 30亿 exactly in 2023 → 50万; 55亿 in 2024 → 80万; 105亿 in 2025 → 100万.
  ...rows('H3', { 2022: 2.9e9, 2023: 3e9, 2024: 5.5e9, 2025: 1.05e10 }),
  // H4: 进规 at exactly 2000万 in 2023 (8万); 2024 growth 14.99% (no growth reward); above scale 2023-2025 → 10万 in 2025.
  ...rows('H4', { 2022: 1e7, 2023: 2e7, 2024: 2.2998e7, 2025: 2.7e7 }),
];

describe('simulateRewards under Huanggang 2023', () => {
  it('pays 进规 8万, 满2年 10万, 连续3年 ≥ 15% 10万 and the 10/30/50/100亿 rewards', () => {
    const { payments, byYear } = simulateRewards(huanggangPanel, HUANGGANG_REWARDS);
    const p = payments.objects() as { id: string; year: number; rule: string; amount: number }[];
    expect(p.filter((x) => x.id === 'H1').map((x) => [x.year, x.rule, x.amount])).toEqual([
      [2024, 'entry_tenure', 1e5],
      [2025, 'entry_growth', 1e5],
    ]);
    expect(p.filter((x) => x.id === 'H2').map((x) => [x.year, x.rule, x.amount])).toEqual([
      [2023, 'entry', 8e4],
    ]);
    expect(p.filter((x) => x.id === 'H3').map((x) => [x.year, x.amount])).toEqual([
      [2023, 5e5],
      [2024, 8e5],
      [2025, 1e6],
    ]);
    expect(p.filter((x) => x.id === 'H4').map((x) => [x.year, x.rule])).toEqual([
      [2023, 'entry'],
      [2025, 'entry_tenure'],
    ]);
    // 2023: 8万 (H2) + 50万 (H3) + 8万 (H4) = 66万; 2024: 10万 (H1) + 80万 (H3) = 90万;
    // 2025: 10万 (H1) + 100万 (H3) + 10万 (H4) = 120万.
    expect(byYear.objects()).toEqual([
      { schedule: 'huanggang_2023', year: 2023, firms: 3, payments: 3, amount: 6.6e5 },
      { schedule: 'huanggang_2023', year: 2024, firms: 2, payments: 2, amount: 9e5 },
      { schedule: 'huanggang_2023', year: 2025, firms: 3, payments: 3, amount: 1.2e6 },
    ]);
  });
});

describe('simulateRewards input handling', () => {
  it('gives the same payments whatever the row order, and from typed-array columns', () => {
    // Reverse the rows (forces the hash-and-sort path) and code firms as numbers in an arquero table.
    const codes = new Map(wuhanPanel.map((r, i) => [r.firm_id, i]));
    const reversed = [...wuhanPanel].reverse();
    const t = aq.table({
      firm_id: Int32Array.from(reversed, (r) => codes.get(r.firm_id)!),
      year: Int32Array.from(reversed, (r) => r.year),
      revenue: Float64Array.from(reversed, (r) => r.revenue),
    });
    const key = (rows: object[]) =>
      rows
        .map((r) => {
          const x = r as { year: number; rule: string; amount: number };
          return `${x.year}|${x.rule}|${x.amount}`;
        })
        .sort();
    const a = simulateRewards(wuhanPanel, WUHAN_REWARDS).payments.objects();
    const b = simulateRewards(t, WUHAN_REWARDS).payments.objects();
    expect(key(b)).toEqual(key(a));
    expect(simulateRewards(t, WUHAN_REWARDS).byYear.objects()).toEqual(
      simulateRewards(wuhanPanel, WUHAN_REWARDS).byYear.objects(),
    );
  });

  it('accepts rows typed by an interface', () => {
    interface FirmYear {
      firm_id: string;
      year: number;
      revenue: number;
    }
    const typed: FirmYear[] = [
      { firm_id: 'T', year: 2018, revenue: 1.9e7 },
      { firm_id: 'T', year: 2019, revenue: 2.1e7 },
    ];
    expect(simulateRewards(typed, WUHAN_REWARDS).payments.array('amount')).toEqual([1e5]);
  });
});

describe('compareRewardSchedules', () => {
  it('gives each schedule’s cost per year on the same panel, zeros included', () => {
    const t = compareRewardSchedules(huanggangPanel, [WUHAN_REWARDS, HUANGGANG_REWARDS], { window: false });
    const amount = (s: string, y: number) =>
      (t.objects() as { schedule: string; year: number; amount: number }[]).find(
        (r) => r.schedule === s && r.year === y,
      )?.amount;
    // Wuhan rules on the Huanggang panel: 进规 10万 for H1 (2022), H2 and H4 (2023); H3 crosses 50亿 in 2024
    // (500万) and 100亿 in 2025 (1000万); 10亿 was crossed before the panel; no 30亿 rule.
    expect([2022, 2023, 2024, 2025].map((y) => amount('wuhan_2018', y))).toEqual([1e5, 2e5, 5e6, 1e7]);
    // Huanggang without the window adds H1's 8万 进规 in 2022.
    expect([2022, 2023, 2024, 2025].map((y) => amount('huanggang_2023', y))).toEqual([
      8e4, 6.6e5, 9e5, 1.2e6,
    ]);
    expect(t.numRows()).toBe(8);
    expect(() => compareRewardSchedules(huanggangPanel, [WUHAN_REWARDS, WUHAN_REWARDS])).toThrow(
      /ids repeat/,
    );
  });

  it('names the row of a bad revenue', () => {
    const bad = [...huanggangPanel.slice(0, 2), { firm_id: 'Z', year: 2020, revenue: 'n/a' }];
    expect(() => simulateRewards(bad, HUANGGANG_REWARDS)).toThrow(
      /"n\/a" is not a finite number \(row index 2, column "revenue"\)/,
    );
  });
});
