/**
 * Structures: a whole split into shares written as colon-separated terms (三次产业结构调整为7∶43∶50). Each term is a
 * share of the whole in percent; the terms are named by the structure's vocabulary entry when one matches the words
 * before (三次产业 → 第一产业, 第二产业, 第三产业), else they stay unnamed and give mentions but no target rows.
 *
 * A two-term ratio (农业与加工业产值之比1:2.8) is not a structure: the `ratio` rule reads it.
 */
import type { Quantity } from '../quantities/types.js';

/** A named structure: the words that name it and the names of its terms, in order. */
export interface StructureEntry {
  readonly name: string;
  /** Matched against the words of the clause before the first term. */
  readonly words: RegExp;
  readonly terms: readonly string[];
}

/** The structures whose terms have names (one vocabulary, shared by the figure reader and the structure rule). */
export const STRUCTURES: readonly StructureEntry[] = [
  {
    name: '三次产业结构',
    words: /三次产业|一二三产业|产业结构|三产结构|三产比例/,
    terms: ['第一产业', '第二产业', '第三产业'],
  },
] as const;

/** Words that mark a colon sequence as a structure (a split of a whole) rather than a time or a scale. */
const STRUCTURE_WORDS = /结构|比例|之比|构成|比重|占比/;

/** A run of ≥3 numbers joined by colons (7∶43∶50, 5.8:38.3:55.9). */
const SEQUENCE = /(?<![\d.:：∶])\d+(?:\.\d+)?(?:[:：∶]\d+(?:\.\d+)?){2,}(?![\d.]|[:：∶]\d)/g;

/** One structure found in a sentence. */
export interface StructureSpan {
  start: number;
  end: number;
  /** The terms' values, in order, with their offsets. */
  values: number[];
  terms: Array<{ start: number; end: number; text: string }>;
  /** The named entry, or null when the terms have no names. */
  entry: StructureEntry | null;
}

/**
 * The structures of a sentence: colon runs of three or more terms after a structure word, whose terms add up to
 * about 100 (a split in percent).
 *
 * @example
 * findStructures('到2025年，三次产业结构调整为7∶43∶50')[0]?.values // [7, 43, 50]
 */
export function findStructures(s: string): StructureSpan[] {
  const out: StructureSpan[] = [];
  for (const m of s.matchAll(SEQUENCE)) {
    const start = m.index ?? 0;
    const before = s.slice(Math.max(0, start - 24), start);
    if (!STRUCTURE_WORDS.test(before)) continue;
    const terms: StructureSpan['terms'] = [];
    for (const t of m[0].matchAll(/\d+(?:\.\d+)?/g))
      terms.push({ start: start + (t.index ?? 0), end: start + (t.index ?? 0) + t[0].length, text: t[0] });
    const values = terms.map((t) => Number(t.text));
    const sum = values.reduce((a, b) => a + b, 0);
    if (Math.abs(sum - 100) > 1.5) continue;
    const entry = STRUCTURES.find((e) => e.words.test(before) && e.terms.length === values.length) ?? null;
    out.push({ start, end: start + m[0].length, values, terms, entry });
  }
  return out;
}

/**
 * The terms of a structure as quantities: each a share in percent (the parser reads 7∶43 as no quantity, a time
 * of day in its grammar, so the terms are made here).
 */
export function structureQuantities(span: StructureSpan): Quantity[] {
  return span.terms.map((t, k) => ({
    text: t.text,
    start: t.start,
    end: t.end,
    value: span.values[k] ?? Number(t.text),
    valueMax: null,
    unit: 'percent' as const,
    sourceUnit: '∶',
    comparator: null,
    approx: false,
    stretch: false,
  }));
}

/**
 * The quantities of a sentence with the terms of its structures (7∶43∶50) in place of whatever the parser read
 * there; each term knows its structure and its index.
 */
export function withStructures(
  s: string,
  qs: Quantity[],
): { qs: Quantity[]; terms: Map<Quantity, { span: StructureSpan; index: number }> } {
  const terms = new Map<Quantity, { span: StructureSpan; index: number }>();
  if (!/\d[:：∶]\d/.test(s)) return { qs, terms };
  const spans = findStructures(s);
  if (spans.length === 0) return { qs, terms };
  const kept = qs.filter((q) => !spans.some((sp) => q.start < sp.end && q.end > sp.start));
  for (const span of spans)
    structureQuantities(span).forEach((q, index) => {
      kept.push(q);
      terms.set(q, { span, index });
    });
  kept.sort((a, b) => a.start - b.start);
  return { qs: kept, terms };
}
