/**
 * Escaping for the HTML report: text into HTML (one function, {@link escapeHtml}, reached through the {@link html}
 * template for every field), JSON into inline `<script>`, URLs into `href`, and the hashes of inline scripts for
 * the page's Content-Security-Policy.
 */
import { createHash } from 'node:crypto';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escape text for HTML element content and quoted attribute values: `& < > " ' \``.
 * `null`/`undefined` become `''`; anything else (numbers, booleans, a string where a number was expected) is
 * stringified first.
 *
 * Complexity: O(length).
 *
 * @example
 * escapeHtml('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

/** Markup known to be safe: built by {@link html} (its fields escaped) or by {@link inlineScript}. */
export class SafeHtml {
  /** @param markup markup that is safe as it is: only this module and {@link html} make one. */
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

function htmlField(value: unknown): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(htmlField).join('');
  return escapeHtml(value);
}

/**
 * The report's one way to put data into markup: a template tag whose every field goes through {@link escapeHtml},
 * except markup this tag made itself ({@link SafeHtml}, or arrays of them). A number, a string or an object in a
 * field is always escaped, wherever it sits (text, attribute value).
 *
 * Complexity: O(length of the result).
 *
 * @example
 * html`<td data-sort="${row.span_start}">${row.quote}</td>`.markup // every field escaped
 * html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>` // nested templates are kept as markup
 */
export function html(strings: TemplateStringsArray, ...fields: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  fields.forEach((f, i) => {
    out += htmlField(f) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * An inline `<script>` element for trusted code (the inlined runtimes, the page's own script), made safe with
 * {@link scriptSafe}, and the CSP source that allows exactly that text: `'sha256-…'`.
 *
 * Complexity: O(length of the code).
 *
 * @example
 * const { element, hash } = inlineScript('console.log(1)');
 * // element.markup === '<script>console.log(1)</script>'; hash === "'sha256-…'" for script-src
 */
export function inlineScript(code: string): { element: SafeHtml; hash: string } {
  const text = scriptSafe(code);
  const digest = createHash('sha256').update(text, 'utf8').digest('base64');
  return { element: new SafeHtml(`<script>${text}</script>`), hash: `'sha256-${digest}'` };
}

/**
 * An inline data block `<script type="application/json" id="…">` holding {@link jsonForScript} of `value`. A data
 * block is never run, so the page's CSP needs no hash for it.
 *
 * Complexity: O(size of the JSON).
 *
 * @example
 * jsonScript('spec-0', { title: '</script>' }).markup // '<script type="application/json" id="spec-0">{"title":"\\u003c/script\\u003e"}</script>'
 * @throws {TypeError} when the value cannot be serialised (cycles, BigInt).
 */
export function jsonScript(id: string, value: unknown): SafeHtml {
  return html`<script type="application/json" id="${id}">${new SafeHtml(jsonForScript(value))}</script>`;
}

/**
 * JSON for an inline `<script type="application/json">` block: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`
 * escapes, so no string in the data can close the script element (`</script>`) or open a comment (`<!--`).
 * `JSON.parse` of the element's text gives back the original value.
 *
 * Complexity: O(size of the JSON).
 *
 * @example
 * jsonForScript({ name: '</script><script>alert(1)</script>' }) // '{"name":"\\u003c/script\\u003e…"}'
 * @throws {TypeError} when the value cannot be serialised (cycles, BigInt).
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * A JavaScript source safe to inline in a `<script>` element: every `</script` becomes `<\/script` and every
 * `<!--` becomes `<\!--` (both mean the same inside JS strings and regular expressions).
 *
 * Complexity: O(length).
 *
 * @example
 * scriptSafe('var s = "</script>";') // 'var s = "<\\/script>";'
 */
export function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * A URL usable as a link target, or `null`: only absolute `http:` and `https:` URLs pass (no `javascript:`,
 * `data:`, relative or protocol-relative URLs).
 *
 * Complexity: O(length).
 *
 * @example
 * safeHref('https://www.gov.cn/a.html') // 'https://www.gov.cn/a.html'
 * safeHref('javascript:alert(1)') // null
 */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  const s = url.trim();
  if (!/^https?:\/\/[^\s]+$/i.test(s)) return null;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
