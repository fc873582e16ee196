/**
 * Where the package's bundled files (seeds/, data/) are, from source (src/) or built (dist/) code alike.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/**
 * The folder of the installed `cluster-targets` package (the one holding its package.json).
 *
 * @example
 * join(packageRoot(), 'seeds', 'index.csv')
 * @throws {Error} when no package.json named cluster-targets is found above this module.
 */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pj = join(dir, 'package.json');
    if (existsSync(pj)) {
      try {
        if (JSON.parse(readFileSync(pj, 'utf8')).name === 'cluster-targets') {
          root = dir;
          return dir;
        }
      } catch {
        // not a readable package.json: keep walking up
      }
    }
    const up = dirname(dir);
    if (up === dir)
      throw new Error(
        `cluster-targets: cannot find the package folder above ${fileURLToPath(import.meta.url)}`,
      );
    dir = up;
  }
}

/**
 * A path inside the package's bundled `data/` folder (reviewed targets, published actuals, synthetic firms and parks,
 * dictionaries).
 *
 * @example
 * readFileSync(seeds.dataPath('synthetic/firms.csv'), 'utf8').split('\n')[0]!.startsWith('firm_id') // true
 */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** A path inside the package's bundled `seeds/` folder. */
export function seedsPath(...parts: string[]): string {
  return join(packageRoot(), 'seeds', ...parts);
}
