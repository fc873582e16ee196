#!/usr/bin/env node
/**
 * Fill (or check) span_start/span_end of every row of the CSVs in data/tiers that quotes a seed document:
 * the offsets are found with indexOf in the seed text read as UTF-8 (UTF-16 code units, no normalisation) and
 * checked with `text.slice(start, end) === quote`. A quote that is absent, or present more than once, is an error.
 *
 * Usage: node data/tiers/locate-quotes.mjs [--check]
 *   --check  do not write; exit 1 if any stored offset differs from the computed one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const seeds = path.join(here, '..', '..', 'seeds');
const check = process.argv.includes('--check');

function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  let started = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && !started) {
      quoted = true;
      started = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
      started = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      started = false;
    } else {
      field += c;
      started = true;
    }
  }
  if (started || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const cell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

let bad = 0;
for (const file of fs.readdirSync(here).filter((f) => f.endsWith('.csv'))) {
  const full = path.join(here, file);
  const rows = parseCsv(fs.readFileSync(full, 'utf8'));
  const header = rows[0];
  const [d, q, s, e] = ['doc_id', 'quote', 'span_start', 'span_end'].map((c) => header.indexOf(c));
  if (d < 0 || q < 0 || s < 0 || e < 0) continue;
  let changed = 0;
  for (let r = 1; r < rows.length; r++) {
    const row = rows[r];
    if (!row[d]) continue;
    const text = fs.readFileSync(path.join(seeds, `${row[d]}.txt`), 'utf8');
    const quote = row[q];
    const start = text.indexOf(quote);
    if (start < 0 || text.indexOf(quote, start + 1) >= 0) {
      console.error(`${file} line ${r + 1}: quote ${start < 0 ? 'not found' : 'found twice'} in ${row[d]}: ${quote}`);
      bad++;
      continue;
    }
    const end = start + quote.length;
    if (text.slice(start, end) !== quote) throw new Error('unreachable: slice differs');
    if (row[s] !== String(start) || row[e] !== String(end)) {
      changed++;
      if (check) {
        console.error(`${file} line ${r + 1}: stored ${row[s]}-${row[e]}, computed ${start}-${end}`);
        bad++;
      }
      row[s] = String(start);
      row[e] = String(end);
    }
  }
  if (!check && changed) fs.writeFileSync(full, `${rows.map((row) => row.map(cell).join(',')).join('\n')}\n`);
  console.log(`${file}: ${rows.length - 1} rows, ${changed} offsets ${check ? 'differ' : 'updated'}`);
}
process.exit(bad ? 1 : 0);
