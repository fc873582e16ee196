/**
 * Test helpers: the Vega-Lite JSON-schema validator (ajv, compiled once per worker) and spec walkers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ValidateFunction } from 'ajv';

let validator: ValidateFunction | null = null;

/** The validator of node_modules/vega-lite/build/vega-lite-schema.json. */
export function vegaLiteValidator(): ValidateFunction {
  if (validator) return validator;
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(readFileSync(require.resolve('vega-lite/vega-lite-schema.json'), 'utf8'));
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: false });
  validator = ajv.compile(schema);
  return validator;
}

type Json = Record<string, unknown>;

/** Every object in a JSON tree (depth-first). */
export function* objects(node: unknown): Generator<Json> {
  if (Array.isArray(node)) for (const n of node) yield* objects(n);
  else if (node && typeof node === 'object') {
    yield node as Json;
    for (const v of Object.values(node)) yield* objects(v);
  }
}

/** Every positional (x/y) quantitative encoding channel of a spec. */
export function quantitativeAxes(spec: unknown): Json[] {
  const out: Json[] = [];
  for (const o of objects(spec)) {
    const enc = o.encoding as Json | undefined;
    if (!enc) continue;
    for (const ch of ['x', 'y']) {
      const c = enc[ch] as Json | undefined;
      if (c && c.type === 'quantitative') out.push(c);
    }
  }
  return out;
}

/** The `data.values` arrays of a spec, in document order. */
export function dataValues(spec: unknown): Json[][] {
  const out: Json[][] = [];
  for (const o of objects(spec)) {
    const d = o.data as Json | undefined;
    if (d && Array.isArray(d.values)) out.push(d.values as Json[]);
  }
  return out;
}
