/**
 * The measure space of growth targets: published rates chained as Π(1 + g) on an index (never from nominal levels
 * for a real-terms target).
 */
import { flipBound } from '../actuals/bounds.js';
import type { ActualRow, Bound } from '../actuals/types.js';
import { methodName } from './method.js';
import { byYear, combineBounds, partialPeriods } from './series.js';
import { type Built, type Ctx, mapYears, pickYear, rowsInfo } from './space.js';

/**
 * The measure space of a growth target: the published rates chained Π(1 + g) from the base year on an index (B = 1), or why there is none (a broken chain, a real-terms target with only nominal data…).
 *
 * Complexity: O(series length).
 *
 * @example
 * buildGrowth(ctx, series, 2021, null) // { space: { actual: 1.122, target: 1.12, … } }
 * @throws never.
 */
export function buildGrowth(
  ctx: Ctx,
  rows: ActualRow[],
  deadline: number | null,
  annualBase: number | null,
): Built {
  const t = ctx.target;
  const notes: string[] = [];
  const real = t.price_basis === 'real';
  const growth = new Map<
    number,
    { g: number; bound: Bound | null; row: ActualRow; other: ActualRow | null }
  >();
  for (const [y, r] of byYear(rows, 'growth', real ? (r) => r.price_basis !== 'nominal' : undefined)) {
    growth.set(y, { g: r.growth_pct!, bound: r.growth_bound, row: r, other: null });
  }
  let levelsMemo: Map<number, ActualRow> | null = null;
  const levelsOf = () => {
    levelsMemo ??= byYear(rows, 'value', (r) => r.unit !== null);
    return levelsMemo;
  };
  let derived = false;
  const baseYearEarly =
    annualBase ??
    t.base_year ??
    (t.start_year !== null ? t.start_year - 1 : deadline !== null ? deadline - 1 : null);
  const wantedLast = deadline !== null && deadline <= ctx.asOf ? deadline : ctx.asOf;
  let gapInChain = baseYearEarly === null;
  if (baseYearEarly !== null) {
    for (let k = baseYearEarly + 1; k <= wantedLast; k++) {
      if (!growth.has(k)) {
        gapInChain = true;
        break;
      }
    }
  }
  if (!real && gapInChain) {
    const levels = levelsOf();
    // Nominal (or unspecified) growth may be read from two levels in the same unit when no rate was published.
    for (const [y, r] of levels) {
      const p = levels.get(y - 1);
      if (growth.has(y) || !p || p.unit !== r.unit || !(p.value! > 0)) continue;
      growth.set(y, {
        // rounded to 1e-9 points, as the chained rates below, so that 115/100 − 1 = 0.14999… never decides a verdict
        g: Math.round((r.value! / p.value! - 1) * 1e11) / 1e9,
        bound: combineBounds([r.bound, flipBound(p.bound)]),
        row: r,
        other: p,
      });
      derived = true;
    }
  }
  const baseYear = baseYearEarly;
  if (baseYear === null)
    return { insufficient: 'a growth target needs a base year or a deadline', year: null };
  const chainTo = (y: number) => {
    for (let k = baseYear + 1; k <= y; k++) if (!growth.has(k)) return false;
    return y > baseYear;
  };
  const picked = pickYear(ctx, deadline, chainTo, growth.keys());
  if ('missing' in picked) {
    if (deadline !== null && deadline > ctx.asOf && ctx.asOf <= baseYear) {
      return { insufficient: '', year: null, notDue: true };
    }
    const nominalOnly = real && rows.some((r) => r.growth_pct !== null && r.price_basis === 'nominal');
    if (nominalOnly) {
      return {
        notComparable: 'a real-terms (comparable prices) growth target; the published growth is nominal',
      };
    }
    if (real && levelsOf().size > 0) {
      return {
        notComparable:
          'a real-terms (comparable prices) growth target with no published real growth rate; it is never derived from nominal levels',
      };
    }
    const wanted = deadline !== null && deadline <= ctx.asOf ? deadline : null;
    const missingYears: number[] = [];
    if (wanted !== null)
      for (let k = baseYear + 1; k <= wanted; k++) if (!growth.has(k)) missingYears.push(k);
    const partial = wanted !== null ? partialPeriods(rows, wanted) : [];
    return {
      insufficient:
        (missingYears.length
          ? `no published growth rate for ${missingYears.join(', ')} (the chain from ${baseYear} needs every year)`
          : picked.missing.replace('full-year actual', 'growth rate')) +
        (partial.length ? `; only partial-year figures (${partial.join(', ')})` : ''),
      year: deadline,
    };
  }
  const year = picked.year;
  let index = 1;
  const bounds: (Bound | null)[] = [];
  const used: ActualRow[] = [];
  const shownByYear = new Map<number, { value: number; bound: Bound | null }>();
  const average = t.aggregation === 'annual_average';
  for (let k = baseYear + 1; k <= year; k++) {
    const g = growth.get(k)!;
    index *= 1 + g.g / 100;
    bounds.push(g.bound);
    used.push(g.row);
    if (g.other !== null) used.push(g.other);
    // One year: the published rate itself; several: the chained rate, rounded to 1e-9 points so that
    // floating-point noise (1.13 − 1 = 0.12999…) never decides a verdict.
    const shown =
      k === baseYear + 1
        ? g.g
        : Math.round((average ? index ** (1 / (k - baseYear)) - 1 : index - 1) * 1e11) / 1e9;
    shownByYear.set(k, { value: shown, bound: combineBounds(bounds) });
  }
  if (derived && used.some((r) => r.growth_pct === null))
    notes.push('growth derived from published nominal levels');
  const horizon = deadline !== null ? deadline - baseYear : year - baseYear;
  const toIndex = (pct: number) => (average ? (1 + pct / 100) ** horizon : 1 + pct / 100);
  const shownActual = shownByYear.get(year)!.value;
  if (year - baseYear > 1) notes.push(`chained Π(1+g) over ${baseYear + 1}–${year}`);
  return {
    space: {
      method: methodName(t),
      linear: false,
      baseYear,
      base: 1,
      baseRule:
        annualBase !== null
          ? 'previous_year'
          : t.base_year !== null
            ? 'target_base_year'
            : 'year_before_start',
      year,
      actual: index,
      target: toIndex(t.value),
      stretch: ctx.stretch ? toIndex(ctx.stretch.value) : null,
      shownActual,
      shownBase: null,
      shownTarget: t.value,
      shownStretch: ctx.stretch ? ctx.stretch.value : null,
      eachYear: mapYears(shownByYear),
      bound: combineBounds(bounds),
      preliminary: used.some((r) => r.preliminary),
      earlyCounts: !average,
      tolerance: ctx.th.approxPoints,
      ...rowsInfo(used),
      notes,
    },
  };
}
