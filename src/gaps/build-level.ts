/**
 * The measure space of level-like targets: levels, counts, shares, floors, 倍增 and relative targets.
 */
import { flipBound } from '../actuals/bounds.js';
import type { ActualRow } from '../actuals/types.js';
import { formatValue } from './format.js';
import { methodName } from './method.js';
import { byYear, combineBounds, isFullYear, partialPeriods, rowRank } from './series.js';
import {
  type Built,
  type Ctx,
  type Entry,
  entryRows,
  mapYears,
  pickYear,
  rowsInfo,
  toleranceFor,
  unitOk,
} from './space.js';

/**
 * The measure space of a level-like target (level, count, share, floor, 倍增, relative) for one deadline, or why there is none: judged year, base year and rule, target (× base for 倍增), geometric or linear method.
 *
 * Complexity: O(series length).
 *
 * @example
 * buildLevel(ctx, series, 2021, null) // { space: { year: 2021, baseYear: 2020, … } }
 * @throws never.
 */
export function buildLevel(
  ctx: Ctx,
  rows: ActualRow[],
  deadline: number | null,
  annualBase: number | null,
): Built {
  const t = ctx.target;
  let values: Map<number, Entry>;
  const notes: string[] = [];
  if (t.kind === 'relative') {
    const built = relativeValues(ctx, rows);
    if ('insufficient' in built) return { insufficient: built.insufficient, year: null };
    values = built.values;
    notes.push(built.note);
  } else {
    values = levelValues(ctx, rows);
    if (values.size === 0 && !rows.some((r) => r.value !== null && unitOk(ctx, r))) {
      const units = [...new Set(rows.map((r) => r.unit).filter((u) => u !== null))];
      if (units.length > 0) {
        return { notComparable: `the target is in ${t.unit}; the actuals are in ${units.join(', ')}` };
      }
      const onlyGrowth = rows.some((r) => r.growth_pct !== null);
      return {
        insufficient: onlyGrowth
          ? 'only growth rates are published for this series, no levels'
          : 'the series has no values',
        year: null,
      };
    }
  }
  const picked = pickYear(ctx, deadline, (y) => values.has(y), values.keys());
  if ('missing' in picked) {
    const partial = deadline !== null ? partialPeriods(rows, deadline) : [];
    return {
      insufficient:
        picked.missing + (partial.length ? `; only partial-year figures (${partial.join(', ')})` : ''),
      year: deadline,
    };
  }
  const year = picked.year;
  const cur = values.get(year)!;
  if (t.start_year !== null && year < t.start_year && (deadline === null || deadline > ctx.asOf)) {
    return { insufficient: '', year: null, notDue: true };
  }

  // Base year, with the rule that chose it.
  let baseYear: number | null = null;
  let baseRule: string | null = null;
  const usableBase = (y: number | null): y is number => y !== null && y < year && values.has(y);
  if (annualBase !== null) {
    if (usableBase(annualBase)) {
      baseYear = annualBase;
      baseRule = 'previous_year';
    }
  } else if (usableBase(t.base_year)) {
    baseYear = t.base_year;
    baseRule = 'target_base_year';
  } else if (t.start_year !== null && usableBase(t.start_year - 1)) {
    baseYear = t.start_year - 1;
    baseRule = 'year_before_start';
  }
  if (baseYear === null && annualBase === null && t.kind !== 'multiple') {
    const before = [...values.keys()].filter((y) => y < year && (t.start_year === null || y < t.start_year));
    if (before.length) {
      baseYear = Math.max(...before);
      baseRule = 'latest_before_start';
    } else {
      const earlier = [...values.keys()].filter((y) => y < year);
      if (earlier.length) {
        baseYear = Math.min(...earlier);
        baseRule = 'earliest_actual';
      }
    }
  }
  if (ctx.window !== null && baseYear !== null && year - ctx.window > baseYear) {
    const from = [...values.keys()].filter((y) => y >= year - ctx.window! && y < year);
    if (from.length) {
      baseYear = Math.min(...from);
      baseRule = `window:${ctx.window}`;
    }
  }
  const base = baseYear !== null ? values.get(baseYear)!.value : null;

  let target = t.value;
  let stretch = ctx.stretch ? ctx.stretch.value : null;
  if (t.kind === 'multiple') {
    const by = t.base_year ?? (t.start_year !== null ? t.start_year - 1 : null);
    const b = by !== null ? values.get(by) : undefined;
    if (by === null || b === undefined) {
      return {
        insufficient: `a multiple (倍增/翻番) target needs the base-year figure${by !== null ? ` for ${by}` : ' (no base year stated)'}`,
        year,
      };
    }
    if (baseRule !== 'target_base_year' && baseRule !== 'year_before_start') {
      baseYear = by;
      baseRule = t.base_year !== null ? 'target_base_year' : 'year_before_start';
    }
    target = t.value * b.value;
    stretch = stretch !== null ? stretch * b.value : null;
    notes.push(
      `T = ${t.value} × ${formatValue(b.value, b.row.unit)} (${by}) = ${formatValue(target, b.row.unit)}`,
    );
  }
  const baseVal = baseYear !== null ? values.get(baseYear)!.value : base;
  const geometricKind = t.kind === 'level' || t.kind === 'multiple';
  const positive = baseVal !== null && baseVal > 0 && cur.value > 0 && target > 0;
  let method = methodName(t);
  let linear = !geometricKind;
  if (geometricKind && baseVal !== null && !positive) {
    linear = true;
    method = `${method}>linear (non-positive value)`;
  }
  const percentLike = t.unit === 'percent' || t.unit === 'percentage_point';
  const eachYear = mapYears(values);
  return {
    space: {
      method,
      linear,
      baseYear,
      base: baseVal,
      baseRule,
      year,
      actual: cur.value,
      target,
      stretch,
      shownActual: cur.value,
      shownBase: baseVal,
      shownTarget: target,
      shownStretch: stretch,
      eachYear,
      bound: cur.bound,
      preliminary: cur.row.preliminary || (cur.other?.preliminary ?? false),
      earlyCounts: true,
      tolerance: toleranceFor(ctx, cur.value, percentLike),
      ...rowsInfo(entryRows(cur)),
      notes,
      trend: true,
    },
  };
}

