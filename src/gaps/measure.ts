/**
 * Every measure, the status, the score and the reason of one judged year (module-internal).
 */
import { attainment } from './attainment.js';
import { cagr } from './cagr.js';
import { formatValue } from './format.js';
import { progressGeometric, progressLinear } from './progress.js';
import { projectGeometric, projectLinear } from './projection.js';
import { ratioLinear, ratioR } from './ratio.js';
import { blank, setStatus } from './row.js';
import { scheduleGap, scheduleRatio, scheduleTau } from './schedule.js';
import { progressScore } from './score.js';
import { meets, metState } from './series.js';
import type { Ctx, Space } from './space.js';
import { JUDGED } from './space.js';
import { classifyStatus, type Met } from './status.js';
import { etaGeometric, etaLinear, yearsAhead } from './timing.js';
import type { GapRow } from './types.js';

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
export function measure(ctx: Ctx, s: Space, deadline: number | null): GapRow {
  const t = ctx.target;
  const d = ctx.d;
  const row = blank(ctx, deadline, s.method);
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
      : { met: 'not_met' as Met, uncertain: false };
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
  let firstMet: number | null = null;
  s.eachYear((y, value, bound) => {
    if (y > s.year || (s.baseYear !== null && y <= s.baseYear) || (firstMet !== null && y >= firstMet))
      return;
    if (metState(value, bound, s.shownTarget, t.comparator, d) === 'met') firstMet = y;
  });

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
    ctx.th,
  );
  const achieved = status === 'achieved' || status === 'achieved_stretch';
  let eta: number | null = null;
  if (met.met === 'met' && s.earlyCounts && firstMet !== null) eta = firstMet;
  else if (!due && hasBase && n > 0) {
    eta = s.linear
      ? etaLinear(s.actual, s.target, slope, s.year)
      : etaGeometric(s.actual, s.target, cObs, s.year);
  }

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
  row.attainment = attainment(s.shownActual, s.shownTarget, d);
  row.attainment_stretch = s.shownStretch !== null ? attainment(s.shownActual, s.shownStretch, d) : null;
  row.progress_linear = piLin;
  row.progress_geometric = piGeo;
  row.tau = tau;
  row.schedule_gap = scheduleGap(pi, tau);
  row.schedule_ratio = scheduleRatio(pi, tau);
  row.cagr_observed = cObs;
  row.cagr_required = cReq;
  row.cagr_required_max = cMax;
  row.cagr_required_remaining = cRem;
  row.ratio_r = R;
  row.projection = projection;
  row.years_ahead = hasBase && Y !== null ? yearsAhead(s.baseYear!, s.year, Y, pi) : null;
  row.eta_year = eta;
  row.uncertain = met.uncertain || metS.uncertain;
  row.actual_source = s.source;
  row.actual_quote = s.quote;
  row.score = JUDGED.has(status) ? progressScore(R, achieved) : null;
  setStatus(row, status, '');

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
