/**
 * Crafted payloads for the report: every text field of a target, a gap and an actual row holds markup that would
 * run script or inject elements if any field reached the page unescaped, tagged with the field's name, plus the
 * characters that break inline JSON and Vega expressions (U+2028, U+2029, `</script>`, `<!--`).
 */
import type { ActualRow } from '../../src/actuals/types.js';
import type { GapRow } from '../../src/gaps/types.js';
import type { TargetRow } from '../../src/targets/types.js';
import { actual, gap, target } from '../charts/fixtures.js';

/** A payload for one field: an element with a handler, a script, a closing script tag, separators. */
export function payload(field: string): string {
  return `"'><img src=x data-pwned="${field}" onerror="window.__pwned=(window.__pwned||[]).concat('${field}')"><script>window.__pwned=(window.__pwned||[]).concat('${field}:script')</script></script><!--\u2028${field}\u2029`;
}

/**
 * Fields with a closed vocabulary that the report's builders check or look up (a status, a unit, a kind…): they
 * keep valid values, and the rest of the row is crafted.
 */
const VOCABULARY = new Set([
  'unit',
  'kind',
  'aggregation',
  'subject_type',
  'price_basis',
  'status',
  'status_zh',
  'status_en',
  'method',
  'bound',
  'growth_bound',
  'actual_bound',
  'comparator',
  'tier',
]);

/** A copy of `row` with every string field (and each string in an array) replaced by its payload. */
function craft<T extends object>(row: T, prefix: string, numbersToo: readonly string[] = []): T {
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) };
  for (const [k, v] of Object.entries(row)) {
    if (VOCABULARY.has(k)) continue;
    if (typeof v === 'string') out[k] = payload(`${prefix}.${k}`);
    else if (Array.isArray(v)) out[k] = [payload(`${prefix}.${k}`), payload(`${prefix}.${k}.2`)];
  }
  for (const k of numbersToo) out[k] = payload(`${prefix}.${k}`);
  return out as T;
}

/** A target whose every text field is crafted, and whose span offsets are crafted strings (as JSON input allows). */
export const T_CRAFTED: TargetRow = craft(
  target({ target_id: 'x', tier: '万亿', base_year: 2020, start_year: 2021 }),
  'target',
  ['span_start', 'span_end'],
);

/** Its gap row (judged, with base, actual and target, so it is charted), every text field crafted. */
export const G_CRAFTED: GapRow = craft(
  gap(T_CRAFTED, {
    status: 'off_track',
    judged_year: 2023,
    base_year_used: 2020,
    base_value: 5e9,
    base_rule: 'start_year-1',
    actual_year: 2023,
    actual_value: 6e9,
    reason: 'x',
    actual_source: 'x',
    actual_quote: 'x',
  }),
  'gap',
  ['span_start', 'span_end'],
);

/** The actual series of the crafted gap: every other text field crafted, the matching keys the gap's own. */
export function actualsCrafted(): ActualRow[] {
  return [2020, 2021, 2022, 2023].map((year, i) => ({
    ...craft(actual({ year, value: 5e9 + i * 3e8 }), `actual${year}`),
    region: G_CRAFTED.region,
    scope: G_CRAFTED.scope,
    subject: G_CRAFTED.subject,
    metric: G_CRAFTED.metric,
  }));
}
