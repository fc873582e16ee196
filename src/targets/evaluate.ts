/**
 * Evaluating extracted targets against a reviewed (gold) table: precision, recall and F1 per document and per
 * field, with every miss and every spurious row.
 *
 * Match rule (docs/targets-schema.md): a predicted row matches a gold row of the same document when their spans
 * overlap and value and unit agree; each row matches at most once (largest overlap first). Fields are then compared
 * on the matched pairs.
 */
import type { TargetRow } from './types.js';

/** Precision, recall and F1 of a set of predictions. */
export interface Scores {
  /** Matched (or, for a field, matched and agreeing) rows. */
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The fields compared on matched pairs; `deadline` is `deadline_year` and `deadline_year_max` together. */
export const EVALUATED_FIELDS = [
  'value',
  'unit',
  'comparator',
  'stretch',
  'deadline',
  'subject',
  'scope',
  'subject_type',
  'metric',
  'kind',
  'aggregation',
  'tier',
  'base_year',
  'start_year',
  'price_basis',
  'responsible',
] as const;

/** A field compared by {@link evaluateTargets}. */
export type EvaluatedField = (typeof EVALUATED_FIELDS)[number];

/** A matched pair that disagrees on one field. */
export interface FieldDisagreement {
  field: EvaluatedField;
  doc_id: string;
  predicted_id: string;
  gold_id: string;
  predicted: unknown;
  gold: unknown;
  quote: string;
}

/** The result of {@link evaluateTargets}. */
export interface TargetEvaluation {
  overall: Scores;
  /** Scores per document, in document order of the gold then predicted rows. */
  documents: ({ doc_id: string } & Scores)[];
  /** Field scores: a pair counts when it matched and the field agrees. */
  fields: Record<EvaluatedField, Scores>;
  /** Gold rows no prediction matched. */
  misses: TargetRow[];
  /** Predicted rows that match no gold row. */
  spurious: TargetRow[];
  /** The matched pairs, as [predicted, gold]. */
  matches: [TargetRow, TargetRow][];
  /** Every field disagreement on matched pairs. */
  disagreements: FieldDisagreement[];
}

function scores(tp: number, predicted: number, gold: number): Scores {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? (predicted === 0 ? 1 : 0) : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, predicted, gold, precision, recall, f1 };
}

/** True when two figures are the same number (relative tolerance 1e-6, or 0.005 absolute for 2/3 → 66.67). */
export function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.max(1e-6 * Math.max(Math.abs(a), Math.abs(b)), 0.005);
}

