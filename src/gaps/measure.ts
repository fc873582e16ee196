/**
 * Every measure, the status, the plan-review category and the score of one judged year (module-internal), and the
 * reason in words for rows.
 */
import { attainment } from './attainment.js';
import { cagr } from './cagr.js';
import { formatValue } from './format.js';
import { type PlanReview, planReview, reviewCategory } from './forms.js';
import { progressGeometric, progressLinear } from './progress.js';
import { anticipatedGap, projectGeometric, projectLinear } from './projection.js';
import { ratioLinear, ratioR } from './ratio.js';
import { scheduleTau } from './schedule.js';
import { progressScore, trendScore } from './score.js';
import { meets, metState } from './series.js';
import type { Ctx, Space } from './space.js';
import { JUDGED } from './space.js';
import { classifyStatus, type Met } from './status.js';
import { etaGeometric, etaLinear, yearsAhead } from './timing.js';
import { addTrendPoint, boundFactor, projectTrend, type TrendSums, trendSums } from './trend.js';
import type { GapStatus } from './types.js';

/** Round to 4 decimals (the bound factor and the thresholds it scales, as shown and as used). */
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/**
 * The numbers of one judged year, before they go into a row or into columns (reused target after target). Numbers
 * are `NaN` where the row shows `null` (a number field never holds anything else, so it is stored unboxed).
 */
export interface Measures {
  status: GapStatus;
  why: string;
  review: PlanReview | null;
  met: Met;
  metStretch: Met;
  due: boolean;
  achieved: boolean;
  uncertain: boolean;
  tau: number;
  piLin: number;
  piGeo: number;
  pi: number;
  cObs: number;
  cReq: number;
  cRem: number;
  cMax: number;
  ratio: number;
  projection: number;
  projectionWeighted: number;
  trendPoints: number;
  gap: number;
  gapWeighted: number;
  attainment: number;
  attainmentStretch: number;
  yearsAhead: number;
  eta: number;
  score: number;
  boundFactor: number;
  /** Years of an every-year target (or of a relative one) in which the figure was not met, sorted. */
  breaches: number[] | null;
  /** The on-track and acceleration thresholds used (× C for shares near 100%). */
  onTrack: number;
  acceleration: number;
  /** Scratch sums of the time-weighted regression. */
  sums: TrendSums;
}

/**
 * A fresh {@link Measures} to fill with {@link computeMeasures} (one per engine call, reused).
 *
 * Complexity: O(1).
 *
 * @example
 * const m = newMeasures(); computeMeasures(ctx, space, 2021, m);
 */
export function newMeasures(): Measures {
  return {
    status: 'insufficient_data',
    why: '',
    review: null,
    met: 'not_met',
    metStretch: 'not_met',
    due: false,
    achieved: false,
    uncertain: false,
    tau: Number.NaN,
    piLin: Number.NaN,
    piGeo: Number.NaN,
    pi: Number.NaN,
    cObs: Number.NaN,
    cReq: Number.NaN,
    cRem: Number.NaN,
    cMax: Number.NaN,
    ratio: Number.NaN,
    projection: Number.NaN,
    projectionWeighted: Number.NaN,
    trendPoints: Number.NaN,
    gap: Number.NaN,
    gapWeighted: Number.NaN,
    attainment: Number.NaN,
    attainmentStretch: Number.NaN,
    yearsAhead: Number.NaN,
    eta: Number.NaN,
    score: Number.NaN,
    boundFactor: Number.NaN,
    breaches: null,
    onTrack: 0,
    acceleration: 0,
    sums: trendSums(),
  };
}

const NOT_MET = Object.freeze({ met: 'not_met' as Met, uncertain: false });

/**
 * Compute every measure, the status, the plan-review category and the score of one judged year from its measure
 * space into `m` (no reason text: {@link reasonOf} writes it for rows).
 *
 * Complexity: O(years in the series).
 *
 * @example
 * computeMeasures(ctx, space, 2021, m); m.status // 'achieved'
 */
