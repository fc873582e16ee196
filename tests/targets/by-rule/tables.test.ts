import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../../src/targets/extract.js';
import { validateTargets } from '../../../src/targets/validate.js';
import { ex, pick } from '../helpers.js';

// Task tables: rows glued or separated by tabs and spaces, 责任单位 (text/segment.ts, text/glued.ts, responsible.ts).
// Invented sentences of the genre (other places, industries and wordings); expectations are read off the sentences
// by hand, by docs/targets-schema.md.

describe('a task table glued row after row (责任单位 runs into the next row number)', () => {
  it('reads each row: the indicator is the subject, the units after it are its 责任单位', () => {
    const text =
      '2023年重点工作任务分解表\n序号 工作任务 责任单位\n' +
      '1地区生产总值增长7%市发展改革委各县(市、区)政府、临江经济开发区、东湖港区2服务业增加值占生产总值比重达到40%' +
      '市发展改革委市商务局3全社会固定资产投资年均增长12%左右市发展改革委、市统计局4社会消费品零售总额增长8%市商务局';
    const rows = ex(text);
    expect(pick(rows, 'subject', 'value', 'kind', 'responsible')).toEqual([
      {
        subject: '地区生产总值',
        value: 7,
        kind: 'growth',
        responsible: ['市发展改革委', '各县(市、区)政府', '临江经济开发区', '东湖港区'],
      },
      { subject: '服务业增加值', value: 40, kind: 'share', responsible: ['市发展改革委', '市商务局'] },
      { subject: '全社会固定资产投资', value: 12, kind: 'growth', responsible: ['市发展改革委', '市统计局'] },
      { subject: '社会消费品零售总额', value: 8, kind: 'growth', responsible: ['市商务局'] },
    ]);
  });
  it('reads rows whose units open the next line, after a heading before row 1', () => {
    const text =
      '某县2024年主要指标分解表\n' +
      '1全县生产总值增长7.5%左右\n' +
      '县发改局、县统计局2规模以上工业增加值年均增长10%以上\n' +
      '县经信局、滨河工业园区管委会3进出口总额突破20亿元县商务局、各乡镇人民政府4一般公共预算收入增长6%县财政局';
    const rows = ex(text, 2024);
    expect(pick(rows, 'subject', 'value', 'responsible')).toEqual([
      { subject: '生产总值', value: 7.5, responsible: ['县发改局', '县统计局'] },
      { subject: '规模以上工业增加值', value: 10, responsible: ['县经信局', '滨河工业园区管委会'] },
      { subject: '进出口总额', value: 2e9, responsible: ['县商务局', '各乡镇人民政府'] },
      { subject: '一般公共预算收入', value: 6, responsible: ['县财政局'] },
    ]);
    expect(rows.some((r) => /局|政府|管委会/.test(r.subject))).toBe(false);
  });
  it('keeps counts with their measure word (30家, 500家) and rows after a label', () => {
    const rows = ex(
      '重点任务:1新增规上工业企业30家市经信局、各区政府2高新技术企业达到500家市科技局3技改投资增长15%市经信局',
    );
    expect(pick(rows, 'subject', 'value', 'responsible')).toEqual([
      { subject: '新增规上工业企业', value: 30, responsible: ['市经信局', '各区政府'] },
      { subject: '高新技术企业', value: 500, responsible: ['市科技局'] },
      { subject: '技改投资', value: 15, responsible: ['市经信局'] },
    ]);
  });
  it('reads base and stretch figures of a row, a bracket after a unit, 部门 and 成员单位', () => {
    const rows = ex(
      '附件 2024年工业经济目标任务分解\n' +
        '1规模以上工业增加值增长12%、力争13%市经信局、各区人民政府(管委会)2工业投资增长15%以上市经信局、市发改委、' +
        '市直各相关部门3新增规上工业企业100家市经信局、市统计局、各成员单位',
      2024,
    );
    expect(pick(rows, 'subject', 'value', 'stretch', 'responsible')).toEqual([
      {
        subject: '规模以上工业增加值',
        value: 12,
        stretch: false,
        responsible: ['市经信局', '各区人民政府(管委会)'],
      },
      {
        subject: '规模以上工业增加值',
        value: 13,
        stretch: true,
        responsible: ['市经信局', '各区人民政府(管委会)'],
      },
      {
        subject: '工业投资',
        value: 15,
        stretch: false,
        responsible: ['市经信局', '市发改委', '市直各相关部门'],
      },
      {
        subject: '新增规上工业企业',
        value: 100,
        stretch: false,
        responsible: ['市经信局', '市统计局', '各成员单位'],
      },
    ]);
  });
  it('leaves prose with a count before a platform list alone (no row numbers)', () => {
    const rows = ex('力争到2025年,创建2家以上国家级制造业创新中心、5家以上省级制造业创新中心。');
    expect(pick(rows, 'subject', 'value')).toEqual([
      { subject: '国家级制造业创新中心', value: 2 },
      { subject: '省级制造业创新中心', value: 5 },
    ]);
  });
});

