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
  h = Math.imul(h ^ c.region.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.scope.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.subject.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.metric.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.year[i]!, 0x01000193);
  h = Math.imul(h ^ c.period.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.unit.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.note.codes[i]!, 0x01000193);
  h = Math.imul(h ^ c.preliminary[i]!, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
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
 * distinct keys arrive).
 *
 * Complexity: O(rows) expected (an open-addressing table of first rows, keyed by a hash of the key codes, grown as
 *
 * @example
 * findConflicts(table) // [{ row: 5, reason: 'conflicts with row 3 (武汉市 地区生产总值 2021): value 1771676000000 here, 1771600000000 there', … }]
 */
export function findConflicts(c: ActualColumns): RejectRow[] {
  const out: RejectRow[] = [];
  // a table of first rows per key, grown as distinct keys arrive (small and cache-resident when keys repeat)
  let size = 1024;
  let slots = new Int32Array(size).fill(-1);
  let hashes = new Uint32Array(size);
  let mask = size - 1;
  let used = 0;
  let more = 0;
  const grow = () => {
    const oldSlots = slots;
    const oldHashes = hashes;
    size *= 2;
    mask = size - 1;
    slots = new Int32Array(size).fill(-1);
    hashes = new Uint32Array(size);
    for (let k = 0; k < oldSlots.length; k++) {
      const j = oldSlots[k]!;
      if (j < 0) continue;
      let s = oldHashes[k]! & mask;
      while (slots[s]! >= 0) s = (s + 1) & mask;
      slots[s] = j;
      hashes[s] = oldHashes[k]!;
    }
  };
  for (let i = 0; i < c.length; i++) {
    const h = keyHash(c, i);
    let s = h & mask;
    let first = -1;
    for (;;) {
      const j = slots[s]!;
      if (j < 0) break;
      if (hashes[s] === h && sameKey(c, i, j)) {
        first = j;
        break;
      }
      s = (s + 1) & mask;
    }
    if (first < 0) {
      slots[s] = i;
      hashes[s] = h;
      if (++used * 2 > size) grow();
      continue;
    }
    const valueDiffers =
      differ(c.value[i]!, c.value[first]!) || (c.bound[i] !== c.bound[first] && !Number.isNaN(c.value[i]!));
    const growthDiffers = differ(c.growth_pct[i]!, c.growth_pct[first]!);
    if (!valueDiffers && !growthDiffers) continue;
    if (out.length >= MAX_CONFLICT_WARNINGS) {
      more++;
      continue;
    }
    const parts: string[] = [];
    if (valueDiffers) parts.push(`value ${c.value[i]} here, ${c.value[first]} there`);
    if (growthDiffers) parts.push(`growth ${c.growth_pct[i]}% here, ${c.growth_pct[first]}% there`);
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
