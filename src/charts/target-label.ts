/**
 * Short, unique row labels for targets: `[scope·]subject·metric（deadline）`.
 */
import type { TargetRow } from '../targets/types.js';
import type { ChartLang } from './types.js';

/**
 * The label of one target: `光电子信息·产值（2025）`, with the scope first when it is not 全市 and `（力争）` for a
 * stretch figure.
 *
 * Complexity: O(length of the fields).
 *
 * @example
 * targetLabel({ scope: '全市', subject: '光电子信息', metric: '产值', deadline_year: 2025, stretch: false })
 * // '光电子信息·产值（2025）'
 */
export function targetLabel(
  row: Pick<TargetRow, 'scope' | 'subject' | 'metric' | 'deadline_year' | 'stretch'>,
  lang: ChartLang = 'zh',
): string {
  const scope = row.scope && row.scope !== '全市' ? `${row.scope}·` : '';
  const year = row.deadline_year ?? '—';
  const base = `${scope}${row.subject}·${row.metric}`;
  if (lang === 'en') return `${base} (${year})${row.stretch ? ' (stretch 力争)' : ''}`;
  return `${base}（${year}）${row.stretch ? '（力争）' : ''}`;
}

/**
 * Make labels unique by appending ` #2`, ` #3`… to repeats, so that they can be used as a nominal axis.
 *
 * Complexity: O(n).
 *
 * @example
 * uniqueLabels(['a', 'b', 'a']) // ['a', 'b', 'a #2']
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const seen = new Map<string, number>();
  const taken = new Set(labels);
  return labels.map((l) => {
    const n = (seen.get(l) ?? 0) + 1;
    seen.set(l, n);
    if (n === 1) return l;
    let k = n;
    let candidate = `${l} #${k}`;
    while (taken.has(candidate)) candidate = `${l} #${++k}`;
    taken.add(candidate);
    return candidate;
  });
}
