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
export { BUNDLED_ACTUALS_FILE, loadBundledActuals } from './bundled.js';
export { type ActualColumns, actualRowAt, actualRows, BASIS_CODES, concatColumns } from './columns.js';
export type { ColumnMapping, InputField } from './fields.js';
export { type IndicatorReading, type QualifierReading, readIndicator, readQualifier } from './interpret.js';
export { type ActualsFormat, type LoadActualsOptions, loadActuals, loadActualsColumns } from './load.js';
export { type MatchOptions, matchActuals } from './match.js';
export type { LoadDefaults } from './normalize.js';
export { ACTUAL_COLUMNS, actualsTable } from './table.js';
export * from './types.js';
