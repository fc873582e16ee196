import * as aq from 'arquero';
import { describe, expect, it } from 'vitest';
import { defineLadder, FIRM_TIERS, tierTransitions } from '../../src/tiers/index.js';

// A: 80亿 (准百亿) → 110亿 (enters 百亿) → 90亿 (leaves 百亿) → 120亿 (enters 百亿 again).
// B: starts at 150亿 (censored) → 90亿 (leaves 百亿) → 100亿 exactly (enters 百亿; tie counts; not first time).
// C: 5亿 in 2018, next seen 2020 at 60亿: jumps over 十亿 and 准百亿 in one observed step.
// Rows are shuffled: the function sorts by firm and year itself.
const rows = [
  { firm: 'B', year: 2020, rev: 1e10 },
  { firm: 'A', year: 2019, rev: 1.1e10 },
  { firm: 'C', year: 2020, rev: 6e9 },
  { firm: 'A', year: 2018, rev: 8e9 },
  { firm: 'B', year: 2018, rev: 1.5e10 },
  { firm: 'A', year: 2021, rev: 1.2e10 },
  { firm: 'B', year: 2019, rev: 9e9 },
  { firm: 'A', year: 2020, rev: 9e9 },
  { firm: 'C', year: 2018, rev: 5e8 },
];

type Event = {
  id: string;
  year: number;
  prev_year: number;
  tier: string;
  event: string;
  from_tier: string | null;
  to_tier: string | null;
  first_time: boolean;
  occurrence: number;
};

describe('tierTransitions', () => {
  const events = tierTransitions(rows, {
    id: 'firm',
    year: 'year',
    value: 'rev',
    ladder: FIRM_TIERS,
  }).objects() as Event[];
  const of = (id: string) => events.filter((e) => e.id === id).map(({ id: _id, ...e }) => e);

  it('a firm that falls back and crosses again: second entry is occurrence 2, not first time', () => {
    expect(of('A')).toEqual([
      {
        year: 2019,
        prev_year: 2018,
        tier: '百亿企业',
        event: 'entered',
        from_tier: '准百亿企业',
        to_tier: '百亿企业',
        first_time: true,
        occurrence: 1,
      },
      {
        year: 2020,
        prev_year: 2019,
        tier: '百亿企业',
        event: 'left',
        from_tier: '百亿企业',
        to_tier: '准百亿企业',
        first_time: false,
        occurrence: 1,
      },
      {
        year: 2021,
        prev_year: 2020,
        tier: '百亿企业',
        event: 'entered',
        from_tier: '准百亿企业',
        to_tier: '百亿企业',
        first_time: false,
        occurrence: 2,
      },
    ]);
  });

  it('a firm above the tier in its first year never enters it for the first time; a tie re-enters', () => {
    expect(of('B')).toEqual([
      {
        year: 2019,
        prev_year: 2018,
        tier: '百亿企业',
        event: 'left',
        from_tier: '百亿企业',
        to_tier: '准百亿企业',
        first_time: false,
        occurrence: 1,
      },
      {
        year: 2020,
        prev_year: 2019,
        tier: '百亿企业',
        event: 'entered',
        from_tier: '准百亿企业',
        to_tier: '百亿企业',
        first_time: false,
        occurrence: 1,
      },
    ]);
  });

  it('a jump over two rungs enters both, dated to the year observed, top tier first', () => {
    expect(of('C').map((e) => [e.year, e.prev_year, e.tier, e.event, e.first_time])).toEqual([
      [2020, 2018, '准百亿企业', 'entered', true],
      [2020, 2018, '十亿企业', 'entered', true],
    ]);
  });

  it('with a strict ladder, reaching the threshold exactly is not an entry', () => {
    const strict = defineLadder({ id: 's', atThreshold: 'lower', bands: [{ tier: '百亿', min: 1e10 }] });
    const ev = tierTransitions(
      [
        { firm: 'X', year: 2020, rev: 9e9 },
        { firm: 'X', year: 2021, rev: 1e10 }, // = 100亿: not > 100亿
        { firm: 'X', year: 2022, rev: 1.0000001e10 },
      ],
      { id: 'firm', year: 'year', value: 'rev', ladder: strict },
    ).objects() as Event[];
    expect(ev.map((e) => [e.year, e.event])).toEqual([[2022, 'entered']]);
  });

  it('takes an arquero table and rejects a repeated firm-year, naming both rows', () => {
    const t = aq.from(rows);
    expect(tierTransitions(t, { id: 'firm', year: 'year', value: 'rev', ladder: FIRM_TIERS }).numRows()).toBe(
      7,
    );
    const dup = [...rows, { firm: 'A', year: 2019, rev: 1 }];
    expect(() =>
      tierTransitions(dup, { id: 'firm', year: 'year', value: 'rev', ladder: FIRM_TIERS }),
    ).toThrow(/id "A" has two rows for year 2019 \(row indices 1 and 9\)/);
  });
});
