/**
 * One target row from a figure and what the rules read around it: kind and metric (classifyTarget), deadline,
 * aggregation, comparator, declines, base year, 责任单位 and the quote with its document offsets.
 */
import type { Comparator, Tier } from '../../quantities/types.js';
import { TIERS } from '../../quantities/types.js';
import type { DeadlinePhrase } from '../../text/horizon.js';
import type { Sentence } from '../../text/segment.js';
import { classifyTarget } from '../classify.js';
import type { Figure } from '../figures.js';
import type { TargetRow } from '../types.js';
import { AggregationIndex, aggregationOf, lastBefore } from './aggregation.js';
import type { DocContext } from './context.js';

/** A row before its id is given, with the figure it came from. */
export interface Draft {
  row: Omit<TargetRow, 'target_id'>;
  figure: Figure;
}

/** What a rule says about a row; offsets are into the sentence's clean text. */
export interface RowInput {
  subject: string;
  /** The subject before tidying (for the subject type). */
  rawSubject?: string;
  scope: string;
  metricWord: string | null;
  quoteStart: number;
  quoteEnd: number;
  tier: Tier | null;
  phrase: string;
  before: string;
  clause: string;
  stretch: boolean;
  deadlines: DeadlinePhrase[];
  tierOnly: boolean;
  /** The comparator of the previous figure of the sentence (a 力争 figure shares its base's). */
  prevComparator?: Comparator | null;
}

/** A growth word after a percent: 保持15%以上的增长, 保持20%左右的年均增速. */
const GROWTH_AFTER = /^(?:以上|左右)?的(?:年均|年平均)?(?:较快|快速|高速|稳定|平稳)?(?:增长|增速|增幅)/;

/** A level summed over entities: 营收合计达到, 产值总计突破. */
const SUM_OVER_ENTITIES =
  /(?:营收|营业收入|主营业务收入|总收入|收入|产值|增加值|规模)(?:合计|总计|共计)(?:力争)?(?:达到|突破|超过|达|实现|过)?(?=[\d.一二两三四五六七八九十百千万亿])/;

/** 余/多 right after a numeral: more than (70余家, 200多个). */
const MORE_THAN = /[\d十百千万亿][余多]/;
const DECLINE = /(?:下降|降低|减少|压减|削减)了?$/;
const FLIP: Partial<Record<Comparator, Comparator>> = { '>=': '<=', '>': '<', '<=': '>=', '<': '>' };
/** An explicit base year before a figure, within its clause: 较2020年增长50%, 比2020年翻一番, 与2022年相比. */
const EXPLICIT_BASE =
  /(?:较|比|相比|对比|相较)(20\d\d)年(?:底|末)?[^，,；;]*$|与(20\d\d)年(?:底|末)?相比[^，,；;]*$/;
const SEPARATORS = new Set(['，', ',', '；', ';']);

/** Per-sentence lookup tables that keep row making linear in the sentence length. */
export class SentenceTables {
  readonly agg: AggregationIndex;
  private readonly separator: Int32Array;
  private readonly lei: Int32Array;
  constructor(readonly s: string) {
    this.agg = new AggregationIndex(s);
    this.separator = lastBefore(s, (c) => SEPARATORS.has(c));
    this.lei = lastBefore(s, (c) => c === '累');
  }
  /** The words after the last clause separator before `pos` (the base-year pattern never crosses one). */
  lastSegment(pos: number): string {
    return this.s.slice((this.separator[pos] ?? -1) + 1, pos);
  }
  /** 累计达到93家 is the stock reached (a point), not a sum over the window: the last 累 before `end` says so. */
  cumulativeStock(end: number): boolean {
    const at = this.lei[end] ?? -1;
    return at >= 0 && /^累计(?:达到|突破|超过|达)/.test(this.s.slice(at, end));
  }
}

