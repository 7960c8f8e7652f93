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
import { diffArrays } from 'diff';
import type { TextPiece } from '../types.js';
import { forEachPiece } from './term-weights.js';

/** Most edits tried when aligning units, and when diffing the words of one pair of units. */
const UNIT_EDIT_BUDGET = 4000;
const WORD_EDIT_BUDGET = 400;
/** A unit longer than this is cut at clause marks (，、：) before it is compared. */
const LONG_UNIT = 160;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

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

/** Words of a unit, punctuation and spaces kept as tokens of their own. */
function wordsOf(text: string): string[] {
  const words: string[] = [];
  forEachPiece(text, (piece) => {
    for (const segment of segmenter.segment(piece)) words.push(segment.segment);
  });
  return words;
}

/** Appends a piece, merging it into the last one of the same kind. */
function push(pieces: TextPiece[], op: TextPiece['op'], value: string): void {
  if (value === '') return;
  const last = pieces[pieces.length - 1];
  if (last && last.op === op) last.value += value;
  else pieces.push({ op, value });
}

/** Word diff of two units, or null when it would take more edits than the budget. */
function diffUnitWords(before: string, after: string, pieces: TextPiece[]): void {
  const parts = diffArrays(wordsOf(before), wordsOf(after), { maxEditLength: WORD_EDIT_BUDGET });
  if (!parts) {
    push(pieces, 'delete', before);
    push(pieces, 'insert', after);
    return;
  }
  for (const part of parts)
    push(pieces, part.added ? 'insert' : part.removed ? 'delete' : 'equal', part.value.join(''));
}

/** A word-level diff of two texts, bounded in time, cleaned up for reading. */
export function diffWords(before: string, after: string): TextPiece[] {
  if (before === after) return before ? [{ op: 'equal', value: before }] : [];
  const oldUnits = unitsOf(before);
  const newUnits = unitsOf(after);
  const pieces: TextPiece[] = [];
  const aligned = diffArrays(oldUnits, newUnits, { maxEditLength: UNIT_EDIT_BUDGET });
  if (!aligned) {
    push(pieces, 'delete', before);
    push(pieces, 'insert', after);
    return pieces;
  }
  // A run of removed units followed by added ones (or the reverse) is a replacement: pair in order.
  for (let i = 0; i < aligned.length; i++) {
    const part = aligned[i];
    if (!part.added && !part.removed) {
      push(pieces, 'equal', part.value.join(''));
      continue;
    }
    const next = aligned[i + 1];
    const removed = part.removed ? part.value : next?.removed ? next.value : [];
    const added = part.added ? part.value : next?.added ? next.value : [];
    if (next && (next.added || next.removed) && next.added !== part.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) diffUnitWords(removed[k], added[k], pieces);
    push(pieces, 'delete', removed.slice(paired).join(''));
    push(pieces, 'insert', added.slice(paired).join(''));
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
