/** Mentions: every quantity of a document with its role; targets are its target view. */
export type { LabelledOutcome, OutcomeEvaluation, OutcomeScores } from './evaluate.js';
export { evaluateMentions } from './evaluate.js';
export type { DocumentReading, MentionOptions } from './extract.js';
export { extractMentions, readPolicyText } from './extract.js';
export { formatMentions, mentionsTable } from './format.js';
export type { MentionRole } from './roles.js';
export { isMentionRole, MENTION_ROLE, MENTION_ROLES } from './roles.js';
export type { MentionRow } from './types.js';
export { MENTION_COLUMNS } from './types.js';
