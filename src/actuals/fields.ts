/**
 * The input fields a loader recognises, and the mapping from common Chinese and English column headers
 * (地区/region, 指标/indicator, 年份/year, 数值/value, 单位/unit, 增速/增长(%)…) to them.
 */
import { normalizeName } from '../dictionaries/load.js';
import type { RejectRow } from './types.js';

/** Text fields of an input table. */
export type TextField =
  | 'region'
  | 'region_code'
  | 'indicator'
  | 'subject'
  | 'metric'
  | 'scope'
  | 'period'
  | 'unit'
  | 'bound'
  | 'growth_bound'
  | 'price_basis'
  | 'preliminary'
  | 'source'
  | 'quote'
  | 'note';

/** Numeric fields of an input table (bounds such as `>5000` allowed). */
export type NumberField = 'year' | 'value' | 'growth_pct';

/** Any input field. */
export type InputField = TextField | NumberField;

/** The numeric fields. */
export const NUMBER_FIELDS: readonly NumberField[] = ['year', 'value', 'growth_pct'];

/** A user-given mapping: input field → the header that holds it (`{ value: '2022年实绩' }`). */
export type ColumnMapping = Partial<Record<InputField, string>>;

const ALIASES: Record<InputField, readonly string[]> = {
  region: [
    '地区',
    '地区名称',
    '区域',
    '行政区',
    '行政区划',
    '城市',
    '市州',
    '地市',
    '省份',
    '区县',
    'region',
    'area',
    'city',
    'province',
    'district',
  ],
  region_code: ['行政区划代码', '区划代码', '地区代码', '代码', 'region_code', 'adcode', 'code'],
  indicator: [
    '指标',
    '指标名称',
    '项目',
    '统计指标',
    'indicator',
    'indicator_name',
    'item',
    'variable',
    'series',
  ],
  subject: ['subject', '主体', '对象', '产业', '行业', '产业集群'],
  metric: ['metric', '度量', '指标类型', '口径'],
  scope: ['scope', '范围', '统计范围'],
  period: ['period', '期间', '时期', '统计期', '月份'],
  unit: ['单位', '计量单位', 'unit', 'units'],
  bound: ['bound'],
  growth_bound: ['growth_bound'],
  price_basis: ['price_basis', '价格口径', 'basis'],
  preliminary: ['preliminary', '预计', '是否预计', '初步', 'estimate'],
  source: ['来源', '资料来源', '数据来源', '出处', 'source', 'source_url', 'url'],
  quote: ['原文', '引文', '摘录', 'quote', 'text'],
  note: ['note', '备注', '注'],
  year: ['年份', '年度', '年', '统计年度', 'year'],
  value: ['数值', '值', '数据', '总量', '绝对值', '金额', '本年', '实绩', 'value', 'amount'],
  growth_pct: [
    '增速',
    '增长',
    '增长率',
    '同比增长',
    '比上年增长',
    '同比',
    '增幅',
    'growth',
    'growth_pct',
    'yoy',
    'growth_rate',
  ],
};

const INDEX: Map<string, InputField> = (() => {
  const m = new Map<string, InputField>();
  for (const [field, names] of Object.entries(ALIASES) as [InputField, readonly string[]][])
    for (const n of names) m.set(n.toLowerCase(), field);
  return m;
})();

/** A header read as a field, with the unit its brackets state (`数值(亿元)` → value, 亿元). */
export interface HeaderReading {
  field: InputField | null;
  /** The unit in the header's brackets, or `null` (`%` for growth headers like `增长(%)`). */
  unit: string | null;
}

/**
 * Read one column header: which field it holds and the unit in its brackets.
 *
 * Complexity: O(length of header).
 *
 * @example
 * readHeader('数值(亿元)') // { field: 'value', unit: '亿元' }
 * readHeader('比上年增长(%)') // { field: 'growth_pct', unit: '%' }
 * readHeader('Region') // { field: 'region', unit: null }
 */
export function readHeader(header: string): HeaderReading {
  const h = normalizeName(header).replace(/^\uFEFF/, '');
  const m = /^(.*?)\(([^()]*)\)$/.exec(h);
  const base = (m ? m[1]! : h).toLowerCase();
  const unit = m ? m[2]! : null;
  const direct = INDEX.get(base);
  if (direct) return { field: direct, unit };
  if (/增长|增速|增幅|同比/.test(base) && !/增加值|总量/.test(base)) return { field: 'growth_pct', unit };
  return { field: null, unit };
}

/** The columns of an input mapped to fields: for each field, the column index and the header's unit. */
export interface FieldMap {
  columns: Partial<Record<InputField, number>>;
  headerUnits: Partial<Record<InputField, string>>;
  headers: string[];
  /** Further columns whose header reads as a field already mapped (两个 `数值`, `数值` + `value`). */
  duplicates: { field: InputField; column: number }[];
}

/**
 * Map a header row to fields, from the user's mapping first, then the common header names. The first column that
 * matches a field wins.
 *
 * Complexity: O(columns × length of headers).
 *
 * @example
 * mapColumns(['地区', '指标', '年份', '数值(亿元)']).columns // { region: 0, indicator: 1, year: 2, value: 3 }
 * @throws {Error} when a user mapping names a header that is not there, listing the headers there are.
 */
export function mapColumns(headers: readonly string[], mapping: ColumnMapping = {}): FieldMap {
  const columns: Partial<Record<InputField, number>> = {};
  const headerUnits: Partial<Record<InputField, string>> = {};
  const used = new Set<number>();
  for (const [field, header] of Object.entries(mapping) as [InputField, string][]) {
    const i = headers.findIndex((h) => h === header || normalizeName(h) === normalizeName(header));
    if (i < 0)
      throw new Error(
        `column mapping: no header "${header}" for ${field}; the headers are ${headers.map((h) => `"${h}"`).join(', ')}`,
      );
    columns[field] = i;
    used.add(i);
    const u = readHeader(headers[i]!).unit;
    if (u) headerUnits[field] = u;
  }
  const duplicates: FieldMap['duplicates'] = [];
  headers.forEach((h, i) => {
    if (used.has(i)) return;
    const r = readHeader(h);
    if (!r.field) return;
    if (columns[r.field] === undefined) {
      columns[r.field] = i;
      if (r.unit) headerUnits[r.field] = r.unit;
    } else if (mapping[r.field] === undefined) duplicates.push({ field: r.field, column: i });
  });
  return { columns, headerUnits, headers: [...headers], duplicates };
}

/**
 * Warnings for the further columns a header row maps to a text field already taken (`省份` and `城市` both read as
 * region): the first is read, the others are named so that nothing is ignored without a word.
 *
 * Complexity: O(duplicates).
 *
 * @example
 * duplicateTextWarnings('a.csv', mapColumns(['省份', '城市', '数值']))[0].reason // 'column "城市" also reads as region; …'
 */
export function duplicateTextWarnings(file: string, map: FieldMap): RejectRow[] {
  return map.duplicates
    .filter((d) => !(NUMBER_FIELDS as readonly string[]).includes(d.field))
    .map((d) => ({
      file,
      row: 1,
      column: map.headers[d.column]!,
      reason: `column "${map.headers[d.column]}" also reads as ${d.field}; "${map.headers[map.columns[d.field]!]}" is read (pass mapping.${d.field} to choose)`,
      raw: '',
    }));
}
