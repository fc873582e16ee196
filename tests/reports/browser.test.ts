/**
 * The report in a real browser: Debian Chromium driven by playwright-core (never downloads a browser), the page
 * opened from disk with every non-file request aborted. Artifacts: out/test-artifacts/report/report.html and
 * report.png (a full-page screenshot), and crafted.html: a report whose every text field holds a payload.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { muJunChart, tierLadderChart } from '../../src/charts/index.js';
import { writeReport } from '../../src/reports/index.js';
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
    expect(charts.length).toBe(9); // matrix, bullet, overview, 4 trajectories (光电子, 汽车, GDP, hostile), ladder, 亩均
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
    expect(await page.$$eval('script', (s) => s.length)).toBe(4 + 9);
  });

  it('sorts a table by clicking its header, ascending then descending', async () => {
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

  it('follows a row’s quote link to its quote', async () => {
    await page.locator('#gaps-table tbody tr').first().locator('a[href^="#q-"]').click();
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
    expect(states.length).toBe(8); // matrix, bullet, overview, 4 trajectories (the crafted one too), ladder
    expect(states.every((s) => s === 'true')).toBe(true);
    expect(craftedErrors).toEqual([]);
  });

  it('runs no payload and injects no element from any field', async () => {
    expect(craftedDialogs).toEqual([]);
    expect(await crafted.evaluate('window.__pwned')).toBeUndefined();
    expect(await crafted.$$eval('[data-pwned], img, iframe, object, embed', (e) => e.length)).toBe(0);
    expect(await crafted.$$eval('script', (s) => s.length)).toBe(4 + 8);
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
