/**
 * The report in a real browser: Debian Chromium driven by playwright-core (never downloads a browser), the page
 * opened from disk with every non-file request aborted. Artifacts (out/test-artifacts/report/): report.html and
 * report.png (a full-page screenshot), crafted.html (a report whose every text field holds a payload), seeds.html and
 * seeds-first-screen.png (the seeds' report: first screen, one language, filters, folding, search, print).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { muJunChart, tierLadderChart } from '../../src/charts/index.js';
import { writeReport } from '../../src/reports/index.js';
import { documentSummaries, UNJUDGED_STATUSES } from '../../src/reports/summary.js';
import {
  A_HOSTILE,
  AUTO_SERIES,
  G_HOSTILE,
  GAPS,
  HOSTILE,
  LADDER,
  MUJUN,
  OPTO_SERIES,
  T_HOSTILE,
  TARGETS,
} from '../charts/fixtures.js';
import { actualsCrafted, G_CRAFTED, payload, T_CRAFTED } from './payloads.js';
import { type SeedsInput, seedsInput } from './seeds.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = resolve('out/test-artifacts/report');

/** True once every chart has settled (drawn or failed). */
const CHARTS_SETTLED = `(() => { const c = [...document.querySelectorAll('div.vega')];
  return c.length > 0 && c.every((e) => e.hasAttribute('data-rendered')); })()`;

/**
 * Poll `expression` from the test side until it is true. Playwright's waitForFunction polls with `new Function`
 * inside the page, which the report's CSP (rightly) refuses; an evaluation from devtools is not subject to it.
 */
