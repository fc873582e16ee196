/**
 * Ladder definitions: the seeds' cluster tiers (万亿/五千亿/千亿/五百亿/百亿/十亿) and firm tiers (千亿企业, 百亿企业,
 * 准百亿企业…), each rung with its source; `defineLadder` for users' own ladders and `loadLadder` for ladders kept in
 * CSV (the bundled ones are in `data/tiers/ladders.csv`).
 */
import { readFileSync } from 'node:fs';
import { parseCsvObjects } from '../io/csv.js';
import { dataPath } from '../io/paths.js';
import { BASE_UNITS, type BaseUnit } from '../quantities/types.js';
import type { Ladder, LadderBand, SourceRef } from './types.js';

const WUHAN_2018 = 'wuhan-2018-wanqianbai-action-plan';
const HUANGGANG_2023 = 'huanggang-2023-manufacturing-county-clusters-plan';
const XIANGYANG_2016 = 'xiangyang-2016-trillion-industrial-city-tasks';

const WUHAN_WANYI: SourceRef = {
  doc_id: WUHAN_2018,
  quote: '全市形成光电子信息、汽车及零部件2个万亿级产业集群,总收入均突破万亿,产值均突破5000亿元',
  span_start: 310,
  span_end: 356,
  note: 'Wuhan defines its 万亿级 clusters on 总收入 ≥ 1万亿元 (with 产值 ≥ 5000亿元); on 产值 the 万亿 rung is the tier name read literally.',
};
const HUANGGANG_CLUSTERS: SourceRef = {
  doc_id: HUANGGANG_2023,
  quote: '形成3个产值过千亿优势产业集群、10个产值过百亿特色产业集群、30个过十亿地标块状经济',
  span_start: 434,
  span_end: 477,
  note: 'Huanggang defines 千亿/百亿 clusters and 十亿 块状经济 on 产值.',
};
const WUHAN_FIRM_LADDER: SourceRef = {
  doc_id: WUHAN_2018,
  quote: '建立千亿企业、百亿企业、准百亿企业的梯次推进体系',
  span_start: 1559,
  span_end: 1583,
  note: 'The firm ladder of the 万千百工程; the metric is 主营业务收入 as in the same plan’s reward schedule.',
};
const XIANGYANG_BANDS: SourceRef = {
  doc_id: XIANGYANG_2016,
  quote: '力争到2018年产销过100亿元、50-100亿元、10-50亿元的企业分别达到8家、8家和120家',
  span_start: 3013,
  span_end: 3063,
  note: 'Xiangyang’s firm-size bands (on 产销): 过100亿元, 50-100亿元, 10-50亿元.',
};

/**
 * Cluster tiers on 产值 (yuan): 万亿 ≥ 1e12, 五千亿 ≥ 5e11, 千亿 ≥ 1e11, 五百亿 ≥ 5e10, 百亿 ≥ 1e10, 十亿 ≥ 1e9.
 * Each rung cites the seed it comes from; 五千亿 and 五百亿 are not cluster tiers in the seeds (see their notes).
 */
export const CLUSTER_TIERS: Ladder = {
  id: 'cluster_tiers',
  name: '产业集群规模梯次 (万亿/五千亿/千亿/五百亿/百亿/十亿)',
  entity: '产业集群',
  metric: '产值',
  unit: 'yuan',
  atThreshold: 'higher',
  note: 'Rungs match the Tier type of the targets table. Wuhan states its 万亿 clusters on 总收入: classify 总收入 with this ladder for Wuhan’s definition.',
  bands: [
    { tier: '万亿', min: 1e12, max: null, reading: 'at_least', source: WUHAN_WANYI },
    {
      tier: '五千亿',
      min: 5e11,
      max: 1e12,
      reading: 'at_least',
      source: {
        ...WUHAN_WANYI,
        note: 'No seed names a 五千亿 cluster tier; the rung is kept because the targets table’s Tier type has it, and 产值 ≥ 5000亿元 is the 产值 condition of Wuhan’s 万亿级 clusters. Our choice.',
      },
    },
    { tier: '千亿', min: 1e11, max: 5e11, reading: 'at_least', source: HUANGGANG_CLUSTERS },
    {
      tier: '五百亿',
      min: 5e10,
      max: 1e11,
      reading: 'at_least',
      source: {
        doc_id: HUANGGANG_2023,
        quote: '3个园区工业总产值过500亿元',
        span_start: 512,
        span_end: 527,
        note: 'The seeds use 500亿 for parks (园区), not clusters; the rung is kept for the Tier type. Our choice.',
      },
    },
    { tier: '百亿', min: 1e10, max: 5e10, reading: 'at_least', source: HUANGGANG_CLUSTERS },
    { tier: '十亿', min: 1e9, max: 1e10, reading: 'at_least', source: HUANGGANG_CLUSTERS },
  ],
};

