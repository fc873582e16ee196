/**
 * countByTier: how many rows sit in each tier (optionally per group, e.g. per year or county).
 */
import { table as aqTable, type ColumnTable } from 'arquero';
import { type ColumnValues, columnValues, TierInputError, toTable } from './table.js';
import type { Ladder, TableInput } from './types.js';

/** Options of {@link countByTier}. */
export interface CountOptions {
  /** The tier column (default `tier`), as added by classifyTiers. */
  tier?: string;
  /** Group columns (`['year']`, `['county', 'year']`). */
  by?: string | readonly string[];
  /** When given, every tier of the ladder is listed in each group (zero counts included), in ladder order. */
  ladder?: Ladder;
  /**
   * Count at-or-above each tier (百亿企业 in the everyday sense = 100亿元以上, including 五百亿 and 千亿 firms) instead
   * of each band alone. Needs `ladder`. Default false. Counts are running sums of band counts, so on a ladder with
   * gaps between bands, rows whose value fell in a gap (tier `null`) are not counted at or above the lower band.
   */
  cumulative?: boolean;
}

function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

function encode(col: ColumnValues): { codes: Uint32Array; values: unknown[] } {
  const n = col.length;
  const codes = new Uint32Array(n);
  const values: unknown[] = [];
  // Integer typed arrays with a small range (years, small ids): direct lookup instead of hashing.
  if (ArrayBuffer.isView(col) && !(col instanceof Float32Array || col instanceof Float64Array) && n > 0) {
    const ints = col as unknown as ArrayLike<number>;
    let lo = ints[0]!;
    let hi = ints[0]!;
    for (let i = 1; i < n; i++) {
      const v = ints[i]!;
      if (v < lo) lo = v;
      else if (v > hi) hi = v;
    }
    if (hi - lo <= 1e6) {
      const lookup = new Int32Array(hi - lo + 1).fill(-1);
      for (let i = 0; i < n; i++) {
        const k = ints[i]! - lo;
        let c = lookup[k]!;
        if (c < 0) {
          c = values.length;
          lookup[k] = c;
          values.push(ints[i]);
        }
        codes[i] = c;
      }
      return { codes, values };
    }
  }
  const dict = new Map<unknown, number>();
  for (let i = 0; i < n; i++) {
    const v = col[i];
    let c = dict.get(v);
    if (c === undefined) {
      c = values.length;
      dict.set(v, c);
      values.push(v);
    }
    codes[i] = c;
  }
  return { codes, values };
}

/**
 * Count rows per tier, optionally per group. Rows with a `null` tier (below the ladder) are counted in a row whose
 * tier is `null` (band counts only), so the counts add up to the number of rows.
 *
 * Tables in, arquero table out: columns `...by, tier, count`, groups sorted by their values, tiers in ladder order
 * (first-seen order without a ladder), `null` last.
 *
 * Complexity: O(n) plus O(groups × tiers) for the output.
 *
 * @example
 * const classified = classifyTiers(firms, { value: 'revenue', ladder: FIRM_TIERS, missing: 'null' });
 * countByTier(classified, { by: 'year', ladder: FIRM_TIERS, cumulative: true })
 * // year, tier, count: how many firms were 百亿企业 (100亿元以上) in each year
 * @throws {TierInputError} when a column is absent, `cumulative` is set without a ladder, or a tier value is not
 *   one of the ladder's tiers (naming the row).
 */
