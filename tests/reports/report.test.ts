import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tierLadderChart } from '../../src/charts/index.js';
import {
  buildReportHtml,
  escapeHtml,
  latestWithActual,
  reportCharts,
  seriesFor,
  writeReport,
} from '../../src/reports/index.js';
import { reportText } from '../../src/reports/text.js';
import {
  A_HOSTILE,
  AUTO_SERIES,
  G_AUTO,
  G_HOSTILE,
  G_OPTO,
  GAPS,
  HOSTILE,
  LADDER,
  OPTO_SERIES,
  T_HOSTILE,
  TARGETS,
} from '../charts/fixtures.js';
import { actualsCrafted, G_CRAFTED, payload, T_CRAFTED } from './payloads.js';

const gaps = [...GAPS, G_HOSTILE];
const targets = [...TARGETS, T_HOSTILE];
const actuals = [...OPTO_SERIES, ...AUTO_SERIES, A_HOSTILE];
const html = buildReportHtml(gaps, targets, {
  title: HOSTILE.script,
  actuals,
  generated: '2026-01-01',
  charts: [
    { id: 'tier-ladder', title: HOSTILE.closing, spec: tierLadderChart(LADDER, { source: HOSTILE.script }) },
  ],
});

/** The CSP of a page, its attribute value unescaped. */
function contentSecurityPolicy(page: string): string {
  const m = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/);
  if (!m) throw new Error('no CSP meta element');
  return m[1]!
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function specBlocks(page: string): string[] {
  return [...page.matchAll(/<script type="application\/json" id="spec-\d+">([\s\S]*?)<\/script>/g)].map(
    (m) => m[1]!,
  );
}

describe('buildReportHtml with hostile strings', () => {
  it('opens exactly the script elements it means to: 3 runtimes, 1 client script, 1 per chart, 1 for its words', () => {
    const charts = (html.match(/data-spec="spec-\d+"/g) ?? []).length;
    expect(charts).toBeGreaterThanOrEqual(5);
    expect((html.match(/<script/gi) ?? []).length).toBe(5 + charts);
    expect((html.match(/<\/script/gi) ?? []).length).toBe(5 + charts);
  });

  it('shows names with <script>, quotes and formulas as escaped text', () => {
    expect(html).not.toContain(HOSTILE.script);
    expect(html).not.toContain(HOSTILE.quotes);
    expect(html).toContain(`<title>${escapeHtml(HOSTILE.script)}</title>`);
    expect(html).toContain(escapeHtml(HOSTILE.quotes));
    expect(html).toContain(escapeHtml(HOSTILE.formula));
    expect(html).toContain(`<blockquote>${escapeHtml(T_HOSTILE.quote)}</blockquote>`);
  });

  it('keeps the chart data intact inside the inline JSON', () => {
    const blocks = specBlocks(html);
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    const all = blocks.map((b) => JSON.stringify(JSON.parse(b))).join('\n');
    expect(all).toContain(JSON.stringify(HOSTILE.script).slice(1, -1));
    expect(all).toContain(JSON.stringify(HOSTILE.closing).slice(1, -1));
    for (const b of blocks) expect(b).not.toMatch(/[<>]/);
  });

  it('never links to a javascript: URL and fetches nothing', () => {
    expect(html).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link[^>]+href=/i);
    expect(html).not.toMatch(/<img[^>]+src=/i);
    const csp = contentSecurityPolicy(html);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(csp).not.toContain('unsafe-eval');
  });

  it('allows exactly its own inline scripts, by hash, and no inline script otherwise', () => {
    const csp = contentSecurityPolicy(html);
    const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src '))!;
    const allowed = scriptSrc.split(' ').slice(1);
    expect(allowed.every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
    const code = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(code).toHaveLength(4);
    const hashes = code.map((c) => `'sha256-${createHash('sha256').update(c, 'utf8').digest('base64')}'`);
    expect(allowed).toEqual(hashes);
    expect(code.join('\n')).toContain('vega.expressionInterpreter');
    expect(code.join('\n')).toContain('ast: true');
  });

  it('links every table row to an existing quote', () => {
    const links = [...html.matchAll(/href="#(q-\d+)"/g)].map((m) => m[1]!);
    expect(links.length).toBe(gaps.length + targets.length);
    for (const id of new Set(links)) expect(html).toContain(`<li id="${id}">`);
  });

  it('counts one verdict per target in the per-document summary, with a totals row', () => {
    // GAPS: on_track (opto), needs_acceleration (auto), off_track (growth), achieved (projects),
    // insufficient_data (mujun), missed (gdp); the hostile row is off_track; T_GROWTH_STRETCH has no gap row
    const cell = (doc: string, k: string) =>
      new RegExp(`<tr data-doc="${doc}">.*?<td class="num n-${k}">(\\d+)</td>`).exec(html)?.[1];
    const wuhan = 'wuhan-2021-industrial-transformation-plan'; // opto (on track), growth (off track), its stretch (no row)
    expect(['targets', 'judged', 'on_track', 'lagging', 'no_data', 'met'].map((k) => cell(wuhan, k))).toEqual(
      ['3', '2', '1', '1', '1', '0'],
    );
    const foot = /<tfoot>(.*?)<\/tfoot>/s.exec(html)![1]!;
    const total = (k: string) => new RegExp(`n-${k}">(\\d+)<`).exec(foot)?.[1];
    expect(total('targets')).toBe('8');
    expect(total('judged')).toBe('6');
    expect(total('met')).toBe('1');
    expect(total('on_track')).toBe('1');
    expect(total('lagging')).toBe('3');
    expect(total('missed')).toBe('1');
    expect(total('no_data')).toBe('2');
    expect(total('not_judged')).toBe('0');
  });

  it('names the unknown status and its target', () => {
    const bad = { ...G_OPTO, status: 'great' as never };
    expect(() => buildReportHtml([bad], [])).toThrow(
      /gap row 0 \(target wuhan-2021-industrial-transformation-plan:100:1\) has unknown status "great"/,
    );
  });
});