/** Make the row of figure `f` of sentence `sent` from what a rule read (`r`). */
export function makeRow(
  ctx: DocContext,
  sent: Sentence,
  tables: SentenceTables,
  f: Figure,
  r: RowInput,
): Draft {
  const s = sent.clean;
  const { opts, horizon } = ctx;
  // 保持年均15%以上的增长: the growth word comes after the figure
  const growthAfter = f.q.unit === 'percent' && GROWTH_AFTER.test(s.slice(f.end));
  const cls = classifyTarget({
    unit: f.q.unit,
    subject: r.subject,
    metricWord: r.metricWord,
    before: growthAfter ? `${r.before}增长` : r.before,
    clause: r.clause,
    phrase: r.phrase,
    tier: r.tier,
    tierOnly: r.tierOnly,
    rawSubject: r.rawSubject,
    scope: r.scope,
  });
  // deadline: the last deadline phrase before the figure in the sentence, else the section's, else the horizon
  const clauseStart = f.start - r.before.length;
  const dl =
    [...r.deadlines]
      .reverse()
      .find(
        (d) => d.end <= f.start && (!d.duration || d.deadlineYearMax !== null || d.start >= clauseStart - 8),
      ) ?? ctx.section;
  const reward = cls.kind === 'reward';
  const startYear = dl ? (dl.startYear ?? opts.issuedYear) : horizon.startYear;
  let deadlineYear: number | null = dl ? dl.deadlineYear : horizon.deadlineYear;
  let deadlineYearMax: number | null = dl ? dl.deadlineYearMax : horizon.deadlineYearMax;
  if (reward) {
    deadlineYear = null;
    deadlineYearMax = null;
  }
  let aggregation = reward
    ? aggregationOf(
        new AggregationIndex(r.clause).wordAt(Math.max(0, f.start - Math.max(0, s.indexOf(r.clause)))),
        horizon,
        '',
        null,
      )
    : aggregationOf(tables.agg.wordAt(f.start), horizon, `${r.before}${r.phrase}`, dl);
  if ((cls.kind === 'multiple' || r.tierOnly) && aggregation === 'cumulative') aggregation = 'point';
  // 保持15%以上的年均增速: 年均 after the figure
  if (growthAfter && /^(?:以上|左右)?的(?:年均|年平均)/.test(s.slice(f.end))) aggregation = 'annual_average';
  // 营收合计达到2.6万亿元 sums a level over entities, not over years (a point)
  if (aggregation === 'cumulative' && SUM_OVER_ENTITIES.test(s.slice(Math.max(0, f.start - 16), f.start + 4)))
    aggregation = 'point';
  // 累计达到93家 is the stock reached (a point), 累计竣工投产…1500个 a sum over the window
  if (aggregation === 'cumulative' && tables.cumulativeStock(f.end)) aggregation = 'point';
  const span = {
    start: sent.offsets[r.quoteStart]!,
    end: sent.offsets[Math.max(r.quoteStart, r.quoteEnd - 1)]! + 1,
  };
  const tierOnly = r.tierOnly;
  let comparator: Comparator = f.comparator ?? (tierOnly ? '>=' : '=');
  if (!f.comparator && /(?:力争|争取)$/.test(r.before) && r.prevComparator) comparator = r.prevComparator;
  if (tierOnly && f.q.comparator) comparator = f.q.comparator;
  if (f.q.approx && (comparator === '=' || comparator === '>=')) comparator = '~';
  // 70余家, 200多个: 余/多 after the numeral means "more than" (达到70余家 too)
  if (MORE_THAN.test(f.q.text) && !/左右|约|近/.test(f.q.text)) comparator = '>';
  if (tierOnly && /过$/.test(r.before)) comparator = '>';
  let value = tierOnly ? TIERS.find((t) => t.tier === f.tier)!.yuan : f.value;
  let valueMax = tierOnly ? null : f.valueMax;
  if (
    cls.kind === 'growth' &&
    (f.decline === true || DECLINE.test(r.before.replace(/(?:力争|争取|均|分别|累计)$/, '')))
  ) {
    // a decline target is a negative growth: 下降13.5% (at least) → growth ≤ −13.5
    value = f.valueMax === null ? -f.value : -f.valueMax;
    valueMax = f.valueMax === null ? null : -f.value;
    comparator = FLIP[comparator] ?? comparator;
    // a bare decline (年均下降5%) is a ceiling on the rate: −5% or lower
    if (comparator === '=') comparator = '<=';
  }
  const explicitBase = EXPLICIT_BASE.exec(tables.lastSegment(f.start));
  const row: Omit<TargetRow, 'target_id'> = {
    doc_id: opts.docId,
    region: opts.region,
    region_code: opts.regionCode ?? null,
    scope: r.scope || ctx.defaultScope,
    subject: r.subject || cls.metric,
    subject_type: cls.subject_type,
    metric: cls.metric,
    kind: cls.kind,
    aggregation,
    tier: r.tier ?? (tierOnly ? f.tier : null),
    comparator,
    value,
    value_max: valueMax,
    unit: tierOnly ? 'yuan' : f.q.unit,
    stretch: r.stretch,
    base_year:
      cls.kind === 'growth' || cls.kind === 'multiple' || cls.kind === 'relative'
        ? explicitBase
          ? Number(explicitBase[1] ?? explicitBase[2])
          : startYear - 1
        : null,
    start_year: startYear,
    deadline_year: deadlineYear,
    deadline_year_max: deadlineYearMax,
    price_basis: cls.price_basis,
    responsible: ctx.who(span.start),
    quote: ctx.text.slice(span.start, span.end),
    span_start: span.start,
    span_end: span.end,
  };
  return { row, figure: f };
}
