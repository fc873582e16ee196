/**
 * writeChartFiles writes every chart three ways: its Vega-Lite spec (JSON that parses back to the same spec), SVG
 * and, unless turned off, PNG.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { writeChartFiles } from '../../src/reports/charts.js';

const spec: TopLevelSpec = {
  data: { values: [{ 地区: '武汉市', 目标数: 3 }] },
  mark: 'bar',
  encoding: { x: { field: '目标数', type: 'quantitative' }, y: { field: '地区', type: 'nominal' } },
};

describe('writeChartFiles', () => {
  it('writes the spec as JSON and the picture as SVG, without PNG when asked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-charts-'));
    const paths = await writeChartFiles([{ id: 'demo', title: '示例', spec }], dir, { png: false });
    expect(paths).toEqual([join(dir, 'demo.vl.json'), join(dir, 'demo.svg')]);
    expect(JSON.parse(readFileSync(join(dir, 'demo.vl.json'), 'utf8'))).toEqual(spec);
    expect(readFileSync(join(dir, 'demo.svg'), 'utf8')).toContain('武汉市');
  });

  it('refuses an id that is not safe as a file name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-charts-'));
    await expect(writeChartFiles([{ id: '../x', title: 'x', spec }], dir)).rejects.toThrow(/not file-safe/);
  });
});

describe('renderSvg', () => {
  it('leaves the caller’s spec and its data untouched', async () => {
    const { renderSvg } = await import('../../src/charts/render.js');
    const values = [{ 地区: '襄阳市', 目标数: 5 }];
    const mine: TopLevelSpec = { ...spec, data: { values } };
    await renderSvg(mine);
    expect(Object.getOwnPropertySymbols(values[0]!)).toEqual([]);
    expect(mine.data).toEqual({ values: [{ 地区: '襄阳市', 目标数: 5 }] });
  });
});
