/** Actuals: the published statistics targets are judged against, and their loaders. */
export {
  BOUND_CODES,
  type BoundedNumber,
  flipBound,
  NO_FIGURE_MARKS,
  type NumberCell,
  parseBoundedNumber,
  readNumberCell,
} from './bounds.js';
export { BUNDLED_ACTUALS_FILE, BUNDLED_ACTUALS_FILES, loadBundledActuals } from './bundled.js';
export { type ActualColumns, actualRowAt, actualRows, BASIS_CODES, concatColumns } from './columns.js';
export type { ColumnMapping, InputField } from './fields.js';
export {
  actualsFromText,
  cleanPhrase,
  PHRASE_RULES,
  type TextActualsOptions,
  type TextActualsResult,
} from './from-text.js';
export { type IndicatorReading, type QualifierReading, readIndicator, readQualifier } from './interpret.js';
export { type ActualsFormat, type LoadActualsOptions, loadActuals, loadActualsColumns } from './load.js';
export { loadMapping, type MappingRow, parseMapping } from './mapping.js';
export {
  MATCH_TABLE_COLUMNS,
  type MatchOptions,
  type MatchTableRow,
  matchActuals,
  matchTable,
  SUBJECT_SCORES,
} from './match.js';
export { METRIC_RULES, type MetricFamily, type MetricReading, metricFamily, readMetric } from './metric.js';
export type { LoadDefaults } from './normalize.js';
export { ACTUAL_COLUMNS, actualsTable } from './table.js';
export * from './types.js';
