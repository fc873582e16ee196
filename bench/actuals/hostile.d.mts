import type { Arbitrary } from 'fast-check';

/** A generated long actuals table. */
export interface HostileTable {
  header: string[];
  kinds: ('text' | 'year' | 'value')[];
  typedNumbers: boolean;
  rows: (string | number | null)[][];
}
/** The formats a table is written in. */
export declare const FORMATS: readonly ('csv' | 'tsv' | 'json' | 'xlsx' | 'xls' | 'arrow' | 'parquet')[];
/** Random hostile long tables of up to `maxRows` rows. */
export declare function hostileTable(maxRows?: number): Arbitrary<HostileTable>;
/** The table written in one format. */
export declare function encode(t: HostileTable, format: string): Uint8Array;
/** The value cells a loader must account for, given its rule for a blank cell. */
export declare function expectedValueCells(
  t: HostileTable,
  blank: (v: string | number) => boolean,
  format: string,
): number;
/** Throws when a load breaks an invariant. */
export declare function checkLoad(
  result: {
    rows: { value: number | null; growth_pct: number | null }[];
    rejects: { reason: string }[];
    warnings: { reason: string }[];
    rowsIn: number;
    cells: { in: number; used: number; rejected: number };
  },
  expectedCells: number,
): void;
