/**
 * Finding the body of a document scraped from a web site: the span between the site's header (navigation,
 * file names, page counts) and its footer (版权声明, 网站标识码, ICP备案, 主办/承办, 在线咨询…).
 *
 * The text is never rewritten: the body is a span `[start, end)` of offsets into the document.
 */

/** A half-open span `[start, end)` of UTF-16 offsets into a document. */
export interface Span {
  start: number;
  end: number;
}

const FOOTER_MARKERS =
  /版权声明|版权所有|政府网站标识码|网站标识码|ICP备|公网安备|主办单位|主办|承办|联系我们|在线咨询|扫一扫|打印本页|关闭窗口|上一篇|下一篇|责任编辑|学习参考|相关阅读|相关链接|分享到|【打印】|【关闭】/g;

/** True for a line of site chrome at the top of a page: a file name, a menu of short words, a page count. */
function isHeaderNoise(line: string): boolean {
  const t = line.trim();
  if (t === '') return true;
  if (/\.(?:docx?|pdf|wps|txt|html?)$/i.test(t)) return true;
  const tokens = t.split(/\s+/);
  if (tokens.length >= 4 && tokens.every((w) => w.length <= 6) && !/[。，,；;]/.test(t)) return true;
  return false;
}

/**
 * The span of a document's body: leading header lines of site chrome and trailing footer lines are left out.
 * A footer marker counts when its line is short (≤ 40 characters), starts with it, or ends within 12
 * characters after it; it is only looked for in the second half of the document.
 *
 * Complexity: O(n).
 *
 * @example
 * const text = '首 页 招商 园区 新闻 政策\n产值突破5000亿元。\n版权声明:本站所有\n';
 * text.slice(findBody(text).start, findBody(text).end) // '产值突破5000亿元。\n'
 */
export function findBody(text: string): Span {
  let start = 0;
  // header: skip noise lines among the first 10 lines
  let pos = 0;
  for (let k = 0; k < 10 && pos < text.length; k++) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    if (!isHeaderNoise(line)) break;
    pos = lineEnd + 1;
    start = Math.min(pos, text.length);
  }
  // a share-site prefix such as "9页专业.专注" glued to the first line
  const prefix = /^\s*\d+页[^\u4e00-\u9fff\n]{0,3}(?:专业\.?专注)?/.exec(text.slice(start, start + 40));
  if (prefix && prefix[0].length > 0 && /页/.test(prefix[0])) start += prefix[0].length;

  let end = text.length;
  const from = Math.floor(text.length / 2);
  FOOTER_MARKERS.lastIndex = from;
  for (let m = FOOTER_MARKERS.exec(text); m; m = FOOTER_MARKERS.exec(text)) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const nl = text.indexOf('\n', m.index);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd).trim();
    const atStart = text.slice(lineStart, m.index).trim() === '';
    const tailShort = lineEnd - (m.index + m[0].length) <= 12;
    if (line.length <= 40 || atStart) {
      end = lineStart;
      break;
    }
    if (tailShort) {
      end = m.index;
      break;
    }
  }
  // trim trailing whitespace of the body
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end: Math.max(start, end) };
}
