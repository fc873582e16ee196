/**
 * The controlled vocabularies of the targets table, as runtime arrays (the types are in `types.ts`).
 */
import type { Aggregation, PriceBasis, SubjectType, TargetKind } from './types.js';

/** Every {@link SubjectType}. */
export const SUBJECT_TYPES: readonly SubjectType[] = [
  'cluster',
  'industry',
  'indicator',
  'firms',
  'parks',
  'projects',
  'talent',
  'funds',
  'policy_reward',
  'buildings',
  'platforms',
  'other',
];

/** Every {@link TargetKind}. */
export const TARGET_KINDS: readonly TargetKind[] = [
  'level',
  'growth',
  'share',
  'count',
  'intensity',
  'multiple',
  'relative',
  'reward',
];

/** Every {@link Aggregation}. */
export const AGGREGATIONS: readonly Aggregation[] = ['point', 'annual', 'annual_average', 'cumulative'];

/** Every {@link PriceBasis}. */
export const PRICE_BASES: readonly PriceBasis[] = ['real', 'nominal', 'unspecified'];
