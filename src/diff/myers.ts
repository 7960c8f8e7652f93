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

/** The steps of the paths explored: each step's old position after its common run, the step it came from, its edit. */
interface Steps {
  positions: Int32Array;
  previous: Int32Array;
  edits: Uint8Array;
}

/** The runs of the path that ends at `last`: each step's edit, then its common run. */
function runsTo(steps: Steps, last: number): EditRun[] {
  const { positions, previous, edits } = steps;
  const path: number[] = [];
  for (let step = last; step !== -1; step = previous[step]) path.push(step);
  const runs: EditRun[] = [];
  const push = (op: EditRun['op'], count: number) => {
    if (count === 0) return;
    const last = runs[runs.length - 1];
    if (last && last.op === op) last.count += count;
    else runs.push({ op, count });
  };
  for (let index = path.length - 1; index >= 0; index--) {
    const step = path[index];
    const from = previous[step];
    let start = -1;
    if (edits[step] === INSERT) {
      push('insert', 1);
      start = positions[from];
    } else if (edits[step] === DELETE) {
      push('delete', 1);
      start = positions[from] + 1;
    }
    push('equal', positions[step] - start);
  }
  return runs;
}

/**
 * The shortest edit script from `before` to `after` as runs, or undefined when it takes more
 * than `maxEditLength` insertions and deletions. The loop is written out flat (no helper calls
 * per step): it runs mostly before V8 has optimised it, once per diff.
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
  const steps: Steps = { positions: new Int32Array(256), previous: new Int32Array(256), edits: new Uint8Array(256) };
  let { positions, previous, edits } = steps;
  let count = 0;

  // The first step: the common head.
  let seedPosition = -1;
  while (seedPosition + 1 < newLength && seedPosition + 1 < oldLength && a[seedPosition + 1] === b[seedPosition + 1])
    seedPosition++;
  positions[0] = seedPosition;
  previous[0] = -1;
  count = 1;
  if (seedPosition + 1 >= oldLength && seedPosition + 1 >= newLength) return runsTo(steps, 0);
  // `best[k + offset]` is the furthest path on diagonal k, or -1.
  const offset = budget + 2;
  const best = new Int32Array(2 * offset + 1).fill(-1);
  best[offset] = 0;
  // Once a path reaches the right edge on diagonal k, diagonals above k need not be tried again;
  // once one reaches the bottom, diagonals below (jsdiff's minDiagonalToConsider and max…).
  let lowest = -Infinity;
  let highest = Infinity;
  for (let editLength = 1; editLength <= budget; editLength++) {
    // The bound is read at every step, as jsdiff reads it: a path may reach the right edge on the way.
    for (let diagonal = Math.max(lowest, -editLength); diagonal <= Math.min(highest, editLength); diagonal += 2) {
      const fromDelete = best[diagonal - 1 + offset];
      const fromInsert = best[diagonal + 1 + offset];
      if (fromDelete !== -1) best[diagonal - 1 + offset] = -1;
      const insertAt = fromInsert !== -1 ? positions[fromInsert] : 0;
      const deleteAt = fromDelete !== -1 ? positions[fromDelete] : 0;
      const canInsert = fromInsert !== -1 && 0 <= insertAt - diagonal && insertAt - diagonal < newLength;
      const canDelete = fromDelete !== -1 && deleteAt + 1 < oldLength;
      if (!canInsert && !canDelete) {
        best[diagonal + offset] = -1;
        continue;
      }
      // The path furthest along the old sequence, an insertion when equal; then its common run.
      const insert = !canDelete || (canInsert && deleteAt < insertAt);
      let oldPosition = insert ? insertAt : deleteAt + 1;
      let newPosition = oldPosition - diagonal;
      while (newPosition + 1 < newLength && oldPosition + 1 < oldLength && a[oldPosition + 1] === b[newPosition + 1]) {
        newPosition++;
        oldPosition++;
      }
      if (count === positions.length) {
        const grow = <T extends Int32Array | Uint8Array>(array: T, larger: T): T => {
          larger.set(array);
          return larger;
        };
        steps.positions = positions = grow(positions, new Int32Array(count * 2));
        steps.previous = previous = grow(previous, new Int32Array(count * 2));
        steps.edits = edits = grow(edits, new Uint8Array(count * 2));
      }
      const step = count++;
      positions[step] = oldPosition;
      previous[step] = insert ? fromInsert : fromDelete;
      edits[step] = insert ? INSERT : DELETE;
      if (oldPosition + 1 >= oldLength && newPosition + 1 >= newLength) return runsTo(steps, step);
      best[diagonal + offset] = step;
      if (oldPosition + 1 >= oldLength) highest = Math.min(highest, diagonal - 1);
      if (newPosition + 1 >= newLength) lowest = Math.max(lowest, diagonal + 1);
    }
  }
  return undefined;
}
