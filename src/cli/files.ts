/**
 * Files of the subcommands: which inputs a command reads, refusing outputs that would overwrite one of them, and
 * writing a folder of outputs so that it appears whole or not at all.
 */
import {
  cpSync,
  existsSync,
  lstatSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';

/** A path and how the command line named it (`--out`, `--targets`, `input`). */
export interface NamedPath {
  label: string;
  path: string;
}

/** The file extensions an actuals folder is searched for. */
export const ACTUAL_EXTENSIONS: ReadonlySet<string> = new Set([
  '.csv',
  '.tsv',
  '.txt',
  '.xlsx',
  '.xlsm',
  '.xls',
  '.json',
  '.parquet',
  '.arrow',
]);

/** The real path of `path`, or of its folder joined with its name when it does not exist yet. */
function realPath(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/**
 * True when `a` and `b` are the same file: the same device and inode when both exist (symbolic and hard links,
 * case-insensitive file systems), else the same real path.
 *
 * Complexity: two `stat` calls.
 *
 * @example
 * sameFile('data/targets.csv', './data/../data/targets.csv') // true
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    if (sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino) return true;
  } catch {
    // one of them does not exist yet: compare paths
  }
  return realPath(a) === realPath(b);
}

/** True when `path` is `folder` or lies inside it. */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(realPath(folder), realPath(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Refuse, before anything is written, outputs that name an input file or the same file as another output.
 *
 * Complexity: O(outputs × (outputs + inputs)) `stat` calls.
 *
 * @example
 * checkOutputs('extract', [{ label: '--out', path: 'plan.txt' }], [{ label: 'input', path: 'plan.txt' }])
 * // throws: extract: --out plan.txt is the input plan.txt; nothing was written, choose another path
 * @throws {Error} naming the command, the option and both paths.
 */
export function checkOutputs(
  command: string,
  outputs: readonly NamedPath[],
  inputs: readonly NamedPath[],
): void {
  outputs.forEach((out, i) => {
    for (const input of inputs)
      if (sameFile(out.path, input.path))
        throw new Error(
          `${command}: ${out.label} ${out.path} is the input ${input.path}${input.label === 'input' ? '' : ` (${input.label})`}; nothing was written, choose another path`,
        );
    for (const other of outputs.slice(0, i))
      if (sameFile(out.path, other.path))
        throw new Error(
          `${command}: ${other.label} and ${out.label} name the same file ${out.path}; nothing was written, choose two paths`,
        );
  });
}

/**
 * The actuals files named by the arguments: files as given, folders expanded to their actuals files (sorted, except
 * `rejects*`).
 *
 * Complexity: one `stat` per path plus one listing per folder.
 *
 * @example
 * actualsFiles('gap', ['data/actuals']) // ['data/actuals/hubei-actuals-published.csv', …]
 * @throws {Error} when a path does not exist or a folder holds no actuals file, naming it.
 */
export function actualsFiles(command: string, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    if (!existsSync(p)) throw new Error(`${command}: actuals path ${p} does not exist`);
    if (!statSync(p).isDirectory()) {
      out.push(p);
      continue;
    }
    const files = readdirSync(p)
      .filter((f) => ACTUAL_EXTENSIONS.has(extname(f).toLowerCase()) && !/^rejects/i.test(f))
      .sort();
    if (files.length === 0)
      throw new Error(`${command}: actuals folder ${p} holds no actuals file (.csv, .xlsx, .json…)`);
    for (const f of files) out.push(join(p, f));
  }
  return out;
}

/**
 * Append `rows` to `target` one by one. `target.push(...rows)` passes every row as an argument and overflows the
 * call stack beyond about 125,000 rows.
 *
 * Complexity: O(rows).
 *
 * @example
 * const all: number[] = [];
 * appendRows(all, bigArray);
 */
export function appendRows<T>(target: T[], rows: Iterable<T>): void {
  for (const r of rows) target.push(r);
}

/** The nearest folder at or above `path` that exists. */
function existingAncestor(path: string): string {
  let dir = path;
  while (!existsSync(dir) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** Move everything in `from` into `to`: renaming folders that `to` lacks, merging those it has. */
function moveInto(from: string, to: string): void {
  if (!existsSync(to)) {
    try {
      renameSync(from, to);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
      cpSync(from, to, { recursive: true });
      rmSync(from, { recursive: true, force: true });
    }
    return;
  }
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    const dst = join(to, name);
    if (lstatSync(src).isDirectory() && existsSync(dst) && statSync(dst).isDirectory()) moveInto(src, dst);
    else {
      try {
        renameSync(src, dst);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EXDEV') throw e;
        cpSync(src, dst, { recursive: true });
      }
    }
  }
}

/**
 * Run `work` in a fresh hidden folder beside `out`, then move its files into `out` (created when missing, other
 * files in it kept). When `work` throws, the hidden folder is removed and `out` is not touched: no half-written
 * output folder.
 *
 * Complexity: that of `work`, plus one rename per output file.
 *
 * @example
 * await writeFolderWhole('out', async (dir) => { await writeFile(join(dir, 'gaps.csv'), csv); });
 * @throws {Error} when `out` exists and is not a folder (naming it), or what `work` throws.
 */
export async function writeFolderWhole<T>(out: string, work: (dir: string) => Promise<T>): Promise<T> {
  const target = resolve(out);
  if (existsSync(target) && !statSync(target).isDirectory())
    throw new Error(`${out} is a file, not a folder; give --out a folder`);
  const staging = await mkdtemp(join(existingAncestor(dirname(target)), `.${basename(target)}.partial-`));
  let result: T;
  try {
    result = await work(staging);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw e;
  }
  await mkdir(dirname(target), { recursive: true });
  moveInto(staging, target);
  await rm(staging, { recursive: true, force: true });
  return result;
}
