/**
 * 责任单位 / 责任处室: who is responsible for a target. Two layouts are read:
 * a bracket after the task ("(责任单位:市商务局、市经济和信息化局,各区人民政府)", "[责任单位:…]", "【…】",
 * the opening bracket sometimes lost), and a task-list table flattened one cell per line whose 责任处室 (or
 * 责任单位) column holds short organisation names ("综合规划处会同", "科学技术处、").
 */

import { findGluedUnitRuns } from '../text/glued.js';
import { INLINE_MARKER, splitCells } from '../text/segment.js';

/** A 责任单位 note found in a document. */
export interface ResponsibleNote {
  /** Offsets of the note in the document. */
  start: number;
  end: number;
  /** The units, in text order. */
  units: string[];
}

const BRACKET_NOTE =
  /[(（[【]?\s*责任(?:单位|部门|处室|领导)\s*[:：]\s*((?:[^)）\]】〈(（]|〈[^〉]*〉|[(（][^)）]*[)）])+)[)）\]】]/g;

/**
 * Split a 责任单位 list into units: separators 、 , ， ; ；, the word 会同; notes in 〈…〉 or "(含…)" dropped.
 *
 * Complexity: O(n).
 *
 * @example
 * splitUnits('各区人民政府〈含开发区管委会,下同〉') // ['各区人民政府']
 * splitUnits('市商务局、市经济和信息化局,各区人民政府') // ['市商务局', '市经济和信息化局', '各区人民政府']
 * splitUnits('市经信局(牵头)、市科技局') // ['市经信局', '市科技局']
 */
export function splitUnits(list: string): string[] {
  return list
    .replace(/〈[^〉]*〉|[(（](?:含|不含)[^)）]*[)）]|[(（](?:牵头|配合|负责|协办)[)）]/g, '')
    .split(/[、,，;；\s]+|会同/)
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}

/**
 * Every bracketed 责任单位 note of a document, in text order.
 *
 * Complexity: O(n).
 *
 * @example
 * findResponsibleNotes('…不低于50%。(责任单位:市商务局、各区人民政府)')[0].units // ['市商务局', '各区人民政府']
 */
export function findResponsibleNotes(text: string): ResponsibleNote[] {
  const out: ResponsibleNote[] = [];
  BRACKET_NOTE.lastIndex = 0;
  for (let m = BRACKET_NOTE.exec(text); m; m = BRACKET_NOTE.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, units: splitUnits(m[1]!) });
  }
  return out;
}

/** The rows of a flattened task-list table: each block's span and the units in its 责任处室 column. */
export interface TaskBlock {
  start: number;
  end: number;
  /** The 序号 of the block. */
  number: number;
  units: string[];
}

const ORG_CELL =
  /^(?:[\u4e00-\u9fff]{2,14}?(?:处|室|办|局|委|科|中心|公司|办公室|管委会|政府|集团)(?:[(（](?:牵头|配合|负责|协办)[)）])?(?:会同)?[、,，]?)+$/;
/** The header cell of a responsible column: 责任处室, 责任单位, 牵头责任单位, 牵头单位, 配合单位. */
const RESPONSIBLE_HEADER =
  /^(?:牵头)?责任(?:处室|单位|部门)$|^牵头(?:单位|部门)$|^(?:配合|协办|协助)(?:单位|部门)$/;

/**
 * Read a task-list table flattened one cell per line (header cells 序号 … 责任处室 each on its own line): blocks
 * start at a line holding only the next 序号 (1, 2, 3… in sequence); a block's units are its short cells naming an
 * organisation (ending in 处, 室, 办, 局, 委…). Returns `[]` when the document has no such table.
 *
 * Complexity: O(n).
 *
 * @example
 * findTaskBlocks('序号\n\n责任处室\n\n1\n\n增长12%。\n\n综合规划处会同\n\n科学技术处、\n')[0].units
 * // ['综合规划处', '科学技术处']
 */
export function findTaskBlocks(text: string): TaskBlock[] {
  const headerCells = (line: string) => line.trim().split(/[\t\u3000 ]+/);
  // the header: 序号 and a responsible column, one cell per line or on one line (序号	工作任务	…	牵头责任单位)
  if (!/^\s*序号(?:\s|$)/m.test(text)) return [];
  let header = false;
  for (const line of text.split('\n', 4000)) {
    if (headerCells(line).some((c) => RESPONSIBLE_HEADER.test(c))) {
      header = true;
      break;
    }
  }
  if (!header) return [];
  const blocks: TaskBlock[] = [];
  let pos = 0;
  let expected = 1;
  let current: TaskBlock | null = null;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl).trim();
    const cells = splitCells(line);
    if (cells[0] === String(expected)) {
      if (current) current.end = pos;
      current = { start: pos, end: text.length, number: expected, units: [] };
      blocks.push(current);
      expected++;
    }
    if (current) {
      for (const cell of cells.length > 1 || cells[0] !== String(expected - 1) ? cells : []) {
        if (!ORG_CELL.test(cell) || /[。，,；;]$/.test(cell.replace(/[、,，]$/, ''))) continue;
        for (const u of splitUnits(cell)) if (!current.units.includes(u)) current.units.push(u);
      }
    }
    pos = nl + 1;
  }
  return blocks;
}

/**
 * A lookup from a document offset to the responsible units: the task-list block holding the offset, else the
 * first bracketed note after it within the same paragraph (no blank line between).
 *
 * Complexity: O(n) to build; O(log k) per lookup (k notes).
 *
 * @example
 * responsibleAt(text)(offsetOfTarget) // ['市商务局', '市经济和信息化局', '各区人民政府']
 */
export function responsibleAt(text: string): (offset: number) => string[] {
  const notes = findResponsibleNotes(text);
  // a task table glued row after row: each row's 责任单位 run follows its task
  const glued = findGluedUnitRuns(text);
  if (glued.length > 0) {
    for (const g of glued) notes.push({ start: g.start, end: g.end, units: g.units });
    notes.sort((a, b) => a.start - b.start);
  }
  const blocks = findTaskBlocks(text);
  const blankLine = /\n[ \t\u3000\u00a0]*\n/g;
  const breaks: number[] = [];
  for (let m = blankLine.exec(text); m; m = blankLine.exec(text)) breaks.push(m.index);
  // section headings (一、 (二) 三)) end the reach of a note: a note never covers a target of an earlier section
  const heading = new RegExp(INLINE_MARKER.source, 'g');
  for (let m = heading.exec(text); m; m = heading.exec(text)) {
    // a chapter heading (二、) or a section heading ((一), 三)) — not 1、 list items
    if (/^[一二三四五六七八九十]|^[(（]/.test(m[0])) breaks.push(m.index);
  }
  breaks.sort((a, b) => a - b);
  return (offset: number) => {
    const block = blocks.find((b) => offset >= b.start && offset < b.end);
    if (block) return [...block.units];
    let lo = 0;
    let hi = notes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (notes[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    const note = notes[lo];
    if (!note) return [];
    if (note.start <= offset) return [...note.units];
    const nextBreak = breaks.find((b) => b >= offset);
    if (nextBreak !== undefined && nextBreak < note.start) return [];
    return [...note.units];
  };
}
