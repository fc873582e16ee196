/**
 * `parseQuantity`: one quantity expression, strictly.
 */
import { isSpace } from './numerals.js';
import { START, scanAt } from './scan.js';
import { type Quantity, QuantityParseError } from './types.js';

const STRETCH = ['力争', '争取'];

/**
 * Parse a string that is exactly one quantity expression: an optional 力争/争取, an optional comparator or hedge
 * (突破, 不低于, 约…), the number, its unit, and an optional 以上/以下/左右. Surrounding whitespace is ignored.
 *
 * Unlike `findQuantities`, a bare numeral is accepted (`三` → 3, unit `number`), since the caller says it is a
 * quantity. Offsets in the result index into the input as given.
 *
 * Complexity: O(n) in the length of the input.
 *
 * @example
 * parseQuantity('突破5000亿元') // { value: 5e11, unit: 'yuan', sourceUnit: '亿元', comparator: '>', … }
 * parseQuantity('50-100亿元') // { value: 5e9, valueMax: 1e10, unit: 'yuan', … }
 * parseQuantity('力争13%') // { value: 13, unit: 'percent', stretch: true, … }
 * @throws {QuantityParseError} when the input is empty, holds no number, is a date (2021年3月28日), or has text
 *   before or after the quantity; the error names the input and the offset where parsing failed
 *   (`parseQuantity('12标准间')` fails at 2).
 */
export function parseQuantity(text: string): Quantity {
  let a = 0;
  let b = text.length;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (a === b) throw new QuantityParseError(text, a, 'empty input');
  // the scanner starts at the first character that can start a number; words before it are checked after
  let k = a;
  while (k < b && START[text.charCodeAt(k)] === 0) k++;
  if (k === b) throw new QuantityParseError(text, a, 'no number found');
  const core = text.slice(0, b);
  const r = scanAt(core, k, true);
  const q = r.quantity;
  if (q === null) throw new QuantityParseError(text, k, r.reason ?? 'not a quantity');
  let lead = q.start;
  if (q.stretch) for (const w of STRETCH) if (core.startsWith(w, lead - w.length)) lead -= w.length;
  if (lead !== a)
    throw new QuantityParseError(
      text,
      a,
      `unexpected ${JSON.stringify(text.slice(a, q.start))} before the number`,
    );
  if (q.end !== b)
    throw new QuantityParseError(
      text,
      q.end,
      `unexpected ${JSON.stringify(text.slice(q.end, b))} after the quantity`,
    );
  return q;
}
