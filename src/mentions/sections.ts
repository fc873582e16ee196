/**
 * The orientation of each part of a document: a review of the past (一、2022年工作回顾, 过去五年, 发展基础) or a plan for
 * the future (二、2023年主要预期目标和工作安排, 重点任务, 发展目标), read from its headings.
 */
import type { Tense } from './time.js';

/** What a section does. */
export type Orientation = 'review' | 'plan' | 'neutral';

/** Heading words of a review, and of a plan (checked in this order: a heading with both, 回顾与展望, is neutral). */
const REVIEW_WORDS =
  /回顾|过去(?:的)?[一五]年|[一五]年来|工作总结|主要成绩|成就|发展基础|发展现状|基本情况|取得的?(?:成效|成绩|进展)|执行情况|完成情况/;
const PLAN_WORDS =
  /目标|任务|安排|工作重点|主要工作|今年|明年|重点工作|总体要求|总体思路|指导思想|展望|部署|举措|措施|计划|发展方向|主攻方向|实施路径|保障/;

/** A heading: a short line opening on a section marker, or a whole short line without a full stop. */
const MARKER =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[部章节分]|\d{1,2}[、.．](?!\d))/;
const TOP_MARKER = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[部章])/;

/** The orientation a heading gives its section, `null` when it says neither, and whether it is a top-level heading. */
export function headingOrientation(
  line: string,
  yearTense: (y: number) => Tense,
): { orientation: Orientation | null; top: boolean } | null {
  const t = line.trim();
  // a heading opens on a marker (一、 (一) 1.), or is a short line of its own without punctuation (主要目标)
  const bare =
    t.length <= 16 &&
    /^[\u4e00-\u9fff\d“”"（）()]+[:：]?$/.test(t) &&
    /[^\d年月日（）()\s]{2}/.test(t.replace(/\d/g, ''));
  if (t.length === 0 || t.length > 60 || (!MARKER.test(t) && !bare)) return null;
  const top = TOP_MARKER.test(t) || (bare && !MARKER.test(t));
  const review = REVIEW_WORDS.test(t);
  const plan = PLAN_WORDS.test(t);
  // 一、2022年工作回顾 / 二、2023年工作安排: the year decides when the words do not
  const year = /(20\d\d)年/.exec(t);
  const byYear = year ? yearTense(Number(year[1])) : null;
  if (review && !plan) return { orientation: 'review', top };
  if (plan && !review) return { orientation: byYear === 'past' ? 'review' : 'plan', top };
  if (byYear) return { orientation: byYear === 'past' ? 'review' : 'plan', top };
  if (bare && !review && !plan) return null;
  return { orientation: review && plan ? 'neutral' : null, top };
}
