import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as aq from 'arquero';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { statusMatrix, targetsOverview } from '../../src/charts/index.js';
import { extractMentions } from '../../src/mentions/extract.js';
import {
  currentKernel,
  displayWidth,
  isVegaLiteSpec,
  mimeBundles,
  show,
  textTable,
  VEGA_LITE_MIME,
} from '../../src/notebook/index.js';
import { reportSection } from '../../src/reports/index.js';
import { GAPS, T_GDP, T_OPTO, TARGETS } from '../charts/fixtures.js';

const html = (b: Record<string, unknown>) => String(b['text/html']);
const text = (b: Record<string, unknown>) => String(b['text/plain']);

describe('mimeBundles: tables', () => {
  it('shows targets with the plan’s units (亿元, %, 个), kinds in words, and escapes every cell', async () => {
    const rows = [
      T_OPTO,
      { ...T_GDP, unit: 'percent' as const, value: 12, comparator: '~' as const },
      { ...T_GDP, target_id: 'c', unit: 'count' as const, value: 4000, subject: '<b>规上企业</b>' },
    ];
    const [b] = await mimeBundles(rows);
    expect(html(b!)).toContain('<th>对象</th>');
    expect(html(b!)).toContain('10,000 亿元');
    expect(html(b!)).toContain('≈12%');
    expect(html(b!)).toContain('4,000 个');
    expect(html(b!)).toContain('&lt;b&gt;规上企业&lt;/b&gt;');
    expect(html(b!)).not.toContain('<b>规上企业');
    expect(text(b!).split('\n')[0]).toMatch(/^文件 +地区 +范围 +对象 +指标 +类型 +目标值/);
    const [en] = await mimeBundles(rows, { lang: 'en' });
    expect(text(en!).split('\n')[0]).toMatch(/^Document +Region/);
    expect(text(en!)).toContain('Level');
  });

  it('shows gap rows with statuses in words and reasons in the chosen language', async () => {
    const row = {
      ...GAPS[5]!,
      reason: 'deadline passed and target not met: 2018 2100亿元 against 3000亿元 due 2018; attainment 70.0%',
    };
    const [zh] = await mimeBundles([row]);
    expect(html(zh!)).toContain('未完成');
    expect(html(zh!)).toContain(
      '已到期，目标未实现：2018年实际2100亿元，目标3000亿元（2018年到期）；完成度70.0%',
    );
    const [en] = await mimeBundles([row], { lang: 'en' });
    expect(html(en!)).toContain('Missed');
    expect(html(en!)).toContain('deadline passed and target not met');
  });

  it('shows mentions with their roles in words', async () => {
    const mentions = extractMentions('2022年全市地区生产总值1800亿元。到2025年，地区生产总值达到2500亿元。', {
      docId: 'm',
      region: '示例市',
      issuedYear: 2022,
    });
    expect(mentions.length).toBeGreaterThan(1);
    const [b] = await mimeBundles(mentions);
    expect(html(b!)).toContain('<th>角色</th>');
    expect(html(b!)).toContain('<td>目标</td>');
    expect(html(b!)).toContain('2,500 亿元');
  });

  it('shows any rows, an arquero table and a danfo DataFrame as a plain table', async () => {
    const [rows] = await mimeBundles(
      [
        { a: 1, b: 'x' },
        { a: 1 / 3, b: null, c: [1, 2] },
      ],
      { title: '例' },
    );
    expect(text(rows!)).toBe(
      ['例', '       a  b  c', '--------  -  ----', '       1  x  —', '0.333333  —  1, 2'].join('\n'),
    );
    const [arq] = await mimeBundles(aq.table({ 城市: ['武汉市', '襄阳市'], n: [3, 4] }));
    expect(text(arq!)).toBe(['城市    n', '------  -', '武汉市  3', '襄阳市  4'].join('\n'));
    const dfd = createRequire(import.meta.url)('danfojs-node');
    const df = new dfd.DataFrame([
      { kind: 'level', n: 2 },
      { kind: 'growth', n: 5 },
    ]);
    const [frame] = await mimeBundles(df);
    expect(text(frame!)).toBe(['kind    n', '------  -', 'level   2', 'growth  5'].join('\n'));
    const [series] = await mimeBundles(df.n);
    expect(text(series!)).toBe(['index  n', '-----  -', '    0  2', '    1  5'].join('\n'));
  });

  it('shows at most `limit` rows and says how many are left out', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ i }));
    const [b] = await mimeBundles(rows);
    expect(html(b!).match(/<tr>/g)?.length).toBe(51); // header + 50
    expect(text(b!)).toContain('… 另有10行（共60行）');
    const [all] = await mimeBundles(rows, { limit: Number.POSITIVE_INFINITY });
    expect(html(all!).match(/<tr>/g)?.length).toBe(61);
    expect((await mimeBundles([]))[0]).toEqual({ 'text/plain': '（没有行）' });
  });
});

