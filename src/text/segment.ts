/**
 * Cutting a document into sentences, as spans of the original text, with a cleaned copy of each sentence for
 * matching (soft line breaks and stray spaces removed) and a map from the cleaned copy back to the document.
 *
 * Handles what scraped policy texts do: lines wrapped mid-word or mid-number ("总产\n值突破3000亿",
 * "首次突破10\n亿元"), lost line breaks (headings run into the text: "提出本行动方案一、奋斗目标力争…"),
 * tables flattened one cell per line (cells separated by blank lines stay separate).
 */
import type { Span } from './body.js';
import { findGluedUnitRuns } from './glued.js';

/** One sentence of a document. */
export interface Sentence extends Span {
  /** The sentence with soft line breaks and spaces between CJK characters removed. */
  clean: string;
  /** `offsets[i]` is the document offset of `clean[i]`; `offsets[clean.length]` is `end`. */
  offsets: Int32Array;
  /** Index of the paragraph (blank-line separated block) the sentence starts in. */
  paragraph: number;
  /** Index of the line the sentence starts on. */
  line: number;
}

const NOTE_IN_BRACKET = /责任(?:单位|部门|处室)/;
const NOTE_LOST_BRACKET = /责任(?:单位|部门|处室)[:：]/;
function isSentenceEnd(code: number): boolean {
  return (
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0xff1b ||
    code === 0x3b
  );
}
function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0x3000 || code === 0xa0 || code === 11 || code === 12;
}
const HARD_LINE_END = /[。！？!?；;:：]$/;
/** A heading or list marker at the start of a line: 一、 (一) 1、 1. 1) 一是 —— 附件 第一条. */
export const LINE_MARKER =
  /^\s*(?:[一二三四五六七八九十]+、|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff])|\d{1,2}[)）](?=[\u4e00-\u9fff])|[①-⑳]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．](?!\d)|——|—|•|·|附件|第[一二三四五六七八九十百]+[章条节])/;
/** Inline heading markers that reveal a lost line break. */
export const INLINE_MARKER =
  /(?:(?<![一二三四五六七八九十、\d/.第统唯同之万划专逐单合])(?:[一二三四五六七八九十]{1,2}、|[(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}[)）])|(?<![\d/.、])\d{1,2}、(?=[\u4e00-\u9fff]))/g;

/** A gap between two table cells on one line: a tab, or two or more spaces between non-spaces. */
const CELL_GAP = /\S(?:[ \u3000\u00a0]*\t[ \t\u3000\u00a0]*|[ \u3000\u00a0]{2,})\S/;

/**
 * A table row whose cells are separated by single spaces: a row number, then at least three more cells
 * (`1 地区生产总值 增长7% 市发改委`).
 */
export const SPACED_ROW = /^[ \u3000]*\d{1,3}[ \u3000\t]+\S+(?:[ \u3000\t]+\S+){2,}[ \u3000]*$/;

/**
 * The cells of one table row: split at tabs or runs of 2+ spaces, or at every space in a {@link SPACED_ROW}.
 *
 * Complexity: O(n).
 *
 * @example
 * splitCells('1 地区生产总值 增长7% 市发改委') // ['1', '地区生产总值', '增长7%', '市发改委']
 * splitCells('1\t工业投资\t增长12%') // ['1', '工业投资', '增长12%']
 */
export function splitCells(line: string): string[] {
  const t = line.trim();
  return t.split(SPACED_ROW.test(t) ? /[ \u3000\t]+/ : /\t[ \t\u3000\u00a0]*|[ \u3000\u00a0]{2,}/);
}

function isCjk(c: string | undefined): boolean {
  return c !== undefined && /[\u3000-\u9fff\uff00-\uffef]/.test(c);
}
function isAsciiAlnum(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

/** Where the lines of `[start, end)` begin and end, and whether the break after each is soft (a wrap). */
/** The end of a document title: 报告, 公报, 规划, 方案, 意见, 通知, 纲要, 计划, 要点 (with a closing bracket or year span). */
const TITLE_END = /(?:报告|公报|规划|方案|意见|通知|纲要|计划|要点|决定|办法)(?:[(（][^)）]{0,20}[)）])?$/;

function lineBreaks(text: string, start: number, end: number): { breaks: Map<number, 'soft' | 'hard'> } {
  const breaks = new Map<number, 'soft' | 'hard'>();
  const lines: Span[] = [];
  let pos = start;
  while (pos <= end) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0 || nl > end) nl = end;
    lines.push({ start: pos, end: nl });
    if (nl >= end) break;
    pos = nl + 1;
  }
  for (let k = 0; k + 1 < lines.length; k++) {
    const cur = text.slice(lines[k]!.start, lines[k]!.end).replace(/[\s\u3000]+$/, '');
    const next = text.slice(lines[k + 1]!.start, lines[k + 1]!.end);
    const nextTrim = next.trim();
    let soft =
      cur.trim().length >= 20 &&
      nextTrim.length > 0 &&
      !HARD_LINE_END.test(cur) &&
      !LINE_MARKER.test(next) &&
      // a line that starts with spaces is a new paragraph
      !/^[\s\u3000]{2,}/.test(next);
    if (soft && /[)）\]】]$/.test(cur) && /责任/.test(cur.slice(-60))) soft = false;
    // a table row whose cells are separated by tabs or runs of spaces is a line of its own
    if (soft && (CELL_GAP.test(cur) || CELL_GAP.test(next) || SPACED_ROW.test(next))) soft = false;
    // a line holding only a row number (序号 cell of a flattened table) starts a new row
    if (soft && /^\d{1,3}$/.test(nextTrim)) soft = false;
    // a title line (…的报告, …统计公报, …行动方案) ends where its line does
    if (soft && k <= 3 && TITLE_END.test(cur)) soft = false;
    breaks.set(lines[k]!.end, soft ? 'soft' : 'hard');
  }
  return { breaks };
}

