/**
 * Escaping for the HTML report: text into HTML, JSON into inline `<script>`, URLs into `href`.
 */

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
 * `null`/`undefined` become `''`; numbers and booleans are stringified first.
 *
 * @example
 * escapeHtml('<script>alert(1)</script>') // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * Complexity: O(length).
 * @throws never.
 */
export function escapeHtml(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * JSON for an inline `<script type="application/json">` block: `<`, `>`, `&`, U+2028 and U+2029 become `\uXXXX`
 * escapes, so no string in the data can close the script element (`</script>`) or open a comment (`<!--`).
 * `JSON.parse` of the element's text gives back the original value.
 *
 * @example
 * jsonForScript({ name: '</script><script>alert(1)</script>' }) // '{"name":"\\u003c/script\\u003e…"}'
 * Complexity: O(size of the JSON).
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
 * @example
 * scriptSafe('var s = "</script>";') // 'var s = "<\\/script>";'
 * Complexity: O(length).
 * @throws never.
 */
export function scriptSafe(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * A URL usable as a link target, or `null`: only absolute `http:` and `https:` URLs pass (no `javascript:`,
 * `data:`, relative or protocol-relative URLs).
 *
 * @example
 * safeHref('https://www.gov.cn/a.html') // 'https://www.gov.cn/a.html'
 * safeHref('javascript:alert(1)') // null
 * Complexity: O(length).
 * @throws never.
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
