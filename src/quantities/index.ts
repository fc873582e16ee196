/** Quantities: Chinese numbers, magnitudes, units, comparators and ranges, parsed into base units. */
export * from './find.js';
export * from './parse.js';
// Explicit list: `Tier` stays internal here because the package root exports the targets table's `Tier`.
export {
  BASE_UNITS,
  type BaseUnit,
  COMPARATORS,
  type Comparator,
  type Quantity,
  QuantityParseError,
  type QuantityTier,
  TIERS,
} from './types.js';
export * from './units.js';
