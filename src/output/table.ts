/** Plain-text tables aligned by display width: CJK characters and full-width forms take two columns. */
import { displayWidth } from '../display-width.js';

/** Cuts `text` to at most `width` columns, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

/**
 * Renders rows as aligned columns. `paint` colours a cell after alignment (so escape codes do
 * not count toward the width); `limits` caps the width of some columns.
 */
export function renderTable(
  header: string[],
  rows: string[][],
  options: { limits?: Array<number | undefined>; paint?: (column: number, text: string, row: number) => string } = {},
): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell, column) => truncate(cell.replace(/\s+/g, ' '), options.limits?.[column] ?? 1000)),
  );
  const widths = header.map((_, column) => Math.max(...cells.map((row) => displayWidth(row[column] ?? ''))));
  return (
    cells
      .map((row, index) =>
        row
          .map((cell, column) => {
            const padded = column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - displayWidth(cell));
            return options.paint ? options.paint(column, padded, index - 1) : padded;
          })
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
