import { describe, expect, it } from 'vitest';
import {
  axisTitle,
  displayUnit,
  formatDisplayValue,
  gapBulletChart,
  muJunChart,
  muJunShares,
  requiredPath,
  sourceLines,
  statusCells,
  statusMatrix,
  targetLabel,
  tierCountsChart,
  tierLadderChart,
  tierOf,
  trajectoryChart,
  uniqueLabels,
} from '../../src/charts/index.js';
import {
  AUTO_SERIES,
  G_AUTO,
  G_GDP,
  G_GROWTH,
  G_OPTO,
  G_PROJECTS,
  GAPS,
  gap,
  LADDER,
  MUJUN,
  OPTO_SERIES,
  T_OPTO,
} from './fixtures.js';
import { dataValues } from './helpers.js';

describe('display units', () => {
  it('shows yuan in 亿元 or 万元 and 亩均 in 万元/亩', () => {
    expect(displayUnit('yuan', [3.2e11])).toEqual({ factor: 1e-8, label: '亿元' });
    expect(displayUnit('yuan', [5e6])).toEqual({ factor: 1e-4, label: '万元' });
    expect(displayUnit('yuan', [5000])).toEqual({ factor: 1, label: '元' });
    expect(displayUnit('yuan_per_mu', [350000])).toEqual({ factor: 1e-4, label: '万元/亩' });
    expect(displayUnit('people', [25000]).label).toBe('万人');
    expect(displayUnit('yuan', [3.2e11], 'en').label).toBe('亿元, 100 mn yuan');
  });
  it('formats values with the short unit', () => {
    expect(formatDisplayValue(3.2e11, displayUnit('yuan', [3.2e11]))).toBe('3,200 亿元');
    expect(formatDisplayValue(12.5, displayUnit('percent', [12.5]))).toBe('12.5%');
    expect(formatDisplayValue(3.2e11, displayUnit('yuan', [3.2e11], 'en'))).toBe('3,200 亿元');
    expect(formatDisplayValue(null, displayUnit('percent', []))).toBe('—');
  });
  it('puts the unit in axis titles', () => {
    expect(axisTitle('产值', '亿元')).toBe('产值（亿元）');
    expect(axisTitle('Output', '%', 'en')).toBe('Output (%)');
  });
});

