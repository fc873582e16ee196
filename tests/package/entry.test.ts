/**
 * The package as users meet it: the built entry point loads both as ESM and through require() (tslab, the notebook
 * kernel, compiles cells to CommonJS), and the command-line program runs.
 *
 * These tests read dist/, so they need `npm run build` first (make test does it).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const dist = join(root, 'dist', 'index.js');

function node(args: string[], cwd = root) {
  return spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 60_000 });
}

describe('built package', () => {
  it('has been built', () => {
    expect(existsSync(dist), 'dist/index.js is missing: run `npm run build` (make test builds first)').toBe(
      true,
    );
  });

  it('loads through require() by its package name, as tslab notebooks load it', () => {
    // require(esm) fails when any statically imported module uses top-level await (vega, vega-lite do):
    // such libraries must be imported lazily inside functions.
    const r = node(
      ['-e', "const ct = require('cluster-targets'); console.log(ct.seeds.index().length)"],
      join(root, 'notebooks'),
    );
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('5');
  });

  it('loads as an ES module by its package name', () => {
    const r = node([
      '--input-type=module',
      '-e',
      "import { seeds } from 'cluster-targets'; console.log(seeds.index()[0].doc_id)",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('wuhan-2018-wanqianbai-action-plan');
  });

  it('keeps internals out of the root and in cluster-targets/internals', () => {
    const r = node([
      '--input-type=module',
      '-e',
      "const root = await import('cluster-targets'); const internals = await import('cluster-targets/internals'); console.log(JSON.stringify([Object.keys(root).length, 'classifyFigures' in root, typeof internals.classifyFigures]))",
    ]);
    expect(r.stderr).toBe('');
    const [count, leaked, internal] = JSON.parse(r.stdout) as [number, boolean, string];
    expect(count).toBeLessThanOrEqual(90);
    expect(leaked).toBe(false);
    expect(internal).toBe('function');
  });
});

describe('cluster-targets command', () => {
  const cli = join(root, 'dist', 'cli', 'main.js');

  it('lists the seed documents', () => {
    const r = node([cli, 'seeds']);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('doc_id,region,region_code,issued,horizon,title');
    expect(lines).toHaveLength(6);
    expect(r.stdout).toContain('wuhan-2021-industrial-transformation-plan,武汉市,420100,2021-03-28');
  });

  it('says what is wrong on an unknown command, with exit code 2', () => {
    const r = node([cli, 'frobnicate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });
});

describe('the API reference (make docs)', () => {
  it('builds from src/index.ts with TypeDoc without a warning', () => {
    const r = spawnSync(
      process.execPath,
      [join(root, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--emit', 'none', '--treatWarningsAsErrors'],
      { cwd: root, encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 120_000);
});
