/**
 * Task tables flattened one row after another with no separator between cells: a row's 责任单位 run straight into
 * the next row's number and task ("…年均增长10%市发展改革委、各县(市、区)政府2服务业增加值占比达到40%市商务局3…").
 * A run of organisation names right after a figure and right before a row number is the previous row's 责任单位
 * column; the number opens the next row.
 */

/** One 责任单位 run of a glued task table and the row number after it. */
export interface GluedUnitRun {
  /** Offsets of the organisation names in the text. */
  start: number;
  end: number;
  /** Offsets of the next row's number (equal to `end` when the run ends the line). */
  numberStart: number;
  numberEnd: number;
  /** For the first run of a sequence: offsets of the row number that opens the sequence (the 1 of 1地区生产总值…). */
  opening?: [number, number];
  /** The units, in text order. */
  units: string[];
}

/** An organisation name ends in one of these (市发展改革委, 市统计局, 各县(市、区)政府, 东湖港区, 各成员单位). */
const ORG_END =
  '(?:委员会|管委会|委|局|人民政府|政府|办公室|办|开发区|港区|新区|园区|高新区|成员单位|单位|部门|中心|集团|公司|指挥部|分行|支行|研究院)';
/** One unit, whole: CJK characters, a bracket of at most 10 characters (各县(市、区)政府), ending in {@link ORG_END}. */
const ORG_UNIT = new RegExp(
  `^[\\u4e00-\\u9fff]{1,20}(?:[(（][^()（）]{1,10}[)）][\\u4e00-\\u9fff]{0,8})?${ORG_END}(?:[(（][^()（）\\d]{1,10}[)）])?$`,
);
/** A measure word or unit after a number: the number is a figure (5家, 3个, 10亿元), not a row number. */
const MEASURE =
  '(?:家|个|项|条|户|名|人|位|座|所|亿|万|千|百|年|月|日|号|倍|批|次|平方|公里|亩|吨|台|套|件|种|款|元|天|大|类|级|期)';
/**
 * A figure's last character, an optional 左右/以上…, a run of CJK characters, brackets and 、 (checked unit by unit
 * afterwards, see {@link ORG_UNIT}), then a row number and a CJK character (or the end of the line, for the last
 * row). One character class, no nested repetition: linear backtracking.
 */
const GLUED_RUN = new RegExp(
  `(?<=[\\d%元亿万个家项倍户人亩里点])(?:左右|以上|以内|以下|及以上)?[。；;]?[ \\t\\u3000]*\\n?[ \\t\\u3000]*(?!${MEASURE}|[元%])([\\u4e00-\\u9fff()（）、,，]{2,160})(?:(\\d{1,3})(?=[\\u4e00-\\u9fff])(?!${MEASURE})|[ \\t\\u3000]*$)`,
  'gm',
);

/**
 * Split a glued 责任单位 run into units: at 、 , ， outside brackets, and between two names written together
 * (市发展改革委各县(市、区)政府 → 市发展改革委 | 各县(市、区)政府).
 *
 * Complexity: O(n).
 *
 * @example
 * splitGluedUnits('市发展改革委各县(市、区)政府、临江经济开发区') // ['市发展改革委', '各县(市、区)政府', '临江经济开发区']
 */
export function splitGluedUnits(run: string): string[] {
  const pieces: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of run) {
    if (c === '(' || c === '（') depth++;
    else if (c === ')' || c === '）') depth = Math.max(0, depth - 1);
    if (depth === 0 && /[、,，]/.test(c)) {
      pieces.push(cur);
      cur = '';
    } else cur += c;
  }
  pieces.push(cur);
  return pieces
    .flatMap((p) => p.split(/(?<=委员会|管委会|委|局|政府|办公室|办)(?=[市各县区省州])/))
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}

/**
 * Every 责任单位 run of a glued task table, in text order. A run counts only inside a sequence of rows: its row
 * number is one more than the previous run's (the first may be any number from 2); a run at a line end (the last
 * row) counts only after a numbered one. Returns `[]` for ordinary prose.
 *
 * Complexity: O(n).
 *
 * @example
 * findGluedUnitRuns('1地区生产总值增长7%市发展改革委2社会消费品零售总额增长8%市商务局').map((r) => r.units)
 * // [['市发展改革委'], ['市商务局']]
 */
export function findGluedUnitRuns(text: string): GluedUnitRun[] {
  // a cheap test first: an organisation name's last character right before a row number
  if (!/[委局府办区会位门心团司部行院)）]\d{1,3}[\u4e00-\u9fff]/.test(text)) return [];
  const out: GluedUnitRun[] = [];
  let prev: number | null = null;
  GLUED_RUN.lastIndex = 0;
  for (let m = GLUED_RUN.exec(text); m; m = GLUED_RUN.exec(text)) {
    if (m[0].length === 0) {
      GLUED_RUN.lastIndex++;
      continue;
    }
    const units = m[1]!.replace(/[、,，]$/, '');
    const names = splitGluedUnits(units);
    if (names.length === 0 || !names.every((u) => ORG_UNIT.test(u))) {
      if (m[2] !== undefined) prev = null;
      continue;
    }
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + units.length;
    if (m[2] === undefined) {
      if (prev === null) continue;
      out.push({ start, end, numberStart: end, numberEnd: end, units: names });
      prev = null;
      continue;
    }
    const n = Number(m[2]);
    // the first run of a sequence: the previous row's number opens a row not long before
    let opening: [number, number] | undefined;
    if (prev === null && n >= 2) {
      const from = Math.max(0, m.index - 400);
      const before = text.slice(from, m.index);
      const open = new RegExp(`(?<!\\d)${n - 1}(?=[\\u4e00-\\u9fff])(?!${MEASURE})`, 'g');
      let last: RegExpExecArray | null = null;
      for (let o = open.exec(before); o; o = open.exec(before)) last = o;
      if (last) opening = [from + last.index, from + last.index + last[0].length];
    }
    const opened = opening !== undefined;
    if (prev === null ? !opened : n !== prev + 1) {
      prev = null;
      continue;
    }
    const numberStart = m.index + m[0].length - m[2].length;
    out.push({
      start,
      end,
      numberStart,
      numberEnd: numberStart + m[2].length,
      units: names,
      ...(opening ? { opening } : {}),
    });
    prev = n;
  }
  return out;
}
