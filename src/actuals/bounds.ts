/**
 * Published figures with a bound: `>5000`, `约3000`, `超过9330`, `12%以上`, `17,716.76`. A small parser of the bound
 * words around one number; the number itself goes through `parseChineseNumber` (so `1.45万` and `三千` work too).
 */
import { parseChineseNumber } from '../quantities/numerals.js';
import type { Bound } from './types.js';

/** A parsed bounded number. */
export interface BoundedNumber {
  value: number;
  bound: Bound;
}

const PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['>=', '>='],
  ['≥', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['<=', '<='],
  ['≤', '<='],
  ['不超过', '<='],
  ['>', '>'],
  ['超过', '>'],
  ['突破', '>'],
  ['跨越', '>'],
  ['逾', '>'],
  ['超', '>'],
  ['过', '>'],
  ['<', '<'],
  ['低于', '<'],
  ['不足', '<'],
  ['~', '~'],
  ['～', '~'],
  ['≈', '~'],
  ['约', '~'],
  ['大约', '~'],
  ['近', '~'],
];

const SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['以上', '>='],
  ['以下', '<='],
  ['左右', '~'],
  ['上下', '~'],
  ['多', '>'],
  ['余', '>'],
];

/** Bound codes used in columnar storage: index in this list; 0 means none. */
export const BOUND_CODES: readonly (Bound | null)[] = [null, '=', '>', '>=', '~', '<', '<='];

/**
 * Parse one published figure with an optional bound word. Returns `null` for an empty cell.
 *
 * Complexity: O(length of text).
 *
 * @example
 * parseBoundedNumber('>5000') // { value: 5000, bound: '>' }
 * parseBoundedNumber('约3000') // { value: 3000, bound: '~' }
 * parseBoundedNumber('17,716.76') // { value: 17716.76, bound: '=' }
 * parseBoundedNumber('12%以上') // { value: 12, bound: '>=' }
 * parseBoundedNumber('') // null
 * @throws {Error} when the text is not one number with at most one bound word, quoting the text.
 */
export function parseBoundedNumber(text: string): BoundedNumber | null {
  let s = text.replace(/[\s\u3000]+/g, '');
  if (s === '' || s === '-' || s === '—' || s === '…' || s === '...') return null;
  let bound: Bound = '=';
  for (const [p, b] of PREFIXES) {
    if (s.startsWith(p)) {
      bound = b;
      s = s.slice(p.length);
      break;
    }
  }
  for (const [p, b] of SUFFIXES) {
    if (s.endsWith(p) && s.length > p.length) {
      if (bound !== '=' && bound !== b)
        throw new Error(`"${text}" has two different bounds (${bound} and ${b})`);
      bound = b;
      s = s.slice(0, -p.length);
      break;
    }
  }
  if (s.endsWith('%') || s.endsWith('％')) s = s.slice(0, -1);
  if (s === '') throw new Error(`"${text}" has a bound but no number`);
  try {
    const value = parseChineseNumber(s);
    return { value, bound };
  } catch (e) {
    throw new Error(`"${text}" is not a number: ${(e as Error).message}`);
  }
}
