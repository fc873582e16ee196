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
export {
  REASON_CATEGORIES,
  REASON_RULES,
  type ReasonCategory,
  type ReasonPart,
  type ReasonRule,
  reasonCategoryLabel,
  type TranslatedReason,
  translateReason,
} from './reasons.js';
export { vegaRuntimes } from './runtime.js';
export { type ReportSection, type ReportSectionOptions, reportSection } from './sections.js';
export {
  type DocumentSummary,
  documentSummaries,
  type ReasonCount,
  type ReportDocument,
  type TargetVerdict,
  targetVerdicts,
  UNJUDGED_STATUSES,
  unjudgedReasons,
} from './summary.js';
export { HEADER_UNITS, type WorkbookInput, writeWorkbook } from './workbook.js';
