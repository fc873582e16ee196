/**
 * Running subcommands in-process: stdout and stderr captured, a temporary folder per test file.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** What a command printed and returned, or what it threw. */
export interface Ran {
  code: number | null;
  out: string;
  err: string;
  error: Error | null;
}

/** Run a subcommand's `run` with stdout and stderr captured; a thrown error is returned, not rethrown. */
export async function runCommand(run: (args: string[]) => Promise<number>, args: string[]): Promise<Ran> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out += typeof s === 'string' ? s : Buffer.from(s).toString('utf8');
    return true;
  });
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  try {
    return { code: await run(args), out, err, error: null };
  } catch (x) {
    return { code: null, out, err, error: x as Error };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** A fresh temporary folder. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `ct-${prefix}-`));
}