describe('reportCharts', () => {
  it('draws a trajectory for each gap with base, target and actual, with its series', () => {
    const charts = reportCharts(GAPS, TARGETS, { actuals });
    expect(charts.map((c) => c.id)).toEqual([
      'status-matrix',
      'gap-bullet',
      'targets-overview',
      'trajectory-1', // 光电子信息 (G_OPTO)
      'trajectory-2', // 汽车及零部件 (G_AUTO)
      'trajectory-3', // 地区生产总值 (G_GDP, no series)
    ]);
    expect(seriesFor(G_OPTO, actuals).map((a) => a.year)).toEqual([2020, 2021, 2022, 2023]);
    // with the matcher's pairings, the trajectory uses them instead
    const matches = [{ target: G_OPTO, series: OPTO_SERIES.slice(0, 2), method: 'exact', reason: null }];
    const [first] = reportCharts([G_OPTO], [], { actuals, matches }).filter((c) =>
      c.id.startsWith('trajectory'),
    );
    expect(JSON.stringify(first!.spec)).toContain('"year":2021');
    expect(JSON.stringify(first!.spec)).not.toContain('"year":2022,"value":7000');
    expect(seriesFor(G_AUTO, actuals).map((a) => a.year)).toEqual([2017, 2018, 2020]);
  });
});

describe('latestWithActual', () => {
  it('keeps one row per target with an actual: its latest judged year', () => {
    const y2022 = { ...G_OPTO, judged_year: 2022, actual_year: 2022, actual_value: 7e11 };
    const rows = latestWithActual([
      y2022,
      G_OPTO,
      G_AUTO,
      { ...G_AUTO, judged_year: 2021, actual_value: null },
    ]);
    expect(rows).toEqual([G_OPTO, G_AUTO]);
  });
});

