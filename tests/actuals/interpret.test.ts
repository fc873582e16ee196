import { describe, expect, it } from 'vitest';
import { readIndicator, readQualifier } from '../../src/actuals/interpret.js';

describe('readIndicator', () => {
  it('keeps 产值, 营业收入, 增加值 and 产业规模 apart', () => {
    expect(readIndicator('汽车制造业产值')).toMatchObject({ subject: '汽车及零部件', metric: '产值' });
    expect(readIndicator('汽车产业营业收入')).toMatchObject({ subject: '汽车及零部件', metric: '营业收入' });
    expect(readIndicator('电子信息产业主营业务收入')).toMatchObject({
      subject: '电子信息',
      metric: '营业收入',
    });
    expect(readIndicator('规上汽车制造业增加值')).toMatchObject({
      subject: '汽车及零部件',
      metric: '增加值',
      notes: ['规上'],
    });
    expect(readIndicator('光电子信息产业规模')).toMatchObject({ subject: '光电子信息', metric: '产业规模' });
  });

  it('resolves indicators by name and alias, with metric 总量', () => {
    expect(readIndicator('第三产业增加值(服务业)')).toMatchObject({
      subject: '服务业增加值',
      metric: '总量',
      kind: 'indicator',
    });
    expect(readIndicator('年末市场主体')).toMatchObject({ subject: '市场主体', metric: '总量' });
    expect(readIndicator('规上工业产值')).toMatchObject({ subject: '规模以上工业总产值', metric: '总量' });
  });

  it('flags 预计 markers and keeps bracketed caveats as notes', () => {
    expect(readIndicator('地区生产总值(政府工作报告预计)')).toMatchObject({
      subject: '地区生产总值',
      preliminary: true,
    });
    expect(readIndicator('规上工业总产值(预计)').preliminary).toBe(true);
    expect(readIndicator('光电子信息产业规模(含软件)')).toMatchObject({
      metric: '产业规模',
      notes: ['含软件'],
    });
    expect(readIndicator("工业投资(推算:2022年增速19.3%减'比上年加快9.3个百分点')").notes[0]).toMatch(
      /^derived: 推算/,
    );
  });

  it('reads shares with their denominator', () => {
    expect(readIndicator('技改投资占工业投资比重')).toMatchObject({
      subject: '技改投资',
      metric: '占比',
      notes: ['占工业投资比重'],
    });
  });

  it('keeps unknown subjects in the text’s own words', () => {
    expect(readIndicator('产值过100亿元工业企业数')).toMatchObject({
      subject: '产值过100亿元工业企业',
      metric: '数量',
      kind: 'other',
    });
    expect(readIndicator('在汉投资世界500强企业')).toMatchObject({ metric: null, via: 'unresolved' });
  });
});

describe('readQualifier', () => {
  it('reads partial-year periods', () => {
    expect(readQualifier('全市(2021年1-11月)')).toMatchObject({ scope: '全市', period: '2021-01/11' });
    expect(readQualifier('全市(2023年一季度)').period).toBe('2023Q1');
    expect(readQualifier('全市(2023年上半年)').period).toBe('2023H1');
    expect(readQualifier('全市(2021年1月1日-12月13日)').period).toBe('2021-01-01/12-13');
    expect(readQualifier('全市(截至2018年10月)').period).toBe('2018-10');
  });

  it('finds zones and 全省 in the text', () => {
    expect(readQualifier('东湖高新区(中国光谷)').scope).toBe('东湖新技术开发区');
    expect(readQualifier('光谷(东湖高新区)生物产业').scope).toBe('东湖新技术开发区');
    expect(readQualifier('武汉经开区').scope).toBe('武汉经济技术开发区');
    expect(readQualifier('汽车产业(全省)').scope).toBe('全省');
    expect(readQualifier('光电子信息产业').scope).toBeNull();
  });

  it('keeps caliber caveats', () => {
    expect(readQualifier('全市(不含农户)').notes).toEqual(['不含农户']);
    expect(readQualifier('汽车产业(规上,2021年1-11月)')).toMatchObject({
      period: '2021-01/11',
      notes: ['规上'],
    });
    expect(readQualifier('全市(2021年1-7月,对比2019年同期)').notes[0]).toMatch(/2019同期/);
    expect(readQualifier('光电子信息、汽车及零部件、生物医药及医疗器械合计').subject).toBe(
      '光电子信息、汽车及零部件、生物医药及医疗器械',
    );
  });
});
