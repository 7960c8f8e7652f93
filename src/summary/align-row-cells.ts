/**
 * Which line of a flattened table row goes in which column. A row written one cell per line has
 * as many lines as it has cells, except that a cell may run over several lines (修订……；/
 * 制定……；/ 修订……。) and a merged cell (rowspan) is written only in the first row it spans. So
 * the lines are aligned with the columns by the cheapest assignment, in order: a unit name in a
 * unit column costs nothing, a sentence there costs much; a column left empty costs one (its
 * merged cell is carried down from the row above); a cell of two lines costs little when the first
 * ends in ；，、： (a list that goes on) and more otherwise. Ties go to the leftmost column: an
 * empty unit column is the lead's (merged over rows more often than who carries the work out), and
 * two unit lines in one cell are joint leads.
 */
import { splitUnitList } from '../passes/read-responsible.js';
import { findTimeExpressions } from '../time/parse-time.js';

/**
 * What a line of a row holds, and what a column takes: units, a time, or text.
 *
 * @example
 * cellKind('各行业主管部门、各区') // 'unit'
 */
export type CellKind = 'unit' | 'time' | 'text';

/** Words that fill a time-limit cell without a date: 长期坚持, 持续推进. */
const STANDING_LIMIT = /^(?:长期(?:坚持)?|持续(?:推进|开展|实施)?|常态化(?:推进|开展)?|每年|按年度)[。.]?$/;

/**
 * What a line of a row holds: unit names only, a time limit (most of it a time expression), or text.
 *
 * @example
 * cellKind('2024年12月底前') // 'time'
 * cellKind('建设精品道路100条。') // 'text'
 */
export function cellKind(text: string): CellKind {
  const trimmed = text.trim();
  if (splitUnitList(trimmed) !== null) return 'unit';
  if (trimmed.length <= 24) {
    if (STANDING_LIMIT.test(trimmed)) return 'time';
    const covered = findTimeExpressions(trimmed).reduce((sum, match) => sum + match.text.length, 0);
    const letters = trimmed.replace(/[\s，,。.、；;：:（）()]/g, '').length;
    if (letters > 0 && covered / letters >= 0.5) return 'time';
  }
  return 'text';
}

/** The cost of a line of one kind in a column of another. */
const PLACE_COST: Record<CellKind, Record<CellKind, number>> = {
  unit: { unit: 0, time: 4, text: 2.5 },
  time: { unit: 4, time: 0, text: 0.3 },
  text: { unit: 4, time: 2, text: 0 },
};
/** A column that gets no line: its cell is merged with the row above's, or empty. */
const EMPTY_COST = 1;
/** Two lines in one cell: after ；，、： (a list going on), in a unit cell, or otherwise. */
const JOIN_AFTER_LIST = 0.2;
const JOIN_UNITS = 0.7;
const JOIN_OTHERWISE = 1.5;
/** Ties: an empty cell is the rightmost (a missing partner), two unit lines share the leftmost cell (joint leads). */
const TIE = 0.001;
/** Rows longer than this are not aligned (the cost grows with the square of the lines). */
export const MAX_ROW_LINES = 200;

/** Whether line `index` continues the cell of the line before: the list before it goes on, or it is a note (注：). */
function continuesList(lines: string[], index: number): boolean {
  return /[；;，,、：:]$/.test(lines[index - 1].trim()) || /^(?:注|备注|说明)[：:]/.test(lines[index].trim());
}

/**
 * Options of alignRowCells: how well a unit line fits each unit column, beyond its kind (0 best,
 * up to about 0.3), from what the table's full rows hold in that column.
 *
 * @example
 * alignRowCells(lines, columns, { fit: (line, column) => (column === 5 ? 0 : 0.3) })
 */
export interface AlignOptions {
  fit?: (line: number, column: number) => number;
}

/**
 * Aligns the lines of a row with its columns, in order: for each column, the lines `[from, to)` it
 * gets (from === to: none). The first column gets the first line. Null for a row of more than
 * MAX_ROW_LINES lines or no columns.
 *
 * @example
 * alignRowCells(['（1）建设精品道路300条。', '建设100条。', '设施养护处'], ['text', 'text', 'unit', 'unit'])
 * // [[0, 1], [1, 2], [2, 3], [3, 3]]: no partner written
 */
export function alignRowCells(
  lines: string[],
  columns: CellKind[],
  options: AlignOptions = {},
): Array<[number, number]> | null {
  const n = lines.length;
  const m = columns.length;
  if (m === 0 || n === 0 || n > MAX_ROW_LINES) return null;
  const kinds = lines.map(cellKind);
  // Prefix sums, per column: placing lines [a, b) in it is placed[column][b] - placed[column][a].
  const placed = columns.map((kind, column) => {
    const sums = [0];
    for (let index = 0; index < n; index++) {
      const fit = kind === 'unit' && kinds[index] === 'unit' && options.fit ? options.fit(index, column) : 0;
      sums.push(sums[index] + PLACE_COST[kinds[index]][kind] + fit);
    }
    return sums;
  });
  // joinText[x]: the cost of joining each of lines 1 … x-1 to the line before it.
  const joinText = [0, 0];
  for (let index = 1; index < n; index++) {
    joinText.push(joinText[index] + (continuesList(lines, index) ? JOIN_AFTER_LIST : JOIN_OTHERWISE));
  }
  const cellCost = (column: number, from: number, to: number): number => {
    if (from === to) return EMPTY_COST + TIE * (m - column);
    const joins = to - from - 1;
    const joinCost =
      columns[column] === 'unit' ? joins * (JOIN_UNITS + TIE * column) : joinText[to] - joinText[from + 1];
    return placed[column][to] - placed[column][from] + joinCost;
  };
  // best[j][i]: the least cost of putting the first i lines in the first j columns.
  const best: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const choice: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0][0] = 0;
  for (let column = 0; column < m; column++) {
    for (let to = column === 0 ? 1 : 0; to <= n; to++) {
      for (let from = 0; from <= to; from++) {
        if (best[column][from] === Infinity) continue;
        const cost = best[column][from] + cellCost(column, from, to);
        if (cost < best[column + 1][to] - 1e-9) {
          best[column + 1][to] = cost;
          choice[column + 1][to] = from;
        }
      }
    }
  }
  const spans: Array<[number, number]> = new Array(m);
  for (let column = m, to = n; column > 0; column--) {
    const from = choice[column][to];
    spans[column - 1] = [from, to];
    to = from;
  }
  return spans;
}
