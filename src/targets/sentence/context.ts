/**
 * What the sentence rules know about the document: its options, its horizon, the section deadline and heading
 * subject in force, and where its 责任单位 are.
 */

import { divisionByCode, divisionsNamed, scopeOfLevel } from '../../dictionaries/divisions.js';
import { type DeadlinePhrase, findDeadlines, parseHorizon, titleYear } from '../../text/horizon.js';
import type { TableCell } from '../../text/text-table.js';
import type { ExtractOptions } from '../options.js';

/** The years a document's targets run over, unless a sentence says otherwise. */
export interface Horizon {
  /** The year 今年/年末 refer to: an annual plan's own year, else the issue year. */
  currentYear?: number;
  startYear: number;
  deadlineYear: number | null;
  deadlineYearMax: number | null;
}

/** The document as the sentence rules see it; `section`, `headingSubject` and `cellSubject` change as it is read. */
export interface DocContext {
  /** 全市, 全省, 全县 or 全区 by the issuing region's level. */
  defaultScope: string;
  /** The industry a short section heading names ((一)工程机械产业), for targets of its section with no subject. */
  headingSubject: string | null;
  /** The previous cell of a table flattened one cell per line (地区生产总值 / 增长7%), for a figure cell with no subject. */
  cellSubject: string | null;
  text: string;
  opts: ExtractOptions;
  horizon: Horizon;
  /** The deadline of a short target heading (2021年的主要目标:) in force, if any. */
  section: DeadlinePhrase | null;
  /** The 责任单位 that govern a document offset. */
  who: (offset: number) => string[];
  /** The value cells of text tables with a 单位 column, by document offset of the cell (text/text-table.ts). */
  tableCells: ReadonlyMap<number, TableCell>;
}

/**
 * The default scope of a region: by its level in the divisions table when its code or name is known (全国, 全省, 全市,
 * 全区, 全县), else by its name's last character.
 *
 * @example
 * defaultScopeOf('湖北省') // '全省'
 * defaultScopeOf('武汉市') // '全市'
 * defaultScopeOf('全国', '100000') // '全国'
 */
export function defaultScopeOf(region: string, regionCode?: string | null): string {
  const d = (regionCode ? divisionByCode(regionCode) : undefined) ?? divisionsNamed(region)[0];
  if (d && (d.name === region || regionCode)) return scopeOfLevel(d.level);
  const level = /(省|自治区|县|区|市)$/.exec(region)?.[1];
  if (level === '省' || level === '自治区') return '全省';
  if (level === '县') return '全县';
  if (level === '区') return '全区';
  return '全市';
}

/**
 * The horizon from the options or from the document itself: an annual plan's title year, else the first deadline
 * phrase of the document's first third (outside cited titles), else the issue year with no deadline.
 *
 * @example
 * documentHorizon('2018年全市工业经济工作任务\n…', 0, 30, { docId: 'd', region: '某市', issuedYear: 2018 }).deadlineYear // 2018
 */
export function documentHorizon(
  text: string,
  bodyStart: number,
  bodyEnd: number,
  opts: ExtractOptions,
): Horizon {
  const fromIndex = opts.horizon ? parseHorizon(opts.horizon, opts.issuedYear) : null;
  if (fromIndex) return fromIndex;
  // an annual plan names its year in the title or first heading (2018年…工作任务): that year is the horizon
  // (the title may sit just before the body, among the page's chrome)
  const annual = titleYear(text.slice(Math.max(0, bodyStart - 200), bodyStart + 300));
  if (annual !== null && annual >= opts.issuedYear - 1 && annual <= opts.issuedYear + 1)
    return { startYear: annual, deadlineYear: annual, deadlineYearMax: null, currentYear: annual };
  const head = text.slice(bodyStart, bodyStart + Math.max(600, Math.floor((bodyEnd - bodyStart) / 3)));
  // a window inside 《》 is a cited document's (《…工作方案(2018-2020年)》), not this one's
  const cited: [number, number][] = [];
  for (const m of head.matchAll(/《[^》]{0,120}》/g))
    cited.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  const [first] = findDeadlines(head, opts.issuedYear).filter(
    (d) => d.deadlineYear >= opts.issuedYear && !cited.some(([a, b]) => d.start >= a && d.end <= b),
  );
  if (first)
    return {
      startYear: first.startYear ?? opts.issuedYear,
      deadlineYear: first.deadlineYear,
      deadlineYearMax: first.deadlineYearMax,
    };
  return { startYear: opts.issuedYear, deadlineYear: null, deadlineYearMax: null };
}
