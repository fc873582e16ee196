/** The columnar path gives exactly the rows of the row judge, on thousands of random targets and series. */
import { describe, expect, it } from 'vitest';
import { BOUND_CODES } from '../../src/actuals/bounds.js';
import { type ActualColumns, actualRowAt, BASIS_CODES } from '../../src/actuals/columns.js';
import type { TextColumn } from '../../src/actuals/raw.js';
import type { ActualRow, Bound, TargetMatch } from '../../src/actuals/types.js';
import { GAP_CODE_COLUMNS, GAP_FIELDS } from '../../src/gaps/fields.js';
import {
  type ColumnMatch,
  GAP_NUMERIC_COLUMNS,
  GAP_STATUSES,
  type GapRow,
  judgeColumns,
  judgeColumnsTable,
  judgeMatches,
} from '../../src/gaps/index.js';
import type { Comparator } from '../../src/quantities/types.js';
import { TARGET_COLUMNS, type TargetKind, type TargetRow } from '../../src/targets/types.js';
import { actual, levels, target } from './helpers.js';

/** Encode rows into the actuals loader's columnar layout. */
function encode(rows: ActualRow[]): ActualColumns {
  const text = (get: (r: ActualRow) => string | null): TextColumn => {
    const dict = [''];
    const index = new Map<string, number>([['', 0]]);
    const codes = new Uint32Array(rows.length);
    rows.forEach((r, k) => {
      const s = get(r) ?? '';
      let code = index.get(s);
      if (code === undefined) {
        code = dict.length;
        dict.push(s);
        index.set(s, code);
      }
      codes[k] = code;
    });
    return { codes, dict };
  };
  const boundCode = (b: Bound | null) => BOUND_CODES.indexOf(b);
  return {
    file: 'test',
    length: rows.length,
    region: text((r) => r.region),
    region_code: text((r) => r.region_code),
    scope: text((r) => r.scope),
    subject: text((r) => r.subject),
    metric: text((r) => r.metric),
    indicator: text((r) => r.indicator),
    period: text((r) => r.period),
    unit: text((r) => r.unit),
    source: text((r) => r.source),
    quote: text((r) => r.quote),
    note: text(() => ''),
    year: Int32Array.from(rows, (r) => r.year),
    value: Float64Array.from(rows, (r) => r.value ?? Number.NaN),
    bound: Uint8Array.from(rows, (r) => boundCode(r.bound)),
    growth_pct: Float64Array.from(rows, (r) => r.growth_pct ?? Number.NaN),
    growth_bound: Uint8Array.from(rows, (r) => boundCode(r.growth_bound)),
    price_basis: Uint8Array.from(rows, (r) => BASIS_CODES.indexOf(r.price_basis)),
    preliminary: Uint8Array.from(rows, (r) => (r.preliminary ? 1 : 0)),
    row: Int32Array.from(rows, (_, k) => k + 2),
    rejects: [],
    rowsIn: rows.length,
    cells: { in: 0, used: 0, rejected: 0 },
    warnings: [],
  };
}

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = a;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, pick, int };
}

const KINDS: TargetKind[] = [
  'level',
  'level',
  'count',
  'share',
  'intensity',
  'multiple',
  'growth',
  'growth',
  'relative',
];
const UNIT: Record<string, TargetRow['unit']> = {
  level: 'yuan',
  count: 'count',
  share: 'percent',
  intensity: 'yuan_per_mu',
  multiple: 'multiple',
  growth: 'percent',
  relative: 'percentage_point',
};

