import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type Advisory,
  checkLock,
  compareVersions,
  isAffected,
  type Lock,
  runtimePackages,
} from './lockfile-check.js';

const root = join(import.meta.dirname, '..', '..');
const table = JSON.parse(readFileSync(join(import.meta.dirname, 'known-advisories.json'), 'utf8')) as {
  advisories: Advisory[];
};
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as Lock;

describe('the runtime dependency tree (package-lock.json)', () => {
  it('holds no package at a version a known high or critical advisory affects', () => {
    expect(checkLock(lock, table.advisories)).toEqual([]);
  });

  it('does not carry the notebook-only packages (danfojs-node, tslab, deno, duckdb) nor npm xlsx', () => {
    const names = new Set(runtimePackages(lock).map((p) => p.package));
    for (const dev of [
      'danfojs-node',
      'tslab',
      'deno',
      '@duckdb/node-api',
      'request',
      'xlsx',
      'tough-cookie',
    ])
      expect(names.has(dev), dev).toBe(false);
    // the library's statistics (means, products in src/gaps and src/tiers) come from simple-statistics
    expect(names.has('simple-statistics')).toBe(true);
    expect(names.has('@e965/xlsx')).toBe(true);
    // exceljs (53 MB with its dependencies) is an optional peer: writeWorkbook and Excel's indent levels need it
    expect(names.has('exceljs')).toBe(false);
  });
});

describe('the checker', () => {
  const crafted: Lock = {
    packages: {
      '': { version: '0.1.0' },
      'node_modules/xlsx': { version: '0.18.5' },
      'node_modules/@e965/xlsx': { version: '0.20.3' },
      'node_modules/request/node_modules/form-data': { version: '2.3.3' },
      'node_modules/qs': { version: '6.5.5', dev: true },
      'node_modules/alias': { name: 'form-data', version: '4.0.1' },
      'node_modules/cluster-targets': { link: true },
    },
  };

  it('finds every affected runtime package, aliases by their real name, and skips dev ones', () => {
    expect(checkLock(crafted, table.advisories)).toEqual([
      { path: 'node_modules/xlsx', package: 'xlsx', version: '0.18.5', advisory: 'GHSA-4r6h-8v6p-xvw6' },
      { path: 'node_modules/xlsx', package: 'xlsx', version: '0.18.5', advisory: 'GHSA-5pgg-2g8v-p4x9' },
      {
        path: 'node_modules/request/node_modules/form-data',
        package: 'form-data',
        version: '2.3.3',
        advisory: 'GHSA-fjxv-7rqg-78g4',
      },
      { path: 'node_modules/alias', package: 'form-data', version: '4.0.1', advisory: 'GHSA-fjxv-7rqg-78g4' },
    ]);
  });

  it('compares versions numerically, pre-releases before releases, and reads ranges as introduced ≤ v < fixed', () => {
    expect(compareVersions('0.9.0', '0.10.0')).toBeLessThan(0);
    expect(compareVersions('2.5.4-rc.1', '2.5.4')).toBeLessThan(0);
    expect(compareVersions('v1.2.3', '1.2.3')).toBe(0);
    const ranges = [
      { introduced: '0', fixed: '2.5.4' },
      { introduced: '4.0.0', fixed: '4.0.4' },
    ];
    expect(['2.5.3', '4.0.0', '4.0.3'].map((v) => isAffected(v, ranges))).toEqual([true, true, true]);
    expect(['2.5.4', '3.0.0', '4.0.4'].map((v) => isAffected(v, ranges))).toEqual([false, false, false]);
    expect(isAffected('99.0.0', [{ introduced: '1.0.0' }])).toBe(true);
  });

  it('names each advisory with a source, a range and a high or critical severity', () => {
    for (const a of table.advisories) {
      expect(a.id).toMatch(/^GHSA-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/);
      expect(['high', 'critical']).toContain(a.severity);
      expect(a.affected.length).toBeGreaterThan(0);
      expect(a.source).toMatch(/^https:\/\//);
    }
  });
});
