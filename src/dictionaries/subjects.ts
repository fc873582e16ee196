/**
 * Resolving the subject of a target or an actual (`社零`, `汽车产业`, `规上工业增加值`) to its dictionary entry.
 */
import { type IndicatorEntry, indicators } from './indicators.js';
import { type IndustryEntry, industries } from './industries.js';
import { normalizeName } from './load.js';

/** What {@link resolveSubject} finds. */
export type SubjectMatch =
  | { kind: 'indicator'; name: string; via: string; entry: IndicatorEntry }
  | { kind: 'industry'; name: string; via: string; entry: IndustryEntry };

let index: Map<string, SubjectMatch> | null = null;

function buildIndex(): Map<string, SubjectMatch> {
  const m = new Map<string, SubjectMatch>();
  const add = (key: string, match: SubjectMatch) => {
    const k = normalizeName(key);
    if (!m.has(k)) m.set(k, match);
  };
  for (const e of indicators()) {
    add(e.name, { kind: 'indicator', name: e.name, via: 'exact', entry: e });
    for (const a of e.aliases) add(a, { kind: 'indicator', name: e.name, via: `alias:${a}`, entry: e });
  }
  for (const e of industries()) {
    add(e.name, { kind: 'industry', name: e.name, via: 'exact', entry: e });
    for (const a of e.aliases) add(a, { kind: 'industry', name: e.name, via: `alias:${a}`, entry: e });
  }
  return m;
}

/**
 * Find the indicator or industry a subject names, by exact name or alias; also tries the name without a generic
 * suffix (产业集群, 产业, 集群). Returns `null` when nothing in the dictionaries matches: no fuzzy guessing.
 *
 * Complexity: O(length of name) after the index is built once.
 *
 * @example
 * resolveSubject('社零') // { kind: 'indicator', name: '社会消费品零售总额', via: 'alias:社零', … }
 * resolveSubject('汽车及零部件产业集群') // { kind: 'industry', name: '汽车及零部件', via: 'exact', … }
 * @throws {Error} only when a dictionary file is missing or malformed.
 */
export function resolveSubject(name: string): SubjectMatch | null {
  if (!index) index = buildIndex();
  const k = normalizeName(name);
  if (k === '') return null;
  const hit = index.get(k);
  if (hit) return hit;
  for (const suffix of ['产业集群', '集群', '产业']) {
    if (k.endsWith(suffix) && k.length > suffix.length) {
      const h = index.get(k.slice(0, -suffix.length));
      if (h) return h;
    }
  }
  return null;
}
