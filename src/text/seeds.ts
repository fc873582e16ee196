/**
 * The five seed documents bundled in `seeds/`, and their index (title, region, date, horizon).
 */
import { readFileSync } from 'node:fs';
import { parseCsvObjects } from '../io/csv.js';
import { seedsPath } from '../io/paths.js';

/** One document's entry in `seeds/index.csv`. */
export interface SeedDocument {
  /** File name without `.txt`: the id every table uses. */
  doc_id: string;
  file: string;
  title: string;
  issuer: string;
  region: string;
  region_code: string;
  /** Issue date as written (`2021-03-28` or `2018`). */
  issued: string;
  /** The year of issue. */
  issued_year: number;
  /** The horizon as the index states it (`到2018年`, `力争用3-5年时间; 有效期5年`). */
  horizon: string;
  notes: string;
}

/**
 * The seed index, in file order.
 *
 * @example
 * seeds.index().map((d) => d.doc_id) // ['wuhan-2018-wanqianbai-action-plan', …]
 * @throws {Error} when a row of seeds/index.csv lacks a file name or a four-digit year in `issued`.
 */
export function seedIndex(): SeedDocument[] {
  const rows = parseCsvObjects(readFileSync(seedsPath('index.csv'), 'utf8'));
  return rows.map((r, i) => {
    const file = r.file ?? '';
    const year = /^(\d{4})/.exec(r.issued ?? '');
    if (!file || !year)
      throw new Error(
        `seeds/index.csv row ${i + 2}: needs a file and an issued year, got ${JSON.stringify(r)}`,
      );
    return {
      doc_id: file.replace(/\.[^.]+$/, ''),
      file,
      title: r.title ?? '',
      issuer: r.issuer ?? '',
      region: r.region ?? '',
      region_code: r.region_code ?? '',
      issued: r.issued ?? '',
      issued_year: Number(year[1]),
      horizon: r.horizon ?? '',
      notes: r.notes ?? '',
    };
  });
}

/**
 * The text of one seed document, exactly as stored (offsets in the targets table index into this string).
 *
 * @example
 * seeds.load('wuhan-2021-industrial-transformation-plan').includes('17600亿元') // true
 * @throws {Error} when no seed has that id, listing the ids there are.
 */
export function loadSeed(docId: string): string {
  const doc = seedIndex().find((d) => d.doc_id === docId);
  if (!doc) {
    throw new Error(
      `no seed document "${docId}"; seeds are: ${seedIndex()
        .map((d) => d.doc_id)
        .join(', ')}`,
    );
  }
  return readFileSync(seedsPath(doc.file), 'utf8');
}