/**
 * Firm tiers on 主营业务收入 (yuan): 千亿企业 ≥ 1e11, 五百亿企业 5e10–1e11, 百亿企业 1e10–5e10, 准百亿企业 5e9–1e10,
 * 十亿企业 1e9–5e9, 规上企业 2e7–1e9 (the 规模以上 statistical threshold).
 */
export const FIRM_TIERS: Ladder = {
  id: 'firm_tiers',
  name: '企业规模梯次 (千亿/五百亿/百亿/准百亿/十亿/规上)',
  entity: '企业',
  metric: '主营业务收入',
  unit: 'yuan',
  atThreshold: 'higher',
  note: 'Bands are exclusive; count with cumulative: true for "百亿企业" in the everyday sense of 100亿元以上.',
  bands: [
    { tier: '千亿企业', min: 1e11, max: null, reading: 'at_least', source: WUHAN_FIRM_LADDER },
    {
      tier: '五百亿企业',
      min: 5e10,
      max: 1e11,
      reading: 'at_least',
      source: {
        doc_id: WUHAN_2018,
        quote: '使之壮大为500亿元乃至千亿元以上企业',
        span_start: 1627,
        span_end: 1646,
        note: 'Wuhan names 500亿元 as a step between 百亿 and 千亿 firms.',
      },
    },
    { tier: '百亿企业', min: 1e10, max: 5e10, reading: 'at_least', source: WUHAN_FIRM_LADDER },
    {
      tier: '准百亿企业',
      min: 5e9,
      max: 1e10,
      reading: 'band',
      source: {
        ...XIANGYANG_BANDS,
        note: 'Wuhan names 准百亿企业 without a figure; 50-100亿元 is Xiangyang’s band (and the issue’s definition).',
      },
    },
    { tier: '十亿企业', min: 1e9, max: 5e9, reading: 'at_least', source: XIANGYANG_BANDS },
    {
      tier: '规上企业',
      min: 2e7,
      max: 1e9,
      reading: 'at_least',
      source: {
        doc_id: null,
        quote:
          '规模以上工业企业: 年主营业务收入2000万元及以上 (国家统计局统计起点标准, 2011年起); cf. http://english.wenzhou.gov.cn/art/2018/7/9/art_1231275_19350918.html "industrial enterprises with an annual revenue of RMB 20 million or more from their main business operations"',
        span_start: null,
        span_end: null,
        note: 'Not in the seeds: the national statistical threshold for 规模以上工业企业.',
      },
    },
  ],
};

/**
 * Xiangyang 2016's firm-size bands as a ladder of its own, named as the targets table names the subjects
 * (`产销过100亿元的企业`, `产销50-100亿元的企业`, `产销10-50亿元的企业`), so that band counts from
 * {@link tierCountsAsActuals} (mode `band`) match those count targets by subject.
 */
export const XIANGYANG_FIRM_BANDS: Ladder = {
  id: 'xiangyang_2016_firm_bands',
  name: '襄阳市企业产销规模分档 (过100亿元 / 50-100亿元 / 10-50亿元)',
  entity: '企业',
  metric: '产销',
  unit: 'yuan',
  atThreshold: 'higher',
  note: '过100亿元 is read like 以上 (at 100亿 counts), as for every ladder here; use atThreshold: lower for a strict reading.',
  bands: [
    { tier: '产销过100亿元的企业', min: 1e10, max: null, reading: 'band', source: XIANGYANG_BANDS },
    { tier: '产销50-100亿元的企业', min: 5e9, max: 1e10, reading: 'band', source: XIANGYANG_BANDS },
    { tier: '产销10-50亿元的企业', min: 1e9, max: 5e9, reading: 'band', source: XIANGYANG_BANDS },
  ],
};

/** A band as users write it: only `tier` and `min` are required. */
export interface LadderBandSpec {
  tier: string;
  min: number;
  max?: number | null;
  reading?: 'at_least' | 'band';
  source?: Partial<SourceRef>;
}

/** A ladder as users write it. */
export interface LadderSpec {
  id: string;
  name?: string;
  entity?: string;
  metric?: string;
  unit?: BaseUnit;
  atThreshold?: 'higher' | 'lower';
  note?: string;
  bands: readonly LadderBandSpec[];
}

