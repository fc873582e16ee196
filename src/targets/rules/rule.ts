/**
 * A sentence rule: one way targets are stated, read from a {@link SentenceState}. Rules run in the order of the
 * table in `rules/index.ts`; each says what it reads and carries examples that are its tests
 * (`tests/targets/rules.test.ts` runs every example through the whole extractor).
 */

import type { SentenceState } from '../sentence/state.js';
import type { TargetRow } from '../types.js';

/** An example sentence of a rule and the rows the whole extractor must give for it (fields that matter). */
export interface RuleExample {
  text: string;
  /** Issue year of the example document (default 2023). */
  issuedYear?: number;
  /** The rows expected, in order, each with the fields the rule decides. */
  rows: Partial<TargetRow>[];
}

export interface SentenceRule {
  /** Short kebab-case name (used in docs and test titles). */
  readonly name: string;
  /** What the rule reads, in one or two sentences, with a Chinese example. */
  readonly description: string;
  readonly examples: readonly RuleExample[];
  /** Read the sentence: consume figures, emit rows, update the carried subject. */
  apply(st: SentenceState): void;
}
