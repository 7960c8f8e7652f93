/**
 * Optimal assignment: the pairing of rows and columns that maximises the total score (the
 * Hungarian algorithm, in its O(n²·m) shortest-augmenting-path form), where a row left unpaired
 * counts the threshold: a pair is worth what it scores above the threshold. Scores below it are
 * not pairs at all.
 */

/**
 * For a score matrix (rows × columns, row-major), the column each row is paired with (-1 for
 * none), each pair scoring at least `threshold`, maximising the sum of what the pairs score above
 * it: one pair at 0.9 beats two at 0.4 when the threshold is 0.3 (0.6 against 0.2).
 */
export function assignMaximum(scores: Float64Array, rows: number, columns: number, threshold: number): Int32Array {
  // The algorithm runs once per row over rows + columns columns: keep the shorter side as rows, or
  // 2,000 rows against one column would cost 2,000 × 2,001² steps.
  if (rows > columns) {
    const transposed = new Float64Array(rows * columns);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) transposed[column * rows + row] = scores[row * columns + column];
    }
    const byColumn = assignRows(transposed, columns, rows, threshold);
    const result = new Int32Array(rows).fill(-1);
    byColumn.forEach((row, column) => {
      if (row !== -1) result[row] = column;
    });
    return result;
  }
  return assignRows(scores, rows, columns, threshold);
}

function assignRows(scores: Float64Array, rows: number, columns: number, threshold: number): Int32Array {
  // Square the problem with dummy columns (one per row) worth the threshold: a row pairs with a
  // real column only when that scores more than staying unpaired.
  const size = columns + rows;
  const INF = Number.POSITIVE_INFINITY;
  // Minimise cost = -score; a dummy column costs -threshold + a hair, so that ties stay unpaired.
  const cost = (row: number, column: number): number => {
    if (column >= columns) return -threshold + 1e-9;
    const score = scores[row * columns + column];
    return score >= threshold ? -score : 1;
  };
  // Potentials and the matching, 1-based as in the classic formulation (row 0 is a sentinel).
  const u = new Float64Array(rows + 1);
  const v = new Float64Array(size + 1);
  const matchOfColumn = new Int32Array(size + 1); // column → row (1-based), 0 when free
  const way = new Int32Array(size + 1);
  const minimum = new Float64Array(size + 1);
  const used = new Uint8Array(size + 1);
  for (let row = 1; row <= rows; row++) {
    matchOfColumn[0] = row;
    let column0 = 0;
    minimum.fill(INF);
    used.fill(0);
    do {
      used[column0] = 1;
      const row0 = matchOfColumn[column0];
      let delta = INF;
      let column1 = 0;
      for (let column = 1; column <= size; column++) {
        if (used[column]) continue;
        const current = cost(row0 - 1, column - 1) - u[row0] - v[column];
        if (current < minimum[column]) {
          minimum[column] = current;
          way[column] = column0;
        }
        if (minimum[column] < delta) {
          delta = minimum[column];
          column1 = column;
        }
      }
      for (let column = 0; column <= size; column++) {
        if (used[column]) {
          u[matchOfColumn[column]] += delta;
          v[column] -= delta;
        } else minimum[column] -= delta;
      }
      column0 = column1;
    } while (matchOfColumn[column0] !== 0);
    do {
      const column1 = way[column0];
      matchOfColumn[column0] = matchOfColumn[column1];
      column0 = column1;
    } while (column0 !== 0);
  }
  const result = new Int32Array(rows).fill(-1);
  for (let column = 1; column <= columns; column++) {
    const row = matchOfColumn[column];
    if (row > 0 && scores[(row - 1) * columns + (column - 1)] >= threshold) result[row - 1] = column - 1;
  }
  return result;
}
