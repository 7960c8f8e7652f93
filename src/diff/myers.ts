/**
 * Myers' O(ND) difference of two sequences of strings, within a budget of edits. It makes the
 * same choices as jsdiff's `diffArrays` (version 9: the same order of diagonals, the same
 * preference between an insertion and a deletion, the same pruning at the edges of the edit
 * graph), so that it gives the same edit script: a test compares the two on random sequences.
 * It keeps its paths in typed arrays rather than in an object per step, which makes the word
 * diff of two yearly plans several times faster.
 */

/** One run of an edit script: `count` tokens kept, inserted (from the new side) or deleted (from the old side). */
export interface EditRun {
  op: 'equal' | 'insert' | 'delete';
  count: number;
}

const INSERT = 1;
const DELETE = 2;

/** Token ids: equal strings get equal numbers, so that the inner loop compares integers. */
function numberTokens(before: readonly string[], after: readonly string[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const number = (tokens: readonly string[]) => {
    const out = new Int32Array(tokens.length);
    for (let index = 0; index < tokens.length; index++) {
      let id = ids.get(tokens[index]);
      if (id === undefined) ids.set(tokens[index], (id = ids.size));
      out[index] = id;
    }
    return out;
  };
  return [number(before), number(after)];
}

/**
 * The steps of the paths explored: each step's old position after its common run, the step it
 * came from, and its edit (an insertion, a deletion, or none for the first).
 */
class Steps {
  oldPosition = new Int32Array(64);
  previous = new Int32Array(64);
  edit = new Uint8Array(64);
  count = 0;

  add(oldPosition: number, previous: number, edit: number): number {
    if (this.count === this.edit.length) {
      const grow = <T extends Int32Array | Uint8Array>(array: T, larger: T): T => {
        larger.set(array);
        return larger;
      };
      const size = this.edit.length * 2;
      this.oldPosition = grow(this.oldPosition, new Int32Array(size));
      this.previous = grow(this.previous, new Int32Array(size));
      this.edit = grow(this.edit, new Uint8Array(size));
    }
    this.oldPosition[this.count] = oldPosition;
    this.previous[this.count] = previous;
    this.edit[this.count] = edit;
    return this.count++;
  }

  /** The runs of the path that ends at `last`: each step's edit, then its common run. */
  runsTo(last: number): EditRun[] {
    const path: number[] = [];
    for (let step = last; step !== -1; step = this.previous[step]) path.push(step);
    const runs: EditRun[] = [];
    const push = (op: EditRun['op'], count: number) => {
      if (count === 0) return;
      const previous = runs[runs.length - 1];
      if (previous && previous.op === op) previous.count += count;
      else runs.push({ op, count });
    };
    for (let index = path.length - 1; index >= 0; index--) {
      const step = path[index];
      const from = this.previous[step];
      let start = -1;
      if (this.edit[step] === INSERT) {
        push('insert', 1);
        start = this.oldPosition[from];
      } else if (this.edit[step] === DELETE) {
        push('delete', 1);
        start = this.oldPosition[from] + 1;
      }
      push('equal', this.oldPosition[step] - start);
    }
    return runs;
  }
}

/**
 * The shortest edit script from `before` to `after` as runs, or undefined when it takes more
 * than `maxEditLength` insertions and deletions.
 *
 * @example
 * diffSequences(['a', 'b'], ['a', 'c'], 10) // [{op: 'equal', count: 1}, {op: 'delete', …}, {op: 'insert', …}]
 */
export function diffSequences(
  before: readonly string[],
  after: readonly string[],
  maxEditLength: number,
): EditRun[] | undefined {
  const [a, b] = numberTokens(before, after);
  const oldLength = a.length;
  const newLength = b.length;
  const budget = Math.min(oldLength + newLength, maxEditLength);
  const steps = new Steps();
  const old = () => steps.oldPosition;
  /** Follows the common run from (oldPosition, diagonal): the old position at its end. */
  const slide = (oldPosition: number, diagonal: number): number => {
    let newPosition = oldPosition - diagonal;
    while (newPosition + 1 < newLength && oldPosition + 1 < oldLength && a[oldPosition + 1] === b[newPosition + 1]) {
      newPosition++;
      oldPosition++;
    }
    return oldPosition;
  };

  const seed = steps.add(slide(-1, 0), -1, 0);
  if (old()[seed] + 1 >= oldLength && old()[seed] + 1 >= newLength) return steps.runsTo(seed);
  // `best[k + offset]` is the furthest path on diagonal k, or -1.
  const offset = budget + 2;
  const best = new Int32Array(2 * offset + 1).fill(-1);
  best[offset] = seed;
  // Once a path reaches the right edge on diagonal k, diagonals above k need not be tried again;
  // once one reaches the bottom, diagonals below (jsdiff's minDiagonalToConsider and max…).
  let lowest = -Infinity;
  let highest = Infinity;
  for (let editLength = 1; editLength <= budget; editLength++) {
    for (let diagonal = Math.max(lowest, -editLength); diagonal <= Math.min(highest, editLength); diagonal += 2) {
      const fromDelete = best[diagonal - 1 + offset];
      const fromInsert = best[diagonal + 1 + offset];
      if (fromDelete !== -1) best[diagonal - 1 + offset] = -1;
      let canInsert = false;
      if (fromInsert !== -1) {
        const newPosition = old()[fromInsert] - diagonal;
        canInsert = 0 <= newPosition && newPosition < newLength;
      }
      const canDelete = fromDelete !== -1 && old()[fromDelete] + 1 < oldLength;
      if (!canInsert && !canDelete) {
        best[diagonal + offset] = -1;
        continue;
      }
      // The path furthest along the old sequence, an insertion when equal.
      const insert = !canDelete || (canInsert && old()[fromDelete] < old()[fromInsert]);
      const oldPosition = slide(insert ? old()[fromInsert] : old()[fromDelete] + 1, diagonal);
      const step = steps.add(oldPosition, insert ? fromInsert : fromDelete, insert ? INSERT : DELETE);
      const newPosition = oldPosition - diagonal;
      if (oldPosition + 1 >= oldLength && newPosition + 1 >= newLength) return steps.runsTo(step);
      best[diagonal + offset] = step;
      if (oldPosition + 1 >= oldLength) highest = Math.min(highest, diagonal - 1);
      if (newPosition + 1 >= newLength) lowest = Math.max(lowest, diagonal + 1);
    }
  }
  return undefined;
}