/**
 * Cut `text[span]` into sentences. Sentence ends: 。！？；; and their ASCII forms, hard line breaks (a blank line,
 * a line ending in punctuation or shorter than 20 characters, a next line starting with a heading marker), and
 * inline heading markers where a line break was lost. A line wrapped mid-sentence is joined in `clean`.
 *
 * Complexity: O(n) in the length of the span.
 *
 * @example
 * const s = segmentSentences('全市规上工业总产\n值突破3000亿。一、目标');
 * s[0].clean // '全市规上工业总产值突破3000亿。'
 * @throws {RangeError} when the span is outside the text.
 */
export function segmentSentences(text: string, span: Span = { start: 0, end: text.length }): Sentence[] {
  if (span.start < 0 || span.end > text.length || span.start > span.end) {
    throw new RangeError(
      `segmentSentences: span [${span.start}, ${span.end}) is outside the text (length ${text.length})`,
    );
  }
  const { breaks } = lineBreaks(text, span.start, span.end);
  const inlineCuts = new Set<number>();
  INLINE_MARKER.lastIndex = 0;
  const body = text.slice(span.start, span.end);
  for (let m = INLINE_MARKER.exec(body); m; m = INLINE_MARKER.exec(body)) {
    const at = span.start + m.index;
    const prev = text[at - 1];
    if (
      at > span.start &&
      prev !== '\n' &&
      (isCjk(prev) || /[)）\]】]/.test(prev!)) &&
      !/[，,、：:“"‘《(（]/.test(prev!)
    )
      inlineCuts.add(at);
  }
  // a task table glued row after row: 责任单位 runs and row numbers are cells of their own
  for (const run of findGluedUnitRuns(body)) {
    for (const at of [run.start, run.numberStart, run.numberEnd]) inlineCuts.add(span.start + at);
    if (run.opening) for (const at of run.opening) inlineCuts.add(span.start + at);
  }
  // lines that are table rows with single-space cell gaps
  const spacedRows: [number, number][] = [];
  for (const m of body.matchAll(/^.*$/gm)) {
    if (m[0].length > 0 && SPACED_ROW.test(m[0])) {
      const at = span.start + (m.index ?? 0);
      spacedRows.push([at, at + m[0].length]);
    }
  }
  let rowAt = 0;
  // i only grows, so a pointer over the rows is enough
  const spacedRowAt = (i: number) => {
    while (rowAt < spacedRows.length && spacedRows[rowAt]![1] <= i) rowAt++;
    const row = spacedRows[rowAt];
    return row !== undefined && i >= row[0];
  };
  const out: Sentence[] = [];
  let chars: string[] = [];
  let offs: number[] = [];
  let sStart = -1;
  let paragraph = 0;
  let line = 0;
  let sParagraph = 0;
  let sLine = 0;
  let blankRun = 0;
  const flush = (end: number) => {
    // trim trailing spaces
    while (chars.length > 0 && /\s/.test(chars[chars.length - 1]!)) {
      chars.pop();
      offs.pop();
    }
    if (chars.length > 0 && sStart >= 0) {
      const realEnd = offs[offs.length - 1]! + 1;
      offs.push(Math.min(end, realEnd));
      out.push({
        start: sStart,
        end: offs[offs.length - 1]!,
        clean: chars.join(''),
        offsets: Int32Array.from(offs),
        paragraph: sParagraph,
        line: sLine,
      });
    }
    chars = [];
    offs = [];
    sStart = -1;
  };
  let lastOpen = -1;
  for (let i = span.start; i < span.end; i++) {
    const code = text.charCodeAt(i);
    if (inlineCuts.size > 0 && inlineCuts.has(i)) flush(i);
    if (code === 10 /* \n */) {
      line++;
      const kind = breaks.get(i) ?? 'hard';
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      if (text.slice(lineStart, i).trim() === '') {
        blankRun++;
        if (blankRun === 1) paragraph++;
      } else blankRun = 0;
      if (kind === 'hard') flush(i);
      continue;
    }
    if (code === 13) continue;
    if (isSpaceCode(code)) {
      // keep a space only between two ASCII letters/digits (AM 8:30, Wi Fi)
      const prev = chars[chars.length - 1];
      let j = i + 1;
      while (j < span.end && isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) j++;
      // a cell gap of a table row (a tab, or 2+ spaces between cells) stays as one tab: it separates clauses
      const gap = text.slice(i, j);
      if (
        sStart >= 0 &&
        j < span.end &&
        text.charCodeAt(j) !== 10 &&
        (gap.includes('\t') ||
          j - i >= 2 ||
          spacedRowAt(i) ||
          // a row number and one space at the head of a line (4 规上工业企业突破1300家): a cell gap too
          (chars.length <= 3 &&
            /^\d{1,3}$/.test(chars.join('')) &&
            text.lastIndexOf('\n', i - 1) + 1 === sStart &&
            /[\u4e00-\u9fff]/.test(text[j] ?? '')))
      ) {
        chars.push('\t');
        offs.push(i);
        i = j - 1;
        continue;
      }
      if (!(isAsciiAlnum(prev) && isAsciiAlnum(text[j]))) continue;
      if (sStart < 0) continue;
    }
    if (sStart < 0) {
      sStart = i;
      sParagraph = paragraph;
      sLine = line;
      lastOpen = -1;
    }
    const c = text[i]!;
    chars.push(c);
    offs.push(i);
    if (code === 0x28 || code === 0xff08 || code === 0x5b || code === 0x3010) lastOpen = chars.length - 1;
    else if ((code === 0x29 || code === 0xff09 || code === 0x5d || code === 0x3011) && chars.length > 4) {
      // the end of a 责任单位 note closes the task before it
      const from = lastOpen >= 0 ? lastOpen : Math.max(0, chars.length - 80);
      const note = chars.slice(from).join('');
      if (note.includes('责任') && (lastOpen >= 0 ? NOTE_IN_BRACKET : NOTE_LOST_BRACKET).test(note)) {
        flush(i + 1);
      }
    } else if (isSentenceEnd(code)) {
      // keep closing quotes and brackets that follow the end mark
      while (i + 1 < span.end && /[”’"』」)）]/.test(text[i + 1]!)) {
        i++;
        chars.push(text[i]!);
        offs.push(i);
      }
      flush(i + 1);
    }
  }
  flush(span.end);
  return out;
}

