/**
 * Value cells of text tables (text/text-table.ts) as quantities: the bare number of a cell read in its row's or
 * column's unit.
 */
import { parseQuantity } from '../quantities/parse.js';
import type { Quantity } from '../quantities/types.js';
import type { TableCell } from '../text/text-table.js';

/**
 * A bare number in a value cell of a text table is read in the unit of its row's 单位 cell (83.6 with 万吨 → 836000
 * tonne) or of its column (增长(%) → percent); a number whose unit the table states in some other way stays as it is.
 */
export function withCellUnits(
  qs: Quantity[],
  cellAt: (start: number) => TableCell | null,
  cells: Map<Quantity, TableCell>,
): Quantity[] {
  return qs.map((q) => {
    if (q.sourceUnit !== '' || q.unit !== 'number') return q;
    const cell = cellAt(q.start);
    if (!cell) return q;
    let read: Quantity;
    try {
      read = parseQuantity(`${q.text}${cell.unit}`);
    } catch {
      // a unit the parser does not know: the number stays bare
      return q;
    }
    if (read.unit === 'number') return q;
    const inCell: Quantity = { ...read, text: q.text, start: q.start, end: q.end };
    cells.set(inCell, cell);
    return inCell;
  });
}
