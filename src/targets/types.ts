/**
 * The targets table: one row per numeric target stated in a policy document.
 *
 * Column names are snake_case and fixed: `cluster-targets extract` writes exactly {@link TARGET_COLUMNS},
 * `data/targets.csv` holds the hand-reviewed rows for the seed documents, and the gap engine reads them.
 * Conventions for each field are documented in `docs/targets-schema.md`.
 */
import type { BaseUnit, Comparator } from '../quantities/types.js';

/** What kind of entity a target is about. */
export type SubjectType =
  | 'cluster'
  | 'industry'
  | 'indicator'
  | 'firms'
  | 'parks'
  | 'projects'
  | 'talent'
  | 'funds'
  | 'policy_reward'
  | 'buildings'
  | 'platforms'
  | 'other';

/** The form of a target. */
export type TargetKind =
  | 'level'
  | 'growth'
  | 'share'
  | 'count'
  | 'intensity'
  | 'multiple'
  | 'relative'
  | 'reward';

/** How the figure aggregates over time: at the deadline, every year, on average per year, or summed over the window. */
export type Aggregation = 'point' | 'annual' | 'annual_average' | 'cumulative';

/** The size tier a text names (万亿级, 千亿, 百亿…). */
export type Tier = '万亿' | '五千亿' | '千亿' | '五百亿' | '百亿' | '十亿';

/** Whether a growth figure is at comparable prices (real), current prices (nominal), or not said. */
export type PriceBasis = 'real' | 'nominal' | 'unspecified';

/** One numeric target. Nullable fields are `null` when the text does not say. */
export interface TargetRow {
  /** Stable id, deterministic from the document text (see docs/targets-schema.md). */
  target_id: string;
  /** The document's id: its file name without extension. */
  doc_id: string;
  /** The issuing region (武汉市…). */
  region: string;
  /** GB/T 2260 code of `region`, or `null` when unknown. */
  region_code: string | null;
  /** The entity group the target applies to (`全市`, `三大国家级开发区重点工业园区`, `黄州区`…). */
  scope: string;
  /** What is measured (`光电子信息`, `地区生产总值`, `规上工业企业`…). */
  subject: string;
  subject_type: SubjectType;
  /** The measured quantity (`产值`, `营业收入`, `增加值`, `税收`, `亩均税收`, `投资额`, `到位资金`, `数量`, `占比`, `增速`…). */
  metric: string;
  kind: TargetKind;
  aggregation: Aggregation;
  tier: Tier | null;
  comparator: Comparator | null;
  /** The target value in base units (lower end of a range). */
  value: number;
  /** Upper end of a range, else `null`. */
  value_max: number | null;
  unit: BaseUnit;
  /** True for 力争/争取 (stretch) figures. */
  stretch: boolean;
  /** Base year of a relative target (倍增, 翻一番, 增长X%), else `null`. */
  base_year: number | null;
  /** First year of the target window, else `null`. */
  start_year: number | null;
  /** The year by which the target is due (the earlier end of a range of deadlines). */
  deadline_year: number | null;
  /** The later end of a range of deadlines (力争用3-5年时间 from 2018 → 2023), else `null`. */
  deadline_year_max: number | null;
  price_basis: PriceBasis;
  /** 责任单位 / 责任处室, in the order the text lists them. */
  responsible: string[];
  /** The verbatim clause the target is stated in: `document.slice(span_start, span_end) === quote`. */
  quote: string;
  span_start: number;
  span_end: number;
}

/** The columns of the targets table, in output order. */
export const TARGET_COLUMNS = [
  'target_id',
  'doc_id',
  'region',
  'region_code',
  'scope',
  'subject',
  'subject_type',
  'metric',
  'kind',
  'aggregation',
  'tier',
  'comparator',
  'value',
  'value_max',
  'unit',
  'stretch',
  'base_year',
  'start_year',
  'deadline_year',
  'deadline_year_max',
  'price_basis',
  'responsible',
  'quote',
  'span_start',
  'span_end',
] as const satisfies readonly (keyof TargetRow)[];

/** Separator used for the `responsible` list in CSV output. */
export const RESPONSIBLE_SEPARATOR = '|';
