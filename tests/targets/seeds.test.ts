import { describe, expect, it } from 'vitest';
import { extractSeedTargets } from '../../src/targets/seeds.js';
import { validateTargets } from '../../src/targets/validate.js';
import { loadSeed, seedIndex } from '../../src/text/seeds.js';

const rows = extractSeedTargets();

describe('extractSeedTargets', () => {
  it('every row of every seed is valid and its quote sits at its offsets', () => {
    expect(() => validateTargets(rows, (id) => loadSeed(id))).not.toThrow();
    for (const d of seedIndex()) expect(rows.some((r) => r.doc_id === d.doc_id)).toBe(true);
  });

  it('the 2021 main targets: every figure, in order, with its 力争 flag (hand-listed from the text)', () => {
    const text = loadSeed('wuhan-2021-industrial-transformation-plan');
    const from = text.indexOf('2021年的主要目标');
    const to = text.indexOf('二、主要任务');
    const block = rows.filter(
      (r) =>
        r.doc_id === 'wuhan-2021-industrial-transformation-plan' && r.span_start > from && r.span_end < to,
    );
    // 地区生产总值 17600亿 12% 力争17800亿 13%; 规上工业增加值 12 力争13; 服务业增加值 13 力争14; 高新技术 14 力争15;
    // 固定资产投资 10 力争12; 工业投资 11 力争13; 技改投资占比 40 力争42; 社零 7070亿 15 力争7130亿 16;
    // 到位资金 9330亿 力争9360亿, 产业项目到位资金占比 40; 外贸 2970亿 10 力争3000亿 11; 外资 8 力争9; FDI 15 力争18
    expect(block.map((r) => [r.value, r.stretch])).toEqual([
      [1.76e12, false],
      [12, false],
      [1.78e12, true],
      [13, true],
      [12, false],
      [13, true],
      [13, false],
      [14, true],
      [14, false],
      [15, true],
      [10, false],
      [12, true],
      [11, false],
      [13, true],
      [40, false],
      [42, true],
      [7.07e11, false],
      [15, false],
      [7.13e11, true],
      [16, true],
      [9.33e11, false],
      [9.36e11, true],
      [40, false],
      [2.97e11, false],
      [10, false],
      [3e11, true],
      [11, true],
      [8, false],
      [9, true],
      [15, false],
      [18, true],
    ]);
    expect(block.every((r) => r.deadline_year === 2021 && r.scope === '全市')).toBe(true);
  });

  it('the task list: 瞪羚企业500家 twice, 责任处室 from the table column', () => {
    const gazelles = rows.filter(
      (r) => r.doc_id === 'wuhan-2018-economy-it-commission-task-list' && r.subject === '瞪羚企业',
    );
    expect(gazelles.map((r) => [r.value, r.deadline_year, r.responsible.join('|')])).toEqual([
      [500, 2018, '科学技术处'],
      [500, 2018, '科学技术处'],
    ]);
  });

  it('nothing from the site noise of the 2021 plan footer (10万+专利, 电话)', () => {
    const text = loadSeed('wuhan-2021-industrial-transformation-plan');
    const footer = text.indexOf('版权声明');
    expect(
      rows.some((r) => r.doc_id === 'wuhan-2021-industrial-transformation-plan' && r.span_start >= footer),
    ).toBe(false);
  });
});