/** Level values by year in one pass: full-year rows with a value in a comparable unit, best row per year. */
function levelValues(ctx: Ctx, rows: ActualRow[]): Map<number, Entry> {
  const values = new Map<number, Entry>();
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.value === null || !Number.isFinite(r.value) || !isFullYear(r) || !unitOk(ctx, r)) continue;
    const prev = values.get(r.year);
    if (prev === undefined || rowRank(r, 'value') < rowRank(prev.row, 'value')) {
      values.set(r.year, { value: r.value, bound: r.bound, row: r, other: null });
    }
  }
  return values;
}

/** Values of a relative target: subject minus reference, per year. */
function relativeValues(
  ctx: Ctx,
  rows: ActualRow[],
): { values: Map<number, Entry>; note: string } | { insufficient: string } {
  const t = ctx.target;
  const useGrowth = t.metric === '增速' || rows.every((r) => r.value === null);
  const need = useGrowth ? 'growth' : 'value';
  const ref = rows.filter((r) => r.scope === ctx.refScope);
  const subj = rows.filter((r) => r.scope !== ctx.refScope);
  if (ref.length === 0 || subj.length === 0) {
    return {
      insufficient: `a relative target needs both the subject's series and the reference series (scope ${ctx.refScope}); got ${subj.length} subject and ${ref.length} reference rows`,
    };
  }
  const s = byYear(subj, need);
  const r = byYear(ref, need);
  const values = new Map<number, Entry>();
  for (const [y, a] of s) {
    const b = r.get(y);
    if (!b) continue;
    const av = useGrowth ? a.growth_pct! : a.value!;
    const bv = useGrowth ? b.growth_pct! : b.value!;
    const ab = useGrowth ? a.growth_bound : a.bound;
    const bb = useGrowth ? b.growth_bound : b.bound;
    // A lower bound on the subject minus an exact reference is still a lower bound; the reverse flips it.
    values.set(y, { value: av - bv, bound: combineBounds([ab, flipBound(bb)]), row: a, other: b });
  }
  return {
    values,
    note: `relative to ${ctx.refScope}: ${useGrowth ? 'growth' : 'value'} of the subject minus the reference, in points`,
  };
}