/**
 * Check and complete a user-defined ladder: bands are sorted from the highest `min`, a missing `max` is the `min`
 * of the band above (contiguous ladder), defaults are unit `yuan`, entity `企业`, `atThreshold: 'higher'`.
 *
 * Complexity: O(b log b) in the number of bands.
 *
 * @example
 * defineLadder({ id: 'mine', bands: [{ tier: '大', min: 1e10 }, { tier: '中', min: 1e9 }] }).bands[1].max // 1e10
 * @throws {Error} when there are no bands, a bound is not finite, `max <= min`, bands overlap, or a tier name repeats,
 *   naming the ladder and the band.
 */
export function defineLadder(spec: LadderSpec): Ladder {
  const where = `ladder "${spec.id}"`;
  if (!spec.id) throw new Error('defineLadder: the ladder needs an id');
  if (!spec.bands || spec.bands.length === 0) throw new Error(`defineLadder: ${where} has no bands`);
  const unit = spec.unit ?? 'yuan';
  if (!BASE_UNITS.includes(unit)) throw new Error(`defineLadder: ${where} has unknown unit "${unit}"`);
  const sorted = [...spec.bands].sort((a, b) => b.min - a.min);
  const names = new Set<string>();
  const bands: LadderBand[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const b = sorted[k]!;
    if (!b.tier) throw new Error(`defineLadder: ${where} band ${k} has no tier name`);
    if (names.has(b.tier)) throw new Error(`defineLadder: ${where} repeats tier "${b.tier}"`);
    names.add(b.tier);
    if (!Number.isFinite(b.min)) throw new Error(`defineLadder: ${where} tier "${b.tier}" has min ${b.min}`);
    const above = k > 0 ? bands[k - 1]! : null;
    const max = b.max === undefined ? (above ? above.min : null) : b.max;
    if (max !== null && !(Number.isFinite(max) && max > b.min)) {
      throw new Error(`defineLadder: ${where} tier "${b.tier}" has max ${max} not above its min ${b.min}`);
    }
    if (above && (max === null || max > above.min)) {
      throw new Error(
        `defineLadder: ${where} tier "${b.tier}" (${b.min} to ${max ?? '∞'}) overlaps tier "${above.tier}" from ${above.min}`,
      );
    }
    bands.push({
      tier: b.tier,
      min: b.min,
      max,
      reading: b.reading ?? 'at_least',
      source: {
        doc_id: b.source?.doc_id ?? null,
        quote: b.source?.quote ?? 'user-defined',
        span_start: b.source?.span_start ?? null,
        span_end: b.source?.span_end ?? null,
        note: b.source?.note ?? '',
      },
    });
  }
  return {
    id: spec.id,
    name: spec.name ?? spec.id,
    entity: spec.entity ?? '企业',
    metric: spec.metric ?? '',
    unit,
    atThreshold: spec.atThreshold ?? 'higher',
    note: spec.note ?? '',
    bands,
  };
}

/** The columns of a ladder CSV (one row per band), as in `data/tiers/ladders.csv`. */
export const LADDER_COLUMNS = [
  'ladder_id',
  'ladder_name',
  'entity',
  'metric',
  'unit',
  'at_threshold',
  'tier',
  'min',
  'max',
  'reading',
  'doc_id',
  'quote',
  'span_start',
  'span_end',
  'note',
] as const;

/**
 * Read one ladder from CSV text with {@link LADDER_COLUMNS} (one row per band; ladder fields repeated).
 *
 * Complexity: O(text length).
 *
 * @example
 * parseLadder('ladder_id,tier,min,max\nmine,大,1e10,\nmine,中,1e9,1e10\n', 'mine').bands.length // 2
 * @throws {Error} when the ladder id is absent (listing the ids there are) or a `min`/`max`/span cell is not a
 *   number, naming the file and the 1-based CSV line.
 */
