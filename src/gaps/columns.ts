/**
 * The column API of the engine: targets judged against the actuals loader's typed columns (`ActualColumns`), into
 * `GapRow` objects (`judgeColumns`) or into typed arrays (`judgeColumnsTable`). Same engine, same output fields as
 * the row API; only the way the series is read and the way the output is written differ.
 */
import type { ActualColumns } from '../actuals/columns.js';
import type { TargetRow } from '../targets/types.js';
import { Engine, type EngineItem, type GapWriter, judgeSettings } from './engine.js';
import {
  type CodeArray,
  ColumnSink,
  type GapCodeColumn,
  type GapNumericColumn,
  type Judged,
} from './fields.js';
import type { GapTarget } from './forms.js';
import { columnsInput } from './input.js';
import { RowWriter } from './judge.js';
import { type GapOptions, resolveAsOf } from './options.js';
import { pairStretch } from './pair.js';
import type { GapRow } from './types.js';

/** A target and the rows of its series in an {@link ActualColumns} table (what a columnar matcher returns). */
export interface ColumnMatch {
  target: GapTarget;
  /** Row numbers of the series in the columns (any order; ties within a year go to the earlier row). */
  rows: ArrayLike<number>;
  /** For a target relative to another indicator: the rows of that indicator (else read from `rows` by subject). */
  referenceRows?: ArrayLike<number> | null;
  /** How the pairing was made, or `null` when unmatched (as in `TargetMatch`). */
  method: string | null;
  /** Why no series was found, or caveats; `null` when matched cleanly. */
  reason: string | null;
}

/** The gaps table as columns: one entry per gaps row in every array, in the order `judgeColumns` returns rows. */
export type GapColumns = { readonly [K in GapNumericColumn]: Float64Array } & {
  /** Number of gaps rows. */
  readonly length: number;
  /** For each gaps row, the index of its target in the `matches` given. */
  readonly match: Int32Array;
  /** The status as its index in `GAP_STATUSES` (`GAP_STATUSES[status[i]]`). */
  readonly status: Uint8Array;
  /** +1 or −1. */
  readonly direction: Int8Array;
  /** 1 when the approximate actual's band straddles the target or 力争 figure. */
  readonly uncertain: Uint8Array;
  /** 1 when the actual is a 预计 (preliminary) figure. */
  readonly actual_preliminary: Uint8Array;
  /** The plan-review category as its index in `PLAN_REVIEWS`, 255 for none. */
  readonly review: Uint8Array;
  /** 1 约束性, 0 预期性, −1 not said. */
  readonly binding: Int8Array;
  /** Gaps row `i` as `judgeColumns` gives it, reason and target columns included (built on demand). */
  row(i: number): GapRow;
  /** Every gaps row (= `judgeColumns(columns, matches, options)`). */
  rows(): GapRow[];
};

/** The engine set up over column matches: settings, 力争 pairs and the columns' reader resolved once. */
class Prepared {
  readonly asOf: number | undefined;
  private readonly engine: Engine;
  private readonly item: (i: number) => EngineItem;

  constructor(
    caller: string,
    columns: ActualColumns,
    private readonly matches: readonly ColumnMatch[],
    options: GapOptions,
    writer: GapWriter,
    text: boolean,
  ) {
    this.asOf = resolveAsOf(options.asOf, columns.year.subarray(0, columns.length));
    const settings = judgeSettings({ ...options, asOf: this.asOf }, caller);
    const pairs = pairStretch(matches.map((m) => m.target));
    const input = columnsInput(columns);
    this.engine = new Engine(settings, this.asOf, writer, text);
    const stretchOf = (t: TargetRow) =>
      t.stretch ? t : pairs.size === 0 ? null : (pairs.get(t.target_id) ?? null);
    // One item and series record, refilled per target (the engine reads them while judging that target only).
    let item: EngineItem | null = null;
    this.item = (i) => {
      const m = matches[i]!;
      const stretch = stretchOf(m.target);
      const reference = m.referenceRows ? { input, refs: m.referenceRows } : null;
      if (item === null) {
        item = {
          target: m.target,
          series: { input, refs: m.rows },
          reference,
          method: m.method,
          reason: m.reason,
          stretch,
        };
        return item;
      }
      item.target = m.target;
      item.series.refs = m.rows;
      item.reference = reference;
      item.method = m.method;
      item.reason = m.reason;
      item.stretch = stretch;
      return item;
    };
  }

