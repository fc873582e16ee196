/**
 * The gap engine: one driver loop over targets, whatever API was called. Each target's series is read through a
 * per-year view (filled from row objects or from typed columns), built into a measure space by its kind, measured,
 * and handed to a writer (row objects or typed columns) through the one table of output fields.
 */
import type { TargetRow } from '../targets/types.js';
import { buildGrowth } from './build-growth.js';
import { buildLevel } from './build-level.js';
import { buildSum } from './build-sum.js';
import type { Judged } from './fields.js';
import { type GapTarget, type ResolvedForm, resolveForm } from './forms.js';
import type { Series } from './input.js';
import { computeMeasures, type Measures, newMeasures } from './measure.js';
import { methodName } from './method.js';
import {
  formatThresholds,
  type GapThresholds,
  type JudgeOptions,
  type ReviewThresholds,
  resolveReview,
  resolveThresholds,
} from './options.js';
import { directionOf } from './series.js';
import { type Built, type Ctx, JUDGED } from './space.js';
import type { Direction, GapStatus } from './types.js';
import { type SeriesView, type ViewFilter, Workspace } from './view.js';

/** Options resolved once for many targets (thresholds checked, their text built), with the caller's name. */
export interface JudgeSettings {
  th: GapThresholds;
  review: ReviewThresholds;
  window: number | null;
  thresholdsText: string;
  refScope: string;
  direction: Direction | undefined;
  /** The public function the user called, named in errors. */
  caller: string;
}

/**
 * Resolve and check judge options once, for many targets.
 *
 * Complexity: O(1).
 *
 * @example
 * judgeSettings({ window: 5 }, 'computeGaps').window // 5
 * @throws {RangeError} naming `caller` when thresholds are invalid, the window is not a positive whole number, or
 * asOf is not a whole year.
 */
export function judgeSettings(options: JudgeOptions = {}, caller = 'judgeTarget'): JudgeSettings {
  const th = resolveThresholds(options.thresholds, caller);
  const review = resolveReview(options.review, caller);
  const window = options.window ?? null;
  if (window !== null && (!Number.isInteger(window) || window <= 0)) {
    throw new RangeError(`${caller}: window must be a positive whole number of years, got ${window}`);
  }
  if (options.asOf !== undefined && !Number.isInteger(options.asOf)) {
    throw new RangeError(`${caller}: asOf must be a whole year, got ${options.asOf}`);
  }
  return {
    th,
    review,
    window,
    thresholdsText: formatThresholds(th, review, window),
    refScope: options.referenceScope ?? '全市',
    direction: options.direction,
    caller,
  };
}

/** One target for the engine: its series, the paired indicator's series when given apart, how it was matched. */
export interface EngineItem {
  target: GapTarget;
  series: Series;
  /** For a target relative to another indicator: that indicator's series (else it is read from `series`). */
  reference: Series | null;
  /** How the pairing was made, or `null` when unmatched; the matcher's reason or caveat. */
  method: string | null;
  reason: string | null;
  /** The paired 力争 target, when there is one. */
  stretch: TargetRow | null;
}

/** Where the engine writes judged years: row objects or typed columns. Returns the written row's number. */
export interface GapWriter {
  write(j: Judged, item: number): number;
  /** The zone roll-up of a written row (group_met / group_total). */
  setGroup(row: number, met: number, total: number): void;
}

/** The engine's state for one call: views and the reusable measures (no module-level state). */
export class Engine {
  private readonly ws = new Workspace();
  private readonly m: Measures = newMeasures();

  private writer: GapWriter;

  constructor(
    private readonly settings: JudgeSettings,
    private readonly asOf: number | undefined,
    writer: GapWriter,
    /** Build reason notes (rows); the column writer needs numbers only. */
    private readonly text: boolean,
  ) {
    this.writer = writer;
  }

  /** Write the next targets' rows to another writer. */
  writeTo(writer: GapWriter): this {
    this.writer = writer;
    return this;
  }

