/**
 * tierTransitions: which firms or clusters crossed into a tier in which year, and which fell out.
 */
import { table as aqTable, type ColumnTable } from 'arquero';
import { bandIndex } from './classify.js';
import { columnValues, numericColumn, panelOrder, TierInputError, toTable, yearColumn } from './table.js';
import type { Ladder, TableInput } from './types.js';

/** Options of {@link tierTransitions}. */
export interface TransitionOptions {
  /** Entity id column (firm, cluster). */
  id: string;
  /** Year column. */
  year: string;
  /** Numeric column the ladder is applied to. */
  value: string;
  ladder: Ladder;
}

/**
 * Crossings of tier thresholds between consecutive observations of each entity. A tier is *entered* when the value
 * moves from below the tier's lower bound to at or above it (to the tier or any tier above it), and *left* when it
 * moves back below. A jump over several rungs enters (or leaves) each of them in the same year.
 *
 * Tables in, arquero table out, one row per (entity, year, tier) crossing, in order of each id's first appearance, then year, then tier
 * (top tier first): `id, year, prev_year, tier, event ('entered' | 'left'), from_tier, to_tier, first_time,
 * occurrence`. `first_time` is true for the first entry into the tier within the panel when the entity was observed
 * below it before (an entity already at or above the tier in its first year is never `first_time` for it: it crossed
 * before the panel). `occurrence` counts entries (and exits) of the same entity into the same tier: 2 on re-entry
 * after a fall.
 *
 * Years need not be consecutive: a crossing is dated to the year it is first observed (`prev_year` shows the gap).
 *
 * Complexity: O(n × bands) plus the panel sort (O(n) for a panel already sorted by id and year).
 *
 * @example
 * tierTransitions(panel, { id: 'firm_id', year: 'year', value: 'revenue', ladder: FIRM_TIERS })
 * @throws {TierInputError} when a column is missing, a value is not a number, or an (id, year) pair repeats,
 *   naming the row.
 */
export function tierTransitions(input: TableInput, options: TransitionOptions): ColumnTable {
  const fn = 'tierTransitions';
  const table = toTable(input, fn);
  const { ladder } = options;
  if (!ladder || ladder.bands.length === 0) throw new TierInputError(fn, 'the ladder has no bands');
  const ids = columnValues(table, options.id, fn);
  const years = yearColumn(table, options.year, fn);
  const values = numericColumn(table, options.value, fn);
  const idx = bandIndex(values, ladder);
  const nb = ladder.bands.length;
  const mins = ladder.bands.map((b) => b.min);
  const higher = ladder.atThreshold !== 'lower';
  const atOrAbove = (v: number, b: number): boolean => (higher ? v >= mins[b]! : v > mins[b]!);
  const { order, starts } = panelOrder(ids, years, fn, options.id, options.year);
  const out = {
    id: [] as unknown[],
    year: [] as number[],
    prev_year: [] as number[],
    tier: [] as string[],
    event: [] as string[],
    from_tier: [] as (string | null)[],
    to_tier: [] as (string | null)[],
    first_time: [] as boolean[],
    occurrence: [] as number[],
  };
  const name = (k: number): string | null => (k >= 0 ? ladder.bands[k]!.tier : null);
  const entries = new Int32Array(nb);
  const exits = new Int32Array(nb);
  const wasAbove = new Uint8Array(nb);
  const startedBelow = new Uint8Array(nb);
  for (let s = 0; s + 1 < starts.length; s++) {
    const a = starts[s]!;
    const b = starts[s + 1]!;
    entries.fill(0);
    exits.fill(0);
    const r0 = order[a]!;
    for (let t = 0; t < nb; t++) {
      wasAbove[t] = atOrAbove(values[r0]!, t) ? 1 : 0;
      startedBelow[t] = wasAbove[t] ? 0 : 1;
    }
    for (let i = a + 1; i < b; i++) {
      const r = order[i]!;
      const p = order[i - 1]!;
      const v = values[r]!;
      for (let t = 0; t < nb; t++) {
        const now = atOrAbove(v, t) ? 1 : 0;
        if (now !== wasAbove[t]) {
          out.id.push(ids[r]);
          out.year.push(years[r]!);
          out.prev_year.push(years[p]!);
          out.tier.push(ladder.bands[t]!.tier);
          out.from_tier.push(name(idx[p]!));
          out.to_tier.push(name(idx[r]!));
          if (now) {
            entries[t]!++;
            out.event.push('entered');
            out.first_time.push(entries[t] === 1 && startedBelow[t] === 1);
            out.occurrence.push(entries[t]!);
          } else {
            exits[t]!++;
            out.event.push('left');
            out.first_time.push(false);
            out.occurrence.push(exits[t]!);
          }
          wasAbove[t] = now;
        }
      }
    }
  }
  return aqTable(out);
}