async function waitUntil(p: Page, expression: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await p.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`browser test: timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Record a page's console errors, uncaught errors and dialogs (dismissed). */
function listen(p: Page, errors: string[], dialogs: string[]): void {
  p.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  p.on('pageerror', (e) => errors.push(String(e)));
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
}

let context: BrowserContext;
let page: Page;
let profile: string;
const blocked: string[] = [];
const requests: string[] = [];
const errors: string[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`browser test: ${CHROMIUM} is missing (apt-get install chromium)`);
  const file = await writeReport([...GAPS, G_HOSTILE], [...TARGETS, T_HOSTILE], {
    out: join(ARTIFACTS, 'report.html'),
    title: `测试报告 ${HOSTILE.script}`,
    actuals: [...OPTO_SERIES, ...AUTO_SERIES, A_HOSTILE],
    generated: '2026-01-01',
    charts: [
      {
        id: 'tier-ladder',
        title: '产业规模梯队',
        spec: tierLadderChart(LADDER, { source: '来源：测试数据（虚构）' }),
      },
      { id: 'mujun', title: '亩均税收', spec: muJunChart(MUJUN, { source: '来源：测试数据（虚构）' }) },
    ],
  });
  profile = mkdtempSync(join(tmpdir(), 'ct-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
    viewport: { width: 1300, height: 900 },
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('request', (r) => requests.push(r.url()));
  listen(page, errors, dialogs);
  await page.goto(pathToFileURL(file).href);
  // page-side code as strings: the tests are type-checked without the DOM library
  await waitUntil(page, CHARTS_SETTLED);
}, 30_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

describe('report.html in Chromium, offline', () => {
  it('draws every chart as SVG, with no console errors and no network request', async () => {
    const charts = await page.$$eval('div.vega', (els) =>
      els.map((e) => ({
        state: e.getAttribute('data-rendered'),
        marks: e.querySelectorAll('svg path, svg text, svg line, svg rect').length,
        width: e.querySelector('svg')?.getBoundingClientRect().width ?? 0,
      })),
    );
    // documents, matrix, bullet, overview, 4 trajectories (光电子, 汽车, GDP, hostile), ladder, 亩均
    expect(charts.length).toBe(10);
    for (const c of charts) {
      expect(c.state).toBe('true');
      expect(c.marks).toBeGreaterThan(20);
      expect(c.width).toBeGreaterThan(200);
    }
    expect(errors).toEqual([]);
    expect(blocked).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true);
  });

  it('runs under a CSP that forbids eval: the charts above were drawn by the interpreter', async () => {
    const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) =>
      m.getAttribute('content'),
    );
    const scriptSrc = (csp ?? '').split('; ').find((d: string) => d.startsWith('script-src ')) ?? '';
    expect(scriptSrc).toMatch(/^script-src( 'sha256-[A-Za-z0-9+/]+=*'){4}$/);
    expect(csp).not.toContain('unsafe-eval');
    // devtools' own evaluation may eval; a timer callback runs as the page does, under its CSP
    await page.evaluate(`setTimeout(() => {
      try { window.__evalTried = String(new Function('return 1')()); } catch (e) { window.__evalTried = e.name; }
    }, 0)`);
    await waitUntil(page, 'window.__evalTried !== undefined');
    const tried = await page.evaluate('window.__evalTried');
    expect(tried).toBe('EvalError');
  });

  it('shows hostile names as text and runs none of them', async () => {
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(`测试报告 ${HOSTILE.script}`);
    const cellTexts = await page.$$eval('#targets-table tbody td', (tds) => tds.map((t) => t.textContent));
    expect(cellTexts).toContain(HOSTILE.script);
    expect(cellTexts).toContain(HOSTILE.formula);
    expect(await page.$$eval('script', (s) => s.length)).toBe(4 + 1 + 10); // runtimes and script, words, charts
  });

  it('sorts a table by clicking its header, ascending then descending', async () => {
    await page.locator('#targets-fold > summary').click();
    const column = async () =>
      page.$$eval('#targets-table tbody tr', (rows) =>
        rows.map((r) => r.cells[8]!.getAttribute('data-sort')).map((v) => (v ? Number(v) : null)),
      );
    const header = page.locator('#targets-table thead th').nth(8).locator('button');
    await header.click();
    const asc = await column();
    expect(asc.filter((v) => v !== null)).toEqual([2018, 2018, 2021, 2021, 2021, 2021, 2025, 2025]);
    expect(await page.locator('#targets-table thead th').nth(8).getAttribute('aria-sort')).toBe('ascending');
    await header.click();
    const desc = await column();
    expect(desc.filter((v) => v !== null)).toEqual([2025, 2025, 2021, 2021, 2021, 2021, 2018, 2018]);
  });

  it('follows a row’s quote link to its quote, opening the folded quotes', async () => {
    expect(await page.evaluate(`document.getElementById('quotes-fold').open`)).toBe(false);
    await page.locator('#gaps-table tbody tr').first().locator('a[href^="#q-"]').click();
    expect(await page.evaluate(`document.getElementById('quotes-fold').open`)).toBe(true);
    const target = await page.evaluate(
      `document.querySelector(':target')?.querySelector('blockquote')?.textContent`,
    );
    expect(target).toBe('光电子信息产业营业收入达到1万亿元');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
  });
});

describe('a report whose every text field is a crafted payload, in Chromium', () => {
  let crafted: Page;
  const craftedErrors: string[] = [];
  const craftedDialogs: string[] = [];

  beforeAll(async () => {
    const file = await writeReport([...GAPS, G_CRAFTED], [...TARGETS, T_CRAFTED], {
      out: join(ARTIFACTS, 'crafted.html'),
      title: payload('title'),
      actuals: [...OPTO_SERIES, ...actualsCrafted()],
      generated: payload('generated'),
      charts: [
        {
          id: 'tier-ladder',
          title: payload('chart.title'),
          spec: tierLadderChart(LADDER, { source: payload('chart.source') }),
        },
      ],
    });
    crafted = await context.newPage();
    listen(crafted, craftedErrors, craftedDialogs);
    await crafted.goto(pathToFileURL(file).href);
    // a page broken by an unescaped field never settles: the tests below then say what went wrong
    await waitUntil(crafted, CHARTS_SETTLED).catch(() => undefined);
  }, 30_000);

  it('draws every chart, U+2028 and U+2029 in subjects, documents and labels included, with no error', async () => {
    const states = await crafted.$$eval('div.vega', (els) => els.map((e) => e.getAttribute('data-rendered')));
    expect(states.length).toBe(9); // documents, matrix, bullet, overview, 4 trajectories (the crafted one too), ladder
    expect(states.every((s) => s === 'true')).toBe(true);
    expect(craftedErrors).toEqual([]);
  });

  it('runs no payload and injects no element from any field', async () => {
    expect(craftedDialogs).toEqual([]);
    expect(await crafted.evaluate('window.__pwned')).toBeUndefined();
    expect(await crafted.$$eval('[data-pwned], img, iframe, object, embed', (e) => e.length)).toBe(0);
    expect(await crafted.$$eval('script', (s) => s.length)).toBe(4 + 1 + 9);
    expect(await crafted.title()).toBe(payload('title'));
  });

  it('shows each crafted field as its own text', async () => {
    const cells = await crafted.$$eval('#targets-table tbody tr:last-child td', (tds) =>
      tds.map((t) => t.textContent),
    );
    for (const f of ['target_id', 'doc_id', 'region', 'scope', 'subject', 'metric'])
      expect(cells).toContain(payload(`target.${f}`));
    const quotes = await crafted.$$eval('ol.quotes li', (lis) => lis.map((li) => li.textContent ?? ''));
    const quote = quotes.find((q) => q.includes(payload('target.target_id'))) ?? '';
    for (const f of ['span_start', 'span_end', 'quote', 'responsible'])
      expect(quote).toContain(payload(`target.${f}`));
    const reasons = await crafted.$$eval('#gaps-table tbody td', (tds) => tds.map((t) => t.textContent));
    expect(reasons).toContain(payload('gap.reason'));
    expect(reasons).toContain(payload('gap.actual_source'));
  });
});

describe("the seeds' report in Chromium: the plans first, one language, filters, folding, search, print", () => {
  let seeds: Page;
  let input: SeedsInput;
  const seedErrors: string[] = [];
  const seedDialogs: string[] = [];
  /** English words of the engine's reasons: none may be left in the Chinese report. */
  const ENGINE_WORDS =
    /\b(no|for|the|is|are|met|not|of|in|at|by|target|actual|actuals|series|figure|figures|published|partial|year|growth|level|levels|caliber|match|matched|alias|bound|preliminary|attainment|deadline|due|against|exists|which|scope|rate|reward|derived)\b/i;
  /** The rows of a table the filters leave visible: [doc, status, region, text]. */
  const visibleRows = (table: string) =>
    seeds.$$eval(`#${table} tbody tr`, (rows) =>
      rows
        .filter((r) => !(r as unknown as { hidden: boolean }).hidden)
        .map((r) => [
          r.getAttribute('data-doc'),
          r.getAttribute('data-status'),
          r.getAttribute('data-region'),
          r.textContent ?? '',
        ]),
    );
  const reasonCounts = () =>
    seeds.$$eval('[data-count-category]', (cells) => cells.map((c) => Number(c.textContent)));

  beforeAll(async () => {
    input = await seedsInput();
    const file = await writeReport(input.gaps, input.targets, {
      out: join(ARTIFACTS, 'seeds.html'),
      actuals: input.actuals,
      matches: input.matches,
      documents: input.documents,
      generated: '2026-01-01',
    });
    seeds = await context.newPage();
    listen(seeds, seedErrors, seedDialogs);
    await seeds.goto(pathToFileURL(file).href);
    await waitUntil(seeds, CHARTS_SETTLED);
  }, 60_000);

  it('answers "how is each plan doing?" on the first screen: the summary per document and its chart', async () => {
    expect(await seeds.evaluate('window.scrollY')).toBe(0);
    const table = (await seeds.locator('#doc-summary').boundingBox())!;
    const chart = (await seeds.locator('#chart-documents svg').boundingBox())!;
    expect(table.y + table.height).toBeLessThan(900);
    expect(chart.y + chart.height).toBeLessThanOrEqual(900);
    const rows = await seeds.$$eval('#doc-summary tbody tr', (trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-doc'),
        ...[...tr.querySelectorAll('td')].map((td) => td.textContent),
      ]),
    );
    const expected = documentSummaries(input.gaps, input.targets, input.documents).map((s) => [
      s.doc_id,
      ...[s.targets, s.judged, s.met, s.on_track, s.lagging, s.missed, s.no_data, s.not_judged].map(String),
    ]);
    expect(rows).toEqual(expected);
    expect(rows.map((r) => r[0])).toEqual(input.documents.map((d) => d.doc_id));
    const titles = await seeds.$$eval('#doc-summary tbody th a', (as) => as.map((a) => a.textContent));
    expect(titles).toEqual(input.documents.map((d) => d.title));
    expect(seedErrors).toEqual([]);
    expect(seedDialogs).toEqual([]);
    const height = await seeds.evaluate('document.documentElement.scrollHeight');
    expect(height).toBeLessThan(12_000); // 57,000 px when every row was listed
    await seeds.screenshot({ path: join(ARTIFACTS, 'seeds-first-screen.png') });
  });

  it('is in Chinese throughout: every header, and every reason translated', async () => {
    expect(await seeds.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await seeds.$$eval('.untranslated', (e) => e.length)).toBe(0);
    const reasons = await seeds.$$eval('#gaps-table tbody tr, #unjudged-table tbody tr', (trs) =>
      trs.map((tr) => {
        const table = tr.closest('table')!.id;
        return tr.cells[table === 'gaps-table' ? 10 : 6]!.textContent ?? '';
      }),
    );
    expect(reasons.length).toBe(input.gaps.length);
    expect(reasons.filter((r) => ENGINE_WORDS.test(r))).toEqual([]);
    expect(reasons.filter((r) => r.trim() === '')).toEqual([]);
    const heads = await seeds.$$eval('th, summary, h1, h2, h3, label, figcaption, option', (els) =>
      els.map((e) => (e.textContent ?? '').trim()),
    );
    const docTitles = new Set(input.documents.map((d) => d.title));
    const regions = new Set(input.gaps.map((g) => g.region));
    expect(
      heads.filter((h) => h && !docTitles.has(h) && !regions.has(h) && !/\p{Script=Han}/u.test(h)),
    ).toEqual([]);
  });

  it('folds the rows without a verdict away and counts them by reason', async () => {
    const unjudged = input.gaps.filter((g) => UNJUDGED_STATUSES.has(g.status)).length;
    expect(await seeds.evaluate(`document.getElementById('unjudged').open`)).toBe(false);
    expect(await seeds.locator('#unjudged-table tbody tr').first().isVisible()).toBe(false);
    expect((await reasonCounts()).reduce((a, b) => a + b, 0)).toBe(unjudged);
    expect(await seeds.locator('#reason-counts').isVisible()).toBe(true);
    expect((await visibleRows('gaps-table')).length).toBe(input.gaps.length - unjudged);
    expect(await seeds.locator('[data-shown-for="unjudged-table"]').textContent()).toBe(
      `显示 ${unjudged} / ${unjudged} 行`,
    );
  });

  it('filters by document, status and region, recounting the rows and the reasons', async () => {
    const doc = 'wuhan-2021-industrial-transformation-plan';
    await seeds.selectOption('#f-doc', doc);
    const judged = await visibleRows('gaps-table');
    const expectedJudged = input.gaps.filter((g) => g.doc_id === doc && !UNJUDGED_STATUSES.has(g.status));
    expect(judged.length).toBe(expectedJudged.length);
    expect(judged.every((r) => r[0] === doc)).toBe(true);
    const folded = await visibleRows('unjudged-table');
    expect(folded.every((r) => r[0] === doc)).toBe(true);
    expect((await reasonCounts()).reduce((a, b) => a + b, 0)).toBe(folded.length);
    expect(await seeds.locator(`#doc-summary tr[data-doc="${doc}"]`).getAttribute('class')).toBe('selected');
    await seeds.selectOption('#f-doc', '');

    await seeds.selectOption('#f-status', 'missed');
    const missed = await visibleRows('gaps-table');
    expect(missed.length).toBe(input.gaps.filter((g) => g.status === 'missed').length);
    expect(missed.every((r) => r[1] === 'missed')).toBe(true);
    expect(await visibleRows('unjudged-table')).toEqual([]);
    await seeds.selectOption('#f-status', '');

    await seeds.selectOption('#f-region', '襄阳市');
    const xy = [...(await visibleRows('gaps-table')), ...(await visibleRows('unjudged-table'))];
    expect(xy.length).toBe(input.gaps.filter((g) => g.region === '襄阳市').length);
    expect(xy.every((r) => r[2] === '襄阳市')).toBe(true);
    await seeds.click('#f-reset');
    expect((await visibleRows('gaps-table')).length + (await visibleRows('unjudged-table')).length).toBe(
      input.gaps.length,
    );
  });

  it('searches every table and opens the fold when folded rows match', async () => {
    await seeds.fill('#f-search', '光电子信息');
    const rows = [
      ...(await visibleRows('gaps-table')),
      ...(await visibleRows('unjudged-table')),
      ...(await visibleRows('targets-table')),
    ];
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r[3]!.includes('光电子信息'))).toBe(true);
    expect(await seeds.evaluate(`document.getElementById('unjudged').open`)).toBe(true);
    await seeds.fill('#f-search', '没有这个词');
    expect(await visibleRows('gaps-table')).toEqual([]);
    await seeds.click('#f-reset');
    await seeds.evaluate(`document.getElementById('unjudged').open = false`);
  });

  it('filters to a document from its title in the summary', async () => {
    const doc = 'xiangyang-2016-trillion-industrial-city-tasks';
    await seeds.click(`#doc-summary a[data-filter-doc="${doc}"]`);
    expect(await seeds.inputValue('#f-doc')).toBe(doc);
    expect((await visibleRows('gaps-table')).every((r) => r[0] === doc)).toBe(true);
    await seeds.click('#f-reset');
  });

  it('prints without its controls', async () => {
    await seeds.emulateMedia({ media: 'print' });
    expect(await seeds.locator('#filters').isVisible()).toBe(false);
    expect(await seeds.locator('.sort-hint').first().isVisible()).toBe(false);
    expect(await seeds.locator('#doc-summary').isVisible()).toBe(true);
    await seeds.emulateMedia({ media: 'screen' });
    expect(await seeds.locator('#filters').isVisible()).toBe(true);
  });

  it('has no console error', () => {
    expect(seedErrors).toEqual([]);
  });
});
