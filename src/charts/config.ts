/**
 * Shared spec scaffolding: the CJK font, the title block with its source line, the `$schema` URL.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One layer of a layered Vega-Lite spec (a unit spec or a nested layer). */
export type LayerItem = Extract<TopLevelSpec, { layer: unknown }>['layer'][number];

/** The Vega-Lite v6 schema URL every spec names. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Font family set in every spec's config: Noto Sans CJK SC (Debian `fonts-noto-cjk`, used by `renderPng`), with
 * the usual Chinese system fonts as browser fallbacks.
 */
export const CHART_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/**
 * The `config` block of every spec: one font everywhere, readable sizes, left-aligned titles.
 *
 * Complexity: O(1).
 *
 * @example
 * const mine = { $schema: VEGA_LITE_SCHEMA, data: { values: [{ x: 'A', y: 1 }] }, mark: 'bar', encoding: { x: { field: 'x' }, y: { field: 'y' } } };
 * await renderSvg({ ...mine, config: chartConfig() } as any);
 */
export function chartConfig(): NonNullable<TopLevelSpec['config']> {
  return {
    font: CHART_FONT,
    background: 'white',
    title: { anchor: 'start', fontSize: 15, subtitleFontSize: 11, subtitleColor: '#555', offset: 10 },
    axis: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    legend: { labelFontSize: 11, titleFontSize: 12, labelLimit: 260 },
    view: { stroke: null },
  };
}

/**
 * A title block: the title, then subtitle lines (an explanation, then the source line last).
 *
 * Complexity: O(1).
 *
 * @example
 * chartTitle('目标完成情况', ['资料来源：文件 a'])
 */
export function chartTitle(
  text: string,
  subtitle: readonly string[],
): { text: string; subtitle: string[]; subtitlePadding: number } {
  return { text, subtitle: [...subtitle], subtitlePadding: 4 };
}
