/**
 * `findQuantities`: every quantity in a text, in order, in one pass.
 */
import { START, scanAt } from './scan.js';
import type { Quantity } from './types.js';

/** A minus sign: ASCII, full-width, or the mathematical minus. */
const MINUS = new Set([0x2d, 0xff0d, 0x2212]);

/**
 * A rate or amount written with a minus sign after a word (增长-1.3%, 利润-5亿元) is negative; a dash between two
 * figures (3-5年) is a range and a dash after a letter or digit is part of a code.
 */
function withSign(text: string, q: Quantity, lastEnd: number): Quantity {
  const at = q.start - 1;
  if (at < lastEnd || at < 0 || q.valueMax !== null || !MINUS.has(text.charCodeAt(at))) return q;
  if (!/^[\d.０-９]/.test(q.text)) return q;
  const prev = at > 0 ? text.charCodeAt(at - 1) : 0x20;
  const afterWord = prev >= 0x4e00 && prev <= 0x9fff;
  if (!afterWord && !/[\s:：,，(（为是]/.test(String.fromCharCode(prev))) return q;
  return {
    ...q,
    text: text[at] + q.text,
    start: at,
    value: -q.value,
  };
}

/**
 * Find every quantity a Chinese text states, in order of position.
 *
 * Reads Arabic, full-width, Chinese and financial numerals with their units (亿元, 万户, 个百分点, 万元/亩…),
 * ranges (50-100亿元, 3-5年), fractions (四分之一, 2/3 → percent), multiples (倍增, 翻一番), calendar years
 * (到2025年) and durations (3-5年), tier words standing alone (万亿级, 千亿, 百亿 → yuan, with `tier` set), and
 * the comparator, hedge and 力争 words next to each figure (`突破5000亿元`, `不低于35万元`, `10%以上`).
 * Skips what only looks like a number: dates (2021年3月28日), document numbers (鄂政发〔2018〕16号), phone numbers,
 * times, ordinals (第二届), list markers (1、, (三)), names in quotes or titles (“965”, “1+4+N”, 《…2025》) and
 * words containing numerals (一带一路, 十四五, 零部件, 一次性, 一体化, 长三角, 一企一策).
 *
 * Any input gives an array (possibly empty).
 *
 * Complexity: O(n) time in the length of the text (every check looks at a bounded window), O(k) memory for k
 *   quantities found.
 *
 * @example
 * findQuantities('产值突破5000亿元、增长12%,力争13%')
 * // [{ text: '突破5000亿元', start: 2, end: 10, value: 5e11, unit: 'yuan', comparator: '>', … },
 * //  { text: '12%', value: 12, unit: 'percent', … }, { text: '13%', value: 13, stretch: true, … }]
 * @param text any string (a whole document is fine).
 * @returns the quantities, each with exact UTF-16 `start`/`end` such that `text.slice(start, end) === q.text`;
 *   spans never overlap and appear in increasing order.
 */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  const n = text.length;
  let i = 0;
  let lastEnd = 0;
  while (i < n) {
    if (START[text.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const r = scanAt(text, i, false);
    const q = r.quantity;
    if (q !== null && q.start >= lastEnd) {
      out.push(withSign(text, q, lastEnd));
      lastEnd = q.end;
    }
    i = r.next > i ? r.next : i + 1;
  }
  return out;
}
