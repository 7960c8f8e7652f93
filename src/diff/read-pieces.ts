/**
 * A section's word diff as a reader takes it in: the heading line apart from the body, the body
 * cut into sentences where both plans end one, each run of sentences either unchanged or changed,
 * and a changed run shown merged (one line, the edits marked) or as a pair of lines (old, new)
 * when it was rewritten rather than edited.
 */
import type { TextPiece } from '../types.js';

/** Appends a piece, merging it into the last one of the same kind. */
function push(pieces: TextPiece[], op: TextPiece['op'], value: string): void {
  if (value === '') return;
  const last = pieces[pieces.length - 1];
  if (last && last.op === op) last.value += value;
  else pieces.push({ op, value });
}

/**
 * Splits a section's diff (heading line, then paragraphs: `textForDiff` on each side) into the
 * heading's diff and the body's, side by side: each side's heading is its text up to its first
 * line break. Where the two sides' first line breaks fall in different places, the text between
 * them is the heading on one side and the body on the other, so it goes to the head as that side's
 * and to the body as the other's: joining a side's pieces always gives that side's text.
 *
 * @example
 * splitHeading([{ op: 'equal', value: '推进科技馆建设\n9' }, …], true, true).head // [{ op: 'equal', value: '推进科技馆建设' }]
 */
export function splitHeading(
  pieces: TextPiece[],
  oldHasHeading: boolean,
  newHasHeading: boolean,
): { head: TextPiece[]; body: TextPiece[] } {
  const head: TextPiece[] = [];
  const body: TextPiece[] = [];
  // Whether each side is still in its heading.
  let oldInHead = oldHasHeading;
  let newInHead = newHasHeading;
  /** Routes `value`, which belongs to one side (or to both, for equal text). */
  const route = (op: TextPiece['op'], value: string) => {
    const inHead = op === 'delete' ? oldInHead : newInHead;
    const bothSame = op !== 'equal' || oldInHead === newInHead;
    if (bothSame) return push(inHead ? head : body, op, value);
    // Equal text that is the heading on one side and the body on the other.
    push(head, oldInHead ? 'delete' : 'insert', value);
    push(body, oldInHead ? 'insert' : 'delete', value);
  };
  for (const piece of pieces) {
    let value = piece.value;
    // Cut the piece at the line break that ends a side's heading, if it holds one.
    while (value !== '') {
      const ending =
        (piece.op !== 'insert' && oldInHead) || (piece.op !== 'delete' && newInHead) ? value.indexOf('\n') : -1;
      if (ending === -1) {
        route(piece.op, value);
        break;
      }
      route(piece.op, value.slice(0, ending));
      if (piece.op !== 'insert') oldInHead = false;
      if (piece.op !== 'delete') newInHead = false;
      value = value.slice(ending + 1);
    }
  }
  return { head, body };
}

