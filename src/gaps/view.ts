/**
 * The per-year view of one series that every builder reads: for each year, the row that stands for it (a final
 * figure before a 预计 one, an exact figure before a bound, else the first in input order), for levels and for
 * growth rates separately; and a scratch series of the values as measured (levels, chained growth, sums). Filled
 * from an {@link ActualsInput}, so row objects and typed columns give the same view. Views live in a
 * {@link Workspace} that one call of the engine owns (no module-level state).
 */
import type { Bound } from '../actuals/types.js';
import type { TargetRow } from '../targets/types.js';
import type { ActualsInput, Series } from './input.js';
import { blankSpace, type Space, type UnitRule, unitAccepts } from './space.js';

/** The first year a view can hold, and how many. Figures outside 1800–2311 are refused with an error. */
export const YEAR0 = 1800;
export const SLOTS = 512;

const UNRANKED = 255;

/** Values by year as a measure reads them: which years, each year's value and bound. */
export interface YearSeries {
  readonly years: Int32Array;
  readonly n: number;
  has(year: number | null): year is number;
  valueOf(year: number): number;
  boundOf(year: number): Bound | null;
}

/** The best row per year for one field (levels or growth rates). */
export class YearIndex implements YearSeries {
  readonly ref = new Int32Array(SLOTS).fill(-1);
  /** The figure of the chosen row (read once, when offered). */
  readonly val = new Float64Array(SLOTS);
  readonly rank = new Uint8Array(SLOTS);
  /** The years filled, in the order first seen. */
  readonly years = new Int32Array(SLOTS);
  n = 0;

  clear(): void {
    for (let j = 0; j < this.n; j++) this.ref[this.years[j]! - YEAR0] = -1;
    this.n = 0;
  }

  has(year: number | null): year is number {
    if (year === null) return false;
    const s = year - YEAR0;
    return s >= 0 && s < SLOTS && this.ref[s] !== -1;
  }

  /** The row reference for a year (−1 when none). */
  get(year: number): number {
    const s = year - YEAR0;
    return s >= 0 && s < SLOTS ? this.ref[s]! : -1;
  }

  /**
   * Offer row `k` for `year`; `rankOf(k)` is its preference (lower is better; ties keep the earlier row), read only
   * when the year already has a row (most years have one).
   */
  offer(year: number, k: number, value: number, rankOf: (k: number) => number): void {
    const s = year - YEAR0;
    const prev = this.ref[s]!;
    if (prev === -1) {
      this.ref[s] = k;
      this.val[s] = value;
      this.rank[s] = UNRANKED;
      this.years[this.n++] = year;
      return;
    }
    if (this.rank[s] === UNRANKED) this.rank[s] = rankOf(prev);
    const rank = rankOf(k);
    if (rank < this.rank[s]!) {
      this.ref[s] = k;
      this.val[s] = value;
      this.rank[s] = rank;
    }
  }

  /** The figure of a year that {@link has} (unchecked). */
  value(year: number): number {
    return this.val[year - YEAR0]!;
  }

  /** How the bound of a chosen row is read (set by the scan that fills the index). */
  boundReader: (k: number) => Bound | null = () => null;

  valueOf(year: number): number {
    return this.val[year - YEAR0]!;
  }

  boundOf(year: number): Bound | null {
    return this.boundReader(this.ref[year - YEAR0]!);
  }

  /** The latest year up to `upTo` for which `ok` holds, or `null`. */
  latest(upTo: number, ok?: (y: number) => boolean): number | null {
    let best: number | null = null;
    for (let j = 0; j < this.n; j++) {
      const y = this.years[j]!;
      if (y <= upTo && (best === null || y > best) && (ok === undefined || ok(y))) best = y;
    }
    return best;
  }

  /** The filled years, sorted. */
  sortedYears(): number[] {
    return Array.from(this.years.subarray(0, this.n)).sort((a, b) => a - b);
  }
}

/** Values by year in the measure's own terms (a level, a chained growth rate, a running sum, a difference). */
export class YearValues implements YearSeries {
  readonly value = new Float64Array(SLOTS);
  readonly bound: (Bound | null)[] = new Array(SLOTS).fill(null);
  readonly years = new Int32Array(SLOTS);
  private readonly stamp = new Int32Array(SLOTS);
  private gen = 1;
  n = 0;

  clear(): void {
    this.n = 0;
    this.gen++;
  }

  /** Set a year (each year at most once between clears). */
  set(year: number, value: number, bound: Bound | null): void {
    const s = year - YEAR0;
    this.value[s] = value;
    this.bound[s] = bound;
    this.stamp[s] = this.gen;
    this.years[this.n++] = year;
  }

  has(year: number | null): year is number {
    if (year === null) return false;
    const s = year - YEAR0;
    return s >= 0 && s < SLOTS && this.stamp[s] === this.gen;
  }

  /** The value of a year that {@link has} (unchecked). */
  get(year: number): number {
    return this.value[year - YEAR0]!;
  }

  valueOf(year: number): number {
    return this.value[year - YEAR0]!;
  }

  boundOf(year: number): Bound | null {
    return this.bound[year - YEAR0]!;
  }

  /** Visit every year set, in the order set. */
  each(visit: (year: number, value: number, bound: Bound | null) => void): void {
    for (let j = 0; j < this.n; j++) {
      const y = this.years[j]!;
      visit(y, this.value[y - YEAR0]!, this.bound[y - YEAR0]!);
    }
  }
}

