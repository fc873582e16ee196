/**
 * Writing outputs in chunks: JSON arrays of any length, text to a stream with back-pressure, and files that appear
 * whole or not at all (written beside the target, then renamed over it).
 */

import { once } from 'node:events';
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/**
 * `JSON.stringify(rows, null, 2)` plus a final LF, as chunks of at most `chunkRows` rows, so that a table of
 * millions of rows is never one string (the engine limits a string to about 512 MB).
 *
 * Complexity: O(size of the JSON).
 *
 * @example
 * [...jsonArrayChunks([{ a: 1 }])].join('') === `${JSON.stringify([{ a: 1 }], null, 2)}\n` // true
 * @throws {TypeError} when a row cannot be serialised (a cycle, a BigInt).
 */
export function* jsonArrayChunks(rows: Iterable<unknown>, chunkRows = 10_000): Generator<string> {
  let first = true;
  let parts: string[] = [];
  for (const row of rows) {
    // JSON escapes every line break inside strings, so each LF of the pretty text starts a new line
    parts.push(`${first ? '[' : ','}\n  ${(JSON.stringify(row, null, 2) ?? 'null').replace(/\n/g, '\n  ')}`);
    first = false;
    if (parts.length >= chunkRows) {
      yield parts.join('');
      parts = [];
    }
  }
  yield first ? '[]\n' : `${parts.join('')}\n]\n`;
}

/**
 * Write chunks to a stream in order, waiting for `drain` whenever the stream's buffer is full.
 *
 * Complexity: O(total size).
 *
 * @example
 * await writeChunks(process.stdout, csvChunks(columns, rows));
 */
export async function writeChunks(
  stream: NodeJS.WritableStream,
  chunks: Iterable<string | Uint8Array>,
): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}

/**
 * Write chunks to `path` so that the file appears whole or not at all: they go to a hidden file beside it, which is
 * then renamed over `path`. On an error the hidden file is removed and `path` is left as it was.
 *
 * Complexity: O(total size).
 *
 * @example
 * writeFileWhole('out/gaps.csv', csvChunks(GAP_COLUMNS, gaps));
 * @throws {Error} when `path` is a folder, or the file cannot be written (naming the path and the system's reason).
 */
export function writeFileWhole(path: string, chunks: Iterable<string | Uint8Array>): void {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    // not there yet: the usual case
  }
  if (isDir) throw new Error(`${path} is a folder; give the path of a file to write`);
  const partial = join(dirname(path), `.${basename(path)}.partial-${process.pid}`);
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'w');
    for (const chunk of chunks) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done);
    }
    closeSync(fd);
    fd = null;
    renameSync(partial, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(partial, { force: true });
    throw new Error(`cannot write ${path}: ${(e as Error).message}`);
  }
}
