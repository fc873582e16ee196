/**
 * The measure space of level-like targets: levels, counts, shares, floors, 倍增, base increments and relative
 * targets.
 */
import { flipBound } from '../actuals/bounds.js';
import type { ActualRow } from '../actuals/types.js';
import { formatValue } from './format.js';
import type { Series } from './input.js';
import { methodName } from './method.js';
import { combineBounds } from './series.js';
import { type Built, type Ctx, oneRow, pickYear, toleranceFor, unitAccepts } from './space.js';
import type { SeriesView, YearSeries } from './view.js';

/**
 * The measure space of a level-like target (level, count, share, floor, 倍增, base increment, relative) for one
 * deadline, or why there is none: judged year, base year and rule, target (× base for 倍增, + base for an increment),
 * geometric or linear method. `view` holds the group's rows; `reference` the reference side of a relative target.
 *
 * Complexity: O(years in the view).
 *
 * @example
 * buildLevel(ctx, view, series, 2021, null, null) // { space: { year: 2021, baseYear: 2020, … } }
 */
export function buildLevel(
  ctx: Ctx,
  view: SeriesView,
  series: Series,
  deadline: number | null,
  annualBase: number | null,
  reference: SeriesView | null,
): Built {
  const t = ctx.target;
  const notes: string[] = [];
  // Plain levels are read straight from the view's index; relative targets from the differences computed into it.
  let out: YearSeries = view.levels;
  const input = view.source();
  let used: Used | null = null;
  if (reference !== null) {
    const rel = relativeValues(ctx, view, reference, series);
    if (typeof rel === 'string') return { insufficient: rel, year: null };
    used = rel;
    out = view.measured;
    notes.push(
      ctx.form === 'relative_indicator'
        ? `relative to ${t.reference_subject}: the subject's average growth since the base year minus the reference's, in points`
        : `relative to ${ctx.refScope}: ${useGrowth(ctx, series) ? 'growth' : 'value'} of the subject minus the reference, in points`,
    );
  } else {
    const lv = view.levels;
    if (lv.n === 0 && !anyUsableValue(ctx, series)) {
      const units = new Set<string>();
      let onlyGrowth = false;
      for (let j = 0; j < series.refs.length; j++) {
        const k = series.refs[j]!;
        const u = series.input.unit(k);
        if (u !== null) units.add(u);
        if (Number.isFinite(series.input.growth(k))) onlyGrowth = true;
      }
      if (units.size > 0) {
        return { notComparable: `the target is in ${t.unit}; the actuals are in ${[...units].join(', ')}` };
      }
      return {
        insufficient: onlyGrowth
          ? 'only growth rates are published for this series, no levels'
          : 'the series has no values',
        year: null,
      };
    }
  }
  const rel = used;
  const picked = pickYear(ctx, deadline, out);
  if (typeof picked === 'string') {
    const partial = deadline !== null ? partialPeriods(series, deadline) : [];
    return {
      insufficient: picked + (partial.length ? `; only partial-year figures (${partial.join(', ')})` : ''),
      year: deadline,
    };
  }
  const year = picked;
  if (t.start_year !== null && year < t.start_year && (deadline === null || deadline > ctx.asOf)) {
    return { insufficient: '', year: null, notDue: true };
  }

  // Base year, with the rule that chose it.
  let baseYear: number | null = null;
  let baseRule: string | null = null;
  const usableBase = (y: number | null): y is number => y !== null && y < year && out.has(y);

  const increment = ctx.form === 'increment';
  const needsBaseFigure = t.kind === 'multiple' || increment;
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
  if (baseYear === null && annualBase === null && !needsBaseFigure) {
    let before: number | null = null;
    let earliest: number | null = null;
    for (let j = 0; j < out.n; j++) {
      const y = out.years[j]!;
      if (y >= year) continue;
      if ((t.start_year === null || y < t.start_year) && (before === null || y > before)) before = y;
      if (earliest === null || y < earliest) earliest = y;
    }
    if (before !== null) {
      baseYear = before;
      baseRule = 'latest_before_start';
    } else if (earliest !== null) {
      baseYear = earliest;
      baseRule = 'earliest_actual';
    }
  }
  if (ctx.window !== null && baseYear !== null && year - ctx.window > baseYear) {
    let from: number | null = null;
    for (let j = 0; j < out.n; j++) {
      const y = out.years[j]!;
      if (y >= year - ctx.window && y < year && (from === null || y < from)) from = y;
    }
    if (from !== null) {
      baseYear = from;
      baseRule = `window:${ctx.window}`;
    }
  }

  let target = t.value;
  let stretch = ctx.stretch ? ctx.stretch.value : null;
  if (ctx.form === 'relative_indicator' && t.comparator === '~') {
    // 基本同步 (about the same growth): met down to approxPoints below the reference, as 左右 is read.
    target = t.value - ctx.th.approxPoints;
    notes.push(
      `基本同步: met from ${formatValue(target, 'percentage_point')} (${ctx.th.approxPoints} points below the reference)`,
    );
  }
  if (needsBaseFigure) {
    const by = t.base_year ?? (t.start_year !== null ? t.start_year - 1 : null);
    if (by === null || !out.has(by)) {
      const what = increment ? 'an increment (提高X) target' : 'a multiple (倍增/翻番) target';
      return {
        insufficient: `${what} needs the base-year figure${by !== null ? ` for ${by}` : ' (no base year stated)'}`,
        year,
      };
    }
    if (baseRule !== 'target_base_year' && baseRule !== 'year_before_start') {
      baseYear = by;
      baseRule = t.base_year !== null ? 'target_base_year' : 'year_before_start';
    }
    const b = out.valueOf(by);
    const unit = input.unit(view.levels.get(by)) as Parameters<typeof formatValue>[1];
    if (increment) {
      target = b + t.value;
      stretch = stretch !== null ? b + stretch : null;
      notes.push(
        `T = ${formatValue(b, t.unit)} (${by}) + ${formatValue(t.value, t.unit)} = ${formatValue(target, t.unit)}`,
      );
    } else {
      target = t.value * b;
      stretch = stretch !== null ? stretch * b : null;
      if (ctx.text)
        notes.push(`T = ${t.value} × ${formatValue(b, unit)} (${by}) = ${formatValue(target, unit)}`);
    }
  }
  const baseVal = baseYear !== null ? out.valueOf(baseYear) : null;
  const cur = out.valueOf(year);
  const geometricKind =
    (t.kind === 'level' || t.kind === 'multiple') &&
    !increment &&
    reference === null &&
    ctx.form !== 'qualitative';
  const positive = baseVal !== null && baseVal > 0 && cur > 0 && target > 0;
  let method = methodName(t, ctx.form);
  let linear = !geometricKind;
  if (geometricKind && baseVal !== null && !positive) {
    linear = true;
    method = `${method}>linear (non-positive value)`;
  }
  const percentLike = t.unit === 'percent' || t.unit === 'percentage_point';
  const sp = view.space;
  sp.method = method;
  sp.linear = linear;
  sp.baseYear = baseYear;
  sp.base = baseVal;
  sp.baseRule = baseRule;
  sp.year = year;
  sp.actual = cur;
  sp.target = target;
  sp.stretch = stretch;
  sp.shownActual = cur;
  sp.shownBase = baseVal;
  sp.shownTarget = target;
  sp.shownStretch = stretch;
  sp.values = out;
  sp.bound = out.boundOf(year);
  sp.earlyCounts = true;
  sp.tolerance = toleranceFor(ctx, cur, percentLike);
  sp.notes = notes;
  sp.trend = reference === null || ctx.form !== 'relative_indicator';
  if (rel !== null) {
    sp.preliminary = rel.preliminary(year);
    sp.rows = () => rel.rows(year);
    sp.rowInput = null;
    sp.rowRef = -1;
  } else {
    const k = view.levels.get(year);
    sp.preliminary = input.preliminary(k);
    sp.rows = oneRow;
    sp.rowInput = input;
    sp.rowRef = k;
  }
  return sp;
}