function randomCase(r: ReturnType<typeof rng>, k: number) {
  const kind = r.pick(KINDS);
  const deadline = r.int(2016, 2025);
  const start = r.next() < 0.8 ? deadline - r.int(0, 4) : null;
  const t = target({
    target_id: `rand:${k}:1`,
    doc_id: `doc${k % 7}`,
    subject: `S${k}`,
    kind,
    unit: UNIT[kind]!,
    aggregation: r.next() < 0.85 ? 'point' : r.pick(['annual', 'cumulative', 'annual_average'] as const),
    comparator: r.pick<Comparator>(['>=', '>=', '>', '=', '<=', '~']),
    value: kind === 'multiple' ? 2 : kind === 'growth' ? r.int(-5, 15) : r.int(-20, 400),
    start_year: start,
    base_year:
      kind === 'growth' || kind === 'multiple'
        ? r.next() < 0.7
          ? deadline - 1
          : start !== null
            ? start - 1
            : null
        : null,
    deadline_year: r.next() < 0.95 ? deadline : null,
    deadline_year_max: r.next() < 0.1 ? deadline + 2 : null,
    price_basis: r.pick(['real', 'nominal', 'unspecified'] as const),
    scope: '全市',
  });
  const series: ActualRow[] = [];
  const n = r.int(0, 9);
  for (let j = 0; j < n; j++) {
    const unit = r.next() < 0.9 ? (kind === 'multiple' || kind === 'relative' ? 'yuan' : t.unit) : 'usd';
    series.push(
      actual({
        year: r.int(2013, 2025),
        scope: r.next() < 0.93 ? '全市' : r.pick(['东湖高新区', '武汉经开区']),
        period: r.next() < 0.85 ? null : r.pick(['2021-01/11', '2021-01/12', '2020Q3']),
        value: r.next() < 0.85 ? r.int(-30, 500) : null,
        unit: kind === 'growth' && r.next() < 0.5 ? null : unit,
        bound: r.pick<Bound | null>([null, null, null, '=', '>', '~', '<']),
        growth_pct: r.next() < 0.7 ? r.int(-10, 25) / 2 : null,
        growth_bound: r.pick<Bound | null>([null, null, '>', '~']),
        price_basis: r.pick(['real', 'nominal', 'unspecified'] as const),
        preliminary: r.next() < 0.15,
        source: `src${r.int(1, 3)}`,
        quote: `q${j}`,
      }),
    );
  }
  const stretch =
    r.next() < 0.2 && t.deadline_year !== null
      ? target({ ...t, target_id: `rand:${k}:2`, value: t.value + r.int(1, 20), stretch: true })
      : null;
  return { t, stretch, series };
}

describe('judgeColumns', () => {
  it('equals judgeMatches on the materialised series for 3000 random targets', () => {
    const r = rng(20260101);
    const rows: ActualRow[] = [];
    const cases: { target: TargetRow; rows: number[]; method: string | null }[] = [];
    for (let k = 0; k < 1500; k++) {
      const c = randomCase(r, k);
      const idx = c.series.map((s) => rows.push(s) - 1);
      const method = idx.length > 0 || r.next() < 0.5 ? 'exact' : null;
      cases.push({ target: c.t, rows: idx, method });
      if (c.stretch) cases.push({ target: c.stretch, rows: idx, method });
    }
    // fill up to 3000 targets with plain level and growth targets (the fast path)
    for (let k = 1500; cases.length < 3000; k++) {
      const c = randomCase(r, k);
      const t = {
        ...c.t,
        aggregation: 'point' as const,
        deadline_year_max: null,
        kind: r.pick<TargetKind>(['level', 'growth']),
      };
      t.unit = UNIT[t.kind]!;
      // a dense series: every year 2013–2025, some years twice (预计 and final, exact and bounded)
      const dense: ActualRow[] = [];
      for (let y = 2013; y <= 2025; y++) {
        const copies = r.next() < 0.2 ? 2 : 1;
        for (let j = 0; j < copies; j++) {
          dense.push(
            actual({
              year: y,
              value: r.next() < 0.95 ? r.int(-20, 600) : null,
              growth_pct: r.next() < 0.95 ? r.int(-10, 30) / 2 : null,
              bound: r.pick<Bound | null>([null, null, null, '>', '~', '<']),
              growth_bound: r.pick<Bound | null>([null, null, '>', '~']),
              preliminary: r.next() < 0.15,
              price_basis: r.pick(['real', 'nominal', 'unspecified'] as const),
              source: `src${r.int(1, 3)}`,
            }),
          );
        }
      }
      const idx = dense.map((s) => rows.push(s) - 1);
      cases.push({ target: t, rows: idx, method: 'exact' });
    }
    const cols = encode(rows);
    for (const asOf of [2019, 2022, 2026]) {
      const colMatches: ColumnMatch[] = cases.map((c) => ({
        target: c.target,
        rows: c.rows,
        method: c.method,
        reason: null,
      }));
      const rowMatches: TargetMatch[] = cases.map((c) => ({
        target: c.target,
        series: c.rows.map((k) => actualRowAt(cols, k)),
        method: c.method,
        reason: null,
      }));
      const a = judgeColumns(cols, colMatches, { asOf });
      const b = judgeMatches(rowMatches, { asOf });
      expect(a.length).toBe(b.length);
      for (let i = 0; i < a.length; i++)
        expect(a[i], `row ${i} (${a[i]!.target_id}, asOf ${asOf})`).toEqual(b[i]);
      // not vacuous: many verdicts are real judgements, not fall-through insufficient rows
      expect(a.filter((g) => g.status === 'achieved' || g.status === 'missed').length).toBeGreaterThan(300);

      // the columnar table: the same numbers and statuses in typed arrays, the same rows when materialised
      const tab = judgeColumnsTable(cols, colMatches, { asOf });
      expect(tab.length).toBe(a.length);
      const orNull = (x: number) => (Number.isNaN(x) ? null : x);
      const fromTable = a.map((_, i) => [
        cases[tab.match[i]!]!.target.target_id,
        GAP_STATUSES[tab.status[i]!],
        tab.direction[i],
        tab.uncertain[i] === 1,
        tab.actual_preliminary[i] === 1,
        ...GAP_NUMERIC_COLUMNS.map((c) => orNull(tab[c][i]!)),
      ]);
      const fromRows = a.map((g: GapRow) => [
        g.target_id,
        g.status,
        g.direction,
        g.uncertain ?? false,
        g.actual_preliminary,
        ...GAP_NUMERIC_COLUMNS.map((c) => g[c] ?? null),
      ]);
      expect(fromTable).toEqual(fromRows);
      expect(tab.rows()).toEqual(a);
    }
  });

  it('judges a plain level target from the columns (Wuhan GDP 2021, hand-checked)', () => {
    const gdp = target({ subject: '地区生产总值', value: 1.76e12, start_year: 2021, deadline_year: 2021 });
    const cols = encode(levels({ 2020: 1.561606e12, 2021: 1.771676e12 }));
    const [g] = judgeColumns(cols, [{ target: gdp, rows: [0, 1], method: 'exact', reason: null }], {
      asOf: 2024,
    });
    expect(g!.status).toBe('achieved');
    expect(g!.base_year_used).toBe(2020);
    expect(g!.attainment).toBeCloseTo(1 + 116.76 / 17600, 8);
  });
});

