/**
 * The labelled document sets of this repository (seeds, tests/fixtures/heldout*, tests/fixtures/corpus4/*), read for
 * the role model's training script and the evaluation tests: each document's text, the options it is read with (its
 * index's region and issue year), its gold targets and, where labelled, its gold outcomes. Not part of the library's
 * public API.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvObjects } from '../io/csv.js';
import { packageRoot } from '../io/paths.js';
import { parseTargets } from '../targets/read.js';
import type { LabelledDocument } from './train.js';

/** Development sets: the role model is trained on them and rules are developed on them. */
export const DEVELOPMENT_SETS = [
  'seeds',
  'heldout',
  'heldout2',
  'heldout3',
  'corpus4/dev-a',
  'corpus4/dev-b',
  'corpus4/dev-national',
  'corpus4/dev-local',
] as const;

/**
 * Held-out sets: never trained or developed on (only their overall scores are ever printed). Scored once at the end
 * of this stage (docs/evaluation.md §3); those scores are now floors in tests/evaluation/mentions.test.ts.
 */
export const HELD_OUT_SETS = ['corpus4/blind-a', 'corpus4/blind-national', 'corpus4/blind-local'] as const;

function outcomesOf(path: string): LabelledDocument['outcomes'] {
  if (!existsSync(path)) return null;
  return parseCsvObjects(readFileSync(path, 'utf8')).map((r) => ({
    role: r.role ?? '',
    value: Number(r.value),
    unit: r.unit ?? '',
    period_year: r.period_year ? Number(r.period_year) : null,
    span_start: Number(r.span_start),
    span_end: Number(r.span_end),
    quote: r.quote,
  }));
}

/** A labelled unit outside the base units ("other") is read as "number": a gold row the extractor can only miss. */
function readGold(path: string) {
  return parseTargets(readFileSync(path, 'utf8').replace(/,other,(true|false),/g, ',number,$1,'));
}

/**
 * The documents of one labelled set.
 *
 * @example
 * loadLabelledSet('corpus4/dev-local').map((d) => [d.docId, d.targets.length])
 * @throws {Error} when the set's index or a file is missing, naming the path.
 */
export function loadLabelledSet(set: string): LabelledDocument[] {
  const root = packageRoot();
  if (set === 'seeds') {
    const index = parseCsvObjects(readFileSync(join(root, 'seeds/index.csv'), 'utf8'));
    const gold = readGold(join(root, 'data/targets.csv'));
    return index.map((d) => {
      const docId = d.file!.replace(/\.txt$/, '');
      return {
        set,
        docId,
        text: readFileSync(join(root, 'seeds', d.file!), 'utf8'),
        options: {
          docId,
          region: d.region,
          regionCode: d.region_code,
          issuedYear: Number(d.issued!.slice(0, 4)),
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
    const docId = d.doc_id || d.file!.replace(/\.txt$/, '');
    const targetsFile = existsSync(join(dir, `${docId}.targets.csv`))
      ? `${docId}.targets.csv`
      : `${docId}.csv`;
    return {
      set,
      docId,
      text: readFileSync(join(dir, d.file!), 'utf8'),
      options: {
        docId,
        region: d.region,
        regionCode: d.region_code || null,
        issuedYear: Number(String(d.issued).slice(0, 4)),
      },
      targets: readGold(join(dir, targetsFile)),
      outcomes: outcomesOf(join(dir, `${docId}.outcomes.csv`)),
    };
  });
}
