/**
 * The measure space of cumulative (累计) and annual-average (年均) targets on levels: sums over the window.
 */
import type { ActualRow, Bound } from '../actuals/types.js';
import { methodName } from './method.js';
import { byYear, combineBounds } from './series.js';
import { type Built, type Ctx, mapYears, pickYear, rowsInfo, toleranceFor, unitOk } from './space.js';

/**
 * The measure space of a cumulative (累计) or annual-average (年均) level target: the sum of the yearly figures from the start year (B = 0), or why there is none (a missing year).
 *
 * Complexity: O(series length).
 *
 * @example
 * buildSum(ctx, series, 2018) // { space: { actual: 1530, target: 1500, … } }
 * @throws never.
 */
export function buildSum(ctx: Ctx, rows: ActualRow[], deadline: number | null): Built {
  const t = ctx.target;
  const usable = rows.filter((r) => r.value !== null && unitOk(ctx, r));
  if (usable.length === 0) {
    const units = [...new Set(rows.map((r) => r.unit).filter((u) => u !== null))];
    return units.length
      ? { notComparable: `the target is in ${t.unit}; the actuals are in ${units.join(', ')}` }
      : { insufficient: 'the series has no values', year: null };
  }
  const values = byYear(usable, 'value');
  const first =
    t.start_year ??
    (t.base_year !== null ? t.base_year + 1 : Math.min(...[...values.keys()].filter(Number.isFinite)));
  const covered = (y: number) => {
    for (let k = first; k <= y; k++) if (!values.has(k)) return false;
    return y >= first;
  };
  const picked = pickYear(ctx, deadline, covered, values.keys());
  if ('missing' in picked) {
    const upTo = deadline !== null && deadline <= ctx.asOf ? deadline : ctx.asOf;
    const missing: number[] = [];
    for (let k = first; k <= upTo; k++) if (!values.has(k)) missing.push(k);
    if (upTo < first) return { insufficient: '', year: null, notDue: true };
    return {
      insufficient: missing.length
        ? `a ${t.aggregation} target sums every year from ${first}; no actual for ${missing.join(', ')}`
        : picked.missing,
      year: deadline,
    };
  }
  const year = picked.year;
  let sum = 0;
  const bounds: (Bound | null)[] = [];
  const used: ActualRow[] = [];
  const shownByYear = new Map<number, { value: number; bound: Bound | null }>();
  const average = t.aggregation === 'annual_average';
  for (let k = first; k <= year; k++) {
    const r = values.get(k)!;
    sum += r.value!;
    bounds.push(r.bound);
    used.push(r);
    shownByYear.set(k, { value: average ? sum / (k - first + 1) : sum, bound: combineBounds(bounds) });
  }
  const n = deadline !== null ? deadline - first + 1 : year - first + 1;
  const scale = average ? n : 1;
  const shownActual = shownByYear.get(year)!.value;
  const percentLike = t.unit === 'percent' || t.unit === 'percentage_point';
  return {
    space: {
      method: methodName(t),
      linear: true,
      baseYear: first - 1,
      base: 0,
      baseRule: 'cumulative_from_start',
      year,
      actual: sum,
      target: t.value * scale,
      stretch: ctx.stretch ? ctx.stretch.value * scale : null,
      shownActual,
      shownBase: null,
      shownTarget: t.value,
      shownStretch: ctx.stretch ? ctx.stretch.value : null,
      eachYear: mapYears(shownByYear),
      bound: combineBounds(bounds),
      preliminary: used.some((r) => r.preliminary),
      earlyCounts: !average,
      tolerance: toleranceFor(ctx, shownActual, percentLike),
      ...rowsInfo(used),
      notes: [`${average ? 'average' : 'sum'} of ${first}–${year}`],
    },
  };
}
