/**
 * Pair each base target with its 力争 (stretch) figure: "达到17600亿元…力争达到17800亿元" are two target rows.
 */
import type { TargetRow } from '../targets/types.js';

/**
 * The key that pairs a base figure with its 力争 figure: doc_id + subject + metric + scope + deadline (+ kind and
 * unit, so that a level never pairs with a growth rate).
 *
 * Complexity: O(1).
 *
 * @example
 * stretchKey(gdpLevel2021) // 'wuhan-2021-…|地区生产总值|总量|全市|2021|level|yuan'
 */
export function stretchKey(t: TargetRow): string {
  return `${t.doc_id}|${t.subject}|${t.metric}|${t.scope}|${t.deadline_year ?? ''}|${t.kind}|${t.unit}`;
}

/**
 * Map each non-stretch target's id to the stretch target that shares its {@link stretchKey}. When several base and
 * stretch rows share a key they are paired in input order (the k-th base with the k-th 力争); a lone stretch row
 * pairs with every base row of its key.
 *
 * Complexity: O(n).
 *
 * @example
 * pairStretch([gdpBase, gdpStretch]).get(gdpBase.target_id) === gdpStretch // true
 */
export function pairStretch(targets: readonly TargetRow[]): Map<string, TargetRow> {
  const bases = new Map<string, TargetRow[]>();
  const stretches = new Map<string, TargetRow[]>();
  // Only documents with a 力争 figure can pair: skip building keys for the others.
  const docs = new Set<string>();
  for (const t of targets) if (t.stretch) docs.add(t.doc_id);
  if (docs.size === 0) return new Map();
  for (const t of targets) {
    if (!docs.has(t.doc_id)) continue;
    const m = t.stretch ? stretches : bases;
    const k = stretchKey(t);
    const list = m.get(k);
    if (list) list.push(t);
    else m.set(k, [t]);
  }
  const out = new Map<string, TargetRow>();
  for (const [k, list] of bases) {
    const s = stretches.get(k);
    if (!s) continue;
    list.forEach((b, i) => {
      const pick = s.length === 1 ? s[0] : s[i];
      if (pick) out.set(b.target_id, pick);
    });
  }
  return out;
}
