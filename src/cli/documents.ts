/**
 * The documents a command reads: files, folders (every .txt/.html/.htm file in them, sorted) and manifest rows
 * (`path,doc_id,region,region_code,issued,horizon,doc_type`), each with what is known of it — from the seed index,
 * then the manifest, then the command's flags — the rest being read from the text itself (`parseDocumentInfo`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parseCsvObjects } from '../io/csv.js';
import { createProgress } from '../io/progress.js';
import { writeChunks, writeFileWhole } from '../io/write.js';
import { type DocumentReading, type MentionOptions, readPolicyText } from '../mentions/extract.js';
import type { MentionRow } from '../mentions/types.js';
import { SENTENCE_RULES } from '../targets/rules/index.js';
import type { TargetRow } from '../targets/types.js';
import { DOC_TYPE, type DocType } from '../text/document-info.js';
import { loadDocument } from '../text/read.js';
import { seedIndex } from '../text/seeds.js';
import { appendRows, checkOutputs } from './files.js';
import { yearOption } from './options.js';

/** One document to read and what is known of it before reading. */
export interface DocumentInput {
  path: string;
  /** Options for the reading (docId, and region, regionCode, issuedYear, horizon, docType where known). */
  options: MentionOptions;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.html', '.htm']);

/** The command-line hints that apply to every document (flags). */
export interface DocumentFlags {
  region?: string;
  regionCode?: string;
  issued?: string;
  horizon?: string;
}

function docIdOf(path: string): string {
  const name = path.split(/[\\/]/).pop() ?? path;
  return name.slice(0, name.length - extname(name).length);
}

/** Read a manifest CSV into inputs; paths are relative to the manifest's folder. */
function readManifest(command: string, manifest: string): DocumentInput[] {
  let text: string;
  try {
    text = readFileSync(manifest, 'utf8');
  } catch (e) {
    throw new Error(`${command}: cannot read the manifest ${manifest}: ${(e as Error).message}`);
  }
  const rows = parseCsvObjects(text);
  return rows.map((r, i) => {
    const line = i + 2;
    if (!r.path) throw new Error(`${command}: manifest ${manifest} line ${line}: the path column is empty`);
    const docType = r.doc_type || undefined;
    if (docType !== undefined && !Object.hasOwn(DOC_TYPE, docType))
      throw new Error(
        `${command}: manifest ${manifest} line ${line}, column doc_type: "${docType}" is not one of ${Object.keys(DOC_TYPE).join(', ')}`,
      );
    const issued = r.issued
      ? yearOption(`${command}: manifest ${manifest} line ${line}`, 'issued', r.issued.slice(0, 4))
      : undefined;
    return {
      path: resolve(dirname(manifest), r.path),
      options: {
        docId: r.doc_id || docIdOf(r.path),
        region: r.region || undefined,
        regionCode: r.region_code || undefined,
        issuedYear: issued,
        horizon: r.horizon || undefined,
        docType: docType as DocType | undefined,
      },
    };
  });
}

/** The text files of a folder, sorted. */
function folderFiles(command: string, dir: string): string[] {
  const files = readdirSync(dir)
    .filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase()))
    .sort()
    .map((f) => join(dir, f));
  if (files.length === 0) throw new Error(`${command}: the folder ${dir} holds no .txt, .html or .htm file`);
  return files;
}

/**
 * The documents named on a command line: files and folders, plus the rows of a manifest, each with its hints.
 *
 * @example
 * documentInputs('extract', ['reports/'], { manifest: undefined, flags: {} }).map((d) => d.options.docId)
 * @throws {Error} when a path does not exist, a folder holds no text file, or a manifest row is bad (naming the
 * file, line and column).
 */
export function documentInputs(
  command: string,
  paths: readonly string[],
  { manifest, flags }: { manifest?: string; flags: DocumentFlags },
): DocumentInput[] {
  const seeds = new Map(seedIndex().map((d) => [d.doc_id, d]));
  const issued = yearOption(command, 'issued', flags.issued);
  const out: DocumentInput[] = manifest ? readManifest(command, manifest) : [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch (e) {
      throw new Error(`${command}: cannot read ${p}: ${(e as Error).message}`);
    }
    for (const file of isDir ? folderFiles(command, p) : [p])
      out.push({ path: file, options: { docId: docIdOf(file) } });
  }
  return out.map((d) => {
    const seed = seeds.get(d.options.docId);
    return {
      path: d.path,
      options: {
        ...d.options,
        region: d.options.region ?? seed?.region ?? flags.region,
        regionCode: d.options.regionCode ?? seed?.region_code ?? flags.regionCode,
        issuedYear: d.options.issuedYear ?? seed?.issued_year ?? issued,
        horizon: d.options.horizon ?? seed?.horizon ?? flags.horizon,
      },
    };
  });
}

/** Both tables of every document read. */
export interface ReadAll {
  targets: TargetRow[];
  mentions: MentionRow[];
  /** Documents of a batch that could not be read, each with the reason (said on stderr too). */
  skipped: { path: string; reason: string }[];
}

