/** Dictionaries: regions, industries and indicators that let targets find their actuals. */

export * from './divisions.js';
export { type IndicatorEntry, indicators } from './indicators.js';
export { type IndustryEntry, industries } from './industries.js';
export {
  type RegionEntry,
  type RegionLevel,
  type RegionMatch,
  regions,
  resolveRegion,
  type ZoneClassEntry,
  type ZoneEntry,
  zoneClasses,
  zones,
} from './regions.js';
export { resolveSubject, type SubjectMatch } from './subjects.js';
