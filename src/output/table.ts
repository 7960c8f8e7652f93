/** Plain-text tables aligned by display width: CJK characters and full-width forms take two columns. */
import { charWidth, displayWidth } from '../display-width.js';
import { escapeControls } from './terminal-text.js';

/** Cuts `text` to at most `width` columns, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    used += charWidth(ch.codePointAt(0)!);
    if (used > width - 1) break;
    out += ch;
  }
  return out + '…';
}

/**
 * Renders rows as aligned columns. White space in a cell is one space and control characters are
 * shown escaped (`\x1b`: a document's escapes never reach the terminal); `paint` colours a cell
 * after alignment (so kepu's own escape codes do not count toward the width); `limits` caps the
 * width of some columns.
 */
export function renderTable(
  header: string[],
  rows: string[][],
  options: { limits?: Array<number | undefined>; paint?: (column: number, text: string, row: number) => string } = {},
): string {
  const cells = [header, ...rows].map((row) =>
    row.map((cell, column) => truncate(escapeControls(cell.replace(/\s+/g, ' ')), options.limits?.[column] ?? 1000)),
  );
  // Each cell's width, once; the widest of each column by a loop (Math.max(...cells) overflows
  // the stack past some 100,000 rows).
  const cellWidths = cells.map((row) => row.map(displayWidth));
  const widths = header.map(() => 0);
  for (const row of cellWidths) {
    for (let column = 0; column < widths.length; column++) widths[column] = Math.max(widths[column], row[column] ?? 0);
  }
  return (
    cells
      .map((row, index) =>
        row
          .map((cell, column) => {
            const padded =
              column === row.length - 1 ? cell : cell + ' '.repeat(widths[column] - cellWidths[index][column]);
            return options.paint ? options.paint(column, padded, index - 1) : padded;
          })
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}
