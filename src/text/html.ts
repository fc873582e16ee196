/**
 * Stripping HTML tags from a page while keeping a map from every character of the stripped text back to the
 * page, so that offsets into the stripped text stay meaningful.
 */

/** The stripped text of an HTML page and where each of its characters came from. */
export interface StrippedHtml {
  /** The page's text: tags removed, `<script>`/`<style>` dropped, entities decoded, block tags as line breaks. */
  text: string;
  /** `sourceOffsets[i]` is the UTF-16 offset in the HTML source of `text[i]` (length `text.length + 1`). */
  sourceOffsets: Int32Array;
}

const BLOCK_TAGS = new Set([
  'p',
  'div',
  'br',
  'tr',
  'li',
  'ul',
  'ol',
  'table',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'title',
  'blockquote',
  'pre',
  'hr',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  ensp: ' ',
  emsp: ' ',
  times: '×',
};

/** True when a text looks like HTML (a doctype, or an `<html>`, `<body>`, `<p>` or `<div>` tag near the start). */
export function looksLikeHtml(text: string): boolean {
  return /<(?:!doctype\s+html|html[\s>]|body[\s>]|head[\s>]|p[\s>]|div[\s>]|meta\s)/i.test(
    text.slice(0, 4096),
  );
}

/**
 * Strip the tags of an HTML page: block tags (`p`, `div`, `br`, `tr`, `li`, headings…) become one line break, a table
 * cell (`td`, `th`) a tab, so that a table row is one line of tab-separated cells;
 * inline tags vanish, `<script>`, `<style>` and comments are dropped, entities (`&nbsp;`, `&#20135;`) decoded.
 *
 * Malformed markup is read as text.
 *
 * Complexity: O(n) in the length of the page.
 *
 * @example
 * stripHtml('<p>产值<b>突破</b>5000亿元</p>').text // '\n产值突破5000亿元\n'
 */
export function stripHtml(html: string): StrippedHtml {
  const out: string[] = [];
  const offsets: number[] = [];
  const n = html.length;
  let i = 0;
  const push = (s: string, at: number) => {
    for (const ch of s) {
      out.push(ch);
      offsets.push(at);
      if (ch.length === 2) {
        // a surrogate pair occupies two UTF-16 units in the output string
        out.push('');
        offsets.push(at);
      }
    }
  };
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      if (html.startsWith('<!--', i)) {
        const e = html.indexOf('-->', i + 4);
        i = e < 0 ? n : e + 3;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)[^>]*>/.exec(html.slice(i, i + 2048));
      if (m) {
        const tag = m[1]!.toLowerCase();
        const closing = m[0].startsWith('</');
        if (!closing && (tag === 'script' || tag === 'style')) {
          const re = new RegExp(`</${tag}\\s*>`, 'ig');
          re.lastIndex = i + m[0].length;
          const e = re.exec(html);
          i = e ? e.index + e[0].length : n;
          continue;
        }
        if (BLOCK_TAGS.has(tag)) push('\n', i);
        // a table row is one line, its cells separated by tabs (a text table: text/text-table.ts)
        else if ((tag === 'td' || tag === 'th') && !closing) push('\t', i);
        i += m[0].length;
        continue;
      }
      if (html.startsWith('<!', i)) {
        const e = html.indexOf('>', i);
        i = e < 0 ? n : e + 1;
        continue;
      }
    }
    if (c === 38 /* & */) {
      const m = /^&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/.exec(html.slice(i, i + 12));
      if (m) {
        const body = m[1]!;
        let s: string | undefined;
        if (body.startsWith('#x')) s = String.fromCodePoint(Number.parseInt(body.slice(2), 16));
        else if (body.startsWith('#')) s = String.fromCodePoint(Number.parseInt(body.slice(1), 10));
        else s = NAMED_ENTITIES[body.toLowerCase()];
        if (s !== undefined) {
          push(s, i);
          i += m[0].length;
          continue;
        }
      }
    }
    if (c === 13 /* \r */) {
      i++;
      continue;
    }
    out.push(html[i]!);
    offsets.push(i);
    i++;
  }
  offsets.push(n);
  return { text: out.join(''), sourceOffsets: Int32Array.from(offsets) };
}