/** Whether any row has a value in a comparable unit (the view only keeps full-year rows up to asOf). */
function anyUsableValue(ctx: Ctx, series: Series): boolean {
  for (let j = 0; j < series.refs.length; j++) {
    const k = series.refs[j]!;
    if (Number.isFinite(series.input.value(k)) && unitAccepts(ctx.unitRule, ctx.target, series.input.unit(k)))
      return true;
  }
  return false;
}

/**
 * The partial-year periods available for a year (to explain why a year has no full-year figure).
 *
 * Complexity: O(series length).
 *
 * @example
 * partialPeriods(series, 2021) // ['2021-01/11']
 */
export function partialPeriods(series: Series, year: number): string[] {
  const out = new Set<string>();
  for (let j = 0; j < series.refs.length; j++) {
    const k = series.refs[j]!;
    if (series.input.year(k) !== year || series.input.fullYear(k)) continue;
    const p = series.input.period(k);
    if (p) out.add(p);
  }
  return [...out];
}

/** True when a scope-relative target is measured on growth rates (its metric is 增速, or no level is published). */
function useGrowth(ctx: Ctx, series: Series): boolean {
  if (ctx.form === 'relative_indicator' || ctx.target.metric === '增速') return true;
  for (let j = 0; j < series.refs.length; j++)
    if (Number.isFinite(series.input.value(series.refs[j]!))) return false;
  return true;
}