/** One side's text of a diff: the old (equal and deleted) or the new (equal and inserted). */
export function sideText(pieces: TextPiece[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  let text = '';
  for (const piece of pieces) if (piece.op !== skip) text += piece.value;
  return text;
}

/** Marks that end a sentence or clause, and what may close after them (as character codes: tested per character). */
const END_MARK = new Set([...'。；;！!？?'].map((ch) => ch.charCodeAt(0)));
const CLOSING = new Set([...'”"’』」）)》'].map((ch) => ch.charCodeAt(0)));
const LINE_BREAK = 10;
/** Where a sentence may end (a line break, an end mark, a closing quote): where `endsSentence` looks. */
const MAY_END = /[\n。；;！!？?”"’』」）)》]/g;

/**
 * Whether the text ends a sentence at `index`: a line break; an end mark (。；！？) with no closing
 * quote or further mark after it; or the last closing quote after one (……。”).
 */
function endsSentence(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  if (code === LINE_BREAK) return true;
  if (index + 1 < value.length) {
    const next = value.charCodeAt(index + 1);
    if (CLOSING.has(next) || END_MARK.has(next)) return false;
  }
  if (END_MARK.has(code)) return true;
  if (!CLOSING.has(code)) return false;
  let back = index - 1;
  while (back >= 0 && CLOSING.has(value.charCodeAt(back))) back--;
  return back >= 0 && END_MARK.has(value.charCodeAt(back));
}

/**
 * A run of whole sentences of a diff: unchanged (`changed` false) or holding edits.
 *
 * @example
 * const chunk: Chunk = { pieces: [{ op: 'equal', value: '全年接待观众' }, …], changed: true }
 */
export interface Chunk {
  pieces: TextPiece[];
  changed: boolean;
}

/**
 * Cuts a diff into sentences where both sides end one (after 。；！？ and their closing quotes,
 * or a line break): inside unchanged text after every sentence, and between pieces where both
 * sides have just ended one (a sentence inserted whole). A changed sentence, with whatever edits
 * run across its ends, is one chunk; each unchanged sentence is a chunk of its own.
 */
export function sentenceChunks(pieces: TextPiece[]): Chunk[] {
  const chunks: Chunk[] = [];
  let current: TextPiece[] = [];
  const cut = () => {
    if (current.length === 0) return;
    chunks.push({ pieces: current, changed: current.some((piece) => piece.op !== 'equal') });
    current = [];
  };
  // Whether each side's text so far ends a sentence (at the start: yes).
  let oldEnds = true;
  let newEnds = true;
  for (const piece of pieces) {
    if (oldEnds && newEnds) cut();
    const { op, value } = piece;
    if (op !== 'equal') {
      push(current, op, value);
      if (op === 'delete') oldEnds = endsSentence(value, value.length - 1);
      else newEnds = endsSentence(value, value.length - 1);
      continue;
    }
    let from = 0;
    MAY_END.lastIndex = 0;
    for (let found = MAY_END.exec(value); found; found = MAY_END.exec(value)) {
      const index = found.index;
      if (!endsSentence(value, index)) continue;
      push(current, 'equal', value.slice(from, index + 1));
      from = index + 1;
      cut();
    }
    push(current, 'equal', value.slice(from));
    oldEnds = newEnds = from === value.length;
  }
  cut();
  return chunks;
}

/**
 * Whether a changed chunk reads better as a pair of lines (the old sentence, then the new) than
 * merged with its edits marked: when less than half of it stayed, or when its edits are many and
 * most of it changed (a sentence rewritten, not touched up).
 */
export function readsAsPair(chunk: Chunk): boolean {
  let kept = 0;
  let deleted = 0;
  let inserted = 0;
  let edits = 0;
  let inEdit = false;
  for (const piece of chunk.pieces) {
    if (piece.op === 'equal') {
      kept += piece.value.length;
      inEdit = false;
      continue;
    }
    if (!inEdit) edits++;
    inEdit = true;
    if (piece.op === 'delete') deleted += piece.value.length;
    else inserted += piece.value.length;
  }
  if (deleted === 0 || inserted === 0) return false;
  const longer = kept + Math.max(deleted, inserted);
  return kept < 0.5 * longer || (edits > 3 && kept < 0.7 * longer);
}

/** The sentences of a text, each with its end mark and closing quotes (a line break ends one too, and is dropped). */
export function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let from = 0;
  MAY_END.lastIndex = 0;
  for (let found = MAY_END.exec(text); found; found = MAY_END.exec(text)) {
    const index = found.index;
    if (!endsSentence(text, index)) continue;
    const sentence = text.slice(from, text[index] === '\n' ? index : index + 1);
    if (sentence.trim() !== '') sentences.push(sentence);
    from = index + 1;
  }
  if (text.slice(from).trim() !== '') sentences.push(text.slice(from));
  return sentences;
}

/** The character pairs of a text with their counts (a one-character text is its own pair), and how many. */
function bigramCounts(text: string): { counts: Map<string, number>; total: number } {
  const counts = new Map<string, number>();
  if (text.length < 2) {
    if (text) counts.set(text, 1);
    return { counts, total: text ? 1 : 0 };
  }
  for (let index = 0; index + 1 < text.length; index++) {
    const pair = text.slice(index, index + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return { counts, total: text.length - 1 };
}

/** Dice's coefficient of two bigram counts. */
function dice(
  a: { counts: Map<string, number>; total: number },
  b: { counts: Map<string, number>; total: number },
): number {
  if (a.total + b.total === 0) return 0;
  const [small, large] = a.counts.size <= b.counts.size ? [a.counts, b.counts] : [b.counts, a.counts];
  let shared = 0;
  small.forEach((count, pair) => {
    const other = large.get(pair);
    if (other) shared += Math.min(count, other);
  });
  return (2 * shared) / (a.total + b.total);
}

/**
 * How alike two short texts are: Dice's coefficient over their character pairs, 0..1.
 *
 * @example
 * textSimilarity('城镇新增就业', '新增就业') // 0.75
 */
export function textSimilarity(a: string, b: string): number {
  return dice(bigramCounts(a), bigramCounts(b));
}

/**
 * Dice's coefficient over character pairs of every old sentence with every new one, as one row
 * per old sentence: the pairs are counted through an index of the new sentences' pairs (numbers,
 * not strings), so that only sentences that share a pair are ever compared.
 */
function sentenceSimilarities(before: string[], after: string[]): Float64Array {
  const columns = after.length;
  const ids = new Map<number, number>();
  // How often each pair id occurs in the sentence being profiled (reset after each).
  let tally = new Int32Array(256);
  /** Each sentence's pair ids (in the order first seen) with their counts, and how many pairs it has. */
  const profile = (text: string, add: boolean) => {
    const seen: number[] = [];
    for (let index = 0; index + 1 < text.length; index++) {
      // Two code units in one 32-bit integer (a small integer to V8, not a boxed number as a
      // product above 2^31 would be: Chinese characters are above U+8000).
      const key = (text.charCodeAt(index) << 16) | text.charCodeAt(index + 1);
      let id = ids.get(key);
      if (id === undefined) {
        if (!add) continue;
        ids.set(key, (id = ids.size));
        if (id === tally.length) {
          const larger = new Int32Array(2 * id);
          larger.set(tally);
          tally = larger;
        }
      }
      if (tally[id]++ === 0) seen.push(id);
    }
    const counts = new Int32Array(seen.length);
    for (let at = 0; at < seen.length; at++) {
      counts[at] = tally[seen[at]];
      tally[seen[at]] = 0;
    }
    return { seen, counts, total: Math.max(0, text.length - 1) };
  };
  const right = after.map((text) => profile(text, true));
  // For each pair id: the new sentences that have it, and how often.
  const postings: Array<Array<number>> = Array.from({ length: ids.size }, () => []);
  for (let column = 0; column < columns; column++) {
    const { seen, counts } = right[column];
    for (let at = 0; at < seen.length; at++) postings[seen[at]].push(column, counts[at]);
  }
  const similarity = new Float64Array(before.length * columns);
  const shared = new Float64Array(columns);
  for (let row = 0; row < before.length; row++) {
    const { seen, counts, total } = profile(before[row], false);
    shared.fill(0);
    for (let at = 0; at < seen.length; at++) {
      const count = counts[at];
      const list = postings[seen[at]];
      for (let next = 0; next < list.length; next += 2) shared[list[next]] += Math.min(count, list[next + 1]);
    }
    for (let column = 0; column < columns; column++) {
      const sum = total + right[column].total;
      if (sum > 0) similarity[row * columns + column] = (2 * shared[column]) / sum;
    }
  }
  return similarity;
}

/** Two sentences are one rewritten when they share at least this much. */
const REWRITTEN = 0.3;

/**
 * Pairs the sentences of two runs of text in order, each with the likeliest of the other (the
 * pairing of greatest total likeness that keeps the order; only pairs that share enough):
 * [old, new, likeness] for a sentence rewritten, [old, null, 0] removed, [null, new, 0] added.
 */
export function pairSentences(before: string[], after: string[]): Array<[string | null, string | null, number]> {
  const rows = before.length;
  const columns = after.length;
  const similarity = sentenceSimilarities(before, after);
  // best[i][j]: the greatest total over the first i old and j new sentences.
  const best = new Float64Array((rows + 1) * (columns + 1));
  const at = (i: number, j: number) => i * (columns + 1) + j;
  // Written out flat (no helper calls per cell): it runs once per rewritten run, mostly before V8 optimises it.
  for (let i = 1; i <= rows; i++) {
    const row = i * (columns + 1);
    const above = row - (columns + 1);
    const pairs = (i - 1) * columns - 1;
    for (let j = 1; j <= columns; j++) {
      const pair = similarity[pairs + j];
      let most = best[above + j] >= best[row + j - 1] ? best[above + j] : best[row + j - 1];
      if (pair >= REWRITTEN && best[above + j - 1] + pair > most) most = best[above + j - 1] + pair;
      best[row + j] = most;
    }
  }
  const steps: Array<[string | null, string | null, number]> = [];
  let i = rows;
  let j = columns;
  while (i > 0 || j > 0) {
    const pair = i > 0 && j > 0 ? similarity[(i - 1) * columns + (j - 1)] : 0;
    if (i > 0 && j > 0 && pair >= REWRITTEN && best[at(i, j)] === best[at(i - 1, j - 1)] + pair) {
      steps.push([before[--i], after[--j], pair]);
    } else if (j > 0 && (i === 0 || best[at(i, j)] === best[at(i, j - 1)])) steps.push([null, after[--j], 0]);
    else steps.push([before[--i], null, 0]);
  }
  return steps.reverse();
}

/**
 * A count with its thousands grouped (1,259), without the cost of a locale's number format.
 *
 * @example
 * groupDigits(1259) // '1,259'
 */
export function groupDigits(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
