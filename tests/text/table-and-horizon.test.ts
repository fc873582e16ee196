/**
 * Task tables flattened with tab-separated cells, annual-plan titles and 今年/年末 deadlines. Invented texts.
 */
import { describe, expect, it } from 'vitest';
import { findResponsibleNotes, findTaskBlocks } from '../../src/targets/responsible.js';
import { findDeadlines, titleYear } from '../../src/text/horizon.js';
import { segmentSentences, splitCells } from '../../src/text/segment.js';

describe('table rows with cells on one line', () => {
  const text =
    '序号\t工作任务\t目标\t牵头单位\n1\t工业投资\t增长12%\t市发改委\n2\t技改投资\t增长20%\t市经信局\n';
  it('keeps each row a sentence of its own, cells separated by one tab, offsets mapping back', () => {
    const s = segmentSentences(text);
    expect(s.map((x) => x.clean)).toEqual([
      '序号\t工作任务\t目标\t牵头单位',
      '1\t工业投资\t增长12%\t市发改委',
      '2\t技改投资\t增长20%\t市经信局',
    ]);
    const row = s[1]!;
    expect(text[row.offsets[row.clean.indexOf('工业投资')]!]).toBe('工');
  });
  it('reads the responsible cells of each numbered row', () => {
    expect(findTaskBlocks(text).map((b) => [b.number, b.units])).toEqual([
      [1, ['市发改委']],
      [2, ['市经信局']],
    ]);
  });
  it('drops (牵头)/(配合) marks from the units of a 责任单位 cell', () => {
    const t = '序号\n工作任务\n责任单位\n1\n新增高新技术企业100家\n区科技局(牵头)、区经信局(配合)\n';
    expect(findTaskBlocks(t)[0]!.units).toEqual(['区科技局', '区经信局']);
  });
  it('reads a 牵头责任单位 / 配合单位 table with one cell per line', () => {
    const t = '序号\n工作任务\n牵头责任单位\n配合单位\n1\n新增上市企业\n5家\n市金融局\n市发改委、市财政局\n';
    expect(findTaskBlocks(t)[0]!.units).toEqual(['市金融局', '市发改委', '市财政局']);
    expect(findResponsibleNotes(t)).toEqual([]);
  });
});

describe('annual plans', () => {
  it('reads the year of an annual plan title, not a plan window', () => {
    expect(titleYear('关于印发2019年全市工业经济重点工作任务的通知')).toBe(2019);
    expect(titleYear('某区2024年度工作要点')).toBe(2024);
    expect(titleYear('数字经济行动计划(2024-2026年)')).toBeNull();
    expect(titleYear('关于印发2018年某市制造业三年行动计划的通知')).toBeNull();
  });
  it('reads 今年 and 到年末 as the plan year', () => {
    expect(findDeadlines('今年新增企业50家', 2020).map((d) => d.deadlineYear)).toEqual([2020]);
    expect(findDeadlines('到年末新增企业50家', 2017, 2018).map((d) => d.deadlineYear)).toEqual([2018]);
    expect(findDeadlines('到2025年底新增', 2023).map((d) => d.deadlineYear)).toEqual([2025]);
    expect(findDeadlines('今年以来新增企业50家', 2020)).toEqual([]);
  });
});

describe('table rows with single spaces between cells', () => {
  it('splits a numbered row at every space, other lines at tabs or 2+ spaces', () => {
    expect(splitCells('3 新增市场主体 3000户 区市场监管局')).toEqual([
      '3',
      '新增市场主体',
      '3000户',
      '区市场监管局',
    ]);
    expect(splitCells('工业投资  增长12%\t市发改委')).toEqual(['工业投资', '增长12%', '市发改委']);
    expect(splitCells('全市 工业投资增长12%')).toEqual(['全市 工业投资增长12%']);
  });
  it('keeps the row number apart from the subject in the clean text', () => {
    const [s] = segmentSentences('1 地区生产总值 增长8% 区发改局 区统计局');
    expect(s!.clean).toBe('1\t地区生产总值\t增长8%\t区发改局\t区统计局');
  });
  it('breaks before a line holding only a row number even after a long cell', () => {
    const text = '推动规模以上工业企业数字化改造全覆盖并建成一批示范工厂\n2\n新增上市企业';
    expect(segmentSentences(text).map((x) => x.clean)).toEqual([
      '推动规模以上工业企业数字化改造全覆盖并建成一批示范工厂',
      '2',
      '新增上市企业',
    ]);
  });
});
