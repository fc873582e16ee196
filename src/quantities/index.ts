/** Quantities: Chinese numbers, magnitudes, units, comparators and ranges, parsed into base units. */
export * from './types.js';
