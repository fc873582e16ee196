/**
 * The measurement method of a target, by kind and aggregation (module-internal).
 */
import type { TargetRow } from '../targets/types.js';
import type { ResolvedForm } from './forms.js';

/**
 * The `method` a target is measured with, by form, kind and aggregation (module-internal; see docs/gaps.md).
 *
 * Complexity: O(1).
 *
 * @example
 * methodName(shareTarget, 'point') // 'linear_pp'
 */
export function methodName(t: TargetRow, form: ResolvedForm = 'point'): string {
  if (form === 'qualitative') return 'trend_only';
  if (form === 'increment') return 'increment_linear';
  if (form === 'relative_indicator') return 'relative_growth_pp';
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
