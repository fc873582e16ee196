/**
 * The targets table of a policy text: the `role = target` view of the mentions reading (`mentions/extract.ts`),
 * which reads every quantity once, decides its role and lets the sentence rules of `rules/index.ts` write target rows
 * for the figures that are targets.
 */
import { type MentionOptions, readPolicyText } from '../mentions/extract.js';
import { SENTENCE_RULES, type SentenceRule } from './rules/index.js';
import type { TargetRow } from './types.js';

export type { ExtractOptions } from './options.js';

/**
 * Extract every numeric target of a policy text. Region, issue year and document type are read from the text when
 * the options do not give them (see `parseDocumentInfo`).
 *
 * pairwise: O(k²) for k figures of a sentence; sentences are read in windows of at most 1,500 characters).
 *
 * Complexity: O(n) in the text length times a small factor per figure (each sentence's figures are compared
 *
 * @example
 * extractTargets('2021年的主要目标:\n——地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%;',
 *   { docId: 'demo', region: '武汉市', regionCode: '420100', issuedYear: 2021 }).length // 4
 * @throws {Error} when `docId` is empty, or `issuedYear` is not a year (1949–2100) and the text states none.
 */
export function extractTargets(text: string, options: MentionOptions): TargetRow[] {
  return readPolicyText(text, options, SENTENCE_RULES, 'extractTargets').targets;
}

/** {@link extractTargets} with another table of sentence rules (tests take one rule out to see what it does). */
export function extractTargetsWith(
  text: string,
  options: MentionOptions,
  rules: readonly SentenceRule[],
): TargetRow[] {
  return readPolicyText(text, options, rules, 'extractTargets').targets;
}
