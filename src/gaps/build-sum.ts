/**
 * The measure space of cumulative (累计) and annual-average (年均) targets on levels: sums over the window.
 */
import type { ActualRow, Bound } from '../actuals/types.js';
import type { Series } from './input.js';
import { methodName } from './method.js';
import { combineBounds } from './series.js';
import { type Built, type Ctx, pickYear, shownAsTarget, toleranceFor, unitAccepts } from './space.js';
import type { SeriesView } from './view.js';

/**
 * The measure space of a cumulative (累计) or annual-average (年均) level target: the sum of the yearly figures
 * from the start year (B = 0), or why there is none (a missing year).
 *
 * Complexity: O(years in the view).
 *
 * @example
 * buildSum(ctx, view, series, 2018) // { space: { actual: 1530, target: 1500, … } }
 */
export function buildSum(ctx: Ctx, view: SeriesView, series: Series, deadline: number | null): Built {
  const t = ctx.target;
  const input = series.input;
  let usable = false;
  const units = new Set<string>();
  for (let j = 0; j < series.refs.length; j++) {
    const k = series.refs[j]!;
    const u = input.unit(k);
    if (u !== null) units.add(u);
    if (Number.isFinite(input.value(k)) && unitAccepts(ctx.unitRule, ctx.target, u)) usable = true;
  }
  if (!usable) {
    return units.size
      ? { notComparable: `the target is in ${t.unit}; the actuals are in ${[...units].join(', ')}` }
      : { insufficient: 'the series has no values', year: null };
  }
  const lv = view.levels;
  let earliest = Number.POSITIVE_INFINITY;
  for (let j = 0; j < lv.n; j++) earliest = Math.min(earliest, lv.years[j]!);
  const first = t.start_year ?? (t.base_year !== null ? t.base_year + 1 : earliest);
  const covered = (y: number) => {
    for (let k = first; k <= y; k++) if (!lv.has(k)) return false;
    return y >= first;
  };
  const picked = pickYear(ctx, deadline, { has: covered, years: lv.years, n: lv.n });
  if (typeof picked === 'string') {
    const upTo = deadline !== null && deadline <= ctx.asOf ? deadline : ctx.asOf;
    const missing: number[] = [];
    for (let k = first; k <= upTo; k++) if (!lv.has(k)) missing.push(k);
    if (upTo < first) return { insufficient: '', year: null, notDue: true };
    return {
      insufficient: missing.length
        ? `a ${t.aggregation} target sums every year from ${first}; no actual for ${missing.join(', ')}`
        : picked,
      year: deadline,
    };
  }
  const year = picked;
  let sum = 0;
  const bounds: (Bound | null)[] = [];
  const out = view.measured;
  const average = t.aggregation === 'annual_average';
  let preliminary = false;
  for (let k = first; k <= year; k++) {
    const r = lv.get(k);
    sum += input.value(r);
    bounds.push(input.bound(r));
    preliminary ||= input.preliminary(r);
    out.set(k, average ? sum / (k - first + 1) : sum, combineBounds(bounds));
  }
  const n = deadline !== null ? deadline - first + 1 : year - first + 1;
  const scale = average ? n : 1;
  const shownActual = out.get(year);
  const percentLike = t.unit === 'percent' || t.unit === 'percentage_point';
  const sp = shownAsTarget(view.space, ctx, out, combineBounds(bounds), !average);
  sp.method = methodName(t, ctx.form);
  sp.linear = true;
  sp.baseYear = first - 1;
  sp.base = 0;
  sp.baseRule = 'cumulative_from_start';
  sp.year = year;
  sp.actual = sum;
  sp.target = t.value * scale;
  sp.stretch = ctx.stretch ? ctx.stretch.value * scale : null;
  sp.shownActual = shownActual;
  sp.preliminary = preliminary;
  sp.tolerance = toleranceFor(ctx, shownActual, percentLike);
  sp.notes = [`${average ? 'average' : 'sum'} of ${first}–${year}`];
  sp.rows = () => {
    const rows: ActualRow[] = [];
    for (let k = first; k <= year; k++) rows.push(input.row(lv.get(k)));
    return rows;
  };
  return sp;
}
