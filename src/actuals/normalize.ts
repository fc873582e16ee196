/**
 * Normalising a raw table into the tidy actuals table: regions through the dictionaries, indicators into
 * subject/metric, units into base units (via `normalizeUnit`; an unknown unit rejects the row), bounds, growth,
 * price basis and 预计 flags. Work per distinct text is done once; work per row is a few array reads.
 */
import { resolvePlace, wholeScopeOf } from '../dictionaries/places.js';
import { resolveSubject } from '../dictionaries/subjects.js';
import { BASE_UNITS, type BaseUnit } from '../quantities/types.js';
import { normalizeUnit } from '../quantities/units.js';
import type { PriceBasis } from '../targets/types.js';
import { BOUND_CODES, readNumberCell } from './bounds.js';
import type { ActualColumns } from './columns.js';
import { findConflicts } from './conflicts.js';
import type { InputField, NumberField, TextField } from './fields.js';
import { readIndicator, readQualifier } from './interpret.js';
import { readMetric } from './metric.js';
import type { NumberColumn, RawTable, TextColumn } from './raw.js';
import { TextBuilder } from './raw.js';
import type { Bound, RejectRow } from './types.js';

/** Values used when the input does not say (a sheet of one region and one year). */
export interface LoadDefaults {
  region?: string;
  year?: number;
  /** Unit of the value column when neither a unit column, the header nor a 单位 line states it. */
  unit?: string;
  source?: string;
}

class OutDict {
  readonly keys: string[] = [''];
  private readonly map = new Map<string, number>([['', 0]]);
  code(s: string | null | undefined): number {
    if (!s) return 0;
    let c = this.map.get(s);
    if (c === undefined) {
      c = this.keys.length;
      this.keys.push(s);
      this.map.set(s, c);
    }
    return c;
  }
}

interface RegionInfo {
  ok: boolean;
  region: number;
  code: number;
  scope: number;
}

interface IndicatorInfo {
  subject: number;
  metric: number;
  note: string;
  preliminary: boolean;
  growthBasis: PriceBasis;
  kind: 'indicator' | 'industry' | 'other';
}

interface QualifierInfo {
  scope: number;
  period: number;
  subject: number;
  note: string;
  preliminary: boolean;
}

interface UnitInfo {
  ok: boolean;
  unit: number;
  base: BaseUnit | null;
  factor: number;
}

const BOUND_INDEX = new Map<Bound | null, number>(BOUND_CODES.map((b, i) => [b, i]));
const boundCode = (b: Bound | null): number => (b === '=' ? 1 : b === null ? 0 : (BOUND_INDEX.get(b) ?? 0));
const basisCode = (b: PriceBasis): number => (b === 'real' ? 1 : b === 'nominal' ? 2 : 0);
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是', '预计', 'preliminary', 't']);

/**
 * The price basis of a published growth rate when the source does not say: the indicator dictionary's (real for GDP
 * and 增加值, nominal for investment, retail, trade), else from the metric (增加值 real; 产值, 营业收入, 投资额… nominal).
 *
 * @example
 * growthBasisFor('地区生产总值', '总量') // 'real'
 * growthBasisFor('光电子信息', '产值') // 'nominal'
 */
export function growthBasisFor(subject: string, metric: string | null): PriceBasis {
  const s = resolveSubject(subject);
  if (s?.kind === 'indicator') return s.entry.growth_basis;
  if (metric === '增加值') return 'real';
  if (
    metric &&
    ['产值', '营业收入', '销售产值', '投资额', '到位资金', '产业规模', '协议投资额', '合同投资额'].includes(
      metric,
    )
  )
    return 'nominal';
  return 'unspecified';
}

/** The metric of an indicator whose name states none: read by the one metric reader, from its unit. */
function fallbackMetric(name: string, unit: BaseUnit | null): string {
  return readMetric(name, unit, null).metric;
}

/**
 * Normalise a raw table (from any reader) into the columnar tidy actuals table with its rejects.
 *
 * Bad rows become rejects with file, row, column and reason.
 *
 * Complexity: O(rows + distinct texts × dictionary lookups).
 *
 * @example
 * const cols = normalizeRaw(await readCsvRaw('hubei.csv'));
 * cols.length + cols.rejects.length === cols.rowsIn // true
 */
