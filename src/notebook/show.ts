/**
 * `show(x)`: one call to display what the library makes, in any TypeScript notebook and in plain Node.
 */
import { mimeBundles, type ShowOptions } from './bundle.js';
import { currentKernel } from './kernel.js';

/**
 * Display `x` in the notebook the code runs in (tslab or Deno's Jupyter kernel, found at this call), or print it
 * as text in plain Node:
 * - targets, gaps and mentions rows (arrays, arquero tables): the columns an economist reads first, values in the
 *   plan's units (亿元, %, 个), statuses and reasons in words (`lang`, Chinese by default);
 * - any other rows, an arquero table, a danfo DataFrame or Series: a plain table;
 * - a Vega-Lite spec (or `{ title, spec }` from `reportCharts`): drawn interactively
 *   (`application/vnd.vegalite.v5+json`), with an SVG fallback for front ends that do not draw Vega-Lite;
 * - a report section (`reportSection('summary', gaps, targets)`): its table, then its charts;
 * - SVG markup: the image; any other string: the text.
 * Tables show at most `limit` rows (50) and say how many are left out. Resolves once displayed; returns nothing, so
 * a cell that ends with `await show(x)` shows `x` once.
 *
 * Complexity: linear in the size of `x`; a chart is rendered to SVG once.
 *
 * @example
 * await show(extractTargets(text, { docId: 'x', region: '武汉市' }));   // a targets table in 亿元 and %
 * await show(statusMatrix(gaps));                                    // an interactive chart
 * await show(reportSection('summary', gaps, targets, { documents: seeds.index() }));
 * @throws {Error} when a chart does not compile or render (vega's message).
 */
export async function show(x: unknown, options: ShowOptions = {}): Promise<void> {
  const bundles = await mimeBundles(x, options);
  const { display } = currentKernel();
  for (const b of bundles) await display(b);
}