/**
 * Read every document (with a progress bar for 20 files or more, or when forced) into both tables. What was read
 * from a text rather than given (region, issue year, type) is said on stderr, one line per document, so that a user
 * can check it and pass flags or a manifest where it is wrong. In a batch (more than one document), a document that
 * cannot be read or states no issue year is skipped and said on stderr with the reason; the others are read.
 *
 * @throws {Error} when the only document given cannot be read or states no issue year (naming the file).
 */
export function readAll(command: string, inputs: readonly DocumentInput[], forceProgress: boolean): ReadAll {
  const targets: TargetRow[] = [];
  const mentions: MentionRow[] = [];
  const skipped: ReadAll['skipped'] = [];
  const progress = createProgress(command, inputs.length, {
    unit: 'files',
    force: forceProgress,
  });
  for (const input of inputs) {
    let reading: DocumentReading;
    try {
      const doc = loadDocument(input.path, { docId: input.options.docId });
      reading = readPolicyText(doc.text, input.options, SENTENCE_RULES, command);
    } catch (e) {
      const msg = (e as Error).message;
      const hint = /issuedYear/.test(msg) ? ' (pass --issued YEAR, or a manifest with an issued column)' : '';
      if (inputs.length === 1) throw new Error(`${command}: ${input.path}: ${msg}${hint}`);
      skipped.push({ path: input.path, reason: `${msg}${hint}` });
      process.stderr.write(`${command}: ${input.path}: skipped: ${msg}${hint}\n`);
      progress.tick(1, input.options.docId);
      continue;
    }
    const r = reading.resolved;
    const inferred = [
      input.options.region ? null : `region ${r.region || '?'}${r.regionCode ? ` (${r.regionCode})` : ''}`,
      input.options.issuedYear ? null : `issued ${r.issuedYear}`,
      input.options.docType ? null : `type ${r.docType}`,
    ].filter(Boolean);
    if (inferred.length > 0)
      process.stderr.write(
        `${command}: ${input.options.docId}: read from the text: ${inferred.join(', ')}\n`,
      );
    appendRows(targets, reading.targets);
    appendRows(mentions, reading.mentions);
    progress.tick(1, input.options.docId);
  }
  progress.done();
  if (skipped.length > 0)
    process.stderr.write(
      `${command}: ${skipped.length} of ${inputs.length} documents skipped (above); the others were read\n`,
    );
  return { targets, mentions, skipped };
}

/** The options every document command (extract, mentions) takes, for `parseArgs`. */
export const DOCUMENT_OPTIONS = {
  format: { type: 'string', default: 'csv' },
  out: { type: 'string' },
  manifest: { type: 'string' },
  region: { type: 'string' },
  'region-code': { type: 'string' },
  issued: { type: 'string' },
  horizon: { type: 'string' },
  progress: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The parsed values of {@link DOCUMENT_OPTIONS}. */
export interface DocumentFlags {
  format?: string;
  out?: string;
  manifest?: string;
  region?: string;
  'region-code'?: string;
  issued?: string;
  horizon?: string;
  progress?: boolean;
}

/**
 * The shared run of a document command: the format checked, the documents listed (files, folders, a manifest), an
 * --out that names an input refused, every document read, and the table written to --out or stdout. Returns the exit
 * code: 0, or 1 when a document of a batch was skipped.
 *
 * @throws {Error} on a bad --format, an --out that names an input, a bad manifest, or a document given alone that
 *   cannot be read (naming the option or path).
 */
export async function runDocumentCommand(
  command: string,
  positionals: readonly string[],
  values: DocumentFlags,
  write: (read: ReadAll, format: 'csv' | 'json' | 'arrow') => string | Uint8Array,
): Promise<number> {
  const format = (values.format ?? 'csv') as 'csv' | 'json' | 'arrow';
  if (!['csv', 'json', 'arrow'].includes(format))
    throw new Error(`${command}: --format must be csv, json or arrow, got "${values.format}"`);
  const inputs = documentInputs(command, [...positionals], {
    manifest: values.manifest,
    flags: {
      region: values.region,
      regionCode: values['region-code'],
      issued: values.issued,
      horizon: values.horizon,
    },
  });
  if (values.out)
    checkOutputs(
      command,
      [{ label: '--out', path: values.out }],
      [
        ...inputs.map((d) => ({ label: 'input', path: d.path })),
        ...(values.manifest ? [{ label: '--manifest', path: values.manifest }] : []),
      ],
    );
  const read = readAll(command, inputs, values.progress === true);
  const out = write(read, format);
  if (values.out) writeFileWhole(values.out, [out]);
  else await writeChunks(process.stdout, [typeof out === 'string' ? out : Buffer.from(out)]);
  // a batch with skipped documents still writes what was read, and says so by its exit code
  return read.skipped.length > 0 ? 1 : 0;
}
