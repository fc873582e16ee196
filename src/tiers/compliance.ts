/**
 * 亩均 floors by zone class (Wuhan 2021: 三大国家级开发区重点工业园区 ≥ 35万元/亩, 四个新城区重点工业园区 ≥ 20万元/亩)
 * and the compliance of parks with them.
 */
import { table as aqTable, type ColumnTable } from 'arquero';
import type { Comparator } from '../quantities/types.js';
import type { TargetRow } from '../targets/types.js';
import { columnValues, numericColumn, TierInputError, toTable } from './table.js';
import type { MuJunFloor, TableInput } from './types.js';

const WUHAN_2021 = 'wuhan-2021-industrial-transformation-plan';

/** The 亩均税收 floors of the Wuhan 2021 plan, in 元/亩, for 2021 (the plan year). */
export const WUHAN_MUJUN_FLOORS: readonly MuJunFloor[] = [
  {
    zone: '三大国家级开发区重点工业园区',
    metric: '亩均税收',
    comparator: '>=',
    floor: 350000,
    year: 2021,
    source: {
      doc_id: WUHAN_2021,
      quote: '三大国家级开发区重点工业园区亩均税收不低于35万元',
      span_start: 3320,
      span_end: 3345,
      note: '不低于 → ≥; 35万元 per 亩 (the text omits /亩; 亩均 says it).',
    },
  },
  {
    zone: '四个新城区重点工业园区',
    metric: '亩均税收',
    comparator: '>=',
    floor: 200000,
    year: 2021,
    source: {
      doc_id: WUHAN_2021,
      quote: '四个新城区重点工业园区亩均税收不低于20万元',
      span_start: 3346,
      span_end: 3368,
      note: '不低于 → ≥; 20万元 per 亩.',
    },
  },
];

/** Options of {@link muJunCompliance}. */
export interface ComplianceOptions {
  /** Park id column (default `park`). */
  id?: string;
  /** Zone class column (default `zone`), matched exactly against the floors' zones. */
  zone?: string;
  /** The 亩均 column in 元/亩 (default `tax_per_mu`, as muJun adds it). */
  value?: string;
  /** Year column: when given, floors with a year apply only to rows of that year. */
  year?: string;
}

/** What {@link muJunCompliance} returns. */
export interface ComplianceResult {
  /** The parks with `floor`, `comparator`, `met` (null where no floor applies) and `shortfall` (元/亩, ≥ 0). */
  parks: ColumnTable;
  /** Per zone class (and year when given): `zone, parks, with_floor, compliant, share, floor`. */
  byZone: ColumnTable;
}

function isTargetRow(f: MuJunFloor | TargetRow): f is TargetRow {
  return (f as TargetRow).target_id !== undefined;
}

/**
 * Floors from the targets table: its 亩均 rows (metric `亩均税收`, or kind `intensity` with unit `yuan_per_mu`),
 * the zone class being the row's `scope`.
 *
 * Rows that are not 亩均 floors are skipped.
 *
 * Complexity: O(targets).
 *
 * @example
 * floorsFromTargets(targets) // [{ zone: '三大国家级开发区重点工业园区', floor: 350000, comparator: '>=', … }]
 */
export function floorsFromTargets(targets: readonly TargetRow[]): MuJunFloor[] {
  return targets
    .filter((t) => t.metric === '亩均税收' || (t.kind === 'intensity' && t.unit === 'yuan_per_mu'))
    .map((t) => ({
      zone: t.scope,
      metric: t.metric,
      comparator: t.comparator ?? '>=',
      floor: t.value,
      year: t.deadline_year,
      source: {
        doc_id: t.doc_id,
        quote: t.quote,
        span_start: t.span_start,
        span_end: t.span_end,
        note: t.target_id,
      },
    }));
}

function meets(v: number, c: Comparator, floor: number): boolean {
  switch (c) {
    case '>=':
      return v >= floor;
    case '>':
      return v > floor;
    case '<=':
      return v <= floor;
    case '<':
      return v < floor;
    default:
      throw new Error(`comparator "${c}" is not a floor or ceiling`);
  }
}

