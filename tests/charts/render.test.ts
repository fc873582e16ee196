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

/** Three glyphs side by side in 60-px cells, rendered once; each cell's dark-pixel mask. */
function glyphMasks(chars: readonly string[]): Uint8Array[] {
  const texts = chars
    .map(
      (c, i) => `<text x="${i * 60 + 10}" y="34" font-family="Noto Sans CJK SC" font-size="32">${c}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${60 * chars.length}" height="44">${texts}</svg>`;
  const img = new Resvg(svg, resvgOptions(1)).render();
  const { pixels, width, height } = img;
  return chars.map((_, k) => {
    const mask = new Uint8Array(60 * height);
    for (let y = 0; y < height; y++)
      for (let x = 0; x < 60; x++) mask[y * 60 + x] = pixels[4 * (y * width + k * 60 + x)]! < 128 ? 1 : 0;
    return mask;
  });
}

describe('renderPng', () => {
  it('draws Chinese glyphs, not tofu: 中 and 文 differ from each other and from a missing glyph', () => {
    const [zhong, wen, missing] = glyphMasks(['中', '文', '\uE000']);
    const count = (a: Uint8Array) => a.reduce((n, v) => n + v, 0);
    const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
    expect(same(zhong!, wen!)).toBe(false); // tofu would draw the same .notdef box for both
    expect(same(zhong!, missing!)).toBe(false);
    expect(count(zhong!)).toBeGreaterThan(count(missing!));
    expect(count(wen!)).toBeGreaterThan(50);
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
