/**
 * A bare 万 figure right before the noun it counts (no measure word): 留住20万大学生, 带动5万农户. Invented phrases;
 * values computed by hand.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/quantities/index.js';

const only = (text: string) => findQuantities(text).map((q) => [q.text, q.value, q.unit]);

describe('bare 万 before a noun', () => {
  it('counts people before a person noun, even one starting with 大 (大学生)', () => {
    expect(only('留住20万大学生')).toEqual([['20万', 200000, 'people']]);
    expect(only('集聚1.2万人才')).toEqual([['1.2万人', 12000, 'people']]);
    expect(only('吸纳3万高校毕业生就业')).toEqual([['3万', 30000, 'people']]);
  });
  it('counts things before another noun', () => {
    expect(only('带动5万农户增收')).toEqual([['5万', 50000, 'count']]);
  });
  it('leaves 万 with no noun after it a bare number, and 十大/3大 names skipped', () => {
    expect(only('总人口达到120万')).toEqual([['达到120万', 1200000, 'number']]);
    expect(only('实施十大工程')).toEqual([]);
    expect(only('建设3大开发区')).toEqual([]);
  });
});
