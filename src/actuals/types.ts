/**
 * The actuals table: published statistics that targets are judged against, one row per figure.
 */
import type { BaseUnit } from '../quantities/types.js';
import type { PriceBasis, TargetRow } from '../targets/types.js';

/** How a published value relates to the true figure: exact, 超过/突破 (`>`), 以上 (`>=`), 约/左右 (`~`). */
export type Bound = '=' | '>' | '>=' | '~' | '<' | '<=';

/** One published figure. */
export interface ActualRow {
  /** The region whose statistics these are (武汉市…). */
  region: string;
  /** GB/T 2260 code, or `null`. */
  region_code: string | null;
  /** The entity within the region: `全市`, a zone (东湖高新区), a district… */
  scope: string;
  /** What is measured, normalised through the dictionaries (`地区生产总值`, `光电子信息`…). */
  subject: string;
  /** The measured quantity (`产值`, `营业收入`, `增加值`, `产业规模`, `数量`, `占比`…). */
  metric: string;
  /** The indicator as the source named it, verbatim. */
  indicator: string;
  year: number;
  /** A partial-year period (`2021-01/11`, `2023Q1`), or `null` for a full year. */
  period: string | null;
  /** The value in base units, or `null` when only a growth rate was published. */
  value: number | null;
  /**
   * The base unit of `value`; a unit the unit table does not know is kept as the source wrote it (`万吨`), with the
   * value unconverted and a warning from the loader.
   */
  unit: ActualUnit | null;
  bound: Bound | null;
  /** Growth over the previous year in percent (12.2 means +12.2%), or `null`. */
  growth_pct: number | null;
  growth_bound: Bound | null;
  price_basis: PriceBasis;
  /** True for 预计 (preliminary) figures. */
  preliminary: boolean;
  /** Where the figure was read (URL or citation). */
  source: string;
  /** The verbatim phrase the figure was read from. */
  quote: string;
  /**
   * Caveats on the figure's caliber, `; `-separated (含软件, 不含农户, 规上, derived…); absent when none.
   * Added by the actuals loader (additive, optional).
   */
  note?: string;
  /** For figures read from a text (`actualsFromText`): the extractor's mention id and the quote's offsets. */
  mention_id?: string;
  span_start?: number;
  span_end?: number;
}

/** A base unit, or a unit the unit table does not know, as the source wrote it (`万吨`). */
export type ActualUnit = BaseUnit | (string & {});

/** An input row (or cell) that could not be used, with where and why. */
export interface RejectRow {
  file: string;
  /** 1-based row number in the input (header is row 1 for CSV; the sheet row for Excel). */
  row: number;
  /**
   * The column that caused the rejection (`数值`; for a sheet `表3!C5 (地区生产总值/2021年)`), or `''` when the whole
   * row is at fault.
   */
  column: string;
  reason: string;
  /** The raw row, as text. */
  raw: string;
  /** The sheet, for workbooks. */
  sheet?: string;
  /** The cell (`C5`), for workbooks. */
  cell?: string;
}

/** Value cells (value and growth cells that are not blank) of a load: `in === used + rejected`. */
export interface CellCount {
  in: number;
  used: number;
  rejected: number;
}

/**
 * What a loader returns: the rows used and the rows rejected (`rowsIn === rows.length + rejects.length`), the value
 * cells (`cells.in === cells.used + cells.rejected`), and warnings: cells rejected inside used rows (a `—` value next
 * to a published growth), a second value column, conflicting duplicates, a unit kept as written.
 */
export interface LoadResult {
  rows: ActualRow[];
  rejects: RejectRow[];
  rowsIn: number;
  cells: CellCount;
  warnings: RejectRow[];
}

/** The pairing of one target with the actual series it can be judged on. */
export interface TargetMatch {
  target: TargetRow;
  /** The actual rows of the matched series, sorted by year (may include preliminary rows, flagged). */
  series: ActualRow[];
  /** How the pairing was made (`exact`, `alias:社零`, `zone:东湖高新区`…); `null` when unmatched. */
  method: string | null;
  /** Why no series was found, or caveats about the one that was; `null` when matched cleanly. */
  reason: string | null;
  /**
   * Every actual series of the target's region the matcher considered (same or similar subject), with its score and
   * why it was taken or refused. Absent when the match was made by another matcher.
   */
  candidates?: MatchCandidate[];
}

/** One candidate series for a target: an actual subject at a place, in one metric and unit. */
export interface MatchCandidate {
  /** The actual subject and one indicator text of the series, as loaded. */
  subject: string;
  indicator: string;
  /** The place the series is for (全国, 武汉市, 东湖新技术开发区…). */
  place: string;
  metric: string;
  unit: string | null;
  years: number[];
  /** Subject score: 1 a mapping row, 0.95 the same dictionary entry, 0.9 the same name key, 0 another name. */
  score: number;
  /** How the subject was paired (`exact`, `name`, `alias:社零`, `mapping:A→B`) or `different name`. */
  via: string;
  taken: boolean;
  /** `taken: …` or `refused: …` with the first check that failed. */
  why: string;
}
