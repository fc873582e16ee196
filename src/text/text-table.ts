/**
 * Tables written as text (a 统计公报's 表1 flattened to `品种 | 单位 | 2021年 | 增长(%)` lines, or cells separated by
 * tabs): which unit and which column each value cell has. A value cell of such a table is a bare number (83.6); its
 * unit is in the row's 单位 cell (万吨) and its meaning in the column's header (2021年, 增长(%)).
 */

/** What a value cell of a text table is: the unit its number is in, and the column it sits in. */
export interface TableCell {
  /** Document offsets of the cell's text. */
  start: number;
  end: number;
  /** The unit to read the number in (万吨, 亿元, %), from the row's 单位 cell or the column header. */
  unit: string;
  /** The column is a growth rate (增长(%), 比上年增长%). */
  growth: boolean;
  /** The year the column header names (2021年), or null. */
  year: number | null;
  /** The row's name: its first non-empty cell, spaces and a leading # (其中) dropped (粮 食 → 粮食). */
  row: string;
}

const SEPARATOR = /[|｜\t]/;
const UNIT_HEADER = /^单\s*位$/;
const GROWTH_HEADER = /增长|增速|增幅|比上年|同比/;
const PERCENT_HEADER = /[(（]?\s*%\s*[)）]?$|％/;
const YEAR_HEADER = /^(19[5-9]\d|20\d\d)\s*年?(?:末)?$/;

interface Cell {
  text: string;
  start: number;
  end: number;
}

/** The cells of one line, with document offsets (`base` is the line's offset), trimmed. */
function cellsOf(line: string, base: number): Cell[] {
  const out: Cell[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !SEPARATOR.test(line[i]!)) continue;
    const raw = line.slice(from, i);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    out.push({ text, start: base + from + lead, end: base + from + lead + text.length });
    from = i + 1;
  }
  return out;
}

/**
 * The value cells of every text table with a 单位 column: for each, the unit from its row and the meaning from its
 * column. Lines of a table hold at least two separators (| or tab); the header is the first line with a 单位 cell.
 *
 * Complexity: O(n) in the length of the text.
 *
 * @example
 * const text = '品种 | 单位 | 2021年 | 增长(%)\n猪肉产量 | 万吨 | 6.12 | 35.9';
 * findTableCells(text).map((c) => [text.slice(c.start, c.end), c.unit, c.growth, c.year])
 * // [['6.12', '万吨', false, 2021], ['35.9', '%', true, 2021]] (row '猪肉产量')
 */
export function findTableCells(text: string): TableCell[] {
  if (!/[|｜\t][^\n]*[|｜\t]/.test(text)) return [];
  const out: TableCell[] = [];
  let header: { unitCol: number; cols: { growth: boolean; percent: boolean; year: number | null }[] } | null =
    null;
  let lastYear: number | null = null;
  let pos = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, nl);
    const separators = (line.match(/[|｜\t]/g) ?? []).length;
    // a blank line (between the rows of an HTML table) does not end the table
    const blank = line.trim() === '';
    if (blank) {
      pos = nl + 1;
      continue;
    }
    if (separators < 2) header = null;
    else {
      const cells = cellsOf(line, pos);
      const unitCol = cells.findIndex((c) => UNIT_HEADER.test(c.text));
      if (unitCol >= 0) {
        lastYear = null;
        header = {
          unitCol,
          cols: cells.map((c) => {
            const y = YEAR_HEADER.exec(c.text.replace(/[(（][^)）]*[)）]$/, ''));
            if (y) lastYear = Number(y[1]);
            return {
              growth: GROWTH_HEADER.test(c.text),
              percent: PERCENT_HEADER.test(c.text),
              year: y ? Number(y[1]) : null,
            };
          }),
        };
        // a growth column after a year column is that year's growth
        for (const col of header.cols) if (col.year === null && col.growth) col.year = lastYear;
      } else if (header) {
        const unit = cells[header.unitCol]?.text.replace(/\s+/g, '') ?? '';
        const row = (cells.find((c) => c.text !== '')?.text ?? '').replace(/\s+/g, '').replace(/^[#＃]/, '');
        cells.forEach((c, k) => {
          const col = header!.cols[k];
          if (!col || k === header!.unitCol || !/^[-－−]?\d[\d,.]*$/.test(c.text)) return;
          const cellUnit = col.growth || col.percent ? '%' : unit;
          if (cellUnit === '') return;
          out.push({ start: c.start, end: c.end, unit: cellUnit, growth: col.growth, year: col.year, row });
        });
      }
    }
    pos = nl + 1;
  }
  return out;
}
