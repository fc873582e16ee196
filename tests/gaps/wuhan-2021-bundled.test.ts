/**
 * Integration: the bundled reviewed targets (data/targets.csv) of the 2021 Wuhan plan, matched by `matchActuals`
 * against the bundled published figures (data/actuals), judged by `computeGaps`. The expected verdicts are the
 * published record: GDP 17716.76亿元 (+12.2% at comparable prices), 规上工业增加值 +14.2%, 固定资产投资 +12.9%,
 * 社零 +10.5% ("低于预期目标4.5个百分点"), 招商引资实际到位资金 "超过9330亿元", 外贸进出口 3359.4亿元 (+24.0%), 768
 * 亿元以上项目 started.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledActuals } from '../../src/actuals/bundled.js';
import { computeGaps, type GapRow } from '../../src/gaps/index.js';
import { dataPath } from '../../src/io/paths.js';
import { loadTargets } from '../../src/targets/read.js';

const DOC = 'wuhan-2021-industrial-transformation-plan';
let gaps: GapRow[] = [];

beforeAll(async () => {
  const targets = loadTargets(dataPath('targets.csv')).filter((t) => t.doc_id === DOC);
  const { rows } = await loadBundledActuals();
  gaps = computeGaps(targets, rows, { asOf: 2024 });
});

/** The one row of a figure: subject, metric and value (in base units) as the plan states them. */
const row = (subject: string, metric: string, value: number) => {
  const found = gaps.filter((g) => g.subject === subject && g.metric === metric && g.value === value);
  expect(found, `${subject} ${metric} ${value}`).toHaveLength(1);
  return found[0]!;
};

describe('Wuhan 2021 plan × bundled published figures', () => {
  it('GDP: 17600亿 and +12% met, 力争 17800亿 and +13% missed', () => {
    expect(row('地区生产总值', '总量', 1.76e12).status).toBe('achieved');
    expect(row('地区生产总值', '总量', 1.78e12).status).toBe('missed');
    expect(row('地区生产总值', '增速', 12).status).toBe('achieved');
    expect(row('地区生产总值', '增速', 13).status).toBe('missed');
    expect(row('地区生产总值', '总量', 1.76e12).actual_value).toBeCloseTo(1.771676e12, -4);
  });
  it('规上工业增加值 +14.2% meets 力争13%; 固定资产投资 +12.9% meets 力争12%', () => {
    expect(row('规模以上工业增加值', '增速', 12).status).toBe('achieved_stretch');
    expect(row('固定资产投资', '增速', 10).status).toBe('achieved_stretch');
  });
  it('社零 +10.5% misses 15% by 4.5 points, as the city’s review says', () => {
    const r = row('社会消费品零售总额', '增速', 15);
    expect(r.status).toBe('missed');
    expect(r.actual_value! - r.target_value!).toBeCloseTo(-4.5, 10);
  });
  it('招商引资 "超过9330亿元" meets 9330亿; the 力争 9360亿 cannot be confirmed', () => {
    expect(row('招商引资实际到位资金', '总量', 9.33e11).status).toBe('achieved');
    expect(row('招商引资实际到位资金', '总量', 9.36e11).status).toBe('insufficient_data');
  });
  it('外贸 3359.4亿元 (+24.0%) beats 超过2970亿 / 力争3000亿 and +10% / +11%', () => {
    expect(row('外贸进出口', '总量', 2.97e11).status).toBe('achieved_stretch');
    expect(row('外贸进出口', '增速', 10).status).toBe('achieved_stretch');
  });
  it('every target without a verdict says why', () => {
    const open = gaps.filter((g) => g.status === 'insufficient_data' || g.status === 'not_comparable');
    expect(open.length).toBeGreaterThan(0);
    for (const g of open) expect(g.reason.length, g.target_id).toBeGreaterThan(10);
  });
});