/**
 * Map a span of a sentence's `clean` text back to document offsets.
 *
 * Complexity: O(1).
 *
 * @example
 * const [s] = segmentSentences('总产\n值'); // (too short to join: two sentences)
 * toDocumentSpan(s, 0, 2) // { start: 0, end: 2 }
 * @throws {RangeError} when the clean span is outside the sentence.
 */
export function toDocumentSpan(sentence: Sentence, cleanStart: number, cleanEnd: number): Span {
  if (cleanStart < 0 || cleanEnd > sentence.clean.length || cleanStart > cleanEnd) {
    throw new RangeError(
      `toDocumentSpan: [${cleanStart}, ${cleanEnd}) is outside the sentence (length ${sentence.clean.length})`,
    );
  }
  if (cleanStart === cleanEnd) {
    const at = sentence.offsets[cleanStart]!;
    return { start: at, end: at };
  }
  return { start: sentence.offsets[cleanStart]!, end: sentence.offsets[cleanEnd - 1]! + 1 };
}

/** The longest sentence the extractor reads in one piece; real sentences stay far below it (the longest seen: 678). */
export const MAX_SENTENCE = 1500;
const WINDOW_CUTS = ['；', ';', '，', ',', '、', '\t'];

/**
 * Cut sentences longer than `max` characters into windows of at most `max`, at the last clause separator of each
 * window's second half (；, ，, 、, a cell gap), else at `max`. A flattened table or a text that lost its full stops
 * then costs time linear in its length instead of quadratic in its number of figures.
 *
 * Complexity: O(n).
 *
 * @example
 * windowSentences(segmentSentences('增长8%，'.repeat(1000)), 100).every((s) => s.clean.length <= 100) // true
 * @throws {RangeError} when `max` is below 2.
 */
export function windowSentences(sentences: readonly Sentence[], max = MAX_SENTENCE): Sentence[] {
  if (!(max >= 2)) throw new RangeError(`windowSentences: max must be at least 2, got ${max}`);
  const out: Sentence[] = [];
  for (const s of sentences) {
    if (s.clean.length <= max) {
      out.push(s);
      continue;
    }
    let a = 0;
    while (a < s.clean.length) {
      let b = Math.min(s.clean.length, a + max);
      if (b < s.clean.length) {
        const half = s.clean.slice(a + (max >> 1), b);
        let cut = -1;
        for (const sep of WINDOW_CUTS) {
          cut = half.lastIndexOf(sep);
          if (cut >= 0) break;
        }
        if (cut >= 0) b = a + (max >> 1) + cut + 1;
      }
      const offsets = s.offsets.slice(a, b + 1);
      out.push({
        ...s,
        clean: s.clean.slice(a, b),
        offsets,
        start: offsets[0]!,
        end: offsets[offsets.length - 1]!,
      });
      a = b;
    }
  }
  return out;
}
