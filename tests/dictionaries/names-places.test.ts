import { describe, expect, it } from 'vitest';
import { indicatorKey, NAME_RULES, nameSimilarity } from '../../src/dictionaries/names.js';
import { placeOf, resolvePlace, wholeScopeOf } from '../../src/dictionaries/places.js';

describe('name rules', () => {
  it.each(NAME_RULES.map((r) => [r.name, r.example] as const))('%s: %j', (name, [input, output]) => {
    expect(NAME_RULES.find((r) => r.name === name)!.apply(input)).toBe(output);
  });

  it('gives one key to the spellings of one indicator', () => {
    const same: [string, string][] = [
      ['每千人口拥有执业（助理）医师数', '每千人口执业(助理)医师'],
      ['地表水达到或好于Ⅲ类水体', '地表水达到或好于Ⅲ类水体比例'],
      ['社零', '社会消费品零售总额'],
      ['GDP', '国内生产总值'],
      ['地区生产总值', '国内生产总值'],
      ['常住人口城镇化率(%)', '年末常住人口城镇化率'],
      ['地级及以上城市空气质量优良天数比率', '地级及以上城市空气质量优良天数比例'],
      ['全社会研发经费投入', '研究与试验发展(R&D)经费投入'],
      ['单位GDP能耗', '单位国内生产总值能源消耗'],
      ['規上工業增加值', '规模以上工业增加值'],
    ];
    for (const [a, b] of same) expect(indicatorKey(a), `${a} / ${b}`).toBe(indicatorKey(b));
  });

  it('keeps different indicators apart', () => {
    const different: [string, string][] = [
      ['粮食综合生产能力', '粮食产量'],
      ['单位GDP二氧化碳排放', '二氧化碳排放'],
      ['城镇调查失业率', '城镇登记失业率'],
      ['规模以上工业增加值', '工业增加值'],
    ];
    for (const [a, b] of different) expect(indicatorKey(a), `${a} / ${b}`).not.toBe(indicatorKey(b));
  });

  it('measures how close two names are, for near misses only', () => {
    expect(nameSimilarity('abc', 'abc')).toBe(1);
    expect(nameSimilarity('粮食综合生产能力', '粮食产量')).toBeLessThan(0.5);
  });
});

describe('places from the nation down', () => {
  it('resolves the nation, provinces, cities, districts, counties and zones with codes and levels', () => {
    expect(resolvePlace('全国')).toMatchObject({ code: '100000', level: 'nation', region: '全国' });
    expect(resolvePlace('中国')?.code).toBe('100000');
    expect(resolvePlace('广东')).toMatchObject({ name: '广东省', level: 'province' });
    expect(resolvePlace('海淀区')).toMatchObject({ code: '110108', level: 'district', region: '北京市' });
    expect(resolvePlace('嵊州市')).toMatchObject({ code: '330683', level: 'county_city', region: '绍兴市' });
    expect(resolvePlace('光谷')).toMatchObject({
      name: '东湖新技术开发区',
      level: 'development_zone',
      region: '武汉市',
    });
    expect(resolvePlace('三大开发区')).toMatchObject({ level: 'zone_class', region: '武汉市' });
    expect(resolvePlace('不存在的地方')).toBeNull();
  });

  it('reads a short name only for a province or a city, and gives no answer where a name is shared', () => {
    expect(resolvePlace('广东')?.code).toBe('440000');
    expect(resolvePlace('武汉')?.code).toBe('420100');
    // 江城 is a nickname of 武汉 and the short name of 阳江's 江城区 and of a county in 普洱: no guess
    expect(resolvePlace('江城')).toBeNull();
    // 朝阳区 is a district of 北京 and of 长春: told apart by the region it is within, else no answer
    expect(resolvePlace('朝阳区')).toBeNull();
    expect(resolvePlace('朝阳区', '北京市')?.code).toBe('110105');
  });

  it('sets the scope word by level', () => {
    const scope = (n: string) => wholeScopeOf(resolvePlace(n)!);
    expect(['全国', '湖北省', '武汉市', '江岸区', '罗田县', '麻城市'].map(scope)).toEqual([
      '全国',
      '全省',
      '全市',
      '全区',
      '全县',
      '全市',
    ]);
  });

  it('reads a (region, scope) pair as one place: whole-region words, a province in a city table, zones', () => {
    expect(placeOf('全国', '全市')?.code).toBe('100000');
    expect(placeOf('湖北省', '全省')?.code).toBe('420000');
    expect(placeOf('武汉市', '全省')?.name).toBe('湖北省');
    expect(placeOf('武汉市', '东湖高新区')?.name).toBe('东湖新技术开发区');
    expect(placeOf('武汉市', '重点工业园区')).toBeNull();
    // 朝阳 is a city of 辽宁 and a district of 北京 and of 长春: the region decides
    expect(placeOf('北京市', '朝阳区')?.code).toBe('110105');
  });
});