  /** Judge every target into the writer given at construction. */
  all(): this {
    for (let i = 0; i < this.matches.length; i++) this.one(i);
    return this;
  }

  /** Judge target `i` (into `writer`, when given). */
  one(i: number, writer?: GapWriter): void {
    if (writer) this.engine.writeTo(writer);
    this.engine.judge(this.item(i), i);
  }
}

/**
 * Judge targets against a columnar actuals table: one {@link ColumnMatch} per target, base and 力争 rows paired
 * as in `judgeMatches`, one `GapRow` per judged year. The same engine and output as `judgeMatches` on the
 * materialised series (tested on thousands of random targets).
 *
 * Complexity: O(Σ series length) plus O(columns) once for the default `asOf`.
 *
 * @example
 * const cols = await loadActualsColumns('panel.csv');
 * const gaps = judgeColumns(cols, targets.map((t) => ({ target: t, rows: index.get(key(t)) ?? [], method: 'exact', reason: null })), { asOf: 2022 });
 * @throws {RangeError} naming judgeColumns on invalid options (thresholds, window, asOf, form), or when a row
 * number is outside the table.
 */
export function judgeColumns(
  columns: ActualColumns,
  matches: readonly ColumnMatch[],
  options: GapOptions = {},
): GapRow[] {
  const writer = new RowWriter();
  new Prepared('judgeColumns', columns, matches, options, writer, true).all();
  return writer.rows;
}

/** The column writer. */
class ColumnWriter implements GapWriter {
  constructor(readonly sink: ColumnSink) {}

  write(j: Judged, item: number): number {
    return this.sink.write(j, item);
  }

  setGroup(row: number, met: number, total: number): void {
    this.sink.setGroup(row, met, total);
  }
}

/**
 * Judge targets against a columnar actuals table into a {@link GapColumns}: the same verdicts and numbers as
 * {@link judgeColumns}, written into typed arrays (every numeric measure, status, direction, review and other codes)
 * without building a row object or a reason; `row(i)` builds a row (reason included) when asked, by judging that
 * one target again.
 *
 * target).
 *
 * Complexity: O(Σ series length) plus O(columns) once for the default `asOf`; `row(i)` O(series length of its
 *
 * @example
 * const g = judgeColumnsTable(cols, matches, { asOf: 2022 });
 * GAP_STATUSES[g.status[0]] // 'achieved'
 * g.ratio_r[0]              // 1.03
 * g.row(0).reason           // 'target met: 2021 …'
 * @throws {RangeError} naming judgeColumnsTable on invalid options (thresholds, window, asOf, form), or when a row
 * number is outside the table; `row(i)` throws a {@link RangeError} when `i` is not a row number of the table.
 */
export function judgeColumnsTable(
  columns: ActualColumns,
  matches: readonly ColumnMatch[],
  options: GapOptions = {},
): GapColumns {
  const sink = new ColumnSink(matches.length);
  new Prepared('judgeColumnsTable', columns, matches, options, new ColumnWriter(sink), false).all();
  const n = sink.length;
  const match = sink.match.subarray(0, n);
  // The rows of each target, in order: row(i) re-judges target match[i] and takes its (i − first)-th row.
  let rebuild: Prepared | null = null;
  const row = (i: number): GapRow => {
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw new RangeError(`judgeColumnsTable: row ${i} is not a row of this gaps table (0…${n - 1})`);
    }
    const target = match[i]!;
    let first = i;
    while (first > 0 && match[first - 1] === target) first--;
    const writer = new RowWriter();
    rebuild ??= new Prepared('judgeColumnsTable', columns, matches, options, writer, true);
    rebuild.one(target, writer);
    return writer.rows[i - first]!;
  };
  const codes = sink.codeColumns() as Record<GapCodeColumn, CodeArray>;
  return {
    ...sink.numberColumns(),
    length: n,
    match,
    status: codes.status as Uint8Array,
    direction: codes.direction as Int8Array,
    uncertain: codes.uncertain as Uint8Array,
    actual_preliminary: codes.actual_preliminary as Uint8Array,
    review: codes.review as Uint8Array,
    binding: codes.binding as Int8Array,
    row,
    rows: () => {
      const all = new Array<GapRow>(n);
      for (let i = 0; i < n; i++) all[i] = row(i);
      return all;
    },
  };
}