export function computeMeasures(ctx: Ctx, s: Space, deadline: number | null, m: Measures): Measures {
  const t = ctx.target;
  const d = ctx.d;
  if (ctx.form === 'qualitative') return trendOnly(ctx, s, m);
  const comparator = effectiveComparator(ctx);
  const met = meets(s.shownActual, s.bound, s.shownTarget, comparator, d, s.tolerance);
  const metS =
    s.shownStretch !== null
      ? meets(s.shownActual, s.bound, s.shownStretch, ctx.stretch?.comparator ?? comparator, d, s.tolerance)
      : NOT_MET;
  const Y = deadline;
  const due = Y !== null && s.year >= Y;
  const hasBase = s.baseYear !== null && s.base !== null;
  const tau = hasBase && Y !== null ? scheduleTau(s.baseYear!, s.year, Y) : null;
  const piLin = hasBase ? progressLinear(s.base!, s.actual, s.target) : null;
  const piGeo = hasBase ? progressGeometric(s.base!, s.actual, s.target) : null;
  const pi = s.linear ? piLin : (piGeo ?? piLin);
  const n = hasBase ? s.year - s.baseYear! : 0;
  const cObs = hasBase && !s.linear && n > 0 ? cagr(s.base!, s.actual, n) : null;
  const cReq = hasBase && !s.linear && Y !== null ? cagr(s.base!, s.target, Y - s.baseYear!) : null;
  const cRem = !s.linear && Y !== null && Y > s.year ? cagr(s.actual, s.target, Y - s.year) : null;
  const cMax =
    hasBase && !s.linear && ctx.earliestDeadline !== null
      ? cagr(s.base!, s.target, ctx.earliestDeadline - s.baseYear!)
      : null;
  let R: number | null = null;
  if (hasBase && Y !== null && n > 0) {
    R = s.linear
      ? ratioLinear(s.base!, s.actual, s.target, s.baseYear!, s.year, Y, d)
      : ratioR(cObs, cReq, s.base!, d);
  }
  const slope = hasBase && n > 0 ? (s.actual - s.base!) / n : null;
  let projection: number | null = null;
  if (hasBase && Y !== null && n > 0 && Y >= s.year) {
    projection = s.linear
      ? projectLinear(s.base!, s.actual, s.baseYear!, s.year, Y)
      : projectGeometric(s.actual, cObs, s.year, Y);
  }
  // Time-weighted regression (ESCAP): years t0…t of a level-type series, weight y − t0 + 1, ≥ 3 points.
  let projectionWeighted: number | null = null;
  let trendPoints: number | null = null;
  const fitTrend = s.trend === true && hasBase && Y !== null && n >= 2 && Y >= s.year;
  const sums = trendSums(m.sums);
  let firstMet: number | null = null;
  const baseYear = s.baseYear;
  const everyYear = ctx.form === 'every_year' || ctx.form === 'relative_indicator';
  const windowStart = everyYear ? windowStartOf(ctx, s) : 0;
  const breaches: number[] | null = everyYear ? [] : null;
  const vals = s.values;
  for (let j = 0; j < vals.n; j++) {
    const y = vals.years[j]!;
    if (y > s.year) continue;
    const value = vals.valueOf(y);
    const bound = vals.boundOf(y);
    if (
      breaches !== null &&
      y >= windowStart &&
      metState(value, bound, s.shownTarget, comparator, d) === 'not_met'
    ) {
      breaches.push(y);
    }
    if (baseYear !== null && y < baseYear) continue;
    if (fitTrend) addTrendPoint(sums, y, value, baseYear!, !s.linear);
    if ((baseYear !== null && y === baseYear) || (firstMet !== null && y >= firstMet)) continue;
    if (metState(value, bound, s.shownTarget, comparator, d) === 'met') firstMet = y;
  }
  if (breaches !== null) breaches.sort((a, b) => a - b);
  if (fitTrend) {
    projectionWeighted = projectTrend(sums, Y!, baseYear!, !s.linear);
    if (projectionWeighted !== null) trendPoints = sums.n;
  }

  // Open SDG's bound factor C for shares near their natural limit of 100% (higher is better).
  let C: number | null = null;
  let onTrack = ctx.th.onTrack;
  let acceleration = ctx.th.acceleration;
  if (t.kind === 'share' && d === 1 && hasBase && (t.unit === 'percent' || t.unit === 'percentage_point')) {
    C = round4(boundFactor(s.base!, 100));
    onTrack = round4(onTrack * C);
    acceleration = round4(acceleration * C);
  }

  let status: GapStatus;
  let why: string;
  if (everyYear) {
    ({ status, why } = everyYearStatus(met.met, metS.met, due, breaches!));
    if (Y === null && !due && status !== 'on_track' && status !== 'off_track') {
      ({ status, why } = {
        status: 'insufficient_data',
        why: 'the published figure is a bound that cannot tell',
      });
    }
  } else {
    const noDeadline = Y === null && met.met !== 'met';
    ({ status, why } = classifyStatus(
      {
        notComparable: null,
        insufficient: noDeadline ? 'the target has no deadline year: only attainment is reported' : null,
        met: met.met,
        metStretch: metS.met,
        due,
        earlyCounts: s.earlyCounts,
        tau,
        ratio: R,
        progress: pi,
      },
      C === null ? ctx.th : { ...ctx.th, onTrack, acceleration },
    ));
  }
  const achieved = status === 'achieved' || status === 'achieved_stretch';
  let eta: number | null = null;
  if (met.met === 'met' && s.earlyCounts && firstMet !== null) eta = firstMet;
  else if (!due && hasBase && n > 0) {
    eta = s.linear
      ? etaLinear(s.actual, s.target, slope, s.year)
      : etaGeometric(s.actual, s.target, cObs, s.year);
  }

  m.status = status;
  m.why = why;
  m.review = reviewCategory(status, ctx.form, due, R, C, ctx.review);
  m.met = met.met;
  m.metStretch = metS.met;
  m.due = due;
  m.achieved = achieved;
  m.uncertain = met.uncertain || metS.uncertain;
  m.tau = tau ?? Number.NaN;
  m.piLin = piLin ?? Number.NaN;
  m.piGeo = piGeo ?? Number.NaN;
  m.pi = pi ?? Number.NaN;
  m.cObs = cObs ?? Number.NaN;
  m.cReq = cReq ?? Number.NaN;
  m.cRem = cRem ?? Number.NaN;
  m.cMax = cMax ?? Number.NaN;
  m.ratio = R ?? Number.NaN;
  m.projection = projection ?? Number.NaN;
  m.projectionWeighted = projectionWeighted ?? Number.NaN;
  m.trendPoints = trendPoints ?? Number.NaN;
  m.gap = (hasBase ? anticipatedGap(s.base!, projection, s.target) : null) ?? Number.NaN;
  m.gapWeighted = (hasBase ? anticipatedGap(s.base!, projectionWeighted, s.target) : null) ?? Number.NaN;
  m.attainment = attainment(s.shownActual, s.shownTarget, d) ?? Number.NaN;
  m.attainmentStretch =
    (s.shownStretch !== null ? attainment(s.shownActual, s.shownStretch, d) : null) ?? Number.NaN;
  m.yearsAhead = (hasBase && Y !== null ? yearsAhead(s.baseYear!, s.year, Y, pi) : null) ?? Number.NaN;
  m.eta = eta ?? Number.NaN;
  m.score = (JUDGED.has(status) ? progressScore(R, achieved) : null) ?? Number.NaN;
  m.boundFactor = C ?? Number.NaN;
  m.breaches = breaches;
  m.onTrack = onTrack;
  m.acceleration = acceleration;
  return m;
}