/**
 * Values of a relative target into `view.measured`: subject minus reference per year (scope-relative), or the
 * difference of the average growth since the base year (relative to another indicator); `null`, or why not.
 */
function relativeValues(ctx: Ctx, view: SeriesView, reference: SeriesView, series: Series): Used | string {
  const t = ctx.target;
  const paired = ctx.form === 'relative_indicator';
  const growth = useGrowth(ctx, series);
  const s = growth ? view.growth : view.levels;
  const r = growth ? reference.growth : reference.levels;
  if (!paired) {
    let subj = 0;
    let ref = 0;
    for (let j = 0; j < series.refs.length; j++) {
      if (series.input.scope(series.refs[j]!) === ctx.refScope) ref++;
      else subj++;
    }
    if (subj === 0 || ref === 0) {
      return `a relative target needs both the subject's series and the reference series (scope ${ctx.refScope}); got ${subj} subject and ${ref} reference rows`;
    }
  } else if (s.n === 0 || r.n === 0) {
    return `a relative target needs both the subject's series and the reference series (the reference indicator ${t.reference_subject}); got ${s.n} subject and ${r.n} reference years with growth rates`;
  }
  const input = view.source();
  const refInput = reference.source();
  const out = view.measured;
  if (!paired) {
    for (const y of s.sortedYears()) {
      const b = r.get(y);
      if (b < 0) continue;
      const a = s.get(y);
      const av = growth ? input.growth(a) : input.value(a);
      const bv = growth ? refInput.growth(b) : refInput.value(b);
      const ab = growth ? input.growthBound(a) : input.bound(a);
      const bb = growth ? refInput.growthBound(b) : refInput.bound(b);
      // A lower bound on the subject minus an exact reference is still a lower bound; the reverse flips it.
      out.set(y, av - bv, combineBounds([ab, flipBound(bb)]));
    }
    return {
      rows: (y) => [input.row(s.get(y)), refInput.row(r.get(y))],
      preliminary: (y) => input.preliminary(s.get(y)) || refInput.preliminary(r.get(y)),
    };
  }
  // Relative to another indicator: the average annual growth of each since the base year, compared per year.
  const base = t.base_year ?? (t.start_year !== null ? t.start_year - 1 : null);
  if (base === null) return 'a target relative to another indicator needs a base or start year';
  let is = 1;
  let ir = 1;
  const bounds: (ReturnType<typeof input.growthBound> | null)[] = [];
  for (let y = base + 1; ; y++) {
    const a = s.get(y);
    const b = r.get(y);
    if (a < 0 || b < 0) break;
    is *= 1 + input.growth(a) / 100;
    ir *= 1 + refInput.growth(b) / 100;
    bounds.push(input.growthBound(a), flipBound(refInput.growthBound(b)));
    const n = y - base;
    const diff = (is ** (1 / n) - ir ** (1 / n)) * 100;
    out.set(y, Math.round(diff * 1e9) / 1e9, combineBounds(bounds));
  }
  if (out.n === 0)
    return `no year after ${base} has both the subject's and ${t.reference_subject}'s growth rate`;
  // The base year itself: no difference yet (0 points), so that the trend starts there.
  out.set(base, 0, '=');
  const refs = (y: number) => {
    const a: number[] = [];
    const b: number[] = [];
    for (let k = base + 1; k <= y; k++) {
      a.push(s.get(k));
      b.push(r.get(k));
    }
    return { a, b };
  };
  return {
    rows: (y) => {
      const { a, b } = refs(y);
      return [...a.map((k) => input.row(k)), ...b.map((k) => refInput.row(k))];
    },
    preliminary: (y) => {
      const { a, b } = refs(y);
      return a.some((k) => input.preliminary(k)) || b.some((k) => refInput.preliminary(k));
    },
  };
}

/** The rows a year's figure comes from, and whether any is a 预计 figure. */
interface Used {
  rows: (year: number) => ActualRow[];
  preliminary: (year: number) => boolean;
}
