/** Reports: standalone HTML report and Excel workbook. */
export {
  latestWithActual,
  type ReportChart,
  type ReportChartsOptions,
  reportCharts,
  seriesFor,
  type WriteChartFilesOptions,
  writeChartFiles,
} from './charts.js';
export { escapeHtml, jsonForScript, safeHref, scriptSafe } from './escape.js';
export { buildReportHtml, type ReportOptions, type WriteReportOptions, writeReport } from './html.js';
export { vegaRuntimes } from './runtime.js';
export { HEADER_UNITS, type WorkbookInput, writeWorkbook } from './workbook.js';
