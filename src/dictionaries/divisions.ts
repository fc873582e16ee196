/**
 * Every administrative division of mainland China from the nation down to counties and development zones, with its
 * 6-digit code (GB/T 2260 / NBS 统计用区划代码), level and parent: `data/dictionaries/divisions.csv`.
 */
import { readDictionary } from './load.js';

/** The level of a division, from the nation down. */
export const DIVISION_LEVEL = {
  nation: { rank: 0, scope: '全国' },
  province: { rank: 1, scope: '全省' },
  prefecture_city: { rank: 2, scope: '全市' },
  district: { rank: 3, scope: '全区' },
  county: { rank: 3, scope: '全县' },
  county_city: { rank: 3, scope: '全市' },
  development_zone: { rank: 3, scope: '全区' },
} as const;
export type DivisionLevel = keyof typeof DIVISION_LEVEL;

/** One division. */
export interface Division {
  code: string;
  name: string;
  /** The name without its level suffix (广东 for 广东省, 海拉尔 for 海拉尔区), or '' when too short to be safe. */
  short: string;
  level: DivisionLevel;
  parentCode: string | null;
  parent: string | null;
  province: string | null;
}

let all: Division[] | null = null;
let byName: Map<string, Division[]> | null = null;
let byCode: Map<string, Division> | null = null;

/**
 * Every division (3,347 rows), loaded once.
 *
 * @example
 * divisions().find((d) => d.code === '440000')?.name // '广东省'
 */
export function divisions(): readonly Division[] {
  if (all) return all;
  all = readDictionary('divisions.csv').map((r) => ({
    code: r.code!,
    name: r.name!,
    short: r.short ?? '',
    level: r.level as DivisionLevel,
    parentCode: r.parent_code || null,
    parent: r.parent || null,
    province: r.province || null,
  }));
  return all;
}

function indexes(): { byName: Map<string, Division[]>; byCode: Map<string, Division> } {
  if (byName && byCode) return { byName, byCode };
  byName = new Map();
  byCode = new Map();
  for (const d of divisions()) {
    byCode.set(d.code, d);
    for (const key of [d.name, d.short]) {
      if (!key) continue;
      const list = byName.get(key) ?? [];
      list.push(d);
      byName.set(key, list);
    }
  }
  return { byName, byCode };
}

/**
 * The divisions a name (full or short) may denote, most senior first (朝阳 → 朝阳市, 朝阳区 of 北京, 朝阳区 of 长春…).
 *
 * @example
 * divisionsNamed('海拉尔区')[0]?.code // '150702'
 * divisionsNamed('广东')[0]?.name // '广东省'
 */
export function divisionsNamed(name: string): readonly Division[] {
  const list = indexes().byName.get(name) ?? [];
  return [...list].sort((a, b) => DIVISION_LEVEL[a.level].rank - DIVISION_LEVEL[b.level].rank);
}

/**
 * The division with a code, or `undefined`.
 *
 * @example
 * divisionByCode('420100')?.name // '武汉市'
 */
export function divisionByCode(code: string): Division | undefined {
  return indexes().byCode.get(code);
}

/** Whether `a` lies inside `b` (a county in its city or province, a city in its province). */
export function within(a: Division, b: Division): boolean {
  if (b.level === 'nation') return true;
  for (let d: Division | undefined = a; d; d = d.parentCode ? divisionByCode(d.parentCode) : undefined)
    if (d.code === b.code) return true;
  return false;
}

/** The default scope word of a division's level (全省, 全市, 全区, 全县, 全国). */
export function scopeOfLevel(level: DivisionLevel): string {
  return DIVISION_LEVEL[level].scope;
}
