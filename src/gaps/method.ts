/**
 * The measurement method of a target, by kind and aggregation (module-internal).
 */
import type { TargetRow } from '../targets/types.js';

/**
 * The `method` a target is measured with, by kind and aggregation (module-internal; see docs/gaps.md).
 *
 * Complexity: O(1).
 *
 * @example
 * methodName(shareTarget) // 'linear_pp'
 * @throws never.
 */
export function methodName(t: TargetRow): string {
  if (t.kind !== 'growth' && t.kind !== 'multiple' && t.kind !== 'reward') {
    if (t.aggregation === 'cumulative') return 'cumulative_sum';
    if (t.aggregation === 'annual_average') return 'annual_average_sum';
  }
  switch (t.kind) {
    case 'growth':
      return t.aggregation === 'annual_average' ? 'growth_chain_average' : 'growth_chain';
    case 'share':
      return 'linear_pp';
    case 'count':
      return 'linear';
    case 'intensity':
      return 'floor';
    case 'multiple':
      return 'multiple_geometric';
    case 'relative':
      return 'relative_pp';
    case 'reward':
      return 'reward';
    default:
      return 'geometric';
  }
}