describe('writeReport', () => {
  it('writes <out>/report.html for a folder and the given path for a .html file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-report-'));
    const a = await writeReport(GAPS, TARGETS, { out: dir, lang: 'en' });
    expect(a).toBe(join(dir, 'report.html'));
    const page = readFileSync(a, 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('How each document is doing');
    const b = await writeReport(GAPS, TARGETS, { out: join(dir, 'sub', 'x.html') });
    expect(readFileSync(b, 'utf8')).toContain('各文件目标进展');
  });
});

describe('buildReportHtml with a crafted payload in every text field', () => {
  const page = buildReportHtml([G_CRAFTED], [T_CRAFTED], {
    title: payload('title'),
    generated: payload('generated'),
    actuals: actualsCrafted(),
    charts: [{ id: 'ladder', title: payload('chart.title'), spec: tierLadderChart(LADDER) }],
  });

  it('writes no element, attribute or script of any payload', () => {
    expect(page).not.toContain('<img');
    expect(page).not.toContain('data-pwned="');
    expect(page).not.toContain('<script>window');
    expect((page.match(/<script/g) ?? []).length).toBe(5 + (page.match(/data-spec=/g) ?? []).length);
  });

  it('shows the span offsets, title and date escaped, as every other field', () => {
    for (const f of ['target.span_start', 'target.span_end', 'target.quote', 'target.subject'])
      expect(page).toContain(escapeHtml(payload(f)));
    expect(page).toContain(`<title>${escapeHtml(payload('title'))}</title>`);
    expect(page).toContain(escapeHtml(payload('generated')));
  });
});

describe('one language per report', () => {
  /** The page without its scripts and data blocks: what a reader sees. */
  const visible = (page: string) => page.replace(/<script[\s\S]*?<\/script>/g, '');
  /** The label strings of one language that the other does not share (functions called with sample numbers). */
  const labels = (lang: 'zh' | 'en') => {
    const own = reportText(lang);
    const other = reportText(lang === 'zh' ? 'en' : 'zh');
    return Object.entries(own)
      .map(
        ([k, v]) => [k, typeof v === 'function' ? (v as (a: number, b: number) => string)(7, 3) : v] as const,
      )
      .filter(([k, v]) => v.length >= 4 && v !== (other as Record<string, unknown>)[k]);
  };
  const zh = visible(buildReportHtml(GAPS, TARGETS, { generated: '2026-01-01' }));
  const en = visible(buildReportHtml(GAPS, TARGETS, { generated: '2026-01-01', lang: 'en' }));

  const pages = { zh, en } as const;
  it.each([
    ['zh', 'en'],
    ['en', 'zh'],
  ] as const)('the %s report prints its own labels and none of the %s ones', (lang, other) => {
    for (const [, label] of labels(other)) expect(pages[lang]).not.toContain(label);
    for (const k of [
      'overview',
      'gaps',
      'charts',
      'targets',
      'quotes',
      'noData',
      'filters',
      'search',
    ] as const)
      expect(pages[lang]).toContain(reportText(lang)[k]);
  });

  it('translates each reason into Chinese and leaves it English in English', () => {
    const reason = 'no actual for 武汉市 / 新材料 / 产值: no series for 新材料 in 武汉市';
    const row = { ...G_OPTO, status: 'insufficient_data' as const, reason };
    expect(buildReportHtml([row], TARGETS)).toContain(
      '武汉市 / 新材料 / 产值无实际值：武汉市没有“新材料”的统计序列',
    );
    expect(buildReportHtml([row], TARGETS, { lang: 'en' })).toContain(escapeHtml(reason));
  });

  it('marks a reason part it cannot translate, so that it shows and can be tested', () => {
    const row = { ...G_OPTO, reason: 'target met: 2021 5% against 4% due 2021; a new caveat' };
    const page = buildReportHtml([row], TARGETS);
    expect(page).toContain(
      '目标已实现：2021年实际5%，目标4%（2021年到期）；<span class="untranslated" lang="en"',
    );
    expect(page).toContain('>a new caveat</span>');
  });
});
