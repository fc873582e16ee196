/**
 * The mentions table: one row per quantity in a document, with its role. Targets are its `role = target` view (each
 * target mention lists the ids of its target rows); outcomes and estimates become actuals (`actualsFromText`).
 */
import type { BaseUnit, Comparator } from '../quantities/types.js';
import type { TargetKind } from '../targets/types.js';
import type { MentionRole } from './roles.js';

/** One quantity of a document. Nullable fields are `null` when the text does not say or the role has none. */
export interface MentionRow {
  /** `<doc_id>:<span_start>` of the figure. */
  mention_id: string;
  doc_id: string;
  region: string;
  region_code: string | null;
  role: MentionRole;
  /** 力争/争取: a stretch figure (targets only). */
  stretch: boolean;
  /** What is measured, in the text's words (地区生产总值), or '' when the phrase names nothing. */
  subject: string;
  metric: string;
  kind: TargetKind;
  comparator: Comparator | null;
  value: number;
  value_max: number | null;
  unit: BaseUnit;
  /** The unit as written (亿元, %, 万吨). */
  source_unit: string;
  /** For outcomes and estimates: the year the value is for, and the first year of a multi-year period. */
  period_year: number | null;
  period_start_year: number | null;
  /** For targets: the deadline of its (first) target row. */
  deadline_year: number | null;
  scope: string;
  /** From the subject to the end of the figure: `document.slice(span_start, span_end) === quote`. */
  quote: string;
  span_start: number;
  span_end: number;
  /** The target rows this figure gave (`|` in CSV), for role `target`. */
  target_ids: string[];
  /** The target head's probability, when it was asked. */
  p_target: number | null;
  /** Why the role was given. */
  why: string;
}

/** The columns of the mentions table, in output order. */
export const MENTION_COLUMNS = [
  'mention_id',
  'doc_id',
  'region',
  'region_code',
  'role',
  'stretch',
  'subject',
  'metric',
  'kind',
  'comparator',
  'value',
  'value_max',
  'unit',
  'source_unit',
  'period_year',
  'period_start_year',
  'deadline_year',
  'scope',
  'quote',
  'span_start',
  'span_end',
  'target_ids',
  'p_target',
  'why',
] as const satisfies readonly (keyof MentionRow)[];
