/**
 * The sentence rules, in the order they run, after the role of each figure has been decided (mentions/classify.ts:
 * a figure dated to the past, an outcome in a review section, an instrument never reaches them). Order is data: rules
 * that recognise a whole construction
 * (structures, ratios, group totals, named lists) run first and consume their figures; the clause reading runs on what is left;
 * rules for tier words with no figure run last, on what no earlier rule wrote rows for.
 */
import { bracketMembers } from './bracket-members.js';
import { clauseFigures } from './clause-figures.js';
import { groupSize } from './group-size.js';
import { groupTotal } from './group-total.js';
import { joinedList } from './joined-list.js';
import { namedAfterJi } from './named-after-ji.js';
import { namedList } from './named-list.js';
import { postfixList } from './postfix-list.js';
import { ratio } from './ratio.js';
import type { SentenceRule } from './rule.js';
import { sizedSubject } from './sized-subject.js';
import { standaloneTier } from './standalone-tier.js';
import { structure } from './structure.js';

export type { RuleExample, SentenceRule } from './rule.js';

/** Every sentence rule, in running order. */
export const SENTENCE_RULES: readonly SentenceRule[] = [
  structure,
  ratio,
  groupTotal,
  bracketMembers,
  namedAfterJi,
  groupSize,
  namedList,
  postfixList,
  sizedSubject,
  clauseFigures,
  joinedList,
  standaloneTier,
];
