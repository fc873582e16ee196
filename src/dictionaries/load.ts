/**
 * Reading the bundled dictionary tables in `data/dictionaries/` (UTF-8 CSV, one row per entry, each with a source).
 */
import { readFileSync } from 'node:fs';
import { parseCsvObjects } from '../io/csv.js';
import { dataPath } from '../io/paths.js';

const cache = new Map<string, Record<string, string>[]>();

/**
 * The rows of one dictionary table, cached after the first read.
 *
 * Complexity: O(file size) on first call, O(1) after.
 *
 * @example
 * readDictionary('regions.csv')[0].name // '湖北省'
 * @throws {Error} when the file is missing, or a row lacks `name` or `source`, naming the file and row.
 */
export function readDictionary(file: string): Record<string, string>[] {
  const hit = cache.get(file);
  if (hit) return hit;
  const path = dataPath('dictionaries', file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`dictionary ${path} cannot be read: ${(e as Error).message}`);
  }
  const rows = parseCsvObjects(text);
  rows.forEach((r, i) => {
    if (!r.name || !r.source) throw new Error(`${path} row ${i + 2}: needs a name and a source`);
  });
  cache.set(file, rows);
  return rows;
}

/**
 * Split a `|`-separated list cell into trimmed, non-empty items.
 *
 * Complexity: O(length of cell).
 *
 * @example
 * splitList('社零| 社零额 |') // ['社零', '社零额']
 */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const TRADITIONAL: Record<string, string> = {
  漢: '汉',
  陽: '阳',
  岡: '冈',
  黃: '黄',
  區: '区',
  縣: '县',
  東: '东',
  開: '开',
  發: '发',
  經: '经',
  濟: '济',
  術: '术',
  際: '际',
  產: '产',
  業: '业',
  規: '规',
  總: '总',
  額: '额',
  費: '费',
  資: '资',
  實: '实',
  場: '场',
  體: '体',
  電: '电',
  車: '车',
  醫: '医',
  藥: '药',
  紡: '纺',
  織: '织',
  裝: '装',
  備: '备',
  製: '制',
  農: '农',
  進: '进',
  貿: '贸',
  億: '亿',
  萬: '万',
  戶: '户',
  個: '个',
  項: '项',
  與: '与',
  營: '营',
  價: '价',
  計: '计',
  預: '预',
  長: '长',
  聯: '联',
  網: '网',
  環: '环',
  節: '节',
  鄉: '乡',
  門: '门',
  蘇: '苏',
};

/**
 * Normalise a name for dictionary lookup: trim, drop inner whitespace, full-width brackets to ASCII, and common
 * traditional characters (as in big5 mirrors of news pages) to simplified.
 *
 * Complexity: O(length).
 *
 * @example
 * normalizeName(' 武漢市 ') // '武汉市'
 * normalizeName('东湖高新区（中国光谷）') // '东湖高新区(中国光谷)'
 */
export function normalizeName(name: string): string {
  let out = '';
  for (const ch of name.replace(/\s+/g, '')) {
    if (ch === '（') out += '(';
    else if (ch === '）') out += ')';
    else out += TRADITIONAL[ch] ?? ch;
  }
  return out;
}
