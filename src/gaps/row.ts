/**
 * The matcher's note on a judged row's reason (module-internal).
 */

/**
 * Append the matcher's caveat (or how it matched, when not exactly) to a judged row's reason.
 *
 * Complexity: O(length of the reason).
 *
 * @example
 * addMatchNote('target met: …', 'alias:社零', null) // 'target met: …; matched by alias:社零'
 */
export function addMatchNote(reason: string, method: string | null, caveat: string | null): string {
  if (caveat) return `${reason}; match: ${caveat}`;
  if (method && method !== 'exact') return `${reason}; matched by ${method}`;
  return reason;
}
