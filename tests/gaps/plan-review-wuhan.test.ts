/**
 * A published Chinese plan review reproduced end to end (tests/fixtures/plan-review-wuhan-2021/README.md): Wuhan's
 * 2021 plan-execution report judged 12 of its 14 annual targets met and 社会消费品零售总额 not met. Text → targets
 * (`extractTargets` on the seed) → actuals (`loadActuals` on published figures) → pairing (`matchActuals`) →
 * engine → plan-review categories, compared with the report's verdict per indicator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActuals } from '../../src/actuals/load.js';
import { computeGaps, type GapRow } from '../../src/gaps/index.js';
import { parseCsvObjects } from '../../src/io/csv.js';
import { extractTargets } from '../../src/targets/extract.js';
import { loadSeed } from '../../src/text/seeds.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'plan-review-wuhan-2021');
const DOC = 'wuhan-2021-industrial-transformation-plan';

/** The verdicts the review publishes, by the subject the seed names the indicator with. */
const published = new Map(
  parseCsvObjects(readFileSync(join(DIR, 'review.csv'), 'utf8'))
    .filter((r) => r.subject_in_seed)
    .map((r) => [r.subject_in_seed!, r.published_verdict!]),
);

async function judged(): Promise<Map<string, GapRow>> {
  const targets = extractTargets(loadSeed(DOC), { docId: DOC, region: '武汉市', issuedYear: 2021 }).filter(
    (t) => t.deadline_year === 2021 && t.kind === 'growth' && !t.stretch && published.has(t.subject),
  );
  const { rows } = await loadActuals(join(DIR, 'actuals.csv'));
  const gaps = computeGaps(targets, rows, { asOf: 2021 });
  return new Map(gaps.map((g) => [g.subject, g]));
}

describe('Wuhan 2021 plan-execution report, reproduced', () => {
  it('the seed states eight of the fourteen indicators; each is judged', async () => {
    const g = await judged();
    expect([...g.keys()].sort()).toEqual([...published.keys()].sort());
  });

  it('where target, actual and verdict all exist, five of six agree', async () => {
    const g = await judged();
    const verdict = (s: string) => {
      const r = g.get(s)!;
      return r.review === 'completed' ? '完成' : r.review === 'not_completed' ? '未完成' : null;
    };
    const compared = [...published].filter(([s]) => verdict(s) !== null);
    const agree = compared.filter(([s, v]) => verdict(s) === v).map(([s]) => s);
    expect(compared.map(([s]) => s).sort()).toEqual(
      [
        '地区生产总值',
        '规模以上工业增加值',
        '服务业增加值',
        '固定资产投资',
        '外贸进出口',
        '社会消费品零售总额',
      ].sort(),
    );
    expect(agree.sort()).toEqual(
      ['地区生产总值', '规模以上工业增加值', '固定资产投资', '外贸进出口', '社会消费品零售总额'].sort(),
    );
  });

  it('the figures behind each verdict', async () => {
    const g = await judged();
    const row = (s: string) => g.get(s)!;
    expect(row('地区生产总值')).toMatchObject({ actual_value: 12.2, target_value: 12, review_zh: '已完成' });
    expect(row('规模以上工业增加值')).toMatchObject({
      actual_value: 14.2,
      target_value: 12,
      review_zh: '已完成',
    });
    expect(row('固定资产投资')).toMatchObject({ actual_value: 12.9, target_value: 10, review_zh: '已完成' });
    expect(row('外贸进出口')).toMatchObject({ actual_value: 24, target_value: 10, review_zh: '已完成' });
    // the report: "社会消费品零售总额增长10.5%,低于预期目标4.5个百分点"
    expect(row('社会消费品零售总额')).toMatchObject({
      actual_value: 10.5,
      target_value: 15,
      review_zh: '未完成',
    });
    // the disagreement: the 实施方案 asks 13%, the published 12.3% misses it; the report counts it met against the
    // annual plan's own figure, which the sources we could read do not state (docs/gaps.md, "Conformance")
    expect(row('服务业增加值')).toMatchObject({ actual_value: 12.3, target_value: 13, review_zh: '未完成' });
    // no published city-level growth rate for these two: no verdict, the reason says why
    expect(row('高新技术产业增加值').status).toBe('insufficient_data');
    expect(row('实际利用外资').status).toBe('insufficient_data');
  });
});
