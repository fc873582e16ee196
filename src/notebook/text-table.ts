/**
 * Tables as plain text for terminals and `text/plain` outputs: columns padded to the width a terminal gives each
 * character (Chinese characters and full-width punctuation take two columns), long cells cut with `…`.
 */

/** True for characters a terminal draws two columns wide (East Asian Wide and Full-width). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * The number of terminal columns a string takes.
 *
 * Complexity: O(length).
 *
 * @example
 * displayWidth('产值12%') // 7
 */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

/** `s` cut to at most `max` columns, with `…` when cut; line breaks become spaces. */
function clip(s: string, max: number): string {
  const flat = s.replace(/\s*\n\s*/g, ' ');
  if (displayWidth(flat) <= max) return flat;
  let out = '';
  let w = 0;
  for (const ch of flat) {
    const cw = isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
    if (w + cw > max - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

function pad(s: string, width: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Options of {@link textTable}. */
export interface TextTableOptions {
  /** Columns (by index) aligned to the right: numbers. */
  numeric?: ReadonlySet<number>;
  /** A cell is cut to this many columns (default 40). */
  maxWidth?: number;
}

/**
 * A plain-text table: a header, a rule, and the rows, columns separated by two spaces.
 *
 * Complexity: O(cells).
 *
 * @example
 * textTable(['对象', '目标值'], [['产值', '1,200 亿元']], { numeric: new Set([1]) })
 * // '对象  目标值\n----  ----------\n产值  1,200 亿元'
 */
export function textTable(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  options: TextTableOptions = {},
): string {
  const max = options.maxWidth ?? 40;
  const numeric = options.numeric ?? new Set<number>();
  const head = columns.map((c) => clip(c, max));
  const body = rows.map((r) => columns.map((_, i) => clip(r[i] ?? '', max)));
  const widths = head.map((h, i) => Math.max(displayWidth(h), ...body.map((r) => displayWidth(r[i]!))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, numeric.has(i)))
      .join('  ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