/** What a view keeps, besides full-year finite figures up to `asOf`. */
export interface ViewFilter {
  asOf: number;
  /** Keep only rows of this subject (`null`: any)… or, when `notSubject`, only rows of other subjects. */
  subject: string | null;
  notSubject: boolean;
  /** Keep only rows of this scope (`null`: any scope)… */
  scope: string | null;
  /** …or, when true, only rows *not* of that scope (the subject side of a relative target). */
  notScope: boolean;
  unitRule: UnitRule;
  /** The target whose unit the `target` rule compares with. */
  target: TargetRow;
  /** Drop growth rates at current prices (a real-terms growth target). */
  realOnly: boolean;
}

/** The view of one series: the best row per year for levels and for growth rates, and a scratch measured series. */
export class SeriesView {
  readonly levels = new YearIndex();
  readonly growth = new YearIndex();
  readonly measured = new YearValues();
  /** The measure space the level builder refills (read before the next build of this view). */
  readonly space: Space = blankSpace(this.measured);
  input: ActualsInput | null = null;

  private series: Series | null = null;
  private filter: ViewFilter | null = null;
  private caller = '';
  private levelsFilled = false;
  /** After a fill without a scope filter: true when the series holds rows of several scopes (zones). */
  mixedScopes = false;
  /** The preference of a row for a year: a final figure before a 预计 one, an exact figure before a bound. */
  private readonly levelRank = (k: number) =>
    (this.input!.preliminary(k) ? 2 : 0) + boundRank(this.input!.bound(k));
  private readonly levelBound = (k: number) => this.input!.bound(k);
  private readonly growthBound = (k: number) => this.input!.growthBound(k);
  private readonly growthRank = (k: number) =>
    (this.input!.preliminary(k) ? 2 : 0) + boundRank(this.input!.growthBound(k));

  /**
   * Fill from the rows of `series` that pass `filter`, in one pass: the growth layer when `growth` is set, the
   * levels layer when `levels` is set (else on the first {@link ensureLevels}).
   *
   * @throws {RangeError} naming `caller` when a figure's year is outside 1800–2311.
   */
  fill(series: Series, filter: ViewFilter, caller: string, levels = true, growth = true): this {
    this.levels.clear();
    this.growth.clear();
    this.measured.clear();
    this.input = series.input;
    this.series = series;
    this.filter = filter;
    this.caller = caller;
    this.levelsFilled = levels;
    this.mixedScopes = false;
    this.levels.boundReader = this.levelBound;
    this.growth.boundReader = this.growthBound;
    this.scan(levels, growth);
    return this;
  }

  /** Fill the levels layer if {@link fill} left it out (a growth chain with a missing rate reads levels). */
  ensureLevels(): void {
    if (this.levelsFilled) return;
    this.levelsFilled = true;
    this.scan(true, false);
  }

  private scan(levels: boolean, growth: boolean): void {
    const series = this.series!;
    const filter = this.filter!;
    const { input, refs } = series;
    let lastUnit: string | null | undefined;
    let lastUnitOk = false;
    const anyScope = filter.scope === null;
    const key0 =
      refs.length > 0 && anyScope && refs[0]! >>> 0 === refs[0] && refs[0]! < input.size
        ? input.scopeKey(refs[0]!)
        : null;
    let mixed = false;
    const size = input.size;
    for (let j = 0; j < refs.length; j++) {
      const k = refs[j]!;
      if (!(k >>> 0 === k && k < size)) {
        throw new RangeError(`${this.caller}: row ${k} is outside the table of ${size} rows`);
      }
      if (anyScope && !mixed && input.scopeKey(k) !== key0) mixed = true;
      const year = input.year(k);
      if (year > filter.asOf) continue;
      if (filter.scope !== null && (input.scope(k) === filter.scope) === filter.notScope) continue;
      if (filter.subject !== null && (input.subject(k) === filter.subject) === filter.notSubject) continue;
      if (!input.fullYear(k)) continue;
      if (year < YEAR0 || year >= YEAR0 + SLOTS) {
        throw new RangeError(
          `${this.caller}: an actual figure for ${year} is outside the years the engine reads (${YEAR0}–${YEAR0 + SLOTS - 1})`,
        );
      }
      if (levels) {
        const v = input.value(k);
        if (Number.isFinite(v)) {
          const u = input.unit(k);
          if (u !== lastUnit) {
            lastUnit = u;
            lastUnitOk = unitAccepts(filter.unitRule, filter.target, u);
          }
          if (lastUnitOk) this.levels.offer(year, k, v, this.levelRank);
        }
      }
      if (growth) {
        const g = input.growth(k);
        if (Number.isFinite(g) && !(filter.realOnly && input.nominal(k))) {
          this.growth.offer(year, k, g, this.growthRank);
        }
      }
    }
    if (mixed) this.mixedScopes = true;
  }

  /** The input the view was filled from. */
  source(): ActualsInput {
    if (this.input === null) throw new Error('SeriesView: read before fill');
    return this.input;
  }
}

function boundRank(b: Bound | null): number {
  return b === null || b === '=' ? 0 : 1;
}

/** The views and scratch space one call of the engine owns, reused target after target. */
export class Workspace {
  private readonly views: SeriesView[] = [];
  private used = 0;
  /** An identity list of row references, for row-object series (`0…n−1`). */
  private identity = new Int32Array(0);

  /** A fresh view (released by {@link release}). */
  view(): SeriesView {
    if (this.used === this.views.length) this.views.push(new SeriesView());
    return this.views[this.used++]!;
  }

  /** Release every view taken since the last release (call once per target). */
  release(): void {
    this.used = 0;
  }

  /** `0…n−1` as row references. */
  range(n: number): Int32Array {
    if (this.identity.length < n) {
      this.identity = new Int32Array(Math.max(n, this.identity.length * 2));
      for (let i = 0; i < this.identity.length; i++) this.identity[i] = i;
    }
    return this.identity.subarray(0, n);
  }
}