const norm = (s: string) => s.replace(/[\s“”"'‘’「」《》]/g, '');

function fieldAgrees(field: EvaluatedField, p: TargetRow, g: TargetRow): boolean {
  switch (field) {
    case 'value':
      return sameValue(p.value, g.value) && sameValue(p.value_max, g.value_max);
    case 'deadline':
      return p.deadline_year === g.deadline_year && p.deadline_year_max === g.deadline_year_max;
    case 'subject':
    case 'scope':
    case 'metric':
      return norm(p[field]) === norm(g[field]);
    case 'responsible':
      return p.responsible.join('|') === g.responsible.join('|');
    default:
      return p[field] === g[field];
  }
}

function fieldValue(field: EvaluatedField, r: TargetRow): unknown {
  if (field === 'value') return r.value_max === null ? r.value : [r.value, r.value_max];
  if (field === 'deadline')
    return r.deadline_year_max === null ? r.deadline_year : [r.deadline_year, r.deadline_year_max];
  return r[field];
}

/**
 * Compare predicted rows with gold rows.
 *
 * Complexity: O(p × g) per document for the candidate pairs, then O(k log k) to sort them.
 *
 * @example
 * const ev = evaluateTargets(seeds.extractTargets(), seeds.reviewedTargets());
 * ev.overall.f1; ev.misses.map((r) => r.quote)
 */
export function evaluateTargets(
  predicted: readonly TargetRow[],
  gold: readonly TargetRow[],
): TargetEvaluation {
  const docOrder: string[] = [];
  const byDoc = new Map<string, { p: TargetRow[]; g: TargetRow[] }>();
  const slot = (id: string) => {
    let s = byDoc.get(id);
    if (!s) {
      s = { p: [], g: [] };
      byDoc.set(id, s);
      docOrder.push(id);
    }
    return s;
  };
  for (const g of gold) slot(g.doc_id).g.push(g);
  for (const p of predicted) slot(p.doc_id).p.push(p);

  const matches: [TargetRow, TargetRow][] = [];
  const misses: TargetRow[] = [];
  const spurious: TargetRow[] = [];
  const documents: ({ doc_id: string } & Scores)[] = [];
  for (const doc of docOrder) {
    const { p, g } = byDoc.get(doc)!;
    const pairs: { i: number; j: number; overlap: number; agree: number }[] = [];
    p.forEach((pr, i) => {
      g.forEach((gr, j) => {
        const overlap = Math.min(pr.span_end, gr.span_end) - Math.max(pr.span_start, gr.span_start);
        const touching = overlap > 0 || (pr.span_start === gr.span_start && pr.span_end === gr.span_end);
        if (!touching || pr.unit !== gr.unit || !sameValue(pr.value, gr.value)) return;
        const agree = EVALUATED_FIELDS.filter((f) => fieldAgrees(f, pr, gr)).length;
        pairs.push({ i, j, overlap, agree });
      });
    });
    // best pairs first: most fields agreeing, then largest overlap, then text order
    pairs.sort((a, b) => b.agree - a.agree || b.overlap - a.overlap || a.j - b.j || a.i - b.i);
    const usedP = new Set<number>();
    const usedG = new Set<number>();
    for (const pair of pairs) {
      if (usedP.has(pair.i) || usedG.has(pair.j)) continue;
      usedP.add(pair.i);
      usedG.add(pair.j);
      matches.push([p[pair.i]!, g[pair.j]!]);
    }
    p.forEach((r, i) => {
      if (!usedP.has(i)) spurious.push(r);
    });
    g.forEach((r, j) => {
      if (!usedG.has(j)) misses.push(r);
    });
    documents.push({ doc_id: doc, ...scores(usedP.size, p.length, g.length) });
  }
  const disagreements: FieldDisagreement[] = [];
  const fields = {} as Record<EvaluatedField, Scores>;
  for (const f of EVALUATED_FIELDS) {
    let agree = 0;
    for (const [pr, gr] of matches) {
      if (fieldAgrees(f, pr, gr)) agree++;
      else
        disagreements.push({
          field: f,
          doc_id: gr.doc_id,
          predicted_id: pr.target_id,
          gold_id: gr.target_id,
          predicted: fieldValue(f, pr),
          gold: fieldValue(f, gr),
          quote: gr.quote,
        });
    }
    fields[f] = scores(agree, predicted.length, gold.length);
  }
  return {
    overall: scores(matches.length, predicted.length, gold.length),
    documents,
    fields,
    misses,
    spurious,
    matches,
    disagreements,
  };
}

const pct = (x: number) => x.toFixed(3);

/**
 * A plain-text report of an evaluation: overall and per-document scores, per-field scores, then every miss,
 * spurious row and field disagreement.
 *
 * Complexity: O(rows).
 *
 * @example
 * process.stdout.write(formatEvaluation(evaluateTargets(pred, gold)));
 */
export function formatEvaluation(ev: TargetEvaluation, options: { disagreements?: boolean } = {}): string {
  const lines: string[] = [];
  const row = (name: string, s: Scores) =>
    `${name.padEnd(52)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (tp ${s.tp}, predicted ${s.predicted}, gold ${s.gold})`;
  lines.push(row('overall', ev.overall), '', 'per document:');
  for (const d of ev.documents) lines.push(row(`  ${d.doc_id}`, d));
  lines.push('', 'per field (matched and agreeing):');
  for (const f of EVALUATED_FIELDS) lines.push(row(`  ${f}`, ev.fields[f]));
  const show = (r: TargetRow) =>
    `  ${r.target_id}  ${r.subject} | ${r.metric} | ${r.kind} | ${r.comparator ?? ''}${r.value}${r.value_max === null ? '' : `-${r.value_max}`} ${r.unit}${r.stretch ? ' (力争)' : ''}  «${r.quote.replace(/\s+/g, ' ').slice(0, 80)}»`;
  lines.push('', `misses (${ev.misses.length}):`, ...ev.misses.map(show));
  lines.push('', `spurious (${ev.spurious.length}):`, ...ev.spurious.map(show));
  if (options.disagreements !== false) {
    lines.push('', `field disagreements (${ev.disagreements.length}):`);
    for (const d of ev.disagreements)
      lines.push(
        `  ${d.field.padEnd(12)} ${d.gold_id}: predicted ${JSON.stringify(d.predicted)}, gold ${JSON.stringify(d.gold)}`,
      );
  }
  return `${lines.join('\n')}\n`;
}
