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
export { type ReasonCategory, type TranslatedReason, translateReason } from './reasons.js';
export { vegaRuntimes } from './runtime.js';
export { type ReportSection, type ReportSectionOptions, reportSection } from './sections.js';
export { type DocumentSummary, documentSummaries, type ReportDocument } from './summary.js';
export { HEADER_UNITS, type WorkbookInput, writeWorkbook } from './workbook.js';
