import { describe, expect, it } from 'vitest';
import {
  indicators,
  industries,
  regions,
  resolveRegion,
  resolveSubject,
  zoneClasses,
  zones,
} from '../../src/dictionaries/index.js';

describe('regions', () => {
  it('has GB/T 2260 codes for every place named in the seeds', () => {
    // codes checked by hand against the 民政部 GB/T 2260 list
    const expected: Record<string, string> = {
      湖北省: '420000',
      武汉市: '420100',
      汉南区: '420113',
      东西湖区: '420112',
      襄阳市: '420600',
      黄冈市: '421100',
      黄州区: '421102',
      团风县: '421121',
      红安县: '421122',
      罗田县: '421123',
      英山县: '421124',
      浠水县: '421125',
      蕲春县: '421126',
      黄梅县: '421127',
      麻城市: '421181',
      武穴市: '421182',
    };
    const byName = new Map(regions().map((r) => [r.name, r]));
    for (const [name, code] of Object.entries(expected)) expect(byName.get(name)?.code, name).toBe(code);
  });

  it('keeps 龙感湖 as a management zone without a GB/T 2260 code', () => {
    const r = regions().find((x) => x.name === '龙感湖管理区')!;
    expect(r.level).toBe('management_zone');
    expect(r.code).toBeNull();
    expect(r.stats_code).toBe('421171');
    expect(resolveRegion('龙感湖')?.name).toBe('龙感湖管理区');
  });

  it('gives every row of every dictionary a source', () => {
    for (const rows of [regions(), zones(), zoneClasses(), industries(), indicators()])
      for (const r of rows) expect(r.source.length, r.name).toBeGreaterThan(5);
  });

  it('resolves zones with their host district and aliases', () => {
    expect(resolveRegion('光谷')).toMatchObject({ name: '东湖新技术开发区', kind: 'zone', city: '武汉市' });
    expect(resolveRegion('东湖高新区（中国光谷）')?.name).toBe('东湖新技术开发区');
    expect(zones().find((z) => z.name === '武汉经济技术开发区')?.host_district).toBe('汉南区');
    expect(zones().find((z) => z.name === '武汉临空港经济技术开发区')?.host_district).toBe('东西湖区');
    expect(resolveRegion('武汉经开区')?.name).toBe('武汉经济技术开发区');
  });

  it('resolves traditional characters and returns null for unknown names', () => {
    expect(resolveRegion('武漢')?.code).toBe('420100');
    expect(resolveRegion('襄陽市')?.code).toBe('420600');
    expect(resolveRegion('武汉')?.name).toBe('武汉市');
    expect(resolveRegion('火星市')).toBeNull();
    expect(resolveRegion('')).toBeNull();
  });

  it('lists the zone classes the 2021 plan uses', () => {
    const byName = new Map(zoneClasses().map((c) => [c.name, c]));
    expect(byName.get('三大国家级开发区')?.members).toEqual([
      '东湖新技术开发区',
      '武汉经济技术开发区',
      '武汉临空港经济技术开发区',
    ]);
    expect(byName.get('四个新城区')?.members).toEqual(['蔡甸区', '江夏区', '黄陂区', '新洲区']);
    expect(byName.get('中心城区')?.members).toHaveLength(7);
    expect(resolveRegion('各新城区')).toMatchObject({ name: '四个新城区', kind: 'zone_class' });
  });
});

describe('industries', () => {
  it('crosswalks seed cluster names to GB/T 4754-2017 divisions', () => {
    const byName = new Map(industries().map((i) => [i.name, i]));
    expect(byName.get('汽车及零部件')?.gb4754_divisions).toEqual(['C36']);
    expect(byName.get('生物医药')?.gb4754_divisions).toContain('C27');
    expect(byName.get('纺织服装')?.gb4754_divisions).toEqual(['C17', 'C18', 'C28']);
    expect(byName.get('光电子信息')?.spans_services).toBe(true);
    expect(byName.get('光电子信息')?.gb4754_divisions).toContain('C39');
    for (const name of [
      '装备制造',
      '节能环保',
      '健康食品',
      '新材料',
      '时尚消费品',
      '农产品加工',
      '建材家居',
      '医药化工',
      '电子信息',
    ])
      expect(byName.has(name), name).toBe(true);
  });

  it('notes clusters that span several divisions', () => {
    for (const i of industries())
      if (i.gb4754_divisions.length > 1) expect(i.note.length, i.name).toBeGreaterThan(0);
  });
});

describe('indicators and subjects', () => {
  it('gives growth price bases: real for GDP and 增加值, nominal for investment and retail', () => {
    const byName = new Map(indicators().map((i) => [i.name, i]));
    expect(byName.get('地区生产总值')?.growth_basis).toBe('real');
    expect(byName.get('规模以上工业增加值')?.growth_basis).toBe('real');
    expect(byName.get('服务业增加值')?.growth_basis).toBe('real');
    expect(byName.get('固定资产投资')?.growth_basis).toBe('nominal');
    expect(byName.get('社会消费品零售总额')?.growth_basis).toBe('nominal');
    expect(byName.get('外贸进出口总额')?.growth_basis).toBe('nominal');
    expect(byName.get('实际利用外资')?.unit).toBe('usd');
  });

  it('resolves aliases (社零, 规上工业增加值, GDP) and cluster suffixes', () => {
    expect(resolveSubject('社零')).toMatchObject({
      kind: 'indicator',
      name: '社会消费品零售总额',
      via: 'alias:社零',
    });
    expect(resolveSubject('规上工业增加值')?.name).toBe('规模以上工业增加值');
    expect(resolveSubject('GDP')?.name).toBe('地区生产总值');
    expect(resolveSubject('第三产业增加值')?.name).toBe('服务业增加值');
    expect(resolveSubject('汽车及零部件产业集群')).toMatchObject({ kind: 'industry', name: '汽车及零部件' });
    expect(resolveSubject('能源环保')?.name).toBe('节能环保');
    expect(resolveSubject('食品烟草')?.name).toBe('健康食品');
    expect(resolveSubject('量子计算')).toBeNull();
  });
});
