/**
 * Every measure, the status, the score and the reason of one judged year (module-internal).
 */
import { attainment } from './attainment.js';
import { cagr } from './cagr.js';
import { formatValue } from './format.js';
import { progressGeometric, progressLinear } from './progress.js';
import { anticipatedGap, projectGeometric, projectLinear } from './projection.js';
import { ratioLinear, ratioR } from './ratio.js';
import { blank, setStatus } from './row.js';
import { scheduleGap, scheduleRatio, scheduleTau } from './schedule.js';
import { progressScore } from './score.js';
import { meets, metState } from './series.js';
import type { Ctx, Space } from './space.js';
import { JUDGED } from './space.js';
import { classifyStatus, type Met } from './status.js';
import { etaGeometric, etaLinear, yearsAhead } from './timing.js';
import { addTrendPoint, boundFactor, projectTrend, trendSums } from './trend.js';
import type { GapRow, GapStatus } from './types.js';

/** Round to 4 decimals (the bound factor and the thresholds it scales, as shown and as used). */
function round4(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** The numbers of one judged year, before they go into a row or into columns (module-internal, reusable). */
export interface Measures {
  status: GapStatus;
  why: string;
  met: Met;
  metStretch: Met;
  due: boolean;
  achieved: boolean;
  uncertain: boolean;
  tau: number | null;
  piLin: number | null;
  piGeo: number | null;
  pi: number | null;
  cObs: number | null;
  cReq: number | null;
  cRem: number | null;
  cMax: number | null;
  ratio: number | null;
  projection: number | null;
  projectionWeighted: number | null;
  trendPoints: number | null;
  gap: number | null;
  gapWeighted: number | null;
  attainment: number | null;
  attainmentStretch: number | null;
  yearsAhead: number | null;
  eta: number | null;
  score: number | null;
  boundFactor: number | null;
  /** The on-track and acceleration thresholds used (× C for shares near 100%). */
  onTrack: number;
  acceleration: number;
}

/**
 * A fresh {@link Measures} to fill with {@link computeMeasures}.
 *
 * Complexity: O(1).
 *
 * @example
 * const m = newMeasures(); computeMeasures(ctx, space, 2021, m);
 * @throws never.
 */
export function newMeasures(): Measures {
  return {
    status: 'insufficient_data',
    why: '',
    met: 'not_met',
    metStretch: 'not_met',
    due: false,
    achieved: false,
    uncertain: false,
    tau: null,
    piLin: null,
    piGeo: null,
    pi: null,
    cObs: null,
    cReq: null,
    cRem: null,
    cMax: null,
    ratio: null,
    projection: null,
    projectionWeighted: null,
    trendPoints: null,
    gap: null,
    gapWeighted: null,
    attainment: null,
    attainmentStretch: null,
    yearsAhead: null,
    eta: null,
    score: null,
    boundFactor: null,
    onTrack: 0,
    acceleration: 0,
  };
}

const sums = trendSums();

/**
 * Compute every measure, the status and the score of one judged year from its measure space into `m` (no reason
 * text; module-internal: the row path and the columnar table both use it, so their numbers agree).
 *
 * Complexity: O(years in the series).
 *
 * @example
 * computeMeasures(ctx, space, 2021, m); m.status // 'achieved'
 * @throws never.
 */
export function computeMeasures(ctx: Ctx, s: Space, deadline: number | null, m: Measures): Measures {
  const t = ctx.target;
  const d = ctx.d;
  const stretchTarget = ctx.stretch;
  const met = meets(s.shownActual, s.bound, s.shownTarget, t.comparator, d, s.tolerance);
  const metS =
    s.shownStretch !== null
      ? meets(
          s.shownActual,
          s.bound,
          s.shownStretch,
          stretchTarget?.comparator ?? t.comparator,
          d,
          s.tolerance,
        )
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
  trendSums(sums);
  let firstMet: number | null = null;
  const baseYear = s.baseYear;
  s.eachYear((y, value, bound) => {
    if (y > s.year || (baseYear !== null && y < baseYear)) return;
    if (fitTrend) addTrendPoint(sums, y, value, baseYear!, !s.linear);
    if ((baseYear !== null && y === baseYear) || (firstMet !== null && y >= firstMet)) return;
    if (metState(value, bound, s.shownTarget, t.comparator, d) === 'met') firstMet = y;
  });
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

  const noDeadline = Y === null && met.met !== 'met';
  const { status, why } = classifyStatus(
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
  );
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
  m.met = met.met;
  m.metStretch = metS.met;
  m.due = due;
  m.achieved = achieved;
  m.uncertain = met.uncertain || metS.uncertain;
  m.tau = tau;
  m.piLin = piLin;
  m.piGeo = piGeo;
  m.pi = pi;
  m.cObs = cObs;
  m.cReq = cReq;
  m.cRem = cRem;
  m.cMax = cMax;
  m.ratio = R;
  m.projection = projection;
  m.projectionWeighted = projectionWeighted;
  m.trendPoints = trendPoints;
  m.gap = hasBase ? anticipatedGap(s.base!, projection, s.target) : null;
  m.gapWeighted = hasBase ? anticipatedGap(s.base!, projectionWeighted, s.target) : null;
  m.attainment = attainment(s.shownActual, s.shownTarget, d);
  m.attainmentStretch = s.shownStretch !== null ? attainment(s.shownActual, s.shownStretch, d) : null;
  m.yearsAhead = hasBase && Y !== null ? yearsAhead(s.baseYear!, s.year, Y, pi) : null;
  m.eta = eta;
  m.score = JUDGED.has(status) ? progressScore(R, achieved) : null;
  m.boundFactor = C;
  m.onTrack = onTrack;
  m.acceleration = acceleration;
  return m;
}

const NOT_MET = { met: 'not_met' as Met, uncertain: false };

/**
 * Compute every measure, the status, the score and the reason of one judged year from its measure space
 * (module-internal; the row and the columnar paths both end here, so their verdicts agree).
 *
 * Complexity: O(years in the series).
 *
 * @example
 * measure(ctx, space, 2021).status // 'achieved'
 * @throws never.
 */
export function measure(ctx: Ctx, s: Space, deadline: number | null, into?: Measures): GapRow {
  const t = ctx.target;
  const d = ctx.d;
  const row = blank(ctx, deadline, s.method);
  const m = computeMeasures(ctx, s, deadline, into ?? newMeasures());
  const { status, why, due, achieved } = m;
  const Y = deadline;
  const hasBase = s.baseYear !== null && s.base !== null;
  const cMax = m.cMax;
  const cReq = m.cReq;

  row.base_year_used = s.baseYear;
  row.base_value = s.shownBase;
  row.base_rule = s.baseRule;
  row.judged_year = s.year;
  row.actual_year = s.year;
  row.actual_value = s.shownActual;
  row.actual_bound = s.bound === '=' ? null : s.bound;
  row.actual_preliminary = s.preliminary;
  row.target_value = s.shownTarget;
  row.stretch_value = s.shownStretch;
  row.attainment = m.attainment;
  row.attainment_stretch = m.attainmentStretch;
  row.progress_linear = m.piLin;
  row.progress_geometric = m.piGeo;
  row.tau = m.tau;
  row.schedule_gap = scheduleGap(m.pi, m.tau);
  row.schedule_ratio = scheduleRatio(m.pi, m.tau);
  row.cagr_observed = m.cObs;
  row.cagr_required = cReq;
  row.cagr_required_max = cMax;
  row.cagr_required_remaining = m.cRem;
  row.ratio_r = m.ratio;
  row.projection = m.projection;
  row.years_ahead = m.yearsAhead;
  row.eta_year = m.eta;
  row.uncertain = m.uncertain;
  row.actual_source = s.source;
  row.actual_quote = s.quote;
  row.score = m.score;
  row.projection_weighted = m.projectionWeighted;
  row.trend_points = m.trendPoints;
  row.anticipated_gap = m.gap;
  row.anticipated_progress = m.gap === null ? null : 1 - m.gap;
  row.anticipated_gap_weighted = m.gapWeighted;
  row.anticipated_progress_weighted = m.gapWeighted === null ? null : 1 - m.gapWeighted;
  row.bound_factor = m.boundFactor;
  if (m.boundFactor !== null) {
    row.thresholds = `${row.thresholds};bound_factor=${round4(m.boundFactor)}`;
  }
  setStatus(row, status, '');
  const metS = { met: m.metStretch };

  const unit = t.kind === 'growth' ? 'percent' : t.kind === 'multiple' ? s.rowUnit : t.unit;
  const parts: string[] = [];
  const boundText = s.bound && s.bound !== '=' ? ` (published as ${s.bound === '~' ? '约' : s.bound})` : '';
  parts.push(
    `${why}: ${s.year} ${formatValue(s.shownActual, unit)}${boundText} against ${formatValue(s.shownTarget, unit)}${Y !== null ? ` due ${Y}` : ''}`,
  );
  if (s.shownStretch !== null && !t.stretch) {
    const word = metS.met === 'met' ? 'met' : metS.met === 'unknown' ? 'cannot be confirmed' : 'not met';
    parts.push(`力争 ${formatValue(s.shownStretch, unit)} ${word}`);
  }
  if (status === 'missed' && row.attainment !== null) {
    parts.push(`attainment ${(row.attainment * 100).toFixed(1)}%`);
  }
  if (row.uncertain) {
    parts.push(
      `uncertain: the approximate figure ±${formatValue(s.tolerance, unit)} straddles the threshold`,
    );
  }
  if (s.preliminary) parts.push('preliminary (预计) figure');
  if (ctx.earliestDeadline !== null && cMax !== null && cReq !== null) {
    const last = t.deadline_year_max!;
    const cMin = hasBase ? cagr(s.base!, s.target, last - s.baseYear!) : null;
    if (cMin !== null) {
      parts.push(
        `required CAGR band ${(cMin * 100).toFixed(2)}%–${(cMax * 100).toFixed(2)}% for ${ctx.earliestDeadline}–${last}`,
      );
    }
  }
  if (!due && achieved) {
    // 提前实现 but falling: the Open SDG / gap-methods "achieved at risk" reading, as a note.
    let prev: number | null = null;
    s.eachYear((y, value) => {
      if (y === s.year - 1) prev = value;
    });
    if (prev !== null && d * (s.shownActual - prev) < 0) {
      parts.push(`at risk: down from ${formatValue(prev, unit)} in ${s.year - 1}`);
    }
  }
  if (due && achieved && t.kind === 'intensity') {
    const lapsed: number[] = [];
    s.eachYear((y, value, bound) => {
      if (y <= s.year || y > ctx.asOf) return;
      if (meets(value, bound, s.shownTarget, t.comparator, d, s.tolerance).met === 'not_met') lapsed.push(y);
    });
    lapsed.sort((a, b) => a - b);
    if (lapsed.length) parts.push(`no longer met in ${lapsed.join(', ')}`);
  }
  if (t.value_max !== null && t.kind !== 'multiple') {
    parts.push(
      `the target is a range ${formatValue(t.value, unit)}–${formatValue(t.value_max, unit)}: judged on its lower end`,
    );
  }
  parts.push(...s.notes);
  row.reason = parts.join('; ');
  return row;
}
