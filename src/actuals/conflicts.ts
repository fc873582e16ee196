/**
 * Conflicting duplicates: two used rows for the same region, scope, subject, metric, year, period, unit, caveats and
 * 预计 flag whose values (or growth rates) differ. Both are kept (the gap engine prefers a final, exact figure, then
 * input order) and each later one is named in a warning with the row it conflicts with.
 */
import type { ActualColumns } from './columns.js';
import type { RejectRow } from './types.js';

/** At most this many conflicts are listed one by one; the rest are counted in one more warning. */
export const MAX_CONFLICT_WARNINGS = 10_000;

function keyHash(c: ActualColumns, i: number): number {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  mix(c.region.codes[i]!);
  mix(c.scope.codes[i]!);
  mix(c.subject.codes[i]!);
  mix(c.metric.codes[i]!);
  mix(c.year[i]!);
  mix(c.period.codes[i]!);
  mix(c.unit.codes[i]!);
  mix(c.note.codes[i]!);
  mix(c.preliminary[i]!);
  return h >>> 0;
}

function sameKey(c: ActualColumns, i: number, j: number): boolean {
  return (
    c.region.codes[i] === c.region.codes[j] &&
    c.scope.codes[i] === c.scope.codes[j] &&
    c.subject.codes[i] === c.subject.codes[j] &&
    c.metric.codes[i] === c.metric.codes[j] &&
    c.year[i] === c.year[j] &&
    c.period.codes[i] === c.period.codes[j] &&
    c.unit.codes[i] === c.unit.codes[j] &&
    c.note.codes[i] === c.note.codes[j] &&
    c.preliminary[i] === c.preliminary[j]
  );
}

const differ = (a: number, b: number): boolean =>
  !Number.isNaN(a) && !Number.isNaN(b) && Math.abs(a - b) > 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * The conflicting duplicates of a columnar actuals table, as warnings naming both rows and both figures.
 *
 * Complexity: O(rows) expected (an open-addressing table of row indexes keyed by a hash of the key codes).
 *
 * @example
 * findConflicts(table) // [{ row: 5, reason: 'conflicts with row 3 (武汉市 地区生产总值 2021): value 1771676000000 here, 1771600000000 there', … }]
 * @throws never.
 */
export function findConflicts(c: ActualColumns): RejectRow[] {
  const out: RejectRow[] = [];
  let size = 1024;
  while (size < c.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1);
  const mask = size - 1;
  let more = 0;
  for (let i = 0; i < c.length; i++) {
    let s = keyHash(c, i) & mask;
    let first = -1;
    for (;;) {
      const j = slots[s]!;
      if (j < 0) break;
      if (sameKey(c, i, j)) {
        first = j;
        break;
      }
      s = (s + 1) & mask;
    }
    if (first < 0) {
      slots[s] = i;
      continue;
    }
    const parts: string[] = [];
    if (differ(c.value[i]!, c.value[first]!) || (c.bound[i] !== c.bound[first] && !Number.isNaN(c.value[i]!)))
      parts.push(`value ${c.value[i]} here, ${c.value[first]} there`);
    if (differ(c.growth_pct[i]!, c.growth_pct[first]!))
      parts.push(`growth ${c.growth_pct[i]}% here, ${c.growth_pct[first]}% there`);
    if (parts.length === 0) continue;
    if (out.length >= MAX_CONFLICT_WARNINGS) {
      more++;
      continue;
    }
    const name = `${c.region.dict[c.region.codes[i]!]} ${c.subject.dict[c.subject.codes[i]!]} ${c.metric.dict[c.metric.codes[i]!]} ${c.year[i]}`;
    out.push({
      file: c.file,
      row: c.row[i]!,
      column: '',
      reason: `conflicting duplicate of row ${c.row[first]} (${name}): ${parts.join('; ')}; both kept`,
      raw: '',
    });
  }
  if (more > 0)
    out.push({
      file: c.file,
      row: 0,
      column: '',
      reason: `${more} more conflicting duplicates not listed one by one`,
      raw: '',
    });
  return out;
}