/**
 * Judge each park against the floor of its zone class and give the share of compliant parks per class.
 * At the floor counts as met for `>=` (不低于). Floors may be {@link MuJunFloor}s or rows of the targets table.
 *
 * Tables in, arquero tables out (see {@link ComplianceResult}); `share = compliant / with_floor`, `null` for a zone
 * with no floor.
 *
 * Complexity: O(parks × floors).
 *
 * @example
 * const mj = muJun(parks, { tax: 'tax', land: 'land_km2', landUnit: '平方公里' });
 * muJunCompliance(mj, seeds.WUHAN_MUJUN_FLOORS, { id: 'park_id', zone: 'zone', year: 'year' }).byZone
 * @throws {TierInputError} when a column is missing, a 亩均 value is not a number, a zone is missing, a floor's
 *   comparator is `=` or `~`, or two floors apply to the same park (naming the row).
 */
export function muJunCompliance(
  input: TableInput,
  floors: readonly (MuJunFloor | TargetRow)[],
  options: ComplianceOptions = {},
): ComplianceResult {
  const fn = 'muJunCompliance';
  const table = toTable(input, fn);
  const zoneName = options.zone ?? 'zone';
  const list = floors
    .map((f) => (isTargetRow(f) ? floorsFromTargets([f])[0] : f))
    .filter((f) => f !== undefined);
  for (const f of list) {
    if (!['>=', '>', '<=', '<'].includes(f.comparator)) {
      throw new TierInputError(
        fn,
        `floor for "${f.zone}" has comparator "${f.comparator}", not a floor or ceiling`,
      );
    }
  }
  const zones = columnValues(table, zoneName, fn);
  const values = numericColumn(table, options.value ?? 'tax_per_mu', fn);
  if (options.id) columnValues(table, options.id, fn);
  const years = options.year ? numericColumn(table, options.year, fn) : null;
  const n = values.length;
  const floorCol: (number | null)[] = new Array(n);
  const compCol: (string | null)[] = new Array(n);
  const met: (boolean | null)[] = new Array(n);
  const shortfall: (number | null)[] = new Array(n);
  const groups = new Map<
    string,
    { zone: string; year: number | null; parks: number; withFloor: number; ok: number; floor: number | null }
  >();
  for (let i = 0; i < n; i++) {
    const z = zones[i];
    if (z === null || z === undefined || z === '')
      throw new TierInputError(fn, 'missing zone class', i, zoneName);
    const zone = String(z);
    const year = years ? years[i]! : null;
    const applicable = list.filter(
      (f) => f.zone === zone && (f.year === null || year === null || f.year === year),
    );
    if (applicable.length > 1 && years === null && new Set(applicable.map((f) => f.year)).size > 1) {
      throw new TierInputError(
        fn,
        `${applicable.length} floors of different years apply to zone "${zone}": pass the year column`,
        i,
        zoneName,
      );
    }
    if (applicable.length > 1) {
      throw new TierInputError(fn, `${applicable.length} floors apply to zone "${zone}"`, i, zoneName);
    }
    const f = applicable[0];
    const key = `${zone}\u0000${year ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { zone, year, parks: 0, withFloor: 0, ok: 0, floor: f ? f.floor : null };
      groups.set(key, g);
    }
    g.parks++;
    if (f) {
      const ok = meets(values[i]!, f.comparator, f.floor);
      floorCol[i] = f.floor;
      compCol[i] = f.comparator;
      met[i] = ok;
      shortfall[i] = ok ? 0 : Math.abs(f.floor - values[i]!);
      g.withFloor++;
      if (ok) g.ok++;
    } else {
      floorCol[i] = null;
      compCol[i] = null;
      met[i] = null;
      shortfall[i] = null;
    }
  }
  const gs = [...groups.values()];
  const byZone: Record<string, unknown[]> = { zone: gs.map((g) => g.zone) };
  if (years) byZone.year = gs.map((g) => g.year);
  byZone.parks = gs.map((g) => g.parks);
  byZone.with_floor = gs.map((g) => g.withFloor);
  byZone.compliant = gs.map((g) => (g.withFloor > 0 ? g.ok : null));
  byZone.share = gs.map((g) => (g.withFloor > 0 ? g.ok / g.withFloor : null));
  byZone.floor = gs.map((g) => g.floor);
  return {
    parks: table.assign({ floor: floorCol, comparator: compCol, met, shortfall }),
    byZone: aqTable(byZone),
  };
}
