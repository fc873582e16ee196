import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actualsFromText, cleanPhrase, PHRASE_RULES } from '../../src/actuals/from-text.js';
import { loadActuals } from '../../src/actuals/load.js';
import { matchActuals } from '../../src/actuals/match.js';
import { target } from '../gaps/helpers.js';

const COMMUNIQUE =
  '某市2023年国民经济和社会发展统计公报\n某市统计局\n2024年3月20日\n' +
  '一、综合\n2023年全市地区生产总值2105.6亿元，按可比价格计算，比上年增长6.1%。' +
  '第一产业实现增加值150.2亿元，增长3.5%。年末常住人口城镇化率为64.3%，比上年末提高0.8个百分点。' +
  '全年规模以上工业增加值比上年增长8.2%。高新技术企业达到1230家。';

describe('phrase rules', () => {
  it.each(PHRASE_RULES.map((r) => [r.name, r.example] as const))('%s: %j', (_name, [input, output]) => {
    const rule = PHRASE_RULES.find((r) => r.name === _name)!;
    expect(rule.apply(input)).toBe(output);
  });

  it('cleans the phrase before a figure into an indicator, and a bare growth verb into nothing', () => {
    expect(cleanPhrase('全市实现农林牧渔业总产值')).toBe('农林牧渔业总产值');
    expect(cleanPhrase('同比增长')).toBe('');
    expect(cleanPhrase('城镇调查失业率控制在')).toBe('城镇调查失业率');
  });
});

describe('actualsFromText', () => {
  const r = actualsFromText(COMMUNIQUE, {
    docId: 'demo-2023',
    region: '嵊州市',
    source: 'https://example.org/g',
  });

  it('accounts for every outcome and estimate mention: used or rejected with the reason', () => {
    expect(r.rowsIn).toBe(r.rows.length + r.rejects.length);
    expect(r.cells).toEqual({ in: r.rowsIn, used: r.rows.length, rejected: r.rejects.length });
    expect(r.rejects.map((x) => x.reason)).toEqual([
      'a difference in percentage points, not a level or a growth rate',
    ]);
  });

  it('reads levels, growth with its price basis, shares and counts, with provenance', () => {
    const gdp = r.rows.filter((a) => a.subject === '地区生产总值');
    expect(gdp.map((a) => [a.year, a.value, a.growth_pct, a.price_basis])).toEqual([
      [2023, 210560000000, null, 'nominal'],
      [2023, null, 6.1, 'real'],
    ]);
    for (const a of gdp) {
      expect(COMMUNIQUE.slice(a.span_start!, a.span_end!)).toBe(a.quote);
      expect(a.mention_id).toMatch(/^demo-2023:\d+$/);
      expect(a.source).toBe('https://example.org/g');
      // 嵊州 is a county-level city of 绍兴: its figures are the scope 嵊州市 of 绍兴市
      expect([a.region, a.region_code, a.scope]).toEqual(['绍兴市', '330600', '嵊州市']);
    }
    const first = r.rows.find((a) => a.indicator === '第一产业增加值' && a.value !== null);
    expect(first?.metric).toBe('增加值');
    const urban = r.rows.find((a) => a.indicator.includes('城镇化率'));
    expect([urban?.value, urban?.unit, urban?.metric]).toEqual([64.3, 'percent', '比率']);
    const hte = r.rows.find((a) => a.indicator === '高新技术企业');
    expect([hte?.value, hte?.unit, hte?.bound]).toEqual([1230, 'count', '=']);
  });

  it('pairs with a target of the county-level city written in its own name', () => {
    const t = target({
      region: '嵊州市',
      region_code: '330683',
      subject: '常住人口城镇化率',
      metric: '比率',
      kind: 'share',
      value: 65,
      unit: 'percent',
      deadline_year: 2025,
    });
    const [m] = matchActuals([t], r.rows);
    expect(m!.series.map((a) => [a.year, a.value])).toEqual([[2023, 64.3]]);
  });
});

describe('loadActuals on a text document', () => {
  it('reads a .txt statistical communiqué through actualsFromText, and still reads a .txt table as CSV', async () => {
    const dir = tmpdir();
    const doc = join(dir, `communique-${process.pid}.txt`);
    writeFileSync(doc, COMMUNIQUE);
    const r = await loadActuals(doc, { text: { region: '嵊州市' } });
    expect(r.rowsIn).toBe(r.rows.length + r.rejects.length);
    expect(r.rows.some((a) => a.subject === '地区生产总值' && a.year === 2023)).toBe(true);
    expect(r.rows[0]!.source).toBe(doc);
    const table = join(dir, `table-${process.pid}.txt`);
    writeFileSync(table, '地区,指标,年份,数值,单位\n武汉市,地区生产总值,2021,17716.76,亿元\n');
    const t = await loadActuals(table);
    expect(t.rows.map((a) => a.value)).toEqual([1771676000000]);
  });

  it('reads an .html page (tags stripped) with the region and source given as defaults', async () => {
    const page = join(tmpdir(), `page-${process.pid}.html`);
    writeFileSync(
      page,
      `<html><body><h1>公报</h1><p>${COMMUNIQUE.replace(/\n/g, '</p><p>')}</p></body></html>`,
    );
    const r = await loadActuals(page, { defaults: { region: '嵊州市', source: 'https://example.org/p' } });
    const gdp = r.rows.find((a) => a.subject === '地区生产总值' && a.value !== null)!;
    expect(gdp.value).toBe(210560000000);
    expect(gdp.source).toBe('https://example.org/p');
    expect(readFileSync(page, 'utf8')).toContain(gdp.quote);
  });
});