describe('one table of output fields', () => {
  it('every row has the target columns then every field of GAP_FIELDS; the columns are its number and code fields', () => {
    const t = target({ value: 1, start_year: 2021, deadline_year: 2021 });
    const cols = encode(levels({ 2020: 1, 2021: 2 }));
    const matches = [{ target: t, rows: [0, 1], method: 'exact', reason: null }];
    const [row] = judgeColumns(cols, matches, { asOf: 2021 });
    expect(Object.keys(row!)).toEqual([...TARGET_COLUMNS, ...GAP_FIELDS.map((f) => f.name)]);
    const tab = judgeColumnsTable(cols, matches, { asOf: 2021 });
    const stored = GAP_FIELDS.filter((f) => f.store !== 'text').map((f) => f.name);
    expect(stored.every((name) => name in tab)).toBe(true);
    expect([...GAP_NUMERIC_COLUMNS, ...GAP_CODE_COLUMNS].sort()).toEqual([...stored].sort());
  });
});

describe('judgeColumns errors', () => {
  it('judgeColumnsTable names a row number that is not in the gaps table', () => {
    const t = target({ value: 1, start_year: 2021, deadline_year: 2021 });
    const cols = encode(levels({ 2020: 1, 2021: 2 }));
    const tab = judgeColumnsTable(cols, [{ target: t, rows: [0, 1], method: 'exact', reason: null }], {
      asOf: 2021,
    });
    expect(tab.length).toBe(1);
    expect(() => tab.row(1)).toThrow(/row 1 is not a row of this gaps table \(0…0\)/);
  });
  it('names a row number outside the table', () => {
    const t = target({ value: 1, start_year: 2021, deadline_year: 2021 });
    const cols = encode(levels({ 2020: 1, 2021: 2 }));
    expect(() =>
      judgeColumns(cols, [{ target: t, rows: [0, 7], method: 'exact', reason: null }], { asOf: 2021 }),
    ).toThrow(/row 7 is outside the table of 2 rows/);
  });
});
