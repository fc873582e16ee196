/**
 * Rendering in Node, no browser: Vega-Lite → Vega → SVG (vega View, renderer `none`) → PNG (@resvg/resvg-js with
 * the system Noto Sans CJK font, so Chinese text never shows as boxes).
 */
import { existsSync } from 'node:fs';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';

type VegaModules = { vega: typeof import('vega'); vegaLite: typeof import('vega-lite') };
let vegaModules: Promise<VegaModules> | null = null;

/**
 * vega and vega-lite are ES modules with top-level await, and `require()` of a module graph that statically imports
 * one fails (ERR_REQUIRE_ASYNC_MODULE). tslab notebooks load this package through `require`, so the renderers load
 * them lazily, once, on first use.
 */
function loadVega(): Promise<VegaModules> {
  vegaModules ??= Promise.all([import('vega'), import('vega-lite')]).then(([v, vl]) => ({
    vega: v,
    vegaLite: vl,
  }));
  return vegaModules;
}

/** Where Debian's `fonts-noto-cjk` puts the CJK fonts; loaded explicitly by {@link renderPng}. */
export const NOTO_CJK_DIR = '/usr/share/fonts/opentype/noto';
const NOTO_CJK_FILES = ['NotoSansCJK-Regular.ttc', 'NotoSansCJK-Bold.ttc'].map((f) => `${NOTO_CJK_DIR}/${f}`);

/** Options of {@link renderPng}. */
export interface RenderPngOptions {
  /** Zoom factor: 2 gives a 2× (retina) image. Default 2. */
  scale?: number;
  /** Extra font files to load (TTF/OTF/TTC), e.g. when fonts-noto-cjk is not installed. */
  fontFiles?: string[];
}

interface TextMetricsLike {
  width: (item: unknown, text: unknown) => number;
  estimateWidth: (item: unknown, text: unknown) => number;
}

/**
 * Width of one character in em for Noto Sans CJK: ASCII by class, everything else (CJK, full-width forms, the
 * middle dot ·) one em, erring on the wide side so that labels are never clipped.
 */
function charEm(code: number): number {
  if (code >= 0x80) return 1;
  if (code === 0x20) return 0.3;
  if (code >= 0x30 && code <= 0x39) return 0.58;
  if (code >= 0x41 && code <= 0x5a) return 0.68;
  if (code >= 0x61 && code <= 0x7a) return 0.56;
  return 0.45;
}

function itemFontSize(item: unknown): number {
  const size = (item as { fontSize?: unknown } | null)?.fontSize;
  return size != null ? Number(size) || 0 : 11;
}

/**
 * Text width estimate that knows CJK characters are one em wide (vega's own estimate, 0.8 em for every
 * character, is too narrow for Chinese and too wide for digits), used while rendering without a canvas.
 */
function cjkAwareWidth(item: unknown, text: unknown): number {
  const t = text ?? (item as { text?: unknown } | null)?.text;
  const s = Array.isArray(t)
    ? t.map(String).reduce((a, b) => (a.length >= b.length ? a : b), '')
    : String(t ?? '');
  let em = 0;
  for (const ch of s) em += charEm(ch.codePointAt(0) ?? 0);
  return Math.ceil(em * itemFontSize(item));
}

/**
 * Compile a Vega-Lite spec to a Vega spec.
 *
 * Complexity: linear in the spec size.
 *
 * @example
 * const vg = await compileSpec(gapBulletChart(gaps));
 * @throws {Error} when vega-lite cannot compile the spec (its message, prefixed with `compileSpec:`).
 */
export async function compileSpec(spec: TopLevelSpec): Promise<vega.Spec> {
  const { vegaLite } = await loadVega();
  try {
    return vegaLite.compile(spec).spec as vega.Spec;
  } catch (e) {
    throw new Error(`compileSpec: vega-lite could not compile the spec: ${(e as Error).message}`);
  }
}

/**
 * Render a Vega-Lite spec to an SVG string in Node (no browser, no canvas).
 *
 * Complexity: linear in the number of marks.
 *
 * @example
 * writeFileSync('out/gaps.svg', await renderSvg(gapBulletChart(gaps)));
 * @throws {Error} when the spec does not compile or vega fails to render it (the cause is in the message).
 */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  // vega tags inline data objects with an id symbol: render a copy so the caller's spec and data stay untouched
  const vg = await compileSpec(structuredClone(spec));
  const { vega } = await loadVega();
  const metrics = (vega as unknown as { textMetrics?: TextMetricsLike }).textMetrics;
  const previous = metrics?.width;
  const useEstimate = metrics !== undefined && metrics.width === metrics.estimateWidth;
  if (metrics && useEstimate) metrics.width = cjkAwareWidth;
  try {
    const view = new vega.View(vega.parse(vg), { renderer: 'none', logLevel: vega.Warn });
    try {
      return await view.toSVG();
    } finally {
      view.finalize();
    }
  } catch (e) {
    throw new Error(`renderSvg: vega could not render the spec: ${(e as Error).message}`);
  } finally {
    if (metrics && useEstimate && previous) metrics.width = previous;
  }
}

/**
 * The resvg options {@link svgToPng} uses: zoom `scale`, white background, system fonts plus Noto Sans CJK
 * (regular and bold) as the default and sans-serif family.
 *
 * Complexity: O(1) (checks that the font files exist).
 *
 * @example
 * new Resvg(svg, resvgOptions(2)).render().pixels // RGBA bytes
 */
export function resvgOptions(scale = 2, extraFontFiles: readonly string[] = []): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: {
      loadSystemFonts: true,
      fontFiles: [...NOTO_CJK_FILES.filter((f) => existsSync(f)), ...extraFontFiles],
      defaultFontFamily: 'Noto Sans CJK SC',
      sansSerifFamily: 'Noto Sans CJK SC',
    },
  };
}

/**
 * Render an SVG string to PNG bytes with resvg, loading the system fonts and Noto Sans CJK.
 *
 * Complexity: linear in the number of pixels.
 *
 * @example
 * writeFileSync('chart.png', svgToPng(svg, { scale: 2 }));
 * @throws {Error} when resvg cannot parse the SVG.
 */
export function svgToPng(svg: string, options: RenderPngOptions = {}): Buffer {
  const scale = options.scale ?? 2;
  if (!(scale > 0 && Number.isFinite(scale)))
    throw new Error(`svgToPng: scale must be a positive number, got ${scale}`);
  try {
    const resvg = new Resvg(svg, resvgOptions(scale, options.fontFiles));
    return resvg.render().asPng();
  } catch (e) {
    throw new Error(`svgToPng: resvg could not render the SVG: ${(e as Error).message}`);
  }
}

/**
 * Render a Vega-Lite spec to PNG bytes in Node: {@link renderSvg} then {@link svgToPng}.
 *
 * Complexity: linear in the number of marks and pixels.
 *
 * @example
 * writeFileSync('out/gaps.png', await renderPng(gapBulletChart(gaps), { scale: 2 }));
 * @throws {Error} when the spec does not compile or render, or `scale` is not a positive number.
 */
export async function renderPng(spec: TopLevelSpec, options: RenderPngOptions = {}): Promise<Buffer> {
  return svgToPng(await renderSvg(spec), options);
}
