/**
 * Types of the tiers area: ladders (万亿/千亿/百亿… tiers and firm-size bands), the seeds' reward schedules, and
 * 亩均 floors. Every figure that comes from a seed document carries its verbatim quote and offsets into the seed
 * (`loadSeed(doc_id).slice(span_start, span_end) === quote`).
 */
import type { ColumnTable } from 'arquero';
import type { BaseUnit, Comparator } from '../quantities/types.js';

/** A table as the tiers functions accept it: an arquero table or an array of plain row objects. */
export type TableInput = ColumnTable | readonly object[];

/** Where a figure or definition comes from. `doc_id` is `null` for definitions not taken from a seed. */
export interface SourceRef {
  /** Seed document id (file name without `.txt`), or `null` for an outside source. */
  doc_id: string | null;
  /** The verbatim clause in the seed, or a citation (title, URL) for an outside source. */
  quote: string;
  /** UTF-16 offsets of `quote` in the seed text, or `null` for an outside source. */
  span_start: number | null;
  span_end: number | null;
  /** How the figure was read from the quote, and any judgement made. */
  note: string;
}

/**
 * One rung of a ladder: values with `min <= value < max` belong to it (`max = null`: no upper bound).
 * With a ladder's `atThreshold = 'higher'` (the default, 以上 includes the number), a value equal to `min` is in
 * this tier; with `'lower'` (a strict 突破/超过 reading) it falls to the tier below.
 */
export interface LadderBand {
  /** The tier's name (`百亿企业`, `千亿`, `准百亿企业`). */
  tier: string;
  /** Lower bound in the ladder's unit. */
  min: number;
  /** Upper bound (exclusive), or `null` for the top band. */
  max: number | null;
  /**
   * What the everyday name means: `at_least` when `百亿企业` means "100亿元以上" (all firms at or above `min`),
   * `band` when the name means only this band (`准百亿企业` = 50-100亿元). Used to name subjects of counts.
   */
  reading: 'at_least' | 'band';
  /** Where the tier's definition comes from. */
  source: SourceRef;
}

/** A ladder: ordered tiers over one metric. */
export interface Ladder {
  /** Short id (`cluster_tiers`, `firm_tiers`). */
  id: string;
  /** Human name. */
  name: string;
  /** What the ladder classifies: `企业`, `产业集群`, `园区`… (used in subject names: `50-100亿元企业`). */
  entity: string;
  /** The metric the thresholds are stated on (`产值`, `主营业务收入`, `营业收入`). */
  metric: string;
  /** Unit of the thresholds (and of the values to classify). */
  unit: BaseUnit;
  /** Ties at a threshold: `higher` (以上 includes the number; default) or `lower` (strict 突破/超过 reading). */
  atThreshold: 'higher' | 'lower';
  /** Bands from the highest `min` to the lowest; contiguous or not. */
  bands: readonly LadderBand[];
  /** Notes on how the ladder was put together. */
  note: string;
}

/** A threshold reward: paid once, in the first year the metric reaches `threshold`. */
export interface ThresholdRule {
  kind: 'threshold';
  /** Threshold in yuan of the schedule's metric. */
  threshold: number;
  /** Reward in yuan. */
  amount: number;
  source: SourceRef;
}

/** A step reward: once for every further `every` reached above `from` (`from + every`, `from + 2·every`…). */
export interface StepRule {
  kind: 'step';
  /** The level the steps start from (the first step paid is `from + every`). */
  from: number;
  every: number;
  amount: number;
  source: SourceRef;
}

/** 首次进规: paid in the first year a firm is 规模以上 (above scale), if it was observed below scale before. */
export interface EntryRule {
  kind: 'entry';
  amount: number;
  source: SourceRef;
}

/** 进规满N年: paid in year 进规 + `years`, if the firm stayed above scale in every year up to then. */
export interface TenureRule {
  kind: 'entry_tenure';
  years: number;
  amount: number;
  source: SourceRef;
}

/**
 * 连续N年增速 ≥ X%: paid once, in the last year of the first run of `years` consecutive years (after the 进规 year)
 * whose revenue growth over the previous year is at least `minGrowthPct` (含), for firms that 进规 for the first time.
 */
export interface GrowthRule {
  kind: 'entry_growth';
  years: number;
  minGrowthPct: number;
  amount: number;
  source: SourceRef;
}

/** One rule of a reward schedule. */
export type RewardRule = ThresholdRule | StepRule | EntryRule | TenureRule | GrowthRule;

/** A reward schedule: the rules a government pays firms under, with its validity window. */
export interface RewardSchedule {
  /** Short id (`wuhan_2018`, `huanggang_2023`). */
  id: string;
  region: string;
  doc_id: string | null;
  /** The revenue metric the thresholds are stated on. */
  metric: string;
  /** First and last year (inclusive) rewards are paid for, or `null` for no bound. */
  validFrom: number | null;
  validTo: number | null;
  /** Revenue at which a firm counts as 规模以上 when no above-scale column is given (yuan). */
  aboveScaleRevenue: number;
  rules: readonly RewardRule[];
  /** Where the validity window and the above-scale standard come from. */
  sources: readonly SourceRef[];
}

/** A 亩均 floor for a zone class (三大国家级开发区重点工业园区 ≥ 35万元/亩). */
export interface MuJunFloor {
  /** The zone class the floor applies to, as the text names it. */
  zone: string;
  /** The indicator (`亩均税收`). */
  metric: string;
  /** How a park's value must relate to `floor`. */
  comparator: Comparator;
  /** In yuan per 亩. */
  floor: number;
  /** The year the floor is for, or `null`. */
  year: number | null;
  source: SourceRef;
}
