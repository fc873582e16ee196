/**
 * Run Microsoft Recognizers-Text Chinese spec cases against `findQuantities` and judge each case.
 *
 * A case passes when every expected result is matched by a distinct quantity whose span overlaps it and whose
 * value (and unit, where the model states one) agrees, and when no quantity that the model would report is found
 * where the case expects none. Which found quantities a model "would report" depends on the model: the number
 * model reports every number, the percent model only percentages, the currency model only money, and so on.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Quantity } from '../../../src/quantities/index.js';
import { findQuantities } from '../../../src/quantities/index.js';

/** The models of the peer suite that we run. */
export type PeerModel = 'Number' | 'Percent' | 'NumberRange' | 'Currency' | 'Dimension' | 'Ordinal';

/** One expected result of a spec case. */
export interface PeerResult {
  Text: string;
  TypeName: string;
  Resolution: { value?: string | null; unit?: string; isoCurrency?: string } | null;
  Start: number;
  /** Inclusive. */
  End: number;
}

/** One spec case as published. */
export interface PeerCase {
  Input: string;
  Results: PeerResult[];
  NotSupported?: string;
  Comment?: string;
}

/** Load one model's cases (the files are UTF-8 with a BOM). */
export function loadPeer(model: PeerModel): PeerCase[] {
  const path = fileURLToPath(new URL(`./fixtures/${model}Model.json`, import.meta.url));
  const raw = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return JSON.parse(raw) as PeerCase[];
}

/** Units of the peer currency model mapped to ours; any other currency is kept with unit `number`. */
const CURRENCY_UNITS: Record<string, Quantity['unit']> = {
  'Chinese yuan': 'yuan',
  // $20 in Chinese text is US dollars
  Dollar: 'usd',
  'United States dollar': 'usd',
};

const DIMENSION_UNITS: Record<string, Quantity['unit']> = {
  Mu: 'mu',
  Hectare: 'hectare',
  'Square kilometer': 'km2',
};

/** The figures a peer model would report, among what we found. */
function reportable(model: PeerModel, q: Quantity): boolean {
  switch (model) {
    case 'Number':
    case 'Ordinal':
      return true;
    case 'Percent':
      return q.unit === 'percent' || q.unit === 'percentage_point';
    case 'Currency':
      return q.unit === 'yuan' || q.unit === 'usd' || /元|币|镑|郎|分|拉/.test(q.sourceUnit);
    case 'Dimension':
      return q.unit === 'mu' || q.unit === 'km2' || q.unit === 'hectare';
    case 'NumberRange':
      return q.valueMax !== null || q.comparator !== null;
  }
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** An interval of the NumberRange model: `(20,35]`, `[30,)`, `[170,170]`. */
interface Interval {
  lo: number | null;
  hi: number | null;
  loClosed: boolean;
  hiClosed: boolean;
}

function parseInterval(s: string): Interval | null {
  const m = /^([[(])\s*([^,]*),\s*([^\])]*)([\])])$/.exec(s.trim());
  if (m === null) return null;
  return {
    lo: m[2] === '' ? null : Number(m[2]),
    hi: m[3] === '' ? null : Number(m[3]),
    loClosed: m[1] === '[',
    hiClosed: m[4] === ']',
  };
}

/** A fraction (四分之一, 2/3) is percent in our base units; the peer models report the plain ratio. */
function ratio(q: Quantity): number | null {
  return q.unit === 'percent' && (q.sourceUnit === '/' || q.sourceUnit.endsWith('分之'))
    ? q.value / 100
    : null;
}

/** Does quantity q resolve to the expected result of this model? */
function matches(model: PeerModel, q: Quantity, r: PeerResult): boolean {
  const value = r.Resolution?.value;
  switch (model) {
    case 'Number': {
      if (value === undefined || value === null) return false;
      const v = Number(value);
      // fractions are percent in our base units (四分之一 = 25): the number model reports the plain ratio
      return close(q.value, v) || (q.unit === 'percent' && close(q.value / 100, v));
    }
    case 'Percent': {
      if (value === undefined || value === null) return false;
      return (
        (q.unit === 'percent' || q.unit === 'percentage_point') &&
        close(q.value, Number(value.replace('%', '')))
      );
    }
    case 'Currency': {
      const unit = r.Resolution?.unit ?? '';
      const want = CURRENCY_UNITS[unit] ?? 'number';
      if (value === undefined || value === null) return false;
      return q.unit === want && close(q.value, Number(value));
    }
    case 'Dimension': {
      const want = DIMENSION_UNITS[r.Resolution?.unit ?? ''];
      if (want === undefined || value === undefined || value === null) return false;
      return q.unit === want && close(q.value, Number(value));
    }
    case 'NumberRange': {
      const iv = value ? parseInterval(value) : null;
      if (iv === null) return false;
      // a fraction may be meant as a ratio (超过1/2 = 0.5) or a percent (超过百分之零点九 = 0.9)
      const r = ratio(q);
      if (r !== null && matchesInterval({ ...q, value: r }, iv)) return true;
      return matchesInterval(q, iv);
    }
    case 'Ordinal':
      return false;
  }
}

function matchesInterval(q: Quantity, iv: Interval): boolean {
  if (iv.lo !== null && iv.hi !== null) {
    if (close(iv.lo, iv.hi))
      return q.valueMax === null && close(q.value, iv.lo) && (q.comparator ?? '=') === '=';
    return q.valueMax !== null && close(q.value, iv.lo) && close(q.valueMax, iv.hi);
  }
  if (iv.lo !== null) return close(q.value, iv.lo) && q.comparator === (iv.loClosed ? '>=' : '>');
  if (iv.hi !== null) return close(q.value, iv.hi) && q.comparator === (iv.hiClosed ? '<=' : '<');
  return false;
}

/** The outcome of one case. */
export interface PeerOutcome {
  model: PeerModel;
  input: string;
  pass: boolean;
  /** What went wrong, for the report. */
  detail: string;
}

/** Judge one case. Ordinal cases pass only when nothing at all is found. */
export function runCase(model: PeerModel, c: PeerCase): PeerOutcome {
  const found = findQuantities(c.Input);
  const fmt = (q: Quantity): string =>
    `${q.text}=${q.value}${q.valueMax !== null ? `..${q.valueMax}` : ''} ${q.unit}${q.comparator ? ` ${q.comparator}` : ''}`;
  if (model === 'Ordinal') {
    return { model, input: c.Input, pass: found.length === 0, detail: found.map(fmt).join(' | ') };
  }
  const used = new Set<number>();
  const missing: string[] = [];
  for (const r of c.Results) {
    const rs = r.Start;
    const re = r.End + 1;
    const k = found.findIndex(
      (q, idx) => !used.has(idx) && q.start < re && q.end > rs && matches(model, q, r),
    );
    if (k < 0)
      missing.push(
        `${r.Text}=${r.Resolution?.value ?? ''}${r.Resolution?.unit ? ` ${r.Resolution.unit}` : ''}`,
      );
    else used.add(k);
  }
  const extra = found.filter((q, idx) => !used.has(idx) && reportable(model, q));
  const pass = missing.length === 0 && extra.length === 0;
  const detail = [
    missing.length ? `missing ${missing.join(', ')}` : '',
    extra.length ? `extra ${extra.map(fmt).join(', ')}` : '',
    missing.length ? `found ${found.map(fmt).join(', ') || 'nothing'}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return { model, input: c.Input, pass, detail };
}
