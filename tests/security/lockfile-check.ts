/**
 * The lock-file guard: which packages `npm ci` installs for a library user (the runtime tree: lock entries not marked
 * `dev`), and which of them sit at a version a known high or critical advisory affects (a committed table, reviewed by
 * hand because the registry's audit endpoint does not answer here; see docs/security.md).
 */

/** One advisory of the committed table, with affected ranges in OSV style (introduced ≤ v < fixed). */
export interface Advisory {
  id: string;
  package: string;
  severity: 'high' | 'critical';
  summary: string;
  /** Each range: affected from `introduced` (inclusive) up to `fixed` (exclusive; absent = every later version). */
  affected: { introduced: string; fixed?: string }[];
  /** Where the range was checked. */
  source: string;
}

/** A package of the lock file's runtime tree at an affected version. */
export interface Finding {
  path: string;
  package: string;
  version: string;
  advisory: string;
}

/** The subset of package-lock.json (lockfileVersion 2 or 3) the check reads. */
export interface Lock {
  packages: Record<string, { name?: string; version?: string; dev?: boolean; link?: boolean }>;
}

/**
 * Compare two versions (`1.2.3`, `1.2.3-beta.1`): negative, zero or positive. A pre-release sorts before its release.
 *
 * @example
 * compareVersions('0.19.3', '0.20.2') < 0 // true
 * @throws never.
 */
export function compareVersions(a: string, b: string): number {
  const split = (v: string) => {
    const [core = '', pre = ''] = v.replace(/^v/, '').split('+')[0]!.split(/-(.*)/s);
    return { nums: core.split('.').map((x) => Number.parseInt(x, 10) || 0), pre };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) {
    const d = (x.nums[i] ?? 0) - (y.nums[i] ?? 0);
    if (d !== 0) return d;
  }
  if (x.pre === y.pre) return 0;
  if (x.pre === '') return 1;
  if (y.pre === '') return -1;
  return x.pre < y.pre ? -1 : 1;
}

/**
 * True when `version` falls in one of the advisory's affected ranges.
 *
 * @example
 * isAffected('0.18.5', [{ introduced: '0', fixed: '0.19.3' }]) // true
 * @throws never.
 */
export function isAffected(version: string, ranges: Advisory['affected']): boolean {
  return ranges.some(
    (r) =>
      compareVersions(version, r.introduced) >= 0 &&
      (r.fixed === undefined || compareVersions(version, r.fixed) < 0),
  );
}

/**
 * The packages a production install brings (lock entries not marked `dev`), by their real name (an alias such as
 * `node_modules/xlsx` → `@e965/xlsx` is named by its `name` field).
 *
 * @example
 * runtimePackages(lock).find((p) => p.package === 'exceljs')?.version // '4.4.0'
 * @throws never.
 */
export function runtimePackages(lock: Lock): { path: string; package: string; version: string }[] {
  const out: { path: string; package: string; version: string }[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path === '' || entry.dev === true || entry.link === true || entry.version === undefined) continue;
    const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
    out.push({ path, package: name, version: entry.version });
  }
  return out;
}

/**
 * Every runtime package of the lock file at a version one of `advisories` affects.
 *
 * @example
 * checkLock(lock, advisories) // [] when the runtime tree is clean
 * @throws never.
 */
export function checkLock(lock: Lock, advisories: readonly Advisory[]): Finding[] {
  const byName = new Map<string, Advisory[]>();
  for (const a of advisories) byName.set(a.package, [...(byName.get(a.package) ?? []), a]);
  const found: Finding[] = [];
  for (const p of runtimePackages(lock))
    for (const a of byName.get(p.package) ?? [])
      if (isAffected(p.version, a.affected))
        found.push({ path: p.path, package: p.package, version: p.version, advisory: a.id });
  return found;
}