/** 基本同步 (comparator `~` on a relative target) is met from `approxPoints` below the reference: a floor. */
function effectiveComparator(ctx: Ctx) {
  const c = ctx.target.comparator;
  return ctx.form === 'relative_indicator' && c === '~' ? '>=' : c;
}

/** The first year an every-year target must hold: its start year, else the year after its base, else any. */
function windowStartOf(ctx: Ctx, s: Space): number {
  const t = ctx.target;
  if (t.start_year !== null) return t.start_year;
  if (t.base_year !== null) return t.base_year + 1;
  return s.baseYear !== null ? s.baseYear + 1 : Number.NEGATIVE_INFINITY;
}

/**
 * The status of a floor or ceiling that must hold every year (and of a target relative to another indicator):
 * before the deadline, on track while the latest year holds (meeting it early is not 提前完成: it must hold to the
 * end), off track when it does not; at the deadline, achieved only if no year of the window breached it.
 */
function everyYearStatus(
  met: Met,
  metStretch: Met,
  due: boolean,
  breaches: readonly number[],
): { status: GapStatus; why: string } {
  const breached = breaches.length ? `; breached in ${breaches.join(', ')}` : '';
  if (met === 'unknown') {
    return {
      status: 'insufficient_data',
      why: 'the actual is published only as a bound that cannot show whether the target was met',
    };
  }
  if (due) {
    if (met === 'met' && breaches.length === 0) {
      return metStretch === 'met'
        ? { status: 'achieved_stretch', why: '力争 figure met, and the target held every year' }
        : { status: 'achieved', why: 'target held every year' };
    }
    return { status: 'missed', why: `deadline passed and the target did not hold every year${breached}` };
  }
  if (met === 'met') {
    return {
      status: 'on_track',
      why: `holds in the latest year (must hold every year to the deadline)${breached}`,
    };
  }
  return { status: 'off_track', why: `not met in the latest year (滞后)${breached}` };
}

