/**
 * Option values of the subcommands, checked strictly: a year is four digits in a plausible range, a number is a
 * plain decimal. `Number()` alone would take `0x7E5`, `1e21`, `''` and `' 12 '`.
 */

/** The years a policy target or an assessment can have (as `validateTargets` checks them). */
export const TARGET_YEARS = { min: 1949, max: 2100 } as const;

/** The years an actual statistic can have (as the actuals loader checks them). */
export const ACTUAL_YEARS = { min: 1900, max: 2100 } as const;

/** A plain decimal: optional sign, digits with an optional fraction, optional exponent. No hex, no blanks. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The year an option gives: exactly four digits, within `range` (default {@link TARGET_YEARS}).
 *
 * Complexity: O(length of the value).
 *
 * @example
 * yearOption('gap', 'as-of', '2023') // 2023
 * yearOption('gap', 'as-of', undefined) // undefined
 * yearOption('gap', 'as-of', '0x7E5') // throws: gap: --as-of must be a year from 1949 to 2100, got "0x7E5"
 * @throws {Error} when the value is not four digits or is outside the range, naming the command, option and value.
 */
export function yearOption(
  command: string,
  option: string,
  value: string | undefined,
  range: { readonly min: number; readonly max: number } = TARGET_YEARS,
): number | undefined {
  if (value === undefined) return undefined;
  const year = /^\d{4}$/.test(value) ? Number(value) : Number.NaN;
  if (!(year >= range.min && year <= range.max))
    throw new Error(
      `${command}: --${option} must be a year from ${range.min} to ${range.max}, got ${JSON.stringify(value)}`,
    );
  return year;
}

/**
 * The number an option gives, written as a plain decimal (`0.95`, `-1`, `2e-3`), optionally checked to be an
 * integer and within bounds.
 *
 * Complexity: O(length of the value).
 *
 * @example
 * numberOption('gap', 'on-track', '0.9') // 0.9
 * numberOption('gap', 'window', '5', { integer: true, min: 1 }) // 5
 * numberOption('gap', 'window', '0x10') // throws: gap: --window must be a number, got "0x10"
 * @throws {Error} when the value is not a plain finite decimal, not an integer when one is asked for, or out of
 * bounds, naming the command, option and value.
 */
export function numberOption(
  command: string,
  option: string,
  value: string | undefined,
  check: { integer?: boolean; min?: number; max?: number } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = DECIMAL.test(value) ? Number(value) : Number.NaN;
  const kind = check.integer ? 'a whole number' : 'a number';
  const bounds =
    check.min !== undefined && check.max !== undefined
      ? ` from ${check.min} to ${check.max}`
      : check.min !== undefined
        ? ` of at least ${check.min}`
        : check.max !== undefined
          ? ` of at most ${check.max}`
          : '';
  const ok =
    Number.isFinite(n) &&
    (!check.integer || Number.isInteger(n)) &&
    (check.min === undefined || n >= check.min) &&
    (check.max === undefined || n <= check.max);
  if (!ok) throw new Error(`${command}: --${option} must be ${kind}${bounds}, got ${JSON.stringify(value)}`);
  return n;
}