  /**
   * Judge one target into the writer: one row per judged year (each year of a range of deadlines, each year of an
   * annual target) and per zone of a zone class; `index` is the target's position, written with each row.
   *
   * @throws {RangeError} naming the caller when the target's form is unknown or a figure's year is out of range.
   */
  judge(item: EngineItem, index: number): void {
    this.ws.release();
    const t = item.target;
    const { input, refs } = item.series;
    let asOf = this.asOf;
    if (asOf === undefined) {
      let max = Number.NEGATIVE_INFINITY;
      for (let j = 0; j < refs.length; j++) max = Math.max(max, input.year(refs[j]!));
      asOf = Number.isFinite(max) ? max : (t.deadline_year_max ?? t.deadline_year ?? 0);
    }
    const form = resolveForm(t, this.settings.caller);
    const ctx = this.context(t, form, asOf, item.stretch);
    const deadlines = deadlineYears(t, this.deadlines);
    const emit = (deadline: number | null, why: Finish) =>
      this.writer.write(this.finish(ctx, deadline, why, item, null), index);

    if (t.kind === 'reward') {
      for (const y of deadlines) {
        emit(y, {
          status: 'not_comparable',
          reason: 'a reward the policy promises (一次性奖励): not an outcome that actuals can be judged on',
        });
      }
      return;
    }
    const directed = t.comparator !== null && t.comparator !== '=' && t.comparator !== '~';
    if (form === 'qualitative' && !directed) {
      for (const y of deadlines) {
        emit(y, {
          status: 'not_comparable',
          reason: `a qualitative target (定性): no figure to judge against — “${t.quote}”`,
        });
      }
      return;
    }
    if (item.method === null || refs.length === 0) {
      const why = item.reason ?? 'no matching actual series';
      for (const y of deadlines) emit(y, { status: 'insufficient_data', reason: why });
      return;
    }
    if (t.kind === 'relative') {
      this.group(ctx, item, item.series, null, deadlines, index);
      return;
    }
    // One group per scope: the zones of a zone class are judged one by one, then rolled up.
    // One scope (the common case): judged on the view the scan fills; several (the zones of a zone class): one
    // group per zone, then rolled up.
    const view = this.fillMain(ctx, item, item.series);
    if (!view.mixedScopes) {
      const scope0 = input.scope(refs[0]!);
      this.group(
        ctx,
        item,
        item.series,
        scope0 === t.scope ? null : scope0,
        deadlines,
        index,
        undefined,
        view,
      );
      return;
    }
    const scopes: string[] = [];
    for (let j = 0; j < refs.length; j++) {
      const s = input.scope(refs[j]!);
      if (!scopes.includes(s)) scopes.push(s);
    }
    const written: { row: number; year: number | null; status: GapStatus }[] = [];
    for (const scope of scopes) {
      const groupRefs: number[] = [];
      for (let j = 0; j < refs.length; j++) if (input.scope(refs[j]!) === scope) groupRefs.push(refs[j]!);
      this.group(ctx, item, { input, refs: groupRefs }, scope, deadlines, index, written);
    }
    // Roll up the members of the class per judged year: how many met the target, of how many judged.
    const tally = new Map<number | null, { met: number; total: number }>();
    for (const w of written) {
      const c = tally.get(w.year) ?? { met: 0, total: 0 };
      if (w.status === 'achieved' || w.status === 'achieved_stretch') c.met++;
      if (JUDGED.has(w.status)) c.total++;
      tally.set(w.year, c);
    }
    for (const w of written) {
      const c = tally.get(w.year)!;
      this.writer.setGroup(w.row, c.met, c.total);
    }
  }

  /** The deadline years of the current target (refilled per target). */
  private readonly deadlines: (number | null)[] = [];
  /** The context of the current target (refilled per target: rows are written before the next one starts). */
  private ctx: Ctx | null = null;

