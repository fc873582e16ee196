/** Notebooks: `show()` for tslab, Deno's Jupyter kernel and plain Node. */
export {
  chartBundle,
  isVegaLiteSpec,
  type MimeBundle,
  mimeBundles,
  type ShowOptions,
  tableBundle,
  VEGA_LITE_MIME,
} from './bundle.js';
export { currentKernel, type Display, type KernelName } from './kernel.js';
export { show } from './show.js';
export { displayWidth, type TextTableOptions, textTable } from './text-table.js';
export { cellText, rowsTable, type ShownTable, tableRows } from './views.js';
