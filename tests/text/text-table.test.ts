import { describe, expect, it } from 'vitest';
import { extractMentions } from '../../src/mentions/extract.js';
import { stripHtml } from '../../src/text/html.js';
import { findTableCells } from '../../src/text/text-table.js';

// Text tables of a 统计公报 (表1 flattened to lines of | or tab-separated cells): invented figures of the genre.

const PIPES = [
  '表1:主要农产品产量 | ||',
  '品 种 | 单 位 | 2023年 | 比上年增长(%) |',
  '粮 食 | 万吨 | 83.6 | 2.1 |',
  '#夏粮 | 万吨 | 36.6 | -1.5 |',
  '蔬 菜 | 万吨 | 70.4 | |',
].join('\n');

describe('findTableCells', () => {
  it('reads each value cell in its row’s unit and its column’s year, a growth column in percent', () => {
    const cells = findTableCells(PIPES).map((c) => [
      PIPES.slice(c.start, c.end),
      c.row,
      c.unit,
      c.growth,
      c.year,
    ]);
    expect(cells).toEqual(
      [
        ['83.6', '粮食', '万吨', false, 2023],
        ['2.1', '粮食', '%', true, 2023],
        ['-1.5', '夏粮', '%', true, 2023],
        ['36.6', '夏粮', '万吨', false, 2023],
        ['70.4', '蔬菜', '万吨', false, 2023],
      ].sort((a, b) => PIPES.indexOf(String(a[0])) - PIPES.indexOf(String(b[0]))),
    );
  });

  it('reads nothing without a 单位 column, and stops at the end of the table', () => {
    expect(findTableCells('序号 | 任务 | 责任单位\n1 | 新增企业10家 | 市经信局')).toEqual([]);
    const text = `${PIPES}\n全年粮食产量83.6万吨。\n水 果 | 万吨 | 9.9 |`;
    expect(findTableCells(text).map((c) => c.row)).not.toContain('水果');
  });
});

describe('mentions of a text table', () => {
  it('a communiqué’s table rows are outcomes of the column’s year, in the row’s unit, quoted from the row', () => {
    const text = `某县2023年国民经济和社会发展统计公报\n某县统计局\n2024年3月\n${PIPES}\n`;
    const ms = extractMentions(text, { docId: 'd', region: '某县', issuedYear: 2024 }).filter(
      (m) => m.role === 'outcome',
    );
    expect(ms.map((m) => [m.subject, m.kind, m.value, m.unit, m.period_year])).toEqual([
      ['粮食', 'level', 836000, 'tonne', 2023],
      ['粮食', 'growth', 2.1, 'percent', 2023],
      ['夏粮', 'level', 366000, 'tonne', 2023],
      ['夏粮', 'growth', -1.5, 'percent', 2023],
      ['蔬菜', 'level', 704000, 'tonne', 2023],
    ]);
    for (const m of ms) expect(text.slice(m.span_start, m.span_end)).toBe(m.quote);
    expect(ms[0]?.quote).toBe('粮 食 | 万吨 | 83.6');
  });

  it('an HTML table is read the same way (cells become tabs)', () => {
    const html =
      '<html><body><p>某县2023年国民经济和社会发展统计公报</p><table><tr><th>指标</th><th>单位</th><th>2023年</th></tr>' +
      '<tr><td>地区生产总值</td><td>亿元</td><td>560.1</td></tr></table></body></html>';
    const { text } = stripHtml(html);
    const ms = extractMentions(text, { docId: 'd', region: '某县', issuedYear: 2024 });
    expect(ms.map((m) => [m.role, m.subject, m.value, m.unit, m.period_year])).toEqual([
      ['outcome', '地区生产总值', 56010000000, 'yuan', 2023],
    ]);
  });
});