export function normalizeRaw(raw: RawTable, defaults: LoadDefaults = {}): ActualColumns {
  const n = raw.length;
  const { columns, headerUnits, headers } = raw.fieldMap;
  const colName = (field: InputField, i: number): string =>
    raw.cellColumn
      ? raw.cellColumn(i, field)
      : columns[field] !== undefined
        ? headers[columns[field]!]!
        : field;
  const txt = (f: TextField): TextColumn | undefined => raw.text[f];
  const num = (f: NumberField): NumberColumn | undefined => raw.numbers[f];
  const tidy = columns.metric !== undefined || columns.scope !== undefined;

  const out = {
    region: new OutDict(),
    region_code: new OutDict(),
    scope: new OutDict(),
    subject: new OutDict(),
    metric: new OutDict(),
    period: new OutDict(),
    unit: new OutDict(),
    note: new OutDict(),
    source: new OutDict(),
  };
  const defaultRegion = defaults.region ?? raw.context.region;
  const defaultYear = defaults.year ?? raw.context.year;
  const defaultUnit = headerUnits.value ?? raw.context.unit ?? defaults.unit;

  // --- per distinct text -------------------------------------------------------------------------
  const regionCol = txt('region');
  const regionCodeCol = txt('region_code');
  const regionInfos: (RegionInfo | undefined)[] = [];
  const regionInfo = (code: number): RegionInfo => {
    const hit = regionInfos[code];
    if (hit) return hit;
    const name = regionCol ? regionCol.dict[code]! : '';
    let info: RegionInfo;
    const total = name === '' || /^(全市|合计|总计|全市合计|全省|全省合计)$/.test(name);
    const p = resolvePlace(total ? (defaultRegion ?? '') : name);
    if (p) {
      // the nation, a province and a prefecture city publish their own totals; a district, county or zone is a
      // scope within the city (or municipality) whose statistics cover it
      const isTop = p.level === 'nation' || p.level === 'province' || p.level === 'prefecture_city';
      info = {
        ok: true,
        region: out.region.code(isTop ? p.name : p.region),
        code: out.region_code.code(isTop ? p.code : p.regionCode),
        scope: out.scope.code(isTop ? wholeScopeOf(p) : p.name),
      };
    } else if (name !== '' && !total) {
      info = { ok: true, region: out.region.code(name), code: 0, scope: out.scope.code('全市') };
    } else if (defaultRegion) {
      info = { ok: true, region: out.region.code(defaultRegion), code: 0, scope: out.scope.code('全市') };
    } else info = { ok: false, region: 0, code: 0, scope: 0 };
    regionInfos[code] = info;
    return info;
  };

  const indicatorCol = txt('indicator');
  const subjectCol = txt('subject');
  const metricCol = txt('metric');
  const scopeCol = txt('scope');
  const periodCol = txt('period');
  const unitCol = txt('unit');
  const sourceCol = txt('source');
  const quoteCol = txt('quote');
  const noteCol = txt('note');
  const prelimCol = txt('preliminary');
  const basisCol = txt('price_basis');
  const boundCol = txt('bound');
  const gboundCol = txt('growth_bound');

  const nameCol = indicatorCol ?? subjectCol;
  const qualCol = tidy ? scopeCol : indicatorCol ? (subjectCol ?? scopeCol) : scopeCol;

  const indInfos: (IndicatorInfo | null | undefined)[] = [];
  const indInfo = (code: number): IndicatorInfo | null => {
    const hit = indInfos[code];
    if (hit !== undefined) return hit;
    const text = nameCol ? nameCol.dict[code]! : '';
    let info: IndicatorInfo | null = null;
    if (text !== '') {
      const r = readIndicator(text);
      info = {
        subject: out.subject.code(r.subject),
        metric: r.metric ? out.metric.code(r.metric) : -1,
        note: r.notes.join('; '),
        preliminary: r.preliminary,
        growthBasis: growthBasisFor(r.subject, r.metric),
        kind: r.kind,
      };
    }
    indInfos[code] = info;
    return info;
  };

  const qualInfos: (QualifierInfo | undefined)[] = [];
  const qualInfo = (code: number): QualifierInfo => {
    const hit = qualInfos[code];
    if (hit) return hit;
    const text = qualCol ? qualCol.dict[code]! : '';
    const q = readQualifier(text);
    const info: QualifierInfo = {
      scope: tidy && text !== '' ? out.scope.code(q.scope ?? text) : q.scope ? out.scope.code(q.scope) : -1,
      period: q.period ? out.period.code(q.period) : 0,
      subject: q.subject ? out.subject.code(q.subject) : -1,
      note: q.notes.join('; '),
      preliminary: q.preliminary,
    };
    qualInfos[code] = info;
    return info;
  };

  const unitInfos: (UnitInfo | undefined)[] = [];
  const unitFor = (text: string): UnitInfo => {
    // the tidy table's own base-unit names (yuan, count…), so that its output loads back unchanged
    if ((BASE_UNITS as readonly string[]).includes(text))
      return { ok: true, unit: out.unit.code(text), base: text as BaseUnit, factor: 1 };
    const u = normalizeUnit(text);
    // 年 in a value column is a duration (平均受教育年限 11.3年), never a calendar year
    const b: BaseUnit | null = u ? (u.unit === 'year' ? 'years' : u.unit) : null;
    // a unit the table does not know is kept as written, the value unconverted (and a warning), never guessed
    return u && b
      ? { ok: true, unit: out.unit.code(b), base: b, factor: u.factor }
      : { ok: false, unit: out.unit.code(text.trim()), base: null, factor: 1 };
  };
  const defaultUnitInfo = defaultUnit ? unitFor(defaultUnit) : null;
  const unitInfo = (code: number): UnitInfo | null => {
    if (!unitCol || code === 0 || unitCol.dict[code] === '') return defaultUnitInfo;
    const hit = unitInfos[code];
    if (hit) return hit;
    const info = unitFor(unitCol.dict[code]!);
    unitInfos[code] = info;
    return info;
  };

  const quoteFlags: (number | undefined)[] = [];
  const quoteFlag = (code: number): number => {
    let f = quoteFlags[code];
    if (f !== undefined) return f;
    const q = quoteCol ? quoteCol.dict[code]! : '';
    f = 0;
    if (/预计|預計|is estimated|estimated to|is predicted|predicted to|is expected to/.test(q)) f |= 1;
    if (/可比价|可比價|不变价|不變價|comparable prices|constant prices/.test(q)) f |= 2;
    quoteFlags[code] = f;
    return f;
  };

  const subjectInfos: number[] = [];
  const tidySubject = (code: number): number => {
    let m = subjectInfos[code];
    if (m === undefined) {
      const text = subjectCol!.dict[code]!;
      m = text === '' ? -1 : out.subject.code(resolveSubject(text)?.name ?? text);
      subjectInfos[code] = m;
    }
    return m;
  };
  const metricInfos: number[] = [];
  const tidyMetric = (code: number): number => {
    let m = metricInfos[code];
    if (m === undefined) {
      m = out.metric.code(metricCol!.dict[code]!);
      metricInfos[code] = m;
    }
    return m;
  };

  const noteCombos = new Map<string, number>();
  const combineNotes = (...parts: string[]): number => {
    const key = parts.filter((p) => p !== '').join('; ');
    if (key === '') return 0;
    let c = noteCombos.get(key);
    if (c === undefined) {
      c = out.note.code([...new Set(key.split('; '))].join('; '));
      noteCombos.set(key, c);
    }
    return c;
  };

  // --- per row ------------------------------------------------------------------------------------
  const regionCodes = new Uint32Array(n);
  const regionCodeCodes = new Uint32Array(n);
  const scopeCodes = new Uint32Array(n);
  const subjectCodes = new Uint32Array(n);
  const metricCodes = new Uint32Array(n);
  const indicatorCodes = new Uint32Array(n);
  const periodCodes = new Uint32Array(n);
  const unitCodes = new Uint32Array(n);
  const sourceCodes = new Uint32Array(n);
  const quoteCodes = new Uint32Array(n);
  const noteCodes = new Uint32Array(n);
  const years = new Int32Array(n);
  const values = new Float64Array(n);
  const bounds = new Uint8Array(n);
  const growth = new Float64Array(n);
  const gbounds = new Uint8Array(n);
  const basis = new Uint8Array(n);
  const prelim = new Uint8Array(n);
  const rowNums = new Int32Array(n);
  const rejects: RejectRow[] = [...raw.rejects];
  const yearCol = num('year');
  const valueCol = num('value');
  const growthCol = num('growth_pct');
  const indicatorOut = new TextBuilder(16);
  const indicatorOutCodes: number[] = [];
  const periodFromCol: number[] = [];
  const sourceOut: number[] = [];
  const defaultSource = defaults.source ?? '';

  const rawLine = (i: number): string => {
    const cells: [number, string][] = [];
    for (const [field, col] of Object.entries(columns) as [InputField, number][]) {
      let v = '';
      const t = raw.text[field as TextField];
      if (t) v = t.dict[t.codes[i]!]!;
      const nc = raw.numbers[field as NumberField];
      if (nc) v = nc.text.get(i) ?? (Number.isNaN(nc.values[i]!) ? '' : String(nc.values[i]));
      cells.push([col, /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v]);
    }
    return cells
      .sort((a, b) => a[0] - b[0])
      .map((c) => c[1])
      .join(',');
  };
  const cellRef = (i: number, field: InputField): { column: string; sheet?: string; cell?: string } => {
    const column = colName(field, i);
    const cell = raw.cellAddress?.(i, field);
    return cell !== undefined && raw.sheet !== undefined ? { column, sheet: raw.sheet, cell } : { column };
  };
  const reject = (i: number, field: InputField | '', reason: string) => {
    rejects.push({
      file: raw.file,
      row: raw.rows[i]!,
      ...(field === '' ? { column: '' } : cellRef(i, field)),
      reason,
      raw: rawLine(i),
    });
  };
  const warnings: RejectRow[] = [...(raw.warnings ?? [])];
  const warnCell = (i: number, field: InputField, reason: string) => {
    warnings.push({ file: raw.file, row: raw.rows[i]!, ...cellRef(i, field), reason, raw: rawLine(i) });
  };
  /** One number cell as read: `kind` 0 blank, 1 number, 2 no-figure mark, 3 error. */
  interface NumberCell {
    kind: 0 | 1 | 2 | 3;
    value: number;
    bound: Bound | null;
    reason: string;
  }
  const cell = (): NumberCell => ({ kind: 0, value: Number.NaN, bound: null, reason: '' });
  const readNumber = (
    col: NumberColumn | undefined,
    i: number,
    field: NumberField,
    out: NumberCell,
  ): void => {
    out.kind = 0;
    out.value = Number.NaN;
    out.bound = null;
    out.reason = '';
    if (!col) return;
    const x = col.values[i]!;
    if (!Number.isNaN(x)) {
      out.kind = 1;
      out.value = x;
      out.bound = '=';
      return;
    }
    const t = col.text.get(i);
    if (t === undefined) return;
    const c = readNumberCell(field === 'year' ? t.replace(/\s*年(?:份|度)?$/, '') : t);
    if (c.kind === 'number') {
      out.kind = 1;
      out.value = c.value;
      out.bound = c.bound;
    } else if (c.kind === 'no_figure') {
      out.kind = 2;
      out.reason = `"${c.mark}": no figure published`;
    } else if (c.kind === 'error') {
      out.kind = 3;
      out.reason = c.reason;
    }
  };
  const y = cell();
  const v = cell();
  const g = cell();
  const e = cell();
  const extras = raw.extraNumbers ?? [];
  for (const x of extras)
    warnings.push({
      file: raw.file,
      row: 1,
      column: x.header,
      reason: `a second ${x.field === 'value' ? 'value' : 'growth'} column ("${x.header}", after "${colName(x.field, 0)}"): read too; rows where the two disagree are rejected`,
      raw: '',
    });
  const cells = { in: raw.rejectedCells ?? 0, used: 0, rejected: raw.rejectedCells ?? 0 };
  const unknownUnits = new Map<string, { row: number; count: number; column: string }>();
  let extraCount = 0;
  const extraMarks: { header: string; reason: string }[] = [];

  // a rejected record: all its value cells are rejected cells
  let nCells = 0;
  const rejectRow = (i: number, field: InputField | '', reason: string) => {
    reject(i, field, reason);
    cells.rejected += nCells;
  };
  const recordErrors =
    raw.recordErrors !== undefined && raw.recordErrors.size > 0 ? raw.recordErrors : undefined;
  const tally = (i: number, kind: number, reason: string, field: 'value' | 'growth_pct') => {
    if (kind === 1) cells.used++;
    else if (kind === 2) {
      cells.rejected++;
      warnCell(i, field, `${field === 'value' ? 'value' : 'growth'} ${reason}`);
    }
  };

  let w = 0;
  for (let i = 0; i < n; i++) {
    readNumber(valueCol, i, 'value', v);
    readNumber(growthCol, i, 'growth_pct', g);
    // a second value or growth column: the same figure twice is one figure; two different ones are a conflict
    const vKind = v.kind;
    const vReason = v.reason;
    const gKind = g.kind;
    const gReason = g.reason;
    const mainCells = (vKind !== 0 ? 1 : 0) + (gKind !== 0 ? 1 : 0);
    extraCount = 0;
    extraMarks.length = 0;
    let conflict = '';
    for (let k = 0; k < extras.length; k++) {
      const x = extras[k]!;
      readNumber(x.column, i, x.field, e);
      if (e.kind === 0) continue;
      extraCount++;
      const main = x.field === 'value' ? v : g;
      if (e.kind === 2) extraMarks.push({ header: x.header, reason: e.reason });
      else if (e.kind === 3 && conflict === '') conflict = `${x.header}: ${e.reason}`;
      else if (e.kind === 1 && (main.kind === 0 || main.kind === 2)) {
        main.kind = 1;
        main.value = e.value;
        main.bound = e.bound;
      } else if (
        e.kind === 1 &&
        main.kind === 1 &&
        (main.value !== e.value || main.bound !== e.bound) &&
        conflict === ''
      )
        conflict = `two ${x.field === 'value' ? 'value' : 'growth'} columns disagree: "${colName(x.field, i)}" says ${main.value}, "${x.header}" says ${e.value}`;
    }
    nCells = mainCells + extraCount;
    cells.in += nCells;
    const bad = recordErrors !== undefined ? recordErrors.get(i) : undefined;
    if (bad) {
      rejectRow(i, bad.field, bad.reason);
      continue;
    }
    if (conflict !== '') {
      rejectRow(i, 'value', conflict);
      continue;
    }
    // region
    const rinfo = regionInfo(regionCol ? regionCol.codes[i]! : 0);
    if (!rinfo.ok) {
      rejectRow(i, regionCol ? 'region' : '', 'no region (give a region column or defaults.region)');
      continue;
    }
    // year
    readNumber(yearCol, i, 'year', y);
    if (y.kind >= 2) {
      rejectRow(i, 'year', `year ${y.reason}`);
      continue;
    }
    const year = y.kind === 0 ? (defaultYear ?? Number.NaN) : y.value;
    if (!Number.isInteger(year) || year < 1900 || year > 2100 || (y.kind === 1 && y.bound !== '=')) {
      rejectRow(
        i,
        yearCol ? 'year' : '',
        Number.isNaN(year) ? 'no year' : `year ${year} is not a year between 1900 and 2100`,
      );
      continue;
    }
    // subject and metric
    const nameCode = nameCol ? nameCol.codes[i]! : 0;
    const ind = indInfo(nameCode);
    if (!ind) {
      rejectRow(i, nameCol === indicatorCol ? 'indicator' : 'subject', 'no indicator or subject');
      continue;
    }
    const q = qualInfo(qualCol ? qualCol.codes[i]! : 0);
    // value and unit
    if (v.kind === 3) {
      rejectRow(i, 'value', `value ${v.reason}`);
      continue;
    }
    if (g.kind === 3) {
      rejectRow(i, 'growth_pct', `growth ${g.reason}`);
      continue;
    }
    let value = Number.NaN;
    let unitCode = 0;
    let base: BaseUnit | null = null;
    if (v.kind === 1) {
      const u = unitInfo(unitCol ? unitCol.codes[i]! : 0);
      if (!u) {
        rejectRow(
          i,
          unitCol ? 'unit' : 'value',
          'no unit for the value (give a unit column, a unit in the header, or defaults.unit)',
        );
        continue;
      }
      const x = v.value * u.factor;
      if (!Number.isFinite(x)) {
        rejectRow(i, 'value', `value ${v.value} × ${u.factor} (the unit) is too large to be a number`);
        continue;
      }
      if (!u.ok) {
        const column = unitCol && unitCol.codes[i] !== 0 ? colName('unit', i) : colName('value', i);
        const seen = unknownUnits.get(out.unit.keys[u.unit]!);
        if (seen) seen.count++;
        else unknownUnits.set(out.unit.keys[u.unit]!, { row: raw.rows[i]!, count: 1, column });
      }
      const r = Math.round(x);
      value = (Math.abs(x - r) <= Math.abs(x) * 1e-12 ? r : x) + 0; // + 0: never -0, which no output can write
      unitCode = u.unit;
      base = u.base;
    } else if (g.kind !== 1) {
      const mark = v.kind === 2 ? v : g.kind === 2 ? g : null;
      rejectRow(
        i,
        valueCol ? 'value' : '',
        mark ? `no figure: ${mark.reason}` : 'neither a value nor a growth rate',
      );
      continue;
    }
    // a used row: its no-figure cells are rejected cells, named in the warnings
    tally(i, vKind, vReason, 'value');
    tally(i, gKind, gReason, 'growth_pct');
    if (extraCount > 0) {
      cells.used += extraCount - extraMarks.length;
      cells.rejected += extraMarks.length;
      for (const m of extraMarks)
        warnings.push({
          file: raw.file,
          row: raw.rows[i]!,
          column: m.header,
          reason: m.reason,
          raw: rawLine(i),
        });
    }
    // output
    regionCodes[w] = rinfo.region;
    regionCodeCodes[w] = rinfo.code;
    if (regionCodeCol && rinfo.code === 0) {
      regionCodeCodes[w] = out.region_code.code(regionCodeCol.dict[regionCodeCol.codes[i]!]!);
    }
    scopeCodes[w] = q.scope >= 0 ? q.scope : rinfo.scope;
    const ts = tidy && subjectCol && nameCol !== subjectCol ? tidySubject(subjectCol.codes[i]!) : -1;
    subjectCodes[w] = ts >= 0 ? ts : !tidy && q.subject >= 0 ? q.subject : ind.subject;
    metricCodes[w] =
      tidy && metricCol
        ? tidyMetric(metricCol.codes[i]!)
        : ind.metric >= 0
          ? ind.metric
          : out.metric.code(fallbackMetric(nameCol ? nameCol.dict[nameCode]! : '', base));
    let ic = indicatorOutCodes[nameCode];
    if (ic === undefined) {
      indicatorOut.add(nameCol ? nameCol.dict[nameCode]! : '');
      ic = indicatorOut.codes[indicatorOut.length - 1]!;
      indicatorOutCodes[nameCode] = ic;
    }
    indicatorCodes[w] = ic;
    if (periodCol) {
      const pc = periodCol.codes[i]!;
      let p = periodFromCol[pc];
      if (p === undefined) {
        p = out.period.code(periodCol.dict[pc]!);
        periodFromCol[pc] = p;
      }
      periodCodes[w] = p !== 0 ? p : q.period;
    } else periodCodes[w] = q.period;
    unitCodes[w] = unitCode;
    if (sourceCol) {
      const sc = sourceCol.codes[i]!;
      let s = sourceOut[sc];
      if (s === undefined) {
        s = out.source.code(sourceCol.dict[sc]! || defaultSource);
        sourceOut[sc] = s;
      }
      sourceCodes[w] = s;
    } else sourceCodes[w] = out.source.code(defaultSource);
    quoteCodes[w] = quoteCol ? quoteCol.codes[i]! : 0;
    const qf = quoteCol ? quoteFlag(quoteCol.codes[i]!) : 0;
    const extraNote = noteCol ? noteCol.dict[noteCol.codes[i]!]! : '';
    noteCodes[w] =
      ind.note === '' && q.note === '' && extraNote === '' ? 0 : combineNotes(ind.note, q.note, extraNote);
    years[w] = year;
    values[w] = value;
    let vb: Bound | null = Number.isNaN(value) ? null : v.bound;
    if (boundCol && vb !== null) {
      const b = boundCol.dict[boundCol.codes[i]!]!;
      if (BOUND_INDEX.has(b as Bound)) vb = b as Bound;
    }
    bounds[w] = boundCode(vb);
    growth[w] = g.value + 0;
    let gb: Bound | null = Number.isNaN(g.value) ? null : g.bound;
    if (gboundCol && gb !== null) {
      const b = gboundCol.dict[gboundCol.codes[i]!]!;
      if (BOUND_INDEX.has(b as Bound)) gb = b as Bound;
    }
    gbounds[w] = boundCode(gb);
    let pb: PriceBasis;
    const stated = basisCol ? basisCol.dict[basisCol.codes[i]!]! : '';
    if (stated === 'real' || stated === 'nominal' || stated === 'unspecified') pb = stated;
    else if (stated !== '' && /可比价|不变价/.test(stated)) pb = 'real';
    else if (stated !== '' && /现价|当年价/.test(stated)) pb = 'nominal';
    else if (!Number.isNaN(g.value)) pb = qf & 2 ? 'real' : ind.growthBasis;
    else pb = base === 'yuan' || base === 'usd' ? 'nominal' : 'unspecified';
    basis[w] = basisCode(pb);
    const pl = prelimCol ? prelimCol.dict[prelimCol.codes[i]!]!.toLowerCase() : '';
    prelim[w] = (
      prelimCol && pl !== ''
        ? TRUE_WORDS.has(pl)
        : ind.preliminary || q.preliminary || (qf & 1) === 1
    )
      ? 1
      : 0;
    rowNums[w] = raw.rows[i]!;
    w++;
  }
  const col = (codes: Uint32Array, dict: string[]): TextColumn => ({ codes: codes.subarray(0, w), dict });
  rejects.sort((a, b) => a.row - b.row);
  for (const [unit, u] of unknownUnits)
    warnings.push({
      file: raw.file,
      row: u.row,
      column: u.column,
      reason: `unit "${unit}" is not in the unit table: ${u.count} value${u.count === 1 ? '' : 's'} kept as written, not converted`,
      raw: '',
    });
  const table: ActualColumns = {
    file: raw.file,
    length: w,
    region: col(regionCodes, out.region.keys),
    region_code: col(regionCodeCodes, out.region_code.keys),
    scope: col(scopeCodes, out.scope.keys),
    subject: col(subjectCodes, out.subject.keys),
    metric: col(metricCodes, out.metric.keys),
    indicator: col(indicatorCodes, indicatorOut.finish().dict),
    period: col(periodCodes, out.period.keys),
    unit: col(unitCodes, out.unit.keys),
    source: col(sourceCodes, out.source.keys),
    quote: col(quoteCodes, quoteCol ? quoteCol.dict : ['']),
    note: col(noteCodes, out.note.keys),
    year: years.subarray(0, w),
    value: values.subarray(0, w),
    bound: bounds.subarray(0, w),
    growth_pct: growth.subarray(0, w),
    growth_bound: gbounds.subarray(0, w),
    price_basis: basis.subarray(0, w),
    preliminary: prelim.subarray(0, w),
    row: rowNums.subarray(0, w),
    rejects,
    rowsIn: raw.rowsIn,
    cells,
    warnings,
  };
  for (const c of findConflicts(table)) warnings.push(c);
  return table;
}