/**
 * A qualitative target with a direction (提高, 下降): Open SDG's method for a target without a figure, P = s·d·CAGR
 * from the base to the latest year; on track from P ≥ 1.5% a year, moderate from 0.5%, limited from 0, else moving
 * away. Without a direction there is no verdict: the row reports the text.
 */
function trendOnly(ctx: Ctx, s: Space, m: Measures): Measures {
  Object.assign(m, newMeasuresNumbers());
  const c = ctx.target.comparator;
  const directed = c === '>' || c === '>=' || c === '<' || c === '<=';
  const hasBase = s.baseYear !== null && s.base !== null && s.year > s.baseYear;
  const g = directed && hasBase ? cagr(s.base!, s.actual, s.year - s.baseYear!) : null;
  const P = g === null ? null : (s.base! < 0 ? -1 : 1) * ctx.d * g;
  m.cObs = g ?? Number.NaN;
  m.ratio = P ?? Number.NaN;
  let status: GapStatus;
  let why: string;
  if (!directed) {
    status = 'not_comparable';
    why = `a qualitative target (定性): no figure to judge against — “${ctx.target.quote}”`;
  } else if (P === null) {
    status = 'insufficient_data';
    why = hasBase
      ? 'the yearly change is undefined (zero or sign-changing values)'
      : 'no base value: the trend cannot be assessed';
  } else if (P >= ctx.review.trendHigh) {
    status = 'on_track';
    why = `qualitative target (定性), direction ${ctx.d > 0 ? '提高' : '下降'}: P = ${(P * 100).toFixed(2)}% a year ≥ ${ctx.review.trendHigh * 100}%`;
  } else if (P >= ctx.review.trendMed) {
    status = 'needs_acceleration';
    why = `qualitative target (定性): ${ctx.review.trendMed * 100}% ≤ P < ${ctx.review.trendHigh * 100}% a year`;
  } else if (P >= 0) {
    status = 'off_track';
    why = `qualitative target (定性): 0 ≤ P < ${ctx.review.trendMed * 100}% a year (滞后)`;
  } else {
    status = 'regressing';
    why = 'qualitative target (定性): moving away (倒退)';
  }
  m.status = status;
  m.why = why;
  m.score = (JUDGED.has(status) ? trendScore(P) : null) ?? Number.NaN;
  m.review = planReview({ status, form: 'qualitative', due: false, ratio: P, boundFactor: null }, ctx.review);
  return m;
}

function newMeasuresNumbers(): Partial<Measures> {
  const { sums: _sums, ...rest } = newMeasures();
  return rest;
}

