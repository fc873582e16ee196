#!/usr/bin/env node
// Assemble the reviewed targets dataset: data/targets/<doc_id>.csv (one file per seed, reviewed by hand) →
// data/targets.csv and data/targets.json, in seed-index order. Checks every row's quote against its seed at its
// offsets and fails, naming the file and row, when one does not match.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv, parseCsvObjects } from '../dist/io/csv.js';
import { TARGET_COLUMNS } from '../dist/targets/types.js';
import { loadSeed, seedIndex } from '../dist/text/seeds.js';

const root = join(import.meta.dirname, '..');
const columns = [...TARGET_COLUMNS, 'review_note'];
const all = [];
for (const doc of seedIndex()) {
  const file = join(root, 'data', 'targets', `${doc.doc_id}.csv`);
  const text = loadSeed(doc.doc_id);
  const rows = parseCsvObjects(readFileSync(file, 'utf8'));
  rows.forEach((r, i) => {
    const s = Number(r.span_start);
    const e = Number(r.span_end);
    if (text.slice(s, e) !== r.quote) {
      throw new Error(`${file} row ${i + 2}: quote is not at [${s}, ${e}) of ${doc.file}`);
    }
    if (r.doc_id !== doc.doc_id) throw new Error(`${file} row ${i + 2}: doc_id ${r.doc_id} ≠ ${doc.doc_id}`);
  });
  all.push(...rows);
  console.log(`${doc.doc_id}: ${rows.length} targets`);
}
writeFileSync(join(root, 'data', 'targets.csv'), formatCsv(columns, all));
const typed = all.map((r) => {
  const num = (v) => (v === '' ? null : Number(v));
  return {
    ...r,
    region_code: r.region_code || null,
    tier: r.tier || null,
    comparator: r.comparator || null,
    value: Number(r.value),
    value_max: num(r.value_max),
    stretch: r.stretch === 'true',
    base_year: num(r.base_year),
    start_year: num(r.start_year),
    deadline_year: num(r.deadline_year),
    deadline_year_max: num(r.deadline_year_max),
    responsible: r.responsible ? r.responsible.split('|') : [],
    span_start: Number(r.span_start),
    span_end: Number(r.span_end),
  };
});
writeFileSync(join(root, 'data', 'targets.json'), `${JSON.stringify(typed, null, 1)}\n`);
console.log(`data/targets.csv, data/targets.json: ${all.length} targets`);
