/**
 * The Vega and Vega-Lite browser runtimes, read from the installed packages for inlining into the report.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: { vega: string; vegaLite: string } | null = null;

/**
 * The minified UMD builds `vega/build/vega.min.js` and `vega-lite/build/vega-lite.min.js` (read once, cached).
 *
 * @example
 * const { vega, vegaLite } = vegaRuntimes(); // ~520 kB and ~260 kB of JavaScript
 * Complexity: O(size of the files) on the first call, O(1) after.
 * @throws {Error} when the packages or their builds cannot be found (names the path tried).
 */
export function vegaRuntimes(): { vega: string; vegaLite: string } {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = (pkg: string, file: string) => {
    let path = '';
    try {
      path = join(dirname(require.resolve(pkg)), file);
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new Error(
        `vegaRuntimes: cannot read the ${pkg} runtime ${path || file}: ${(e as Error).message}`,
      );
    }
  };
  cached = { vega: read('vega', 'vega.min.js'), vegaLite: read('vega-lite', 'vega-lite.min.js') };
  return cached;
}
