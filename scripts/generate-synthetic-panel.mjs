#!/usr/bin/env node
/**
 * Generate the SYNTHETIC firm and park panels in data/synthetic/. Nothing these files hold is real: firm ids,
 * county and park names are invented (合成县01, SYN-F0001, 合成园区01) and every number is drawn from the
 * distributions below with a seeded generator, so the files are reproducible byte for byte.
 *
 * Usage: node scripts/generate-synthetic-panel.mjs [--seed 20260101] [--firms 800] [--out data/synthetic]
 *
 * Firms (firms.csv, one row per firm and year, 2015-2024):
 * - Entry year uniform in 2015-2020 (earlier entrants are observed from 2015); 4% of firms exit each year.
 * - log10(revenue) in the first year ~ Normal(8.1, 0.75) (median ≈ 1.3亿元; a few above 100亿元).
 * - Each year log revenue grows by the firm's drift ~ Normal(0.07, 0.05) plus a shock ~ Normal(0, 0.12), and one
 *   year in twenty a downturn of −25% to −45% (so some firms fall back below a threshold and cross again).
 * - above_scale: revenue ≥ 2000万元 (the 规模以上 standard).
 * - tax = revenue × rate (rate ~ U(1.5%, 6%) per firm, ±20% a year); value_added = revenue × U(18%, 35%);
 *   employees = value_added ÷ U(15万, 45万) yuan per person; rd_expense = revenue × U(0, 5%);
 *   energy_tce = value_added ÷ U(1万, 6万) yuan per tonne of coal equivalent; emissions_t = value_added ÷ U(50万, 800万).
 * - land_mu: fixed per firm, revenue of the first year ÷ U(200万, 900万) yuan per 亩, at least 3 亩.
 * Parks (parks.csv, one row per park and year, 2019-2023): 18 parks, 6 per zone class (the Wuhan 2021 zone classes
 * and 中心城区), land 2-30 平方公里, 亩均税收 drawn around the class's floor (35万 / 20万 / 15万元 per 亩) with
 * a ±45% spread and 6% growth a year.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string', default: '20260101' },
    firms: { type: 'string', default: '800' },
    out: {
      type: 'string',
      default: path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'data', 'synthetic'),
    },
  },
});

/** mulberry32: a small seeded PRNG, uniform in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = mulberry32(Number(args.seed));
const uniform = (lo, hi) => lo + (hi - lo) * rand();
const normal = (mu, sd) => {
  const u = 1 - rand();
  const v = rand();
  return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const round = (x, d = 0) => {
  const f = 10 ** d;
  return Math.round(x * f) / f;
};

const counties = Array.from({ length: 6 }, (_, i) => `合成县${String(i + 1).padStart(2, '0')}`);
const industries = ['装备制造', '医药化工', '建材家居', '农产品加工', '光电子信息', '纺织服装'];
const nFirms = Number(args.firms);
const firmRows = [];
for (let f = 1; f <= nFirms; f++) {
  const id = `SYN-F${String(f).padStart(4, '0')}`;
  const county = pick(counties);
  const industry = pick(industries);
  const entry = Math.max(2015, 2015 + Math.floor(rand() * 6));
  const drift = normal(0.07, 0.05);
  const taxRate = uniform(0.015, 0.06);
  let logRev = normal(8.1, 0.75);
  const landMu = Math.max(3, round(10 ** logRev / uniform(2e6, 9e6), 1));
  for (let year = entry; year <= 2024; year++) {
    if (year > entry) {
      logRev += drift + normal(0, 0.12);
      if (rand() < 0.05) logRev += Math.log10(uniform(0.55, 0.75));
    }
    const revenue = Math.round(10 ** logRev);
    const va = revenue * uniform(0.18, 0.35);
    firmRows.push({
      firm_id: id,
      county,
      industry,
      year,
      revenue,
      above_scale: revenue >= 2e7,
      tax: Math.round(revenue * taxRate * uniform(0.8, 1.2)),
      value_added: Math.round(va),
      employees: Math.max(5, Math.round(va / uniform(1.5e5, 4.5e5))),
      rd_expense: Math.round(revenue * uniform(0, 0.05)),
      energy_tce: round(va / uniform(1e4, 6e4), 1),
      emissions_t: round(va / uniform(5e5, 8e6), 2),
      land_mu: landMu,
    });
    if (rand() < 0.04) break;
  }
}

const zones = [
  ['三大国家级开发区重点工业园区', 350000],
  ['四个新城区重点工业园区', 200000],
  ['中心城区', 150000],
];
const parkRows = [];
let p = 0;
for (const [zone, floor] of zones) {
  for (let k = 0; k < 6; k++) {
    p++;
    const id = `SYN-P${String(p).padStart(2, '0')}`;
    const name = `合成园区${String(p).padStart(2, '0')}`;
    const landKm2 = round(uniform(2, 30), 2);
    let perMu = floor * uniform(0.55, 1.45);
    for (let year = 2019; year <= 2023; year++) {
      if (year > 2019) perMu *= 1.06 * uniform(0.9, 1.1);
      const landMu = landKm2 * 1500;
      const tax = Math.round(perMu * landMu);
      parkRows.push({
        park_id: id,
        park_name: name,
        zone,
        year,
        land_km2: landKm2,
        tax,
        value_added: Math.round(tax * uniform(4, 8)),
        revenue: Math.round(tax * uniform(18, 30)),
      });
    }
  }
}

const cell = (v) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const toCsv = (rows) => {
  const cols = Object.keys(rows[0]);
  return `${[cols.join(','), ...rows.map((r) => cols.map((c) => cell(r[c])).join(','))].join('\n')}\n`;
};
fs.mkdirSync(args.out, { recursive: true });
fs.writeFileSync(path.join(args.out, 'firms.csv'), toCsv(firmRows));
fs.writeFileSync(path.join(args.out, 'parks.csv'), toCsv(parkRows));
console.log(
  `SYNTHETIC: ${firmRows.length} firm-years of ${nFirms} firms, ${parkRows.length} park-years → ${args.out}`,
);
