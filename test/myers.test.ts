/**
 * kepu's Myers diff gives jsdiff's edit scripts (it replaced jsdiff's diffArrays in the word diff,
 * and the diffs must not change): the same runs on random sequences, with few symbols (many equally
 * short scripts, where the tie-breaking shows) and with budgets that run out.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffArrays } from 'diff';
import { diffSequences, type EditRun } from '../src/diff/myers.js';

/** jsdiff's answer as runs. */
function jsdiffRuns(before: string[], after: string[], budget: number): EditRun[] | undefined {
  const parts = diffArrays(before, after, { maxEditLength: budget });
  return parts?.map((part) => ({
    op: part.added ? 'insert' : part.removed ? 'delete' : 'equal',
    count: part.count ?? part.value.length,
  }));
}

describe('diffSequences', () => {
  it('gives the runs of the example', () => {
    expect(diffSequences(['a', 'b'], ['a', 'c'], 10)).toEqual([
      { op: 'equal', count: 1 },
      { op: 'delete', count: 1 },
      { op: 'insert', count: 1 },
    ]);
    expect(diffSequences([], [], 10)).toEqual([]);
    expect(diffSequences(['a'], [], 10)).toEqual([{ op: 'delete', count: 1 }]);
    expect(diffSequences(['a', 'b', 'c'], ['x', 'y', 'z'], 2)).toBeUndefined();
  });

  it('makes the same choices as jsdiff on random sequences', () => {
    const sequence = (symbols: string[]) => fc.array(fc.constantFrom(...symbols), { maxLength: 40 });
    for (const symbols of [['a', 'b'], ['a', 'b', 'c', 'd'], '的科普工作推进建设年底前完成，。'.split('')]) {
      fc.assert(
        fc.property(sequence(symbols), sequence(symbols), fc.integer({ min: 1, max: 90 }), (before, after, budget) => {
          expect(diffSequences(before, after, budget)).toEqual(jsdiffRuns(before, after, budget));
        }),
        { numRuns: 3000 },
      );
    }
  });

  it('makes the same choices as jsdiff on edited copies of a long sequence', () => {
    const base = Array.from({ length: 300 }, (_, index) => String(index % 37));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(299), fc.nat(5), fc.constantFrom('x', 'y', '3', '')), { maxLength: 30 }),
        fc.integer({ min: 5, max: 400 }),
        (edits, budget) => {
          const after = [...base];
          for (const [at, length, token] of edits) after.splice(at, length, ...(token ? [token] : []));
          expect(diffSequences(base, after, budget)).toEqual(jsdiffRuns(base, after, budget));
        },
      ),
      { numRuns: 500 },
    );
  });
});