describe('mimeBundles: charts, sections, text', () => {
  it('shows a Vega-Lite spec as the interactive MIME type, with an SVG fallback and a line of text', async () => {
    const spec = targetsOverview(TARGETS);
    expect(isVegaLiteSpec(spec)).toBe(true);
    const [b] = await mimeBundles(spec);
    expect(Object.keys(b!).sort()).toEqual([VEGA_LITE_MIME, 'image/svg+xml', 'text/plain'].sort());
    expect(VEGA_LITE_MIME).toBe('application/vnd.vegalite.v5+json');
    expect(b![VEGA_LITE_MIME]).toEqual(spec);
    expect(String(b!['image/svg+xml'])).toMatch(/^<svg/);
    expect(String(b!['image/svg+xml'])).toContain('目标概览');
    expect(text(b!)).toMatch(/^目标概览\n\[Vega-Lite 图表/);
  });

  it('shows a report section as its table, then its chart', async () => {
    const section = reportSection('summary', GAPS, TARGETS);
    const bundles = await mimeBundles(section);
    expect(bundles).toHaveLength(2);
    expect(html(bundles[0]!)).toContain('<table id="doc-summary"');
    expect(html(bundles[0]!)).not.toMatch(/<script|href="#/);
    expect(text(bundles[0]!).split('\n')[1]).toMatch(/^文件 +目标 +已评判 +已完成/);
    expect(bundles[1]![VEGA_LITE_MIME]).toBeDefined();
    const unjudged = await mimeBundles(reportSection('unjudged', GAPS, TARGETS, { lang: 'en' }));
    expect(text(unjudged[0]!)).toContain('Rows without a verdict (1');
  });

  it('shows SVG markup as an image and other values as text', async () => {
    expect((await mimeBundles('<svg width="1"></svg>'))[0]!['image/svg+xml']).toBe('<svg width="1"></svg>');
    expect(await mimeBundles('纯文本')).toEqual([{ 'text/plain': '纯文本' }]);
    expect(await mimeBundles(42)).toEqual([{ 'text/plain': '42' }]);
    expect(await mimeBundles({ a: 1 })).toEqual([{ 'text/plain': '{\n  "a": 1\n}' }]);
    expect(isVegaLiteSpec({ a: 1 })).toBe(false);
    expect(isVegaLiteSpec(aq.table({ mark: [1], data: [2] }))).toBe(false);
  });

  it('cuts wide cells by their width on a terminal: a Chinese character is two columns', () => {
    expect(displayWidth('产值12%')).toBe(7);
    expect(textTable(['对象'], [['一二三四五六七八九十']], { maxWidth: 9 })).toBe(
      '对象\n---------\n一二三四…',
    );
  });
});

describe('show: the kernel is looked up at each call', () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Deno;
    delete g.__tslab__;
    vi.restoreAllMocks();
  });

  it('prints text in plain Node and returns nothing', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(currentKernel().name).toBe('text');
    expect(await show([{ a: 1 }])).toBeUndefined();
    expect(log).toHaveBeenCalledWith('a\n-\n1');
  });

  it("sends raw MIME bundles to Deno's Jupyter kernel", async () => {
    const display = vi.fn(async () => undefined);
    g.Deno = { jupyter: { display } };
    expect(currentKernel().name).toBe('deno');
    await show(statusMatrix(GAPS));
    expect(display).toHaveBeenCalledTimes(1);
    const [bundle, options] = display.mock.calls[0] as unknown as [Record<string, unknown>, unknown];
    expect(options).toEqual({ raw: true });
    expect(Object.keys(bundle)).toContain(VEGA_LITE_MIME);
    expect(Object.keys(bundle)).toContain('image/svg+xml');
  });

  it('prints text under Deno outside Jupyter, where reading Deno.jupyter throws', async () => {
    g.Deno = Object.defineProperty({}, 'jupyter', {
      get() {
        throw new Error('Deno.jupyter is only available in `deno jupyter` subcommand');
      },
    });
    expect(currentKernel().name).toBe('text');
  });

  it("writes to tslab's display channel, found in the module cache, one message per bundle", async () => {
    const cache = createRequire(import.meta.url).cache;
    const file = '/fake/node_modules/tslab/dist/jupyter.js';
    const write = vi.fn();
    cache[file] = { exports: { lastWriteDisplayData: write } } as unknown as NodeJS.Module;
    try {
      g.__tslab__ = { require: () => ({}) };
      expect(currentKernel().name).toBe('tslab');
      await show(reportSection('summary', GAPS, TARGETS));
      expect(write).toHaveBeenCalledTimes(2);
      const [first, update] = write.mock.calls[0] as [{ data: Record<string, unknown> }, boolean];
      expect(update).toBe(false);
      expect(Object.keys(first.data).sort()).toEqual(['text/html', 'text/plain']);
      expect(Object.keys((write.mock.calls[1] as [{ data: object }])[0].data)).toContain(VEGA_LITE_MIME);
    } finally {
      delete cache[file];
    }
  });

  it('falls back to tslab’s public display (one MIME type) when the channel is not found', async () => {
    const raw = vi.fn();
    g.__tslab__ = { require: (id: string) => (id === 'tslab' ? { display: { raw } } : {}) };
    await show([{ a: 1 }]);
    expect(raw).toHaveBeenCalledTimes(1);
    expect(raw.mock.calls[0]![0]).toBe('text/html');
  });
});

describe('the library loads no kernel API', () => {
  it('imports tslab nowhere and reads Deno only in the kernel lookup', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk('src');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const src = readFileSync(f, 'utf8');
      expect(src, f).not.toMatch(
        /from ['"]tslab['"]|(?<![.\w])require\(['"]tslab['"]\)|import\(['"]tslab['"]\)/,
      );
      if (!f.endsWith(join('notebook', 'kernel.ts'))) expect(src, f).not.toMatch(/\bDeno\./);
    }
  });
});

describe('show options', () => {
  it('prints the numbers of a plain table with the decimals asked for, per column or for all', async () => {
    const rows = [{ name: 'a', share: 1 / 3, n: 2 }];
    const [per] = await mimeBundles(rows, { digits: { share: 3 } });
    expect(text(per!).split('\n')[2]).toBe('a     0.333  2');
    const [all] = await mimeBundles(rows, { digits: 1 });
    expect(text(all!).split('\n')[2]).toBe('a       0.3  2.0');
  });
});