describe('task tables of another layout', () => {
  const oneCellPerLine = [
    '关于印发2020年全市工业经济重点工作任务的通知',
    '现将重点工作任务(共3项)印发给你们。今年共分解26项工作任务。',
    '序号',
    '工作任务',
    '目标',
    '牵头责任单位',
    '配合单位',
    '1',
    '地区生产总值',
    '增长6.5%',
    '市发展改革委',
    '市统计局',
    '2',
    '新增规模以上工业企业',
    '120家',
    '市经信局',
    '市市场监管局、市税务局',
    '',
  ].join('\n');
  it('reads subjects from the cell before, responsible units from both columns, and skips the notice counts', () => {
    const rows = ex(oneCellPerLine, 2020);
    expect(pick(rows, 'subject', 'value', 'responsible', 'deadline_year')).toEqual([
      { subject: '地区生产总值', value: 6.5, responsible: ['市发展改革委', '市统计局'], deadline_year: 2020 },
      {
        subject: '新增规模以上工业企业',
        value: 120,
        responsible: ['市经信局', '市市场监管局', '市税务局'],
        deadline_year: 2020,
      },
    ]);
  });
  it('reads a table whose cells are separated by tabs without gluing the row number', () => {
    const text =
      '某市2022年制造业工作任务分解表\n序号\t工作任务\t目标\t牵头单位\t配合单位\n1\t规模以上工业增加值\t增长9%以上\t市经信局\t各区人民政府\n2\t工业投资\t增长15%\t市发改委\t市经信局\n';
    const rows = ex(text, 2022);
    expect(pick(rows, 'subject', 'value', 'comparator', 'responsible')).toEqual([
      {
        subject: '规模以上工业增加值',
        value: 9,
        comparator: '>=',
        responsible: ['市经信局', '各区人民政府'],
      },
      { subject: '工业投资', value: 15, comparator: '=', responsible: ['市发改委', '市经信局'] },
    ]);
  });
  it('reads a table whose cells are separated by single spaces', () => {
    const text =
      '某区2021年经济工作目标任务分解表\n序号 工作任务 目标 牵头责任单位 配合单位\n1 社会消费品零售总额 增长10%以上 区商务局 各街道办事处\n2 新增市场主体 3000户 区市场监管局 区税务局\n';
    const rows = extractTargets(text, { docId: 'doc', region: '某区', issuedYear: 2021 });
    expect(
      pick(validateTargets(rows, { doc: text }), 'scope', 'subject', 'value', 'deadline_year', 'responsible'),
    ).toEqual([
      {
        scope: '全区',
        subject: '社会消费品零售总额',
        value: 10,
        deadline_year: 2021,
        responsible: ['区商务局', '各街道办事处'],
      },
      {
        scope: '全区',
        subject: '新增市场主体',
        value: 3000,
        deadline_year: 2021,
        responsible: ['区市场监管局', '区税务局'],
      },
    ]);
  });
  it('never makes a target of 共N项 or N项工作任务', () => {
    expect(ex('全年共安排重点项目推进任务,分解为45项具体任务,共计12项。')).toEqual([]);
  });
});
