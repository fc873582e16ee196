/**
 * Rendering in Node. Every chart's PNG is kept in out/test-artifacts/charts/ for looking at; the pictures in
 * docs/images/ are copies of these (see docs/charts.md).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  gapBulletChart,
  muJunChart,
  renderPng,
  renderSvg,
  resvgOptions,
  statusMatrix,
  svgToPng,
  trajectoryChart,
} from '../../src/charts/index.js';
import { AUTO_SERIES, G_AUTO, G_HOSTILE, GAPS, MUJUN } from './fixtures.js';

const ARTIFACTS = 'out/test-artifacts/charts';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Glyphs side by side in 60-px cells at 40 px, rendered once; each cell's dark-pixel mask (60 columns a row). */
function glyphMasks(chars: readonly string[]): { mask: Uint8Array; height: number }[] {
  const texts = chars
    .map(
      (c, i) => `<text x="${i * 60 + 10}" y="46" font-family="Noto Sans CJK SC" font-size="40">${c}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${60 * chars.length}" height="60">${texts}</svg>`;
  const { pixels, width, height } = new Resvg(svg, resvgOptions(1)).render();
  return chars.map((_, k) => {
    const mask = new Uint8Array(60 * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < 60; x++) mask[y * 60 + x] = pixels[4 * (y * width + k * 60 + x)]! < 128 ? 1 : 0;
    return { mask, height };
  });
}

/** Bounding box of the dark pixels of a mask, and the longest dark vertical run in its middle column. */
function shape({ mask, height }: { mask: Uint8Array; height: number }) {
  let [x0, y0, x1, y1] = [60, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < 60; x++)
      if (mask[y * 60 + x])
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  let run = 0;
  let best = 0;
  const mid = Math.round((x0 + x1) / 2);
  for (let y = y0; y <= y1; y++) {
    const dark = [mid - 1, mid, mid + 1].some((x) => mask[y * 60 + x]);
    run = dark ? run + 1 : 0;
    best = Math.max(best, run);
  }
  return { w, h, midRun: best };
}

describe('renderPng', () => {
  // A missing glyph is drawn as the font's .notdef (an empty box, a crossed box, nothing: it varies by font and
  // machine), and it is the same shape whatever the character. So the test checks each glyph's own shape: 一 is one
  // flat horizontal stroke, 丨 one tall vertical stroke, 中 a box pierced by an unbroken vertical stroke.
  it('draws Chinese glyphs, not tofu: 一 is flat, 丨 is tall, 中 has its vertical stroke', () => {
    const [yi, gun, zhong, wen] = glyphMasks(['一', '丨', '中', '文']).map(shape);
    expect(yi!.w).toBeGreaterThan(20);
    expect(yi!.h * 5).toBeLessThan(yi!.w);
    expect(gun!.h).toBeGreaterThan(20);
    expect(gun!.w * 5).toBeLessThan(gun!.h);
    expect(zhong!.h).toBeGreaterThan(25);
    expect(zhong!.midRun).toBeGreaterThanOrEqual(zhong!.h - 1);
    // 文 has no vertical stroke through its middle: its middle column is crossed by strokes, not run through
    expect(wen!.h).toBeGreaterThan(25);
    expect(wen!.midRun).toBeLessThan(wen!.h / 2);
  });

  it('the shape test tells a missing glyph from a real one', () => {
    // U+E000 (private use) is in no CJK font: whatever a machine draws for it, it is not 一 and 丨 at once
    const [a, b] = glyphMasks(['\uE000', '\uE001']).map(shape);
    const flat = (s: { w: number; h: number }) => s.w > 20 && s.h * 5 < s.w;
    const tall = (s: { w: number; h: number }) => s.h > 20 && s.w * 5 < s.h;
    expect(flat(a!) && tall(b!)).toBe(false);
  });

  it('renders a chart to a PNG at the asked scale', async () => {
    const spec = gapBulletChart(GAPS);
    const svg = await renderSvg(spec);
    const width = Number(svg.match(/^<svg[^>]* width="(\d+)"/)![1]);
    const png = await renderPng(spec, { scale: 2 });
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngSize(png).width).toBe(2 * width);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, 'gap-bullet.png'), png);
    writeFileSync(join(ARTIFACTS, 'gap-bullet.svg'), svg);
  });

  it('rejects a non-positive scale', () => {
    expect(() =>
      svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>', { scale: 0 }),
    ).toThrow(/scale must be a positive number, got 0/);
  });

  it('keeps the CJK text of the spec as text in the SVG', async () => {
    const svg = await renderSvg(muJunChart(MUJUN));
    expect(svg).toContain('亩均税收（万元/亩）');
    expect(svg).toContain('Noto Sans CJK SC');
  });

  it('escapes data strings in the SVG text', async () => {
    const svg = await renderSvg(statusMatrix([G_HOSTILE]));
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;/script&gt;&lt;script&gt;alert(');
  });

  it('reports a spec that does not compile', async () => {
    await expect(
      renderSvg({ mark: 'bar', encoding: { x: { field: 'a', type: 'nope' } } } as never),
    ).rejects.toThrow(/^(compileSpec|renderSvg):/);
  });
});

/** A few charts kept as PNG artifacts (every builder's SVG rendering is tested in specs.test.ts). */
const ALL: Record<string, TopLevelSpec> = {
  'trajectory-band': trajectoryChart(G_AUTO, AUTO_SERIES),
  mujun: muJunChart(MUJUN, { source: '来源：测试数据（虚构）' }),
};

describe('charts render to PNG', () => {
  it.each(Object.keys(ALL))('%s', async (name) => {
    const spec = ALL[name]!;
    const svg = await renderSvg(spec);
    const width = Number(svg.match(/^<svg[^>]* width="(\d+)"/)![1]);
    const png = svgToPng(svg, { scale: 2 });
    expect(pngSize(png).width).toBe(2 * width);
    mkdirSync(ARTIFACTS, { recursive: true });
    writeFileSync(join(ARTIFACTS, `${name}.png`), png);
  });
});
