/**
 * Numbers in verdict reasons, the way the documents write them (亿元, %, 万元/亩).
 */
import type { ActualUnit } from '../actuals/types.js';

/**
 * Format a value in base units for a human-readable reason: yuan as 亿元 or 万元, percent with `%`, counts bare.
 *
 * Complexity: O(1).
 *
 * @example
 * formatValue(1.771676e12, 'yuan') // '17716.76亿元'
 * formatValue(12.2, 'percent')     // '12.2%'
 */
export function formatValue(value: number | null, unit: ActualUnit | null): string {
  if (value === null || !Number.isFinite(value)) return 'n/a';
  const r = round2;
  switch (unit) {
    case 'yuan':
      if (Math.abs(value) >= 1e8) return `${r(value / 1e8)}亿元`;
      if (Math.abs(value) >= 1e4) return `${r(value / 1e4)}万元`;
      return `${r(value)}元`;
    case 'usd':
      return Math.abs(value) >= 1e8 ? `${r(value / 1e8)}亿美元` : `${r(value)}美元`;
    case 'percent':
      return `${r(value)}%`;
    case 'percentage_point':
      return `${r(value)}个百分点`;
    case 'yuan_per_mu':
      return `${r(value / 1e4)}万元/亩`;
    case 'multiple':
      return `${r(value)}倍`;
    default:
      return unit === null ? r(value) : `${r(value)} ${unit}`;
  }
}

/** A number with at most two decimals, trailing zeros dropped (17716.76, 12.2, 768), without slow float printing. */
function round2(x: number): string {
  const cents = Math.round(Math.abs(x) * 100);
  if (!Number.isSafeInteger(cents)) return String(Math.round(x * 100) / 100);
  const sign = x < 0 && cents !== 0 ? '-' : '';
  const whole = Math.floor(cents / 100);
  const frac = cents % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${frac % 10 === 0 ? frac / 10 : frac < 10 ? `0${frac}` : frac}`;
}