describe('labels and sources', () => {
  it('labels targets with scope, subject, metric, deadline and 力争', () => {
    expect(targetLabel(T_OPTO)).toBe('光电子信息·营业收入（2025）');
    expect(targetLabel({ ...T_OPTO, scope: '黄州区', stretch: true })).toBe(
      '黄州区·光电子信息·营业收入（2025）（力争）',
    );
    expect(uniqueLabels(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a #2', 'a #3']);
  });
  it('lists documents and actuals’ source hosts, deduplicated and capped', () => {
    expect(
      sourceLines(
        ['d1', 'd1', 'd2'],
        [
          'http://www.a.gov.cn/x.html',
          'https://a.gov.cn/y',
          'b.org citation',
          'http://c.cn/',
          'http://d.cn/',
        ],
      ),
    ).toEqual(['资料来源：文件 d1、d2', '实际值来源：a.gov.cn、b.org citation、c.cn 等1个来源']);
    expect(sourceLines([], [])).toEqual(['来源：调用方未注明']);
  });
});

describe('gapBulletChart', () => {
  it('places values as percent of target in relative mode (mixed units)', () => {
    const rows = dataValues(gapBulletChart(GAPS))[0]!;
    const growth = rows.find((r) => r.target_id === G_GROWTH.target_id)!;
    // 10.5 / 12 = 87.5 %, 13 / 12 = 108.333 %
    expect(growth.actual_x).toBe(87.5);
    expect(growth.target_x).toBe(100);
    expect(growth.stretch_x).toBeCloseTo(108.333, 3);
    expect(growth.base_x).toBeNull(); // growth targets: no base marker
    const opto = rows.find((r) => r.target_id === G_OPTO.target_id)!;
    expect(opto.base_x).toBe(50); // 5000亿 of 10000亿
    expect(opto.actual_x).toBe(80);
    const projects = rows.find((r) => r.target_id === G_PROJECTS.target_id)!;
    expect(projects.actual_x).toBeCloseTo(108.333, 3); // 650 of 600
  });
  it('is direction-aware: a ceiling undershot scores above 100 %', () => {
    const ceiling = {
      ...G_GDP,
      direction: -1 as const,
      target_value: 100,
      actual_value: 80,
      unit: 'percent' as const,
    };
    const row = dataValues(gapBulletChart([ceiling, G_GROWTH], { mode: 'relative' }))[0]![0]!;
    expect(row.actual_x).toBe(120); // 1 − (80 − 100)/100
  });
  it('uses 亿元 in absolute mode and refuses mixed units there', () => {
    const spec = gapBulletChart([G_OPTO, G_AUTO], { mode: 'absolute' });
    const rows = dataValues(spec)[0]!;
    expect(rows.map((r) => r.actual_x)).toEqual([8000, 3300]);
    expect(rows.map((r) => r.target_x)).toEqual([10000, 5000]);
    expect(JSON.stringify(spec)).toContain('数值（亿元）');
    expect(() => gapBulletChart(GAPS, { mode: 'absolute' })).toThrow(/one unit.*yuan, percent/);
  });
  it('leaves out rows without a target value and says so', () => {
    const noTarget = gap({ ...T_OPTO, target_id: 'x:1:1' }, { status: 'not_comparable', target_value: null });
    const spec = gapBulletChart([G_OPTO, noTarget]);
    expect(dataValues(spec)[0]).toHaveLength(1);
    expect(JSON.stringify(spec.title)).toContain('另有1项无可用目标值');
  });
});

describe('trajectoryChart', () => {
  it('computes the geometric required path', () => {
    const p = requiredPath(2020, 100, 2022, 121);
    expect(p.map((x) => x.year)).toEqual([2020, 2021, 2022]);
    expect(p[1]!.value).toBeCloseTo(110, 10);
    expect(requiredPath(2020, 0, 2022, 10)[1]!.value).toBe(5); // zero base: linear
    expect(() => requiredPath(2022, 1, 2022, 2)).toThrow(/after the base year/);
  });
  it('draws the 3-5-year band, the 序时进度 point and the projection', () => {
    const spec = trajectoryChart(G_AUTO, AUTO_SERIES);
    const [band, path, projection] = dataValues(spec);
    // band: from 2017 to deadline_year_max 2023, between the paths to 2021 and to 2023
    expect(band!.map((r) => r.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023]);
    // 2020 on the path to 2023: 3000·(5/3)^(3/6) = 3872.98 亿元; on the path to 2021: 3000·(5/3)^(3/4) = 4400.6
    expect(band![3]!.value).toBeCloseTo(3872.98, 1);
    expect(band![3]!.value2).toBeCloseTo(4400.6, 1);
    expect(path!.at(-1)!.value).toBe(5000);
    expect(projection!).toEqual([
      { series: '按现有增速外推', year: 2020, value: 3300 },
      { series: '按现有增速外推', year: 2021, value: 3400 },
    ]);
    const marks = dataValues(spec).find((v) => v.some((r) => r.shape === 'square'))!;
    const schedule = marks.find((r) => r.shape === 'square')!;
    expect(schedule.year).toBe(2020);
    expect(schedule.value).toBeCloseTo(4400.6, 1);
  });
  it('marks preliminary actuals hollow', () => {
    const points = dataValues(trajectoryChart(G_OPTO, OPTO_SERIES)).find((v) =>
      v.some((r) => 'filled' in r),
    )!;
    expect(points.map((r) => r.filled)).toEqual([true, true, true, false]);
  });
  it('draws no empty actual layers when there are no actuals (the requirement alone)', async () => {
    const spec = trajectoryChart({ ...G_OPTO, actual_value: null, actual_year: null }, []);
    const layers = (spec as unknown as { layer: { data?: { values?: unknown[] } }[] }).layer;
    expect(layers.length).toBeGreaterThan(0);
    expect(layers.filter((l) => l.data?.values?.length === 0)).toEqual([]);
  });
  it('plots growth rates against the target rate for growth targets', () => {
    const series = [{ ...AUTO_SERIES[0]!, year: 2021, value: null, growth_pct: 10.5, unit: null }];
    const spec = trajectoryChart(G_GROWTH, series);
    const json = JSON.stringify(spec);
    expect(json).toContain('增速（%）');
    expect(json).not.toContain('所需路径');
  });
  it('throws when the gap row has no target year or value', () => {
    expect(() => trajectoryChart({ ...G_OPTO, target_year: null, deadline_year: null }, [])).toThrow(
      /wuhan-2021-industrial-transformation-plan:100:1 has no target_year/,
    );
    expect(() => trajectoryChart({ ...G_OPTO, target_value: null }, [])).toThrow(/has no target_value/);
  });
});

describe('statusMatrix', () => {
  it('counts rows per cell and colours ties by the more severe status', () => {
    const a = gap({ ...T_OPTO, target_id: 'a' }, { status: 'on_track' });
    const b = gap({ ...T_OPTO, target_id: 'b' }, { status: 'off_track' });
    const c = gap({ ...T_OPTO, target_id: 'c', metric: '产值' }, { status: 'achieved' });
    const cells = statusCells([a, b, c]);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toMatchObject({
      row: '武汉市',
      column: '营业收入',
      n: 2,
      judged: 2,
      status: 'off_track',
    });
    expect(cells[0]!.counts).toEqual([
      { status: 'off_track', n: 1 },
      { status: 'on_track', n: 1 },
    ]);
    const d = gap({ ...T_OPTO, target_id: 'd' }, { status: 'on_track' });
    expect(statusCells([a, b, d])[0]!.status).toBe('on_track'); // 2 on_track beat 1 off_track
  });
  it('colours a cell by its judged targets and shows judged/all', () => {
    const missed = gap({ ...T_OPTO, target_id: 'm' }, { status: 'missed' });
    const unknown = [1, 2, 3].map((i) =>
      gap({ ...T_OPTO, target_id: `u${i}` }, { status: 'insufficient_data' }),
    );
    expect(statusCells([missed, ...unknown])[0]).toMatchObject({ n: 4, judged: 1, status: 'missed' });
    expect(statusCells(unknown)[0]).toMatchObject({ n: 3, judged: 0, status: 'insufficient_data' });
    const [row] = dataValues(statusMatrix([missed, ...unknown]))[0]!;
    expect(row).toMatchObject({ count_text: '1/4', status_label: '未完成' });
    expect(dataValues(statusMatrix(unknown))[0]![0]!.count_text).toBe('3');
  });
  it('uses documents as rows when asked', () => {
    const rows = dataValues(statusMatrix(GAPS, { rows: 'doc_id' }))[0]!;
    expect(new Set(rows.map((r) => r.row))).toEqual(new Set(GAPS.map((g) => g.doc_id)));
  });
});

describe('tiers', () => {
  it('derives tiers from yuan thresholds', () => {
    expect(tierOf(1e12)).toBe('万亿');
    expect(tierOf(9.99e11)).toBe('五千亿');
    expect(tierOf(5e11)).toBe('五千亿');
    expect(tierOf(3.3e11)).toBe('千亿');
    expect(tierOf(5e10)).toBe('五百亿');
    expect(tierOf(1e10)).toBe('百亿');
    expect(tierOf(1e9)).toBe('十亿');
    expect(tierOf(9.99e8)).toBeNull();
  });
  it('counts names per tier and year', () => {
    const rows = dataValues(tierCountsChart(LADDER))[0]!;
    const by = Object.fromEntries(rows.map((r) => [`${r.year} ${r.tier}`, r.n]));
    // 2020: 5000亿 (五千亿), 3300亿 (千亿); 2023: 万亿 given, 4600亿 and 1200亿 (千亿), 35亿 (十亿), 4亿 (below)
    expect(by).toEqual({
      '2020 五千亿': 1,
      '2020 千亿': 1,
      '2023 万亿': 1,
      '2023 千亿': 2,
      '2023 十亿': 1,
      '2023 十亿以下': 1,
    });
  });
  it('puts the ladder in 亿元 on a log scale with the four tier lines, largest name first', () => {
    const spec = tierLadderChart(LADDER);
    const [lines, , spans, points] = dataValues(spec);
    expect(lines!.map((l) => l.value)).toEqual([10, 100, 1000, 10000]);
    expect(spans!.map((s) => s.name)).toEqual([
      '光电子信息',
      '汽车及零部件',
      '生物医药',
      '某零部件企业',
      '某小微企业',
    ]);
    expect(points!.find((p) => p.name === '生物医药')!.value).toBe(1200);
    expect(JSON.stringify(spec)).toContain('"type":"log"');
  });
  it('rejects non-positive values naming the row', () => {
    expect(() => tierLadderChart([{ name: 'x', year: 2020, value: 0 }])).toThrow(
      /row 0 \(x, 2020\) has value 0/,
    );
  });
});

describe('muJunChart', () => {
  it('computes the compliant share per zone class (at the floor complies)', () => {
    expect(muJunShares(MUJUN)).toEqual([
      { zone_class: '三大国家级开发区', compliant: 1, parks: 2, share_pct: 50 },
      { zone_class: '各新城区', compliant: 2, parks: 3, share_pct: 66.6667 },
    ]);
    expect(
      muJunShares([{ park: 'p', zone_class: 'z', mujun_tax: 250000, floor: 250000 }])[0]!.compliant,
    ).toBe(1);
    const strict = { park: 'p', zone_class: 'z', mujun_tax: 250000, floor: 250000, comparator: '>' as const };
    expect(muJunShares([strict])[0]!.compliant).toBe(0); // 超过: at the floor does not comply
  });
  it('shows 亩均税收 in 万元/亩', () => {
    const spec = muJunChart(MUJUN);
    const parks = dataValues(spec)[0]!;
    expect(parks.find((p) => p.park === '东湖高新区A园')).toMatchObject({
      mujun: 52,
      floor: 50,
      compliance: '达标',
    });
    expect(JSON.stringify(spec)).toContain('亩均税收（万元/亩）');
  });
  it('rejects a missing figure naming the row and column', () => {
    expect(() => muJunChart([{ park: 'p', zone_class: 'z', mujun_tax: Number.NaN, floor: 1 }])).toThrow(
      /row 0 \(p\) column mujun_tax/,
    );
  });
});