  private context(t: GapTarget, form: ResolvedForm, asOf: number, stretch: TargetRow | null): Ctx {
    const s = this.settings;
    const kind = t.kind;
    const unitRule =
      kind === 'growth'
        ? 'stated'
        : (kind === 'relative' && t.aggregation !== 'cumulative' && t.aggregation !== 'annual_average') ||
            form === 'qualitative'
          ? 'any'
          : 'target';
    const c = this.ctx;
    if (c === null) {
      this.ctx = {
        target: t,
        stretch: stretch ?? (t.stretch ? t : null),
        form,
        d: s.direction ?? directionOf(t.comparator),
        asOf,
        th: s.th,
        review: s.review,
        window: s.window,
        thresholdsText: s.thresholdsText,
        earliestDeadline: t.deadline_year_max !== null ? t.deadline_year : null,
        refScope: s.refScope,
        unitRule,
        text: this.text,
      };
      return this.ctx;
    }
    c.target = t;
    c.stretch = stretch ?? (t.stretch ? t : null);
    c.form = form;
    c.d = s.direction ?? directionOf(t.comparator);
    c.asOf = asOf;
    c.earliestDeadline = t.deadline_year_max !== null ? t.deadline_year : null;
    c.unitRule = unitRule;
    return c;
  }

  /** Judge one group of rows (the whole series, or one zone's) at each of its judged years. */
  private group(
    ctx: Ctx,
    item: EngineItem,
    series: Series,
    scope: string | null,
    deadlines: (number | null)[],
    index: number,
    written?: { row: number; year: number | null; status: GapStatus }[],
    filled?: SeriesView,
  ): void {
    const t = ctx.target;
    const view = filled ?? this.fillMain(ctx, item, series);
    const reference = t.kind === 'relative' ? this.fillReference(ctx, item, series) : null;
    const out = (deadline: number | null, annualBase: number | null) => {
      const j = this.judgeYear(ctx, item, view, reference, series, deadline, annualBase, scope);
      const row = this.writer.write(j, index);
      written?.push({ row, year: j.deadline, status: j.m !== null ? j.m.status : j.status });
    };
    if (t.aggregation === 'annual') {
      let first = t.start_year;
      if (first === null) {
        let min = Number.POSITIVE_INFINITY;
        for (let j = 0; j < series.refs.length; j++) min = Math.min(min, series.input.year(series.refs[j]!));
        first = Number.isFinite(min) ? min : ctx.asOf;
      }
      const lastDeadline = t.deadline_year_max ?? t.deadline_year;
      const last = Math.min(lastDeadline ?? ctx.asOf, ctx.asOf);
      if (last < first) {
        const j = this.finish(
          ctx,
          first,
          {
            status: 'not_due',
            reason: `the first year of the annual target (${first}) is after ${ctx.asOf}`,
          },
          item,
          scope,
        );
        const row = this.writer.write(j, index);
        written?.push({ row, year: first, status: 'not_due' });
      }
      for (let y = first; y <= last; y++) out(y, y - 1);
    } else {
      for (const y of deadlines) out(y, null);
    }
  }

  /** The filters of the main and reference views (refilled per fill). */
  private readonly mainFilter = {} as ViewFilter;
  private readonly referenceFilter = {} as ViewFilter;

  private fillMain(ctx: Ctx, item: EngineItem, series: Series): SeriesView {
    const t = ctx.target;
    const relative = t.kind === 'relative';
    const paired = ctx.form === 'relative_indicator';
    const f = this.mainFilter;
    f.asOf = ctx.asOf;
    f.scope = relative && !paired ? ctx.refScope : null;
    f.notScope = true;
    f.subject = paired && item.reference === null ? (t.reference_subject ?? null) : null;
    f.notSubject = true;
    f.unitRule = ctx.unitRule;
    f.target = t;
    f.realOnly = t.kind === 'growth' && t.price_basis === 'real';
    return this.ws.view().fill(
      series,
      f,
      this.settings.caller,
      // levels: for every kind but growth, whose chain reads levels only when a rate is missing; growth rates:
      // for growth and relative targets
      t.kind !== 'growth',
      t.kind === 'growth' || relative,
    );
  }

