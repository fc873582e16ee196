/** Dictionaries: regions, industries and indicators that let targets find their actuals. */

export {
  DIVISION_LEVEL,
  type Division,
  type DivisionLevel,
  divisionByCode,
  divisions,
  divisionsNamed,
  scopeOfLevel,
  within,
} from './divisions.js';
export { type IndicatorEntry, indicators } from './indicators.js';
export { type IndustryEntry, industries } from './industries.js';
export { abbreviations, indicatorKey, NAME_RULES, type NameRule, nameSimilarity } from './names.js';
export {
  type Place,
  type PlaceLevel,
  placeOf,
  resolvePlace,
  WHOLE_SCOPE_WORDS,
  wholeScopeOf,
} from './places.js';
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
