import { compile, type TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import {
  gapBulletChart,
  muJunChart,
  renderSvg,
  STATUS_COLORS,
  statusMatrix,
  targetsOverview,
  tierCountsChart,
  tierLadderChart,
  trajectoryChart,
} from '../../src/charts/index.js';
import type { ChartLang } from '../../src/charts/types.js';
import {
  AUTO_SERIES,
  G_AUTO,
  G_GROWTH,
  G_OPTO,
  GAPS,
  LADDER,
  MUJUN,
  OPTO_SERIES,
  TARGETS,
} from './fixtures.js';
import { quantitativeAxes, vegaLiteValidator } from './helpers.js';

const builders: Record<string, (lang: ChartLang) => TopLevelSpec> = {
  gapBulletChart: (lang) => gapBulletChart(GAPS, { lang }),
  gapBulletAbsolute: (lang) => gapBulletChart([G_OPTO, G_AUTO], { lang, mode: 'absolute' }),
  trajectoryBand: (lang) => trajectoryChart(G_AUTO, AUTO_SERIES, { lang }),
  trajectory: (lang) => trajectoryChart(G_OPTO, OPTO_SERIES, { lang }),
  trajectoryGrowth: (lang) => trajectoryChart(G_GROWTH, [], { lang }),
  statusMatrix: (lang) => statusMatrix(GAPS, { lang }),
  statusMatrixDocs: (lang) => statusMatrix(GAPS, { lang, rows: 'doc_id', columns: 'subject' }),
  tierLadderChart: (lang) => tierLadderChart(LADDER, { lang, source: 'test source' }),
  tierCountsChart: (lang) => tierCountsChart(LADDER, { lang }),
  muJunChart: (lang) => muJunChart(MUJUN, { lang }),
  targetsOverview: (lang) => targetsOverview(TARGETS, { lang }),
};

function subtitle(spec: TopLevelSpec): string[] {
  const t = spec.title as { subtitle?: string | string[] };
  return Array.isArray(t.subtitle) ? t.subtitle : [t.subtitle ?? ''];
}

describe.each(Object.keys(builders))('%s', (name) => {
  const build = builders[name]!;
  it.each(['zh', 'en'] as const)(
    'validates against the Vega-Lite schema, compiles and renders (%s)',
    async (lang) => {
      const spec = build(lang);
      const validate = vegaLiteValidator();
      const ok = validate(spec);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
      const vg = compile(spec).spec;
      expect(vg.marks?.length ?? 0).toBeGreaterThan(0);
      const svg = await renderSvg(spec);
      expect(svg.startsWith('<svg')).toBe(true);
      const title = (spec.title as { text: string }).text;
      expect(svg).toContain(title.replace(/&/g, '&amp;'));
    },
  );

  it('carries a source line as the last subtitle line', () => {
    const zh = subtitle(build('zh')).at(-1)!;
    const en = subtitle(build('en')).at(-1)!;
    expect(zh).toMatch(/^(资料来源|实际值来源|来源|test source)/);
    expect(en).toMatch(/^(Source|Actuals from|test source)/);
  });

  it('names a unit in every quantitative axis title (years excepted)', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const axis of quantitativeAxes(build(lang))) {
        if (axis.title === undefined) continue; // a secondary layer sharing the first layer's axis
        if (axis.field === 'year') continue; // calendar years: the title 年份/Year is the unit
        expect(String(axis.title)).toMatch(/[（(].+[)）]/);
      }
    }
  });

  it('uses the font family with Noto Sans CJK SC', () => {
    expect(String(build('zh').config?.font)).toContain('Noto Sans CJK SC');
  });
});

describe('the schema validator', () => {
  it('rejects a spec with an unknown mark type (so passing specs are checked)', () => {
    const validate = vegaLiteValidator();
    expect(validate({ data: { values: [] }, mark: 'blob', encoding: {} })).toBe(false);
  });
});

describe('empty inputs', () => {
  it.each([
    ['gapBulletChart', () => gapBulletChart([])],
    ['statusMatrix', () => statusMatrix([])],
    ['tierLadderChart', () => tierLadderChart([])],
    ['tierCountsChart', () => tierCountsChart([])],
    ['muJunChart', () => muJunChart([])],
    ['targetsOverview', () => targetsOverview([])],
  ] as const)('%s gives a valid spec that renders', async (_name, build) => {
    const spec = build();
    expect(vegaLiteValidator()(spec)).toBe(true);
    expect((await renderSvg(spec)).startsWith('<svg')).toBe(true);
  });
});

describe('status colours', () => {
  it('are the same in the bullet chart and the status matrix', () => {
    const scales = [gapBulletChart(GAPS), statusMatrix(GAPS)].map((spec) => {
      const s = JSON.stringify(spec);
      const m = s.match(/"scale":\{"domain":\["口径不可比".*?\],"range":\[(.*?)\]\}/);
      return m?.[1];
    });
    expect(scales[0]).toBeDefined();
    expect(scales[0]).toBe(scales[1]);
    expect(scales[0]).toContain(STATUS_COLORS.on_track);
  });
});

describe('English labels', () => {
  it('translates titles and status labels', () => {
    const spec = gapBulletChart(GAPS, { lang: 'en' });
    expect((spec.title as { text: string }).text).toBe('Targets against actuals');
    expect(JSON.stringify(spec)).toContain('"Needs acceleration"');
    expect(JSON.stringify(spec)).not.toContain('需加快进度');
  });
});
