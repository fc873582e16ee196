// The labelled document sets, for the role model's training script and the evaluation scripts: each document's text,
// the options it is read with, its gold targets and (where labelled) its gold outcomes. Reads the built package.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvObjects } from '../dist/io/csv.js';
import { readTargets } from '../dist/targets/read.js';

const root = new URL('..', import.meta.url).pathname;

/** Development sets (used to train the role model and to develop rules). Held-out sets are never listed here. */
export const DEVELOPMENT_SETS = [
  'seeds',
  'heldout',
  'heldout2',
  'heldout3',
  'corpus4/dev-a',
  'corpus4/dev-b',
  'corpus4/dev-national',
  'corpus4/dev-local',
];
/** Held-out sets: scored, never trained or developed on. */
export const HELD_OUT_SETS = ['corpus4/blind-a', 'corpus4/blind-national', 'corpus4/blind-local'];

function outcomesOf(path) {
  if (!existsSync(path)) return null;
  return parseCsvObjects(readFileSync(path, 'utf8')).map((r) => ({
    role: r.role,
    value: Number(r.value),
    unit: r.unit,
    period_year: r.period_year ? Number(r.period_year) : null,
    span_start: Number(r.span_start),
    span_end: Number(r.span_end),
    quote: r.quote,
  }));
}

/** The documents of one set: { set, docId, text, options, targets, outcomes }. */
export function loadSet(set) {
  if (set === 'seeds') {
    const index = parseCsvObjects(readFileSync(join(root, 'seeds/index.csv'), 'utf8'));
    const gold = readTargets(join(root, 'data/targets.csv'));
    return index.map((d) => {
      const docId = d.file.replace(/\.txt$/, '');
      return {
        set,
        docId,
        text: readFileSync(join(root, 'seeds', d.file), 'utf8'),
        options: {
          docId,
          region: d.region,
          regionCode: d.region_code,
          issuedYear: Number(d.issued.slice(0, 4)),
          horizon: d.horizon,
        },
        targets: gold.filter((g) => g.doc_id === docId),
        outcomes: null,
      };
    });
  }
  const dir = join(root, 'tests/fixtures', set);
  const index = parseCsvObjects(readFileSync(join(dir, 'index.csv'), 'utf8'));
  return index.map((d) => {
    const docId = d.doc_id ?? d.file.replace(/\.txt$/, '');
    const targetsFile = existsSync(join(dir, `${docId}.targets.csv`))
      ? `${docId}.targets.csv`
      : `${docId}.csv`;
    return {
      set,
      docId,
      text: readFileSync(join(dir, d.file), 'utf8'),
      options: {
        docId,
        region: d.region,
        regionCode: d.region_code || null,
        issuedYear: Number(String(d.issued).slice(0, 4)),
      },
      // a labelled unit outside the base units ("other") is read as "number": a gold row the extractor can only miss
      targets: readTargets(
        readFileSync(join(dir, targetsFile), 'utf8').replace(/,other,(true|false),/g, ',number,$1,'),
      ),
      outcomes: outcomesOf(join(dir, `${docId}.outcomes.csv`)),
    };
  });
}