export function parseLadder(text: string, id?: string, file = '<csv>'): Ladder {
  const rows = parseCsvObjects(text);
  const ids = [...new Set(rows.map((r) => r.ladder_id ?? ''))];
  const want = id ?? (ids.length === 1 ? ids[0] : undefined);
  if (want === undefined) throw new Error(`${file}: holds ladders ${ids.join(', ')}; say which one to load`);
  const mine = rows.map((r, i) => ({ r, line: i + 2 })).filter(({ r }) => r.ladder_id === want);
  if (mine.length === 0) throw new Error(`${file}: no ladder "${want}"; ladders are ${ids.join(', ')}`);
  const num = (v: string | undefined, line: number, col: string, optional: boolean): number | null => {
    if (v === undefined || v.trim() === '') {
      if (optional) return null;
      throw new Error(`${file}: line ${line}, column "${col}" is empty`);
    }
    const x = Number(v);
    if (!Number.isFinite(x))
      throw new Error(`${file}: line ${line}, column "${col}": "${v}" is not a number`);
    return x;
  };
  const first = mine[0]!.r;
  const reading = (v: string | undefined, line: number): 'at_least' | 'band' => {
    if (!v) return 'at_least';
    if (v === 'at_least' || v === 'band') return v;
    throw new Error(`${file}: line ${line}, column "reading": "${v}" is not at_least or band`);
  };
  const at = first.at_threshold || 'higher';
  if (at !== 'higher' && at !== 'lower') {
    throw new Error(`${file}: line ${mine[0]!.line}, column "at_threshold": "${at}" is not higher or lower`);
  }
  return defineLadder({
    id: want,
    name: first.ladder_name || want,
    entity: first.entity || '企业',
    metric: first.metric || '',
    unit: (first.unit || 'yuan') as BaseUnit,
    atThreshold: at,
    bands: mine.map(({ r, line }) => ({
      tier: r.tier ?? '',
      min: num(r.min, line, 'min', false)!,
      max: num(r.max, line, 'max', true),
      reading: reading(r.reading, line),
      source: {
        doc_id: r.doc_id || null,
        quote: r.quote || '',
        span_start: num(r.span_start, line, 'span_start', true),
        span_end: num(r.span_end, line, 'span_end', true),
        note: r.note || '',
      },
    })),
  });
}

/**
 * Load a ladder: a bundled one by id (`cluster_tiers`, `firm_tiers`, from `data/tiers/ladders.csv`), or one from a
 * CSV file of your own (`loadLadder('my-ladders.csv', 'mine')`).
 *
 * Complexity: O(file size).
 *
 * @example
 * loadLadder('firm_tiers').bands.map((b) => b.tier) // ['千亿企业', '五百亿企业', '百亿企业', …]
 * @throws {Error} when the file cannot be read or the ladder is not in it (see {@link parseLadder}).
 */
export function loadLadder(source: string, id?: string): Ladder {
  if (!source.includes('/') && !source.includes('\\') && !source.endsWith('.csv')) {
    const file = dataPath('tiers', 'ladders.csv');
    return parseLadder(readFileSync(file, 'utf8'), source, file);
  }
  return parseLadder(readFileSync(source, 'utf8'), id, source);
}

/**
 * Format a yuan amount the way the plans write it, for subject names (`100亿元`, `8万元`).
 *
 * Complexity: O(1).
 *
 * @example
 * formatYuan(5e9) // '50亿元'
 */
export function formatYuan(v: number): string {
  if (Math.abs(v) >= 1e8) return `${+(v / 1e8).toPrecision(12)}亿元`;
  if (Math.abs(v) >= 1e4) return `${+(v / 1e4).toPrecision(12)}万元`;
  return `${v}元`;
}

function boundText(v: number, unit: BaseUnit): string {
  return unit === 'yuan' ? formatYuan(v) : `${v}`;
}

/**
 * Subject names for counts of a band: the band alone (`50-100亿元企业`, or the tier name when its everyday reading
 * is the band: `准百亿企业`) and at-or-above (`百亿企业` when its reading is `at_least`, else `50亿元以上企业`).
 * A tier name is suffixed with the ladder's entity unless it ends with it (`千亿` → `千亿产业集群`).
 *
 * Complexity: O(1).
 *
 * @example
 * bandSubjects(FIRM_TIERS, FIRM_TIERS.bands[3]) // { band: '准百亿企业', atLeast: '50亿元以上企业' }
 */
export function bandSubjects(ladder: Ladder, band: LadderBand): { band: string; atLeast: string } {
  const lo = boundText(band.min, ladder.unit);
  const range =
    band.max === null
      ? `${lo}以上${ladder.entity}`
      : ladder.unit === 'yuan' && formatYuan(band.min).slice(-2) === formatYuan(band.max).slice(-2)
        ? `${lo.slice(0, -2)}-${formatYuan(band.max)}${ladder.entity}`
        : `${lo}-${boundText(band.max, ladder.unit)}${ladder.entity}`;
  const atLeast = `${lo}以上${ladder.entity}`;
  const named = band.tier.endsWith(ladder.entity) ? band.tier : `${band.tier}${ladder.entity}`;
  return band.reading === 'band' ? { band: named, atLeast } : { band: range, atLeast: named };
}
