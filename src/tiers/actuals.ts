/**
 * tierCountsAsActuals: tier counts as rows of the actuals table (metric `数量`), so that the gap engine can judge
 * count targets such as "过100亿元、50-100亿元、10-50亿元的企业分别达到8家、8家和120家" or "千亿企业和百亿企业个数实现倍增".
 */
import type { ActualRow } from '../actuals/types.js';
import { classifyTiers } from './classify.js';
import { countByTier } from './count.js';
import { bandSubjects, formatYuan } from './ladders.js';
import { columnValues, TierInputError, toTable } from './table.js';
import type { Ladder, TableInput } from './types.js';

/** Options of {@link tierCountsAsActuals}. */
export interface TierActualsOptions {
  ladder: Ladder;
  /** Year column (default `year`). */
  year?: string;
  /** Tier column of an already classified table (default `tier`); ignored when `value` is given. */
  tier?: string;
  /** Numeric column to classify first with the ladder (instead of reading a tier column). */
  value?: string;
  /** The region whose firms these are (武汉市). */
  region: string;
  region_code?: string | null;
  /** Default `全市`. */
  scope?: string;
  /** Where the firm data come from (a citation or file name); required, goes to `source`. */
  source: string;
  /**
   * `at_least` (rows for "N亿元以上" counts), `band` (rows for each band alone) or `both` (default): see
   * {@link bandSubjects} for the subject each gets.
   */
  mode?: 'at_least' | 'band' | 'both';
  /**
   * Rename subjects (to match a targets table's wording): gets the tier, whether the row counts at-or-above, and the
   * default subject; returns the subject to use, or `null` to drop the row.
   */
  subject?: (row: { tier: string; atLeast: boolean; subject: string }) => string | null;
}

/**
 * Count firms (or clusters) per tier and year and return the counts as {@link ActualRow}s: metric `数量`, unit
 * `count`, bound `=`, `subject` naming the tier or band (`百亿企业` = 100亿元以上; `50-100亿元企业`; `准百亿企业`;
 * `50亿元以上企业`…, from {@link bandSubjects}), `indicator` stating the ladder, bounds and reading, and `quote`
 * stating how the figure was computed (these are computed counts, not published figures).
 *
 * Plain rows out (the actuals contract), sorted by year, then at-least rows before band rows, then ladder order.
 *
 * Complexity: O(n × bands).
 *
 * @example
 * tierCountsAsActuals(panel, { ladder: FIRM_TIERS, value: 'revenue', region: '襄阳市', source: 'my-firms.csv' })
 * // [{ subject: '千亿企业', metric: '数量', year: 2016, value: 0, … }, …]
 * @throws {TierInputError} when `source` or `region` is empty, or a column is missing or bad (see countByTier).
 */
export function tierCountsAsActuals(input: TableInput, options: TierActualsOptions): ActualRow[] {
  const fn = 'tierCountsAsActuals';
  if (!options.source) throw new TierInputError(fn, 'say where the data come from (option source)');
  if (!options.region) throw new TierInputError(fn, 'say whose firms these are (option region)');
  const { ladder } = options;
  const yearName = options.year ?? 'year';
  let table = toTable(input, fn);
  let tierName = options.tier ?? 'tier';
  if (options.value) {
    tierName = '__tier';
    table = classifyTiers(table, { value: options.value, ladder, as: tierName });
  }
  columnValues(table, yearName, fn);
  const mode = options.mode ?? 'both';
  const rows: ActualRow[] = [];
  const bandByTier = new Map(ladder.bands.map((b) => [b.tier, b]));
  const describe = (tier: string, atLeast: boolean): { subject: string; indicator: string } => {
    const band = bandByTier.get(tier)!;
    const subjects = bandSubjects(ladder, band);
    const fmt = (v: number): string => (ladder.unit === 'yuan' ? formatYuan(v) : String(v));
    const bounds = atLeast
      ? `${ladder.metric} ${ladder.atThreshold === 'lower' ? '>' : '≥'} ${fmt(band.min)}`
      : `${fmt(band.min)} ${ladder.atThreshold === 'lower' ? '<' : '≤'} ${ladder.metric} ${
          band.max === null ? '' : `${ladder.atThreshold === 'lower' ? '≤' : '<'} ${fmt(band.max)}`
        }`.trim();
    return {
      subject: atLeast ? subjects.atLeast : subjects.band,
      indicator: `${tier} ${atLeast ? '(含以上)' : '(本档)'} ${ladder.entity}数量 [${ladder.id}: ${bounds}]`,
    };
  };
  const emit = (cumulative: boolean): void => {
    const counts = countByTier(table, { tier: tierName, by: yearName, ladder, cumulative }).objects() as {
      tier: string | null;
      count: number;
      [k: string]: unknown;
    }[];
    for (const c of counts) {
      if (c.tier === null) continue;
      const year = Number(c[yearName]);
      if (!Number.isInteger(year))
        throw new TierInputError(fn, `year ${String(c[yearName])} is not an integer`);
      const d = describe(c.tier, cumulative);
      const subject = options.subject
        ? options.subject({ tier: c.tier, atLeast: cumulative, subject: d.subject })
        : d.subject;
      if (subject === null) continue;
      rows.push({
        region: options.region,
        region_code: options.region_code ?? null,
        scope: options.scope ?? '全市',
        subject,
        metric: '数量',
        indicator: d.indicator,
        year,
        period: null,
        value: c.count,
        unit: 'count',
        bound: '=',
        growth_pct: null,
        growth_bound: null,
        price_basis: 'unspecified',
        preliminary: false,
        source: options.source,
        quote: `computed by tierCountsAsActuals: ${c.count} rows of year ${year} ${cumulative ? 'at or above' : 'in'} tier ${c.tier} of ladder ${ladder.id}`,
      });
    }
  };
  if (mode !== 'band') emit(true);
  if (mode !== 'at_least') emit(false);
  rows.sort((a, b) => a.year - b.year);
  return rows;
}