export function countByTier(input: TableInput, options: CountOptions = {}): ColumnTable {
  const fn = 'countByTier';
  const table = toTable(input, fn);
  const tierName = options.tier ?? 'tier';
  const by = options.by === undefined ? [] : typeof options.by === 'string' ? [options.by] : [...options.by];
  const ladder = options.ladder;
  if (options.cumulative && !ladder) throw new TierInputError(fn, 'cumulative counts need the ladder');
  if (by.includes('tier') || by.includes('count')) {
    throw new TierInputError(fn, 'group columns may not be named "tier" or "count"');
  }
  const tierCol = columnValues(table, tierName, fn);
  const n = tierCol.length;
  // Tier codes: ladder order first, then unseen names; null is the last code.
  const tierNames: string[] = ladder ? ladder.bands.map((b) => b.tier) : [];
  const tierCode = new Map<string, number>(tierNames.map((t, k) => [t, k]));
  const rowTier = new Int32Array(n);
  let lastTier: unknown;
  let lastCode = -2;
  for (let i = 0; i < n; i++) {
    const t = tierCol[i];
    if (t === lastTier && lastCode !== -2) {
      rowTier[i] = lastCode;
      continue;
    }
    if (t === null || t === undefined) {
      rowTier[i] = -1;
      lastTier = t;
      lastCode = -1;
      continue;
    }
    const s = String(t);
    let c = tierCode.get(s);
    if (c === undefined) {
      if (ladder) throw new TierInputError(fn, `tier "${s}" is not in ladder "${ladder.id}"`, i, tierName);
      c = tierNames.length;
      tierNames.push(s);
      tierCode.set(s, c);
    }
    rowTier[i] = c;
    lastTier = t;
    lastCode = c;
  }
  const nt = tierNames.length + 1; // + null
  const encoded = by.map((b) => encode(columnValues(table, b, fn)));
  // Group code per row (mixed radix over the by columns, then dense renumbering).
  const groupKey = new Map<number, number>();
  const groupRows: number[] = [];
  const rowGroup = new Uint32Array(n);
  const radices = encoded.map((e) => e.values.length);
  const dense = radices.reduce((p, r) => p * r, 1) <= 2 ** 31;
  const strKey = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    let g: number | undefined;
    if (dense) {
      let key = 0;
      for (let c = 0; c < encoded.length; c++) key = key * radices[c]! + encoded[c]!.codes[i]!;
      g = groupKey.get(key);
      if (g === undefined) {
        g = groupRows.length;
        groupKey.set(key, g);
        groupRows.push(i);
      }
    } else {
      const key = encoded.map((e) => e.codes[i]).join(',');
      g = strKey.get(key);
      if (g === undefined) {
        g = groupRows.length;
        strKey.set(key, g);
        groupRows.push(i);
      }
    }
    rowGroup[i] = g;
  }
  if (n === 0 && by.length === 0) groupRows.push(-1);
  const ng = groupRows.length;
  const counts = new Float64Array(ng * nt);
  for (let i = 0; i < n; i++) {
    const t = rowTier[i]!;
    counts[rowGroup[i]! * nt + (t < 0 ? nt - 1 : t)]!++;
  }
  // Sort groups by their values.
  const groupValues = groupRows.map((r) => encoded.map((e) => (r < 0 ? null : e.values[e.codes[r]!])));
  const gorder = groupValues.map((_, g) => g);
  gorder.sort((a, b) => {
    for (let c = 0; c < by.length; c++) {
      const d = compareValues(groupValues[a]![c], groupValues[b]![c]);
      if (d !== 0) return d;
    }
    return 0;
  });
  const out: Record<string, unknown[]> = {};
  for (const b of by) out[b] = [];
  out.tier = [];
  out.count = [];
  const nLadder = ladder ? ladder.bands.length : 0;
  for (const g of gorder) {
    const emit = (t: string | null, c: number): void => {
      for (let k = 0; k < by.length; k++) out[by[k]!]!.push(groupValues[g]![k]);
      out.tier!.push(t);
      out.count!.push(c);
    };
    if (options.cumulative) {
      let running = 0;
      for (let t = 0; t < nLadder; t++) {
        running += counts[g * nt + t]!;
        emit(tierNames[t]!, running);
      }
      continue;
    }
    for (let t = 0; t < nt - 1; t++) {
      const c = counts[g * nt + t]!;
      if (c > 0 || t < nLadder) emit(tierNames[t]!, c);
    }
    const nulls = counts[g * nt + nt - 1]!;
    if (nulls > 0) emit(null, nulls);
  }
  return aqTable(out);
}
