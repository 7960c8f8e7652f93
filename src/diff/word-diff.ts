/**
 * The word-level diff of a section's own text, bounded so that no input makes it slow:
 *
 * 1. The texts are cut into units: sentences (and, in a sentence too long to read, clauses or
 *    fixed-width pieces). Units are aligned as wholes (Myers' diff over units).
 * 2. Within each run of replaced units, units are paired in order and diffed word by word
 *    (Intl.Segmenter words), each pair within a budget of edits; past it, the unit is shown as
 *    replaced.
 * 3. A semantic clean-up folds short equal fragments between edits into the edits (the rule of
 *    diff-match-patch's diff_cleanupSemantic), so that the output does not break into
 *    one-character pieces.
 */
import type { TextPiece } from '../types.js';
import { countTerms, forEachPiece, rememberWords, segmentPiece } from './term-weights.js';
import { diffSequences } from './myers.js';

/** Most edits tried when aligning units, and when diffing the words of one pair of units. */
const UNIT_EDIT_BUDGET = 4000;
const WORD_EDIT_BUDGET = 400;
/** A unit longer than this is cut at clause marks (，、：) before it is compared. */
const LONG_UNIT = 160;

/** Sentences of a text, each keeping its end mark and line break; long ones cut further. */
export function unitsOf(text: string): string[] {
  const units: string[] = [];
  const sentences = text.match(/[^。；;！!？?\n]*(?:[。；;！!？?]+[”"’』」）)]*|\n|$)/g) ?? [];
  for (const sentence of sentences) {
    if (sentence === '') continue;
    if (sentence.length <= LONG_UNIT) {
      units.push(sentence);
      continue;
    }
    for (const clause of sentence.match(/[^，,、：:]*(?:[，,、：:]+|$)/g) ?? []) {
      if (clause === '') continue;
      if (clause.length <= LONG_UNIT) units.push(clause);
      else for (let from = 0; from < clause.length; from += LONG_UNIT) units.push(clause.slice(from, from + LONG_UNIT));
    }
  }
  return units;
}

/**
 * Words of a unit, punctuation and spaces kept as tokens of their own; each unit segmented once
 * (plans repeat their sentences and clauses, and segmenting is most of the cost of a word diff).
 */
const wordsOf = rememberWords(50_000, (text) => {
  const words: string[] = [];
  forEachPiece(text, (piece) => segmentPiece(piece, words));
  return words;
});

/**
 * The share of words two units have in common (Dice's coefficient over the word multisets). Below
 * DISSIMILAR, a word diff would be mostly edits with a few shared particles (的, 和) between them,
 * which the clean-up folds away anyway: the pair is shown as replaced without running Myers' diff,
 * whose cost grows with the number of edits.
 */
function sharedWords(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = countTerms(a);
  let shared = 0;
  for (const word of b) {
    const left = counts.get(word);
    if (left) {
      shared++;
      counts.set(word, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
const DISSIMILAR = 0.3;

/** Appends a piece, merging it into the last one of the same kind. */
function push(pieces: TextPiece[], op: TextPiece['op'], value: string): void {
  if (value === '') return;
  const last = pieces[pieces.length - 1];
  if (last && last.op === op) last.value += value;
  else pieces.push({ op, value });
}

/** Word diff of two units, or null when it would take more edits than the budget. */
function diffUnitWords(before: string, after: string, pieces: TextPiece[]): void {
  const beforeWords = wordsOf(before);
  const afterWords = wordsOf(after);
  const runs =
    sharedWords(beforeWords, afterWords) < DISSIMILAR
      ? undefined
      : diffSequences(beforeWords, afterWords, WORD_EDIT_BUDGET);
  if (!runs) {
    push(pieces, 'delete', before);
    push(pieces, 'insert', after);
    return;
  }
  // The words of a unit joined are the unit: each run's text is a slice of it, found by adding up
  // the lengths of the run's words (no array and no joined string for each run).
  let oldAt = 0;
  let newAt = 0;
  let oldOffset = 0;
  let newOffset = 0;
  for (let index = 0; index < runs.length; index++) {
    const { op, count } = runs[index];
    if (op === 'delete') {
      const from = oldOffset;
      for (const end = oldAt + count; oldAt < end; oldAt++) oldOffset += beforeWords[oldAt].length;
      push(pieces, 'delete', before.slice(from, oldOffset));
    } else {
      const from = newOffset;
      for (const end = newAt + count; newAt < end; newAt++) newOffset += afterWords[newAt].length;
      push(pieces, op, after.slice(from, newOffset));
      // Equal words are the same strings on both sides: as long on the old side.
      if (op === 'equal') {
        oldAt += count;
        oldOffset += newOffset - from;
      }
    }
  }
}

/** One step of a unit alignment: units kept, or units removed and added (a replacement). */
type UnitStep = { equal: string[] } | { removed: string[]; added: string[] };

/** Below this many unit pairs, units are aligned by Myers' diff directly. */
const SMALL_ALIGNMENT = 40_000;

/**
 * Aligns two lists of units. The common head and tail are kept; a small middle goes to Myers'
 * diff (within its edit budget); a large one is cut at anchors first (patience diff: units that
 * occur once on each side, in increasing order on both), and each gap between anchors is aligned
 * the same way. A gap with no anchor is a replacement. Near-linear for texts that mostly agree.
 */
export function alignUnits(before: string[], after: string[]): UnitStep[] {
  const steps: UnitStep[] = [];
  const equal = (units: string[]) => {
    if (units.length === 0) return;
    const last = steps[steps.length - 1];
    if (last && 'equal' in last) for (const unit of units) last.equal.push(unit);
    else steps.push({ equal: [...units] });
  };
  const replace = (removed: string[], added: string[]) => {
    if (removed.length + added.length === 0) return;
    const last = steps[steps.length - 1];
    if (last && !('equal' in last)) {
      for (const unit of removed) last.removed.push(unit);
      for (const unit of added) last.added.push(unit);
    } else steps.push({ removed: [...removed], added: [...added] });
  };
  const align = (a: string[], b: string[]) => {
    let head = 0;
    while (head < a.length && head < b.length && a[head] === b[head]) head++;
    let tail = 0;
    while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail])
      tail++;
    equal(a.slice(0, head));
    const middleA = a.slice(head, a.length - tail);
    const middleB = b.slice(head, b.length - tail);
    if (middleA.length === 0 || middleB.length === 0 || middleA.length * middleB.length <= SMALL_ALIGNMENT) {
      alignSmall(middleA, middleB);
    } else {
      const anchors = uniqueAnchors(middleA, middleB);
      if (anchors.length === 0) replace(middleA, middleB);
      else {
        let i = 0;
        let j = 0;
        for (const [x, y] of anchors) {
          align(middleA.slice(i, x), middleB.slice(j, y));
          equal([middleA[x]]);
          i = x + 1;
          j = y + 1;
        }
        align(middleA.slice(i), middleB.slice(j));
      }
    }
    equal(a.slice(a.length - tail));
  };
  const alignSmall = (a: string[], b: string[]) => {
    if (a.length === 0 || b.length === 0) return replace(a, b);
    const runs = diffSequences(a, b, UNIT_EDIT_BUDGET);
    if (!runs) return replace(a, b);
    let oldAt = 0;
    let newAt = 0;
    for (const run of runs) {
      if (run.op === 'insert') replace([], b.slice(newAt, (newAt += run.count)));
      else if (run.op === 'delete') replace(a.slice(oldAt, (oldAt += run.count)), []);
      else {
        equal(b.slice(newAt, (newAt += run.count)));
        oldAt += run.count;
      }
    }
  };
  align(before, after);
  return steps;
}

/** Units that occur exactly once on each side, as [index before, index after], on a longest increasing run. */
function uniqueAnchors(a: string[], b: string[]): Array<[number, number]> {
  const count = new Map<string, number>();
  for (const unit of a) count.set(unit, (count.get(unit) ?? 0) + 1);
  const inB = new Map<string, number>();
  for (let j = 0; j < b.length; j++) {
    const unit = b[j];
    if (count.get(unit) !== 1) continue;
    inB.set(unit, inB.has(unit) ? -1 : j);
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < a.length; i++) {
    const j = inB.get(a[i]);
    if (j !== undefined && j !== -1) pairs.push([i, j]);
  }
  // Longest increasing run of the b indices (patience sorting), O(n log n).
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], index) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (pairs[tails[middle]][1] < j) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = tails[low - 1];
    tails[low] = index;
  });
  const run: Array<[number, number]> = [];
  for (let index = tails.length > 0 ? tails[tails.length - 1] : -1; index !== -1; index = previous[index])
    run.push(pairs[index]);
  return run.reverse();
}

/** A word-level diff of two texts, bounded in time, cleaned up for reading. */
export function diffWords(before: string, after: string): TextPiece[] {
  if (before === after) return before ? [{ op: 'equal', value: before }] : [];
  const pieces: TextPiece[] = [];
  // A replacement pairs its units in order, and diffs each pair word by word.
  for (const step of alignUnits(unitsOf(before), unitsOf(after))) {
    if ('equal' in step) {
      push(pieces, 'equal', step.equal.join(''));
      continue;
    }
    const paired = Math.min(step.removed.length, step.added.length);
    for (let k = 0; k < paired; k++) diffUnitWords(step.removed[k], step.added[k], pieces);
    push(pieces, 'delete', step.removed.slice(paired).join(''));
    push(pieces, 'insert', step.added.slice(paired).join(''));
  }
  return cleanupSemantic(pieces);
}

/** Longest equal fragment that the clean-up folds into the edits around it. */
const FOLDED_EQUAL = 8;

/** A run of edits (what was deleted and what inserted), or an equal fragment. */
type Segment = { equal: string } | { deleted: string; inserted: string };

/**
 * Folds an equal fragment into the edits around it when it is no longer than the edits on
 * either side (diff-match-patch's semantic rule, for fragments up to FOLDED_EQUAL characters):
 * [-甲-]的[-乙-] → [-甲的乙-]{+…的…+}. One pass with a stack: after a fold, the fragment before the
 * merged run is checked again, so that folds chain without another pass over the list.
 */
export function cleanupSemantic(pieces: TextPiece[]): TextPiece[] {
  const stack: Segment[] = [];
  const size = (edit: { deleted: string; inserted: string }) => edit.deleted.length + edit.inserted.length;
  for (const piece of pieces) {
    const top = stack[stack.length - 1];
    if (piece.op === 'equal') {
      if (top && 'equal' in top) top.equal += piece.value;
      else stack.push({ equal: piece.value });
      continue;
    }
    const deleted = piece.op === 'delete' ? piece.value : '';
    const inserted = piece.op === 'insert' ? piece.value : '';
    if (top && !('equal' in top)) {
      top.deleted += deleted;
      top.inserted += inserted;
    } else stack.push({ deleted, inserted });
    // edit, equal, edit at the top: fold the equal fragment when it is short beside both edits.
    while (stack.length >= 3) {
      const after = stack[stack.length - 1] as { deleted: string; inserted: string };
      const middle = stack[stack.length - 2];
      const before = stack[stack.length - 3];
      if (!('equal' in middle) || 'equal' in before) break;
      const length = middle.equal.length;
      if (length > FOLDED_EQUAL || length > Math.min(size(before), size(after))) break;
      stack.length -= 3;
      stack.push({
        deleted: before.deleted + middle.equal + after.deleted,
        inserted: before.inserted + middle.equal + after.inserted,
      });
    }
  }
  const out: TextPiece[] = [];
  for (const segment of stack) {
    if ('equal' in segment) push(out, 'equal', segment.equal);
    else {
      push(out, 'delete', segment.deleted);
      push(out, 'insert', segment.inserted);
    }
  }
  return out;
}
