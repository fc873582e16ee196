/**
 * The source line every chart carries: the documents the targets come from and the actuals' sources.
 */

import { words } from './labels.js';
import type { ChartLang } from './types.js';

/** Host name of a URL, or the text itself when it is not a URL (a citation). */
function sourceName(source: string): string {
  const s = source.trim();
  if (/^https?:\/\//i.test(s)) {
    try {
      return new URL(s).hostname.replace(/^www\./, '');
    } catch {
      return s;
    }
  }
  return s;
}

function distinct(values: readonly (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const v of values) {
    const t = typeof v === 'string' ? v.trim() : '';
    if (t) seen.add(t);
  }
  return [...seen];
}

/**
 * The source lines for a chart: one naming the documents, one naming the actuals' sources:
 * `['资料来源：文件 a、b', '实际值来源：gov.cn、fx361.com 等3个来源']`. URLs are shortened to their host name; at most
 * `max` documents and `max` sources are listed. With neither, one line saying that no source was given.
 *
 * Complexity: O(n) in the number of documents and sources.
 *
 * @example
 * sourceLines(['wuhan-2021-plan'], ['http://www.fx361.com/page/1.html'])
 * // ['资料来源：文件 wuhan-2021-plan', '实际值来源：fx361.com']
 */
export function sourceLines(
  documents: readonly (string | null | undefined)[],
  actualSources: readonly (string | null | undefined)[],
  lang: ChartLang = 'zh',
  max = 3,
): string[] {
  const w = words(lang);
  const docs = distinct(documents);
  const srcs = distinct(distinct(actualSources).map(sourceName));
  const lines: string[] = [];
  if (docs.length > 0) {
    const more = docs.length > max ? ` ${w.andMoreDocs(docs.length - max)}` : '';
    lines.push(`${w.source}${w.colon}${w.documents} ${docs.slice(0, max).join(w.list)}${more}`);
  }
  if (srcs.length > 0) {
    const more = srcs.length > max ? ` ${w.andMoreSources(srcs.length - max)}` : '';
    lines.push(`${w.actualSources}${w.colon}${srcs.slice(0, max).join(w.list)}${more}`);
  }
  if (lines.length === 0) lines.push(w.noSource);
  return lines;
}

/**
 * The source lines joined into one: `资料来源：文件 a；实际值来源：fx361.com`.
 *
 * Complexity: O(n) in the number of documents and sources.
 *
 * @example
 * sourceLine(['wuhan-2021-plan'], []) // '资料来源：文件 wuhan-2021-plan'
 */
export function sourceLine(
  documents: readonly (string | null | undefined)[],
  actualSources: readonly (string | null | undefined)[],
  lang: ChartLang = 'zh',
  max = 3,
): string {
  return sourceLines(documents, actualSources, lang, max).join(words(lang).sep);
}

/**
 * The source lines a chart prints: the caller's `override` when given, else {@link sourceLines}.
 *
 * Complexity: O(n) in the number of documents and sources.
 *
 * @example
 * sourceFor(undefined, ['doc-a'], [], 'zh') // ['资料来源：文件 doc-a']
 * sourceFor('来源：统计公报', [], [], 'zh') // ['来源：统计公报']
 */
export function sourceFor(
  override: string | undefined,
  documents: readonly (string | null | undefined)[],
  actualSources: readonly (string | null | undefined)[],
  lang: ChartLang = 'zh',
): string[] {
  return override ? [override] : sourceLines(documents, actualSources, lang);
}
