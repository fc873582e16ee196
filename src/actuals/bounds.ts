/**
 * The one number grammar of every actuals reader (CSV, Excel, JSON, Arrow, Parquet): a published figure with an
 * optional bound word, `>5000`, `约3000`, `超过9330`, `2300左右`, `不足100`, `12%以上`, `17,716.76`. Thousands
 * separators are read only in valid groups (`17,716.76`, never `1,5`); the number itself is Arabic (with an optional
 * exponent and 万/亿 multiplier) or Chinese numerals through `parseChineseNumber`. Cells that say "no figure" (`—`,
 * `…`, `-`) are told apart from blank cells, so that a loader can count them as rejected cells with a reason.
 */
import { parseChineseNumber } from '../quantities/numerals.js';
import type { Bound } from './types.js';

/** A parsed bounded number. */
export interface BoundedNumber {
  value: number;
  bound: Bound;
}

/** What one number cell says. */
export type NumberCell =
  | { kind: 'blank' }
  | { kind: 'number'; value: number; bound: Bound }
  /** A published "no figure" mark: `—`, `…`, `-`, `x` (confidential). */
  | { kind: 'no_figure'; mark: string }
  | { kind: 'error'; reason: string };

const PREFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['>=', '>='],
  ['≥', '>='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['<=', '<='],
  ['≤', '<='],
  ['不超过', '<='],
  ['不高于', '<='],
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
  ['不到', '<'],
  ['~', '~'],
  ['≈', '~'],
  ['大约', '~'],
  ['约', '~'],
  ['近', '~'],
];

const SUFFIXES: ReadonlyArray<readonly [string, Bound]> = [
  ['以上', '>='],
  ['以下', '<='],
  ['以内', '<='],
  ['左右', '~'],
  ['上下', '~'],
  ['多', '>'],
  ['余', '>'],
];

/** Marks statistical tables print where no figure is published (after NFKC: full-width dashes become `-`). */
export const NO_FIGURE_MARKS: ReadonlySet<string> = new Set([
  '-',
  '--',
  '—',
  '——',
  '–',
  '…',
  '……',
  '......',
  '...',
  '..',
  'x',
  'X',
  '×',
  '/',
  '#N/A',
  'NA',
  'N/A',
  'n.a.',
  '无',
  '空',
]);

/** Bound codes used in columnar storage: index in this list; 0 means none. */
export const BOUND_CODES: readonly (Bound | null)[] = [null, '=', '>', '>=', '~', '<', '<='];

const ARABIC = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const BAD_GROUPS = /^[+-]?[\d,]*\d[\d,]*(?:\.\d+)?$/;
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [
  ['万亿', 1e12],
  ['亿', 1e8],
  ['万', 1e4],
];

function readCore(core: string, text: string): number | string {
  let s = core;
  let factor = 1;
  for (const [word, f] of MULTIPLIERS) {
    if (s.endsWith(word) && s.length > word.length && /\d$/.test(s.slice(0, -word.length))) {
      s = s.slice(0, -word.length);
      factor = f;
      break;
    }
  }
  if (ARABIC.test(s)) {
    const x = Number(s.replace(/,/g, '')) * factor;
    return Number.isFinite(x) ? x : `"${text}" is too large to be a number`;
  }
  if (BAD_GROUPS.test(s))
    return `"${text}" has a comma that is not a thousands separator (groups of three digits before the point)`;
  if (/[\d]/.test(s) && /[^\d.,+\-eE]/.test(s) === false) return `"${text}" is not a number`;
  try {
    const x = parseChineseNumber(core);
    return Number.isFinite(x) ? x : `"${text}" is too large to be a number`;
  } catch (e) {
    return `"${text}" is not a number: ${(e as Error).message}`;
  }
}

/**
 * Read one number cell: blank, a number with its bound, a "no figure" mark, or an error with the reason.
 *
 * Bad text gives `{ kind: 'error' }`.
 *
 * Complexity: O(length of text).
 *
 * @example
 * readNumberCell('2300左右') // { kind: 'number', value: 2300, bound: '~' }
 * readNumberCell('不足100') // { kind: 'number', value: 100, bound: '<' }
 * readNumberCell('—') // { kind: 'no_figure', mark: '—' }
 * readNumberCell('1,5').kind // 'error'
 */
export function readNumberCell(text: string): NumberCell {
  let s = text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '');
  if (s === '') return { kind: 'blank' };
  if (NO_FIGURE_MARKS.has(s)) return { kind: 'no_figure', mark: text.trim() };
  if (/^#[A-Z/0!?]+[!?]?$/.test(s) && s.length <= 8)
    return { kind: 'error', reason: `the spreadsheet error ${s}, not a number` };
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
        return { kind: 'error', reason: `"${text}" has two different bounds (${bound} and ${b})` };
      bound = b;
      s = s.slice(0, -p.length);
      break;
    }
  }
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s === '') return { kind: 'error', reason: `"${text}" has a bound but no number` };
  const x = readCore(s, text);
  return typeof x === 'number' ? { kind: 'number', value: x, bound } : { kind: 'error', reason: x };
}

/**
 * Parse one published figure with an optional bound word. Returns `null` for an empty cell or a "no figure" mark
 * (`—`, `…`).
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
  const c = readNumberCell(text);
  if (c.kind === 'error') throw new Error(c.reason);
  return c.kind === 'number' ? { value: c.value, bound: c.bound } : null;
}

/**
 * The bound of a figure seen from the other side of a ratio: a base published as `>100` makes a growth on it `<`, a
 * base `不足100` (`<`) makes it `>`; `>=` and `<=` swap the same way; `=` and `~` stay.
 *
 * Complexity: O(1).
 *
 * @example
 * flipBound('<') // '>'
 * flipBound('>=') // '<='
 */
export function flipBound(b: Bound): Bound;
export function flipBound(b: Bound | null): Bound | null;
export function flipBound(b: Bound | null): Bound | null {
  switch (b) {
    case '>':
      return '<';
    case '>=':
      return '<=';
    case '<':
      return '>';
    case '<=':
      return '>=';
    default:
      return b;
  }
}
