/**
 * The measure space of growth targets: published rates chained as Π(1 + g) on an index (never from nominal levels
 * for a real-terms target). A cumulative change over a plan (【13.5】: 单位GDP能耗降低13.5% over five years) is the
 * same chain, compounded from the yearly rates.
 */
import { flipBound } from '../actuals/bounds.js';
import type { ActualRow, Bound } from '../actuals/types.js';
import { partialPeriods } from './build-level.js';
import type { Series } from './input.js';
import { methodName } from './method.js';
import { combineBounds } from './series.js';
import { type Built, type Ctx, pickYear, shownAsTarget } from './space.js';
import type { SeriesView } from './view.js';

/** One year's rate: published (`ref`) or derived from two levels (`ref` and `prev`). */
interface Rate {
  g: number;
  bound: Bound | null;
  ref: number;
  prev: number;
}

/**
 * The measure space of a growth target: the published rates chained Π(1 + g) from the base year on an index
 * (B = 1), or why there is none (a broken chain, a real-terms target with only nominal data…).
 *
 * Complexity: O(years in the view).
 *
 * @example
 * buildGrowth(ctx, view, series, 2021, null) // { space: { actual: 1.122, target: 1.12, … } }
 */
export function buildGrowth(
  ctx: Ctx,
  view: SeriesView,
  series: Series,
  deadline: number | null,
  annualBase: number | null,
): Built {
  const t = ctx.target;
  const input = view.source();
  const notes: string[] = [];
  const real = t.price_basis === 'real';
  const gi = view.growth;
  let derived: Map<number, Rate> | null = null;
  const rate = (y: number): Rate | undefined => {
    const k = gi.get(y);
    if (k >= 0) return { g: gi.value(y), bound: input.growthBound(k), ref: k, prev: -1 };
    return derived?.get(y);
  };
  const hasRate = (y: number) => gi.has(y) || (derived?.has(y) ?? false);
  const baseYear =
    annualBase ??
    t.base_year ??
    (t.start_year !== null ? t.start_year - 1 : deadline !== null ? deadline - 1 : null);
  const wantedLast = deadline !== null && deadline <= ctx.asOf ? deadline : ctx.asOf;
  let gapInChain = baseYear === null;
  if (baseYear !== null) {
    for (let k = baseYear + 1; k <= wantedLast; k++) {
      if (!gi.has(k)) {
        gapInChain = true;
        break;
      }
    }
  }
  if (!real && gapInChain) {
    // Nominal (or unspecified) growth may be read from two levels in the same unit when no rate was published.
    view.ensureLevels();
    const lv = view.levels;
    for (let j = 0; j < lv.n; j++) {
      const y = lv.years[j]!;
      const a = lv.get(y);
      const p = lv.get(y - 1);
      if (gi.has(y) || p < 0 || input.unit(p) !== input.unit(a) || !(input.value(p) > 0)) continue;
      derived ??= new Map();
      derived.set(y, {
        // rounded to 1e-9 points, as the chained rates below, so that 115/100 − 1 = 0.14999… never decides a verdict
        g: Math.round((input.value(a) / input.value(p) - 1) * 1e11) / 1e9,
        bound: combineBounds([input.bound(a), flipBound(input.bound(p))]),
        ref: a,
        prev: p,
      });
    }
  }
  if (baseYear === null) {
    return { insufficient: 'a growth target needs a base year or a deadline', year: null };
  }
  const chainTo = (y: number) => {
    for (let k = baseYear + 1; k <= y; k++) if (!hasRate(k)) return false;
    return y > baseYear;
  };
  const picked = pickYear(
    ctx,
    deadline,
    { has: chainTo, years: gi.years, n: gi.n },
    derived ? [...derived.keys()] : undefined,
  );
  if (typeof picked === 'string') {
    if (deadline !== null && deadline > ctx.asOf && ctx.asOf <= baseYear) {
      return { insufficient: '', year: null, notDue: true };
    }
    let nominalOnly = false;
    let levels = false;
    for (let j = 0; j < series.refs.length; j++) {
      const k = series.refs[j]!;
      if (Number.isFinite(series.input.growth(k)) && series.input.nominal(k)) nominalOnly = true;
    }
    if (real && nominalOnly) {
      return {
        notComparable: 'a real-terms (comparable prices) growth target; the published growth is nominal',
      };
    }
    for (let j = 0; j < series.refs.length && !levels; j++) {
      const k = series.refs[j]!;
      levels =
        series.input.fullYear(k) && Number.isFinite(series.input.value(k)) && series.input.unit(k) !== null;
    }
    if (real && levels) {
      return {
        notComparable:
          'a real-terms (comparable prices) growth target with no published real growth rate; it is never derived from nominal levels',
      };
    }
    const wanted = deadline !== null && deadline <= ctx.asOf ? deadline : null;
    const missingYears: number[] = [];
    if (wanted !== null) for (let k = baseYear + 1; k <= wanted; k++) if (!hasRate(k)) missingYears.push(k);
    const partial = wanted !== null ? partialPeriods(series, wanted) : [];
    return {
      insufficient:
        (missingYears.length
          ? `no published growth rate for ${missingYears.join(', ')} (the chain from ${baseYear} needs every year)`
          : picked.replace('full-year actual', 'growth rate')) +
        (partial.length ? `; only partial-year figures (${partial.join(', ')})` : ''),
      year: deadline,
    };
  }
  const year = picked;
  let index = 1;
  const bounds: (Bound | null)[] = [];
  const used: Rate[] = [];
  const out = view.measured;
  const average = t.aggregation === 'annual_average';
  for (let k = baseYear + 1; k <= year; k++) {
    const g = rate(k)!;
    index *= 1 + g.g / 100;
    bounds.push(g.bound);
    used.push(g);
    // One year: the published rate itself; several: the chained rate, rounded to 1e-9 points so that
    // floating-point noise (1.13 − 1 = 0.12999…) never decides a verdict.
    const shown =
      k === baseYear + 1
        ? g.g
        : Math.round((average ? index ** (1 / (k - baseYear)) - 1 : index - 1) * 1e11) / 1e9;
    out.set(k, shown, combineBounds(bounds));
  }
  if (used.some((g) => g.prev >= 0)) notes.push('growth derived from published nominal levels');
  const horizon = deadline !== null ? deadline - baseYear : year - baseYear;
  const toIndex = (pct: number) => (average ? (1 + pct / 100) ** horizon : 1 + pct / 100);
  const shownActual = out.get(year);
  if (year - baseYear > 1) notes.push(`chained Π(1+g) over ${baseYear + 1}–${year}`);
  const sp = shownAsTarget(view.space, ctx, out, combineBounds(bounds), !average);
  sp.method = methodName(t, ctx.form);
  sp.linear = false;
  sp.baseYear = baseYear;
  sp.base = 1;
  sp.baseRule =
    annualBase !== null ? 'previous_year' : t.base_year !== null ? 'target_base_year' : 'year_before_start';
  sp.year = year;
  sp.actual = index;
  sp.target = toIndex(t.value);
  sp.stretch = ctx.stretch ? toIndex(ctx.stretch.value) : null;
  sp.shownActual = shownActual;
  sp.preliminary = used.some((g) => input.preliminary(g.ref) || (g.prev >= 0 && input.preliminary(g.prev)));
  sp.tolerance = ctx.th.approxPoints;
  sp.notes = notes;
  sp.rows = () => {
    const rows: ActualRow[] = [];
    for (const g of used) {
      rows.push(input.row(g.ref));
      if (g.prev >= 0) rows.push(input.row(g.prev));
    }
    return rows;
  };
  return sp;
}
