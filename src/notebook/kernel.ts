/**
 * Where `show()` sends a bundle, decided at each call (never at load time, so the library imports no kernel API):
 * Deno's Jupyter kernel (`Deno.jupyter.display`), tslab (its running kernel's display channel), or, anywhere
 * else, standard output as text.
 */
import { createRequire } from 'node:module';
import type { MimeBundle } from './bundle.js';

/** A function that displays one bundle. */
export type Display = (bundle: MimeBundle) => Promise<void>;

/** The kernel `show()` found: `deno`, `tslab`, or `text` (plain Node, Deno outside Jupyter, a script). */
export type KernelName = 'deno' | 'tslab' | 'text';

interface DenoJupyter {
  display: (obj: unknown, options?: { raw?: boolean }) => Promise<void> | void;
}

/** `Deno.jupyter` when running in `deno jupyter`, else `null` (reading it elsewhere throws in Deno). */
function denoJupyter(): DenoJupyter | null {
  const deno = (globalThis as { Deno?: { jupyter?: unknown } }).Deno;
  if (!deno) return null;
  try {
    const j = deno.jupyter as Partial<DenoJupyter> | undefined;
    return j && typeof j.display === 'function' ? (j as DenoJupyter) : null;
  } catch {
    return null;
  }
}

type WriteDisplayData = (
  data: { data: MimeBundle; metadata: object; transient: object },
  update: boolean,
) => void;

/**
 * tslab's channel for display data: the `lastWriteDisplayData` of the `tslab/dist/jupyter.js` the running kernel
 * loaded (found in the module cache, so the library needs no tslab of its own), or `null` outside tslab.
 */
function tslabWriter(): WriteDisplayData | null {
  if (!(globalThis as { __tslab__?: unknown }).__tslab__) return null;
  const cache = createRequire(import.meta.url).cache;
  for (const [file, mod] of Object.entries(cache)) {
    if (!/[\\/]tslab[\\/]dist[\\/]jupyter\.js$/.test(file)) continue;
    const write = (mod?.exports as { lastWriteDisplayData?: unknown } | undefined)?.lastWriteDisplayData;
    if (typeof write === 'function') return write as WriteDisplayData;
  }
  return null;
}

/**
 * Milliseconds to wait after each display in Deno's kernel. Deno 2.9.6 resolves `Deno.jupyter.display` before its
 * message is out, and the cell's `idle` status can overtake it: a front end (nbconvert) then drops the display.
 * Measured with nbconvert on 80-cell notebooks of one display each: 3 to 9 displays lost per run without the wait,
 * none in five runs (400 displays) with it.
 */
export const DENO_SETTLE_MS = 10;

/** The richest MIME type of a bundle a single-type channel can send. */
const SINGLE_TYPE_ORDER = ['text/html', 'image/svg+xml', 'text/plain'] as const;

/**
 * The kernel this code runs in and how to display there, looked up now.
 *
 * Complexity: O(modules loaded) in tslab, O(1) elsewhere.
 *
 * @example
 * const { name, display } = currentKernel(); // { name: 'text', … } in plain Node
 * await display({ 'text/plain': 'hello' });
 */
export function currentKernel(): { name: KernelName; display: Display } {
  const deno = denoJupyter();
  if (deno)
    return {
      name: 'deno',
      display: async (b) => {
        await deno.display(b, { raw: true });
        await new Promise((resolve) => setTimeout(resolve, DENO_SETTLE_MS));
      },
    };
  const write = tslabWriter();
  if (write)
    return { name: 'tslab', display: async (b) => write({ data: b, metadata: {}, transient: {} }, false) };
  const tslab = (globalThis as { __tslab__?: { require?: (id: string) => unknown } }).__tslab__;
  if (tslab?.require) {
    // a tslab whose module layout changed: its public display sends one MIME type per call
    const pub = tslab.require('tslab') as { display?: { raw?: (type: string, data: unknown) => void } };
    const raw = pub.display?.raw;
    if (typeof raw === 'function')
      return {
        name: 'tslab',
        display: async (b) => {
          const type = SINGLE_TYPE_ORDER.find((t) => t in b) ?? 'text/plain';
          raw.call(pub.display, type, b[type]);
        },
      };
  }
  return { name: 'text', display: async (b) => void console.log(b['text/plain']) };
}
