/**
 * The reviewed targets dataset (data/targets/<doc_id>.csv → data/targets.csv, .json): every row's quote stands in its
 * seed at its offsets, ids are unique and follow the schema, fields use the schema's vocabularies, and the merged
 * files are up to date with the per-document ones (run `node scripts/build-targets-dataset.mjs` after editing).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../src/io/csv.js';
import { BASE_UNITS, COMPARATORS } from '../../src/quantities/types.js';
import { TARGET_COLUMNS } from '../../src/targets/types.js';
import { AGGREGATIONS, PRICE_BASES, SUBJECT_TYPES, TARGET_KINDS } from '../../src/targets/vocabulary.js';
import { loadSeed, seedIndex } from '../../src/text/seeds.js';

const root = join(import.meta.dirname, '..', '..');
const TIERS = ['', '万亿', '五千亿', '千亿', '五百亿', '百亿', '十亿'];

const perDoc = seedIndex().map((doc) => {
  const path = join(root, 'data', 'targets', `${doc.doc_id}.csv`);
  const text = readFileSync(path, 'utf8');
  return {
    doc,
    path,
    header: text.slice(0, text.indexOf('\n')),
    rows: parseCsvObjects(text),
    seed: loadSeed(doc.doc_id),
  };
});

describe('reviewed targets dataset', () => {
  it.each(perDoc.map((d) => [d.doc.doc_id, d] as const))(
    '%s: header is the target columns plus review_note',
    (_, d) => {
      expect(d.header.split(',')).toEqual([...TARGET_COLUMNS, 'review_note']);
      expect(d.rows.length).toBeGreaterThan(0);
    },
  );

  it.each(perDoc.map((d) => [d.doc.doc_id, d] as const))(
    '%s: every quote is verbatim at its offsets',
    (_, d) => {
      const bad = d.rows
        .map((r, i) => ({ line: i + 2, r }))
        .filter(({ r }) => d.seed.slice(Number(r.span_start), Number(r.span_end)) !== r.quote)
        .map(({ line }) => `${d.path}:${line}`);
      expect(bad).toEqual([]);
    },
  );

  it.each(perDoc.map((d) => [d.doc.doc_id, d] as const))('%s: fields follow the schema', (_, d) => {
    const problems: string[] = [];
    d.rows.forEach((r, i) => {
      const at = `${d.doc.doc_id} line ${i + 2}`;
      if (r.doc_id !== d.doc.doc_id) problems.push(`${at}: doc_id`);
      if (r.region !== d.doc.region || r.region_code !== d.doc.region_code) problems.push(`${at}: region`);
      if (r.target_id !== `${r.doc_id}:${r.span_start}:${r.target_id.split(':')[2]}`)
        problems.push(`${at}: target_id`);
      if (!(TARGET_KINDS as readonly string[]).includes(r.kind!)) problems.push(`${at}: kind ${r.kind}`);
      if (!(AGGREGATIONS as readonly string[]).includes(r.aggregation!))
        problems.push(`${at}: aggregation ${r.aggregation}`);
      if (!TIERS.includes(r.tier!)) problems.push(`${at}: tier ${r.tier}`);
      if (!(PRICE_BASES as readonly string[]).includes(r.price_basis!))
        problems.push(`${at}: price_basis ${r.price_basis}`);
      if (!(SUBJECT_TYPES as readonly string[]).includes(r.subject_type!))
        problems.push(`${at}: subject_type ${r.subject_type}`);
      if (!(BASE_UNITS as readonly string[]).includes(r.unit!)) problems.push(`${at}: unit ${r.unit}`);
      if (r.comparator && !(COMPARATORS as readonly string[]).includes(r.comparator))
        problems.push(`${at}: comparator`);
      if (!(Number(r.value) > 0) || !Number.isFinite(Number(r.value)))
        problems.push(`${at}: value ${r.value}`);
      if (r.value_max && !(Number(r.value_max) > Number(r.value))) problems.push(`${at}: value_max ≤ value`);
      if (!['true', 'false'].includes(r.stretch!)) problems.push(`${at}: stretch ${r.stretch}`);
      if (r.deadline_year_max && !(Number(r.deadline_year_max) > Number(r.deadline_year)))
        problems.push(`${at}: deadline range`);
      if (!r.subject || !r.metric || !r.scope) problems.push(`${at}: subject, metric and scope are required`);
    });
    expect(problems).toEqual([]);
  });

  it('target ids are unique across the dataset', () => {
    const ids = perDoc.flatMap((d) => d.rows.map((r) => r.target_id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('data/targets.csv and data/targets.json are the per-document files merged in seed order', () => {
    const merged = parseCsvObjects(readFileSync(join(root, 'data', 'targets.csv'), 'utf8'));
    const expected = perDoc.flatMap((d) => d.rows);
    expect(merged).toEqual(expected);
    const json = JSON.parse(readFileSync(join(root, 'data', 'targets.json'), 'utf8')) as {
      target_id: string;
      value: number;
    }[];
    expect(json.map((r) => r.target_id)).toEqual(expected.map((r) => r.target_id));
    expect(json.map((r) => r.value)).toEqual(expected.map((r) => Number(r.value)));
  });

  it('holds the figures the issue names, as the seeds state them', () => {
    const all = perDoc.flatMap((d) => d.rows);
    const find = (doc: string, pred: (r: Record<string, string>) => boolean) =>
      all.filter((r) => r.doc_id === doc && pred(r));
    const w21 = 'wuhan-2021-industrial-transformation-plan';
    // "地区生产总值达到17600亿元、增长12%,力争达到17800亿元、增长13%"
    const gdp = find(w21, (r) => r.subject === '地区生产总值');
    expect(gdp.map((r) => [Number(r.value), r.unit, r.stretch]).sort()).toEqual(
      [
        [12, 'percent', 'false'],
        [13, 'percent', 'true'],
        [1.76e12, 'yuan', 'false'],
        [1.78e12, 'yuan', 'true'],
      ].sort(),
    );
    // "三大国家级开发区重点工业园区亩均税收不低于35万元,四个新城区重点工业园区亩均税收不低于20万元"
    const mujun = find(w21, (r) => r.metric === '亩均税收');
    expect(mujun.map((r) => [Number(r.value), r.unit, r.comparator]).sort()).toEqual(
      [
        [200000, 'yuan_per_mu', '>='],
        [350000, 'yuan_per_mu', '>='],
      ].sort(),
    );
  });
});