/**
 * The reason of a judged row, in words: the verdict and its figures, the 力争 figure, attainment when missed, the
 * uncertainty of an approximate figure, 预计 figures, the required-CAGR band of a range of deadlines, a fall after
 * an early achievement, a floor no longer met, a range of values, breaches of an every-year target, the builder's
 * notes.
 *
 * Complexity: O(years in the series).
 *
 * @example
 * reasonOf(ctx, space, 2021, m) // 'target met: 2021 17716.76亿元 against 17600亿元 due 2021; 力争 17800亿元 not met'
 */
export function reasonOf(
  ctx: Ctx,
  s: Space,
  deadline: number | null,
  m: Measures,
  rows: () => readonly { unit: string | null }[] = () => s.rows(),
): string {
  const t = ctx.target;
  const d = ctx.d;
  const Y = deadline;
  if (ctx.form === 'qualitative') {
    return m.status === 'not_comparable'
      ? m.why
      : `${m.why}: ${s.baseYear} ${formatValue(s.base, t.unit)} → ${s.year} ${formatValue(s.shownActual, t.unit)}`;
  }
  const unit = t.kind === 'growth' ? 'percent' : t.kind === 'multiple' ? (rows()[0]?.unit ?? null) : t.unit;
  const parts: string[] = [];
  const boundText = s.bound && s.bound !== '=' ? ` (published as ${s.bound === '~' ? '约' : s.bound})` : '';
  parts.push(
    `${m.why}: ${s.year} ${formatValue(s.shownActual, unit)}${boundText} against ${formatValue(s.shownTarget, unit)}${Y !== null ? ` due ${Y}` : ''}`,
  );
  if (s.shownStretch !== null && !t.stretch) {
    const word =
      m.metStretch === 'met' ? 'met' : m.metStretch === 'unknown' ? 'cannot be confirmed' : 'not met';
    parts.push(`力争 ${formatValue(s.shownStretch, unit)} ${word}`);
  }
  if (m.status === 'missed' && !Number.isNaN(m.attainment)) {
    parts.push(`attainment ${(m.attainment * 100).toFixed(1)}%`);
  }
  if (m.uncertain) {
    parts.push(
      `uncertain: the approximate figure ±${formatValue(s.tolerance, unit)} straddles the threshold`,
    );
  }
  if (s.preliminary) parts.push('preliminary (预计) figure');
  if (ctx.earliestDeadline !== null && !Number.isNaN(m.cMax) && !Number.isNaN(m.cReq)) {
    const last = t.deadline_year_max!;
    const hasBase = s.baseYear !== null && s.base !== null;
    const cMin = hasBase ? cagr(s.base!, s.target, last - s.baseYear!) : null;
    if (cMin !== null) {
      parts.push(
        `required CAGR band ${(cMin * 100).toFixed(2)}%–${(m.cMax * 100).toFixed(2)}% for ${ctx.earliestDeadline}–${last}`,
      );
    }
  }
  if (!m.due && m.achieved) {
    // 提前实现 but falling: the Open SDG / gap-methods "achieved at risk" reading, as a note.
    let prev: number | null = null;
    if (s.values.has(s.year - 1)) prev = s.values.valueOf(s.year - 1);
    if (prev !== null && d * (s.shownActual - prev) < 0) {
      parts.push(`at risk: down from ${formatValue(prev, unit)} in ${s.year - 1}`);
    }
  }
  if (m.due && m.achieved && t.kind === 'intensity') {
    const lapsed: number[] = [];
    for (let j = 0; j < s.values.n; j++) {
      const y = s.values.years[j]!;
      if (y <= s.year || y > ctx.asOf) continue;
      const met = meets(
        s.values.valueOf(y),
        s.values.boundOf(y),
        s.shownTarget,
        t.comparator,
        d,
        s.tolerance,
      );
      if (met.met === 'not_met') lapsed.push(y);
    }
    lapsed.sort((a, b) => a - b);
    if (lapsed.length) parts.push(`no longer met in ${lapsed.join(', ')}`);
  }
  if (t.value_max !== null && t.kind !== 'multiple') {
    parts.push(
      `the target is a range ${formatValue(t.value, unit)}–${formatValue(t.value_max, unit)}: judged on its lower end`,
    );
  }
  parts.push(...s.notes);
  return parts.join('; ');
}
