/**
 * Runtime validation of targets rows: every field's type and vocabulary, and every quote found verbatim in its
 * document at its offsets.
 */
import { BASE_UNITS, COMPARATORS, TIERS } from '../quantities/types.js';
import type { TargetRow } from './types.js';
import { TARGET_COLUMNS } from './types.js';
import { AGGREGATIONS, PRICE_BASES, SUBJECT_TYPES, TARGET_KINDS } from './vocabulary.js';

/** One problem found in a row. */
export interface TargetIssue {
  /** 0-based index of the row in the input array. */
  row: number;
  target_id: string;
  column: string;
  message: string;
}

/**
 * Thrown by {@link validateTargets}: lists every problem, row and column.
 *
 * @example
 * try {
 *   validateTargets([{ ...targets[0]!, value: Number.NaN }]);
 * } catch (e) {
 *   (e as TargetValidationError).issues.map((i) => i.column) // ['value']
 * }
 */
export class TargetValidationError extends Error {
  readonly issues: TargetIssue[];
  constructor(issues: TargetIssue[]) {
    const shown = issues
      .slice(0, 20)
      .map((i) => `row ${i.row} (${i.target_id || 'no id'}) column ${i.column}: ${i.message}`)
      .join('\n  ');
    super(
      `${issues.length} invalid field(s) in targets rows:\n  ${shown}${issues.length > 20 ? '\n  …' : ''}`,
    );
    this.name = 'TargetValidationError';
    this.issues = issues;
  }
}

/** Documents to check quotes against: a map from `doc_id` to text, or a lookup function. */
export type DocumentLookup = Record<string, string> | ((docId: string) => string | undefined);

const TIER_NAMES = TIERS.map((t) => t.tier as string);
const isYear = (v: unknown) =>
  v === null || (Number.isInteger(v) && (v as number) >= 1949 && (v as number) <= 2100);

/**
 * Every problem in `rows` (empty when all are valid). See {@link validateTargets}.
 *
 * Complexity: O(rows × columns) plus the length of the quotes.
 *
 * @example
 * targetIssues([{ ...row, kind: 'bogus' }]) // [{ row: 0, column: 'kind', message: 'not one of level, growth, …' }]
 */
export function targetIssues(rows: readonly unknown[], documents?: DocumentLookup): TargetIssue[] {
  const issues: TargetIssue[] = [];
  const lookup =
    documents === undefined
      ? undefined
      : typeof documents === 'function'
        ? documents
        : (id: string) => documents[id];
  const ids = new Set<string>();
  rows.forEach((raw, row) => {
    const r = (raw ?? {}) as Record<string, unknown>;
    const target_id = typeof r.target_id === 'string' ? r.target_id : '';
    const bad = (column: string, message: string) => issues.push({ row, target_id, column, message });
    for (const c of TARGET_COLUMNS) if (!(c in r)) bad(c, 'missing');
    const str = (c: string, allowEmpty = false) => {
      if (typeof r[c] !== 'string' || (!allowEmpty && (r[c] as string).length === 0))
        bad(c, `must be a non-empty string, got ${JSON.stringify(r[c])}`);
    };
    const oneOf = (c: string, vocab: readonly (string | null)[]) => {
      if (!vocab.includes(r[c] as string | null))
        bad(c, `${JSON.stringify(r[c])} is not one of ${vocab.map(String).join(', ')}`);
    };
    str('target_id');
    if (target_id) {
      if (ids.has(target_id)) bad('target_id', `duplicate id ${target_id}`);
      ids.add(target_id);
    }
    str('doc_id');
    // '' when the text names no region and none was given (extract reads it from the text, and says so)
    str('region', true);
    if (r.region_code !== null && !(typeof r.region_code === 'string' && /^\d{6}$/.test(r.region_code)))
      bad('region_code', `must be a 6-digit GB/T 2260 code or null, got ${JSON.stringify(r.region_code)}`);
    str('scope');
    str('subject');
    oneOf('subject_type', SUBJECT_TYPES);
    str('metric');
    oneOf('kind', TARGET_KINDS);
    oneOf('aggregation', AGGREGATIONS);
    oneOf('tier', [...TIER_NAMES, null]);
    oneOf('comparator', [...COMPARATORS, null]);
    if (typeof r.value !== 'number' || !Number.isFinite(r.value))
      bad('value', `must be a finite number, got ${JSON.stringify(r.value)}`);
    if (r.value_max !== null) {
      if (typeof r.value_max !== 'number' || !Number.isFinite(r.value_max))
        bad('value_max', `must be a finite number or null, got ${JSON.stringify(r.value_max)}`);
      else if (typeof r.value === 'number' && r.value_max < r.value)
        bad('value_max', `${r.value_max} is below value ${r.value}`);
    }
    oneOf('unit', BASE_UNITS);
    if (typeof r.stretch !== 'boolean')
      bad('stretch', `must be true or false, got ${JSON.stringify(r.stretch)}`);
    for (const c of ['base_year', 'start_year', 'deadline_year', 'deadline_year_max'])
      if (!isYear(r[c])) bad(c, `must be a year (1949–2100) or null, got ${JSON.stringify(r[c])}`);
    if (
      typeof r.deadline_year_max === 'number' &&
      (typeof r.deadline_year !== 'number' || r.deadline_year_max < r.deadline_year)
    )
      bad('deadline_year_max', `${r.deadline_year_max} needs a deadline_year at or before it`);
    oneOf('price_basis', PRICE_BASES);
    if (!Array.isArray(r.responsible) || !r.responsible.every((x) => typeof x === 'string' && x.length > 0))
      bad('responsible', `must be an array of non-empty strings, got ${JSON.stringify(r.responsible)}`);
    str('quote');
    const s = r.span_start;
    const e = r.span_end;
    if (!Number.isInteger(s) || (s as number) < 0) bad('span_start', `must be an integer ≥ 0, got ${s}`);
    if (!Number.isInteger(e) || (e as number) < (s as number))
      bad('span_end', `must be an integer ≥ span_start, got ${e}`);
    else if (typeof r.quote === 'string' && (e as number) - (s as number) !== r.quote.length)
      bad(
        'span_end',
        `span length ${(e as number) - (s as number)} differs from quote length ${r.quote.length}`,
      );
    if (lookup && typeof r.doc_id === 'string' && typeof r.quote === 'string' && Number.isInteger(s)) {
      const text = lookup(r.doc_id);
      if (text === undefined) bad('doc_id', `no document text for ${r.doc_id}`);
      else if (text.slice(s as number, e as number) !== r.quote)
        bad(
          'quote',
          `document ${r.doc_id} at [${s}, ${e}) reads ${JSON.stringify(text.slice(s as number, e as number).slice(0, 40))}, not the quote ${JSON.stringify(r.quote.slice(0, 40))}`,
        );
    }
  });
  return issues;
}

/**
 * Check rows against the targets schema (docs/targets-schema.md) and return them typed: every column present,
 * vocabularies (`kind`, `subject_type`, `unit`, `comparator`…), years, spans, unique ids; with `documents`, also
 * that `document.slice(span_start, span_end) === quote`.
 *
 * Complexity: O(rows × columns) plus the length of the quotes.
 *
 * @example
 * const rows = validateTargets(extractTargets(text, { docId: 'd' }), { d: text });
 * @throws {TargetValidationError} listing every invalid field by row index, target_id and column.
 */
export function validateTargets(rows: readonly unknown[], documents?: DocumentLookup): TargetRow[] {
  const issues = targetIssues(rows, documents);
  if (issues.length > 0) throw new TargetValidationError(issues);
  return rows as TargetRow[];
}
