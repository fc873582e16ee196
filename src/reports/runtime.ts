/**
 * The browser runtimes inlined into the report: Vega, Vega-Lite, and Vega's CSP-safe expression interpreter, read
 * from the installed packages.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The three runtimes, as classic-script JavaScript. */
export interface VegaRuntimes {
  /** `vega/build/vega.min.js`: defines the global `vega`. */
  vega: string;
  /** `vega-lite/build/vega-lite.min.js`: defines the global `vegaLite`. */
  vegaLite: string;
  /** `vega-interpreter`, made a classic script that sets `vega.expressionInterpreter` (see {@link interpreterScript}). */
  interpreter: string;
}

let cached: VegaRuntimes | null = null;

/**
 * The `vega-interpreter` package ships only an ES module that imports three names from `vega-util`. The report
 * inlines classic scripts (a module could not import anything under the page's CSP), so this wraps the module's
 * code in a function that takes those names from the global `vega` (whose UMD build re-exports `vega-util`) and
 * sets `vega.expressionInterpreter`, as the package's own UMD build did before version 2.
 *
 * Complexity: O(length of the module).
 *
 * @example
 * interpreterScript("import { isString } from 'vega-util';\nvar expression = {};\nexport { expression as expressionInterpreter };\n")
 * // "(function (vega) {\nvar { isString } = vega;\n…vega.expressionInterpreter = expression;\n})(vega);\n"
 * @throws {Error} when the module does not have exactly that shape: one `import {…} from 'vega-util'` and one
 * `export { x as expressionInterpreter }`, and no other import or export (a new version that changed its build).
 */
export function interpreterScript(module: string): string {
  const imports = [...module.matchAll(/^import \{([\w\s,]+)\} from 'vega-util';$/gm)];
  const exports = [...module.matchAll(/^export \{ ?(\w+) as expressionInterpreter ?\};$/gm)];
  const body = module
    .replace(/^import \{[\w\s,]+\} from 'vega-util';$/m, '')
    .replace(/^export \{ ?\w+ as expressionInterpreter ?\};$/m, '');
  if (imports.length !== 1 || exports.length !== 1 || /^\s*(import|export)\b/m.test(body))
    throw new Error(
      'vegaRuntimes: vega-interpreter is not the expected ES module (one import from vega-util, one export); check its version',
    );
  return `(function (vega) {\nvar {${imports[0]![1]}} = vega;\n${body}\nvega.expressionInterpreter = ${exports[0]![1]};\n})(vega);\n`;
}

/**
 * The runtimes of the report: the minified UMD builds of vega and vega-lite, and {@link interpreterScript} of
 * `vega-interpreter` (read once, cached).
 *
 * Complexity: O(size of the files) on the first call, O(1) after.
 *
 * @example
 * const { vega, vegaLite, interpreter } = vegaRuntimes(); // ~520 kB, ~260 kB and ~9 kB of JavaScript
 * @throws {Error} when a package or its build cannot be found (names the path tried), or the interpreter's module
 * has an unexpected shape.
 */
export function vegaRuntimes(): VegaRuntimes {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const read = (pkg: string, file: string, entry = pkg) => {
    let path = '';
    try {
      path = join(dirname(require.resolve(entry)), file);
      return readFileSync(path, 'utf8');
    } catch (e) {
      throw new Error(
        `vegaRuntimes: cannot read the ${pkg} runtime ${path || file}: ${(e as Error).message}`,
      );
    }
  };
  cached = {
    vega: read('vega', 'vega.min.js'),
    vegaLite: read('vega-lite', 'vega-lite.min.js'),
    interpreter: interpreterScript(read('vega-interpreter', 'vega-interpreter.js')),
  };
  return cached;
}
