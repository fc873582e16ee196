/**
 * Scoring reported values (outcomes and estimates) against labels: a predicted mention matches a labelled one of the
 * same document when their spans overlap and their values agree (in size: a decline may be written either way);
 * the period and the outcome/estimate distinction are then compared on the matched pairs.
 */
import type { MentionRow } from './types.js';

/** A labelled outcome or estimate (the columns of a corpus `*.outcomes.csv`). */
export interface LabelledOutcome {
  doc_id: string;
  role: string;
  value: number;
  unit: string;
  period_year: number | null;
  span_start: number;
  span_end: number;
  quote?: string;
}

export interface OutcomeScores {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface OutcomeEvaluation {
  overall: OutcomeScores;
  /** Share of matched pairs whose period year agrees. */
  periodAgreement: number;
  /** Share of matched pairs whose role (outcome or estimate) agrees. */
  roleAgreement: number;
  misses: LabelledOutcome[];
  spurious: MentionRow[];
  matches: [MentionRow, LabelledOutcome][];
}

const REPORTED = new Set(['outcome', 'estimate']);
const sameSize = (a: number, b: number) =>
  Math.abs(Math.abs(a) - Math.abs(b)) <= 1e-9 * Math.max(1, Math.abs(a));

/**
 * Score the reported mentions of `predicted` against labelled outcomes and estimates.
 *
 * @example
 * const mentions = extractMentions(text, { docId: 'd' });
 * const labels = [{ doc_id: 'd', role: 'outcome', value: 6.1, unit: 'percent', period_year: 2023,
 *   span_start: text.indexOf('6.1%'), span_end: text.indexOf('6.1%') + 4 }];
 * evaluateMentions(mentions, labels).overall.recall // 1
 */
export function evaluateMentions(
  predicted: readonly MentionRow[],
  gold: readonly LabelledOutcome[],
): OutcomeEvaluation {
  const pred = predicted.filter((m) => REPORTED.has(m.role));
  const byDoc = new Map<string, LabelledOutcome[]>();
  for (const g of gold) byDoc.set(g.doc_id, [...(byDoc.get(g.doc_id) ?? []), g]);
  const used = new Set<LabelledOutcome>();
  const matches: [MentionRow, LabelledOutcome][] = [];
  const spurious: MentionRow[] = [];
  for (const m of pred) {
    const candidates = (byDoc.get(m.doc_id) ?? []).filter(
      (g) =>
        !used.has(g) &&
        Math.min(g.span_end, m.span_end) - Math.max(g.span_start, m.span_start) > 0 &&
        sameSize(g.value, m.value),
    );
    const best = candidates.find((g) => g.period_year === m.period_year) ?? candidates[0];
    if (best) {
      used.add(best);
      matches.push([m, best]);
    } else spurious.push(m);
  }
  const tp = matches.length;
  const precision = pred.length ? tp / pred.length : 0;
  const recall = gold.length ? tp / gold.length : 0;
  return {
    overall: {
      tp,
      predicted: pred.length,
      gold: gold.length,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    },
    periodAgreement: tp ? matches.filter(([m, g]) => m.period_year === g.period_year).length / tp : 0,
    roleAgreement: tp ? matches.filter(([m, g]) => m.role === g.role).length / tp : 0,
    misses: gold.filter((g) => !used.has(g)),
    spurious,
    matches,
  };
}