  private fillReference(ctx: Ctx, item: EngineItem, series: Series): SeriesView {
    const t = ctx.target;
    const paired = ctx.form === 'relative_indicator';
    const f = this.referenceFilter;
    f.asOf = ctx.asOf;
    f.scope = paired ? null : ctx.refScope;
    f.notScope = false;
    f.subject = paired && item.reference === null ? (t.reference_subject ?? null) : null;
    f.notSubject = false;
    f.unitRule = ctx.unitRule;
    f.target = t;
    f.realOnly = false;
    return this.ws
      .view()
      .fill(paired && item.reference !== null ? item.reference : series, f, this.settings.caller);
  }

  /** Judge one deadline year (`annualBase` set for one year of an `annual` target: judged on that year alone). */
  private judgeYear(
    ctx: Ctx,
    item: EngineItem,
    view: SeriesView,
    reference: SeriesView | null,
    series: Series,
    deadline: number | null,
    annualBase: number | null,
    scope: string | null,
  ): Judged {
    const t = ctx.target;
    view.measured.clear();
    let built: Built;
    if (t.kind === 'growth') built = buildGrowth(ctx, view, series, deadline, annualBase);
    else if (
      t.kind !== 'multiple' &&
      (t.aggregation === 'cumulative' || t.aggregation === 'annual_average')
    ) {
      built = buildSum(ctx, view, series, deadline);
    } else built = buildLevel(ctx, view, series, deadline, annualBase, reference);
    if (!('method' in built)) {
      const why: Finish =
        'notComparable' in built
          ? { status: 'not_comparable', reason: built.notComparable }
          : built.notDue
            ? { status: 'not_due', reason: `no actual after the base year yet (as of ${ctx.asOf})` }
            : { status: 'insufficient_data', reason: built.insufficient || 'no usable actual' };
      return this.finish(ctx, deadline, why, item, scope);
    }
    return this.judged(
      ctx,
      deadline,
      built.method,
      item,
      scope,
      built,
      computeMeasures(ctx, built, deadline, this.m),
      'insufficient_data',
      '',
    );
  }

  /** The one judged-year record, refilled for each row (writers read it at once). */
  private readonly record = {} as Judged;

  private judged(
    ctx: Ctx,
    deadline: number | null,
    method: string,
    item: EngineItem,
    scope: string | null,
    space: Judged['space'],
    m: Judged['m'],
    status: GapStatus,
    reason: string,
  ): Judged {
    const j = this.record;
    j.ctx = ctx;
    j.deadline = deadline;
    j.method = method;
    j.space = space;
    j.m = m;
    j.status = status;
    j.reason = reason;
    j.matchMethod = item.method;
    j.matchReason = item.reason;
    j.scope = scope;
    j.rowsMemo = null;
    return j;
  }

  private finish(
    ctx: Ctx,
    deadline: number | null,
    why: Finish,
    item: EngineItem,
    scope: string | null,
  ): Judged {
    const method = methodName(ctx.target, ctx.form);
    return this.judged(ctx, deadline, method, item, scope, null, null, why.status, why.reason);
  }
}

/** A row that ends before any measure: its status and reason. */
interface Finish {
  status: GapStatus;
  reason: string;
}

/** The deadline years a target is judged at, into `out`: each year of a range; `[null]` when the text gives none. */
function deadlineYears(t: TargetRow, out: (number | null)[]): (number | null)[] {
  out.length = 0;
  if (t.deadline_year === null) {
    out.push(null);
    return out;
  }
  const last = t.deadline_year_max ?? t.deadline_year;
  for (let y = t.deadline_year; y <= last; y++) out.push(y);
  if (out.length === 0) out.push(t.deadline_year);
  return out;
}
