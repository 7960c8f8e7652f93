/**
 * The diff for a terminal or a CI log: each changed section under its unchanged ancestors, with
 * its whole word diff wrapped to the width; unchanged sentences beyond a few around each change
 * folded (…（省略 N 字）…); a rewritten sentence as a pair of lines, the old then the new; then the
 * initiatives, deadlines and numbers that changed, each with its sentence.
 */
import type { ChangeKind, DeadlineRef, PlanDiff, SectionChange, TextPiece } from '../types.js';
import { type Painter, sectionName, sectionTitle, withContext } from './format-diff.js';
import {
  type Chunk,
  pairSentences,
  readsAsPair,
  sentenceChunks,
  sentencesOf,
  sideText,
  splitHeading,
  groupDigits,
} from './read-pieces.js';
import { type Styled, wrapStyled } from './wrap-text.js';
import { diffWords } from './word-diff.js';

/**
 * Options of the text writer.
 *
 * @example
 * formatText(diff, painter, { width: 100, context: 2 } satisfies TextOptions)
 */
export interface TextOptions {
  /** List unchanged sections too, and the text of added and removed ones. */
  all?: boolean;
  /** Say why each pair of sections was paired. */
  explain?: boolean;
  /** Columns to wrap at (default 100). */
  width?: number;
  /** Unchanged sentences shown before and after each change (default 1). */
  context?: number;
}

const SIGN: Record<ChangeKind, string> = {
  added: '+',
  removed: '-',
  modified: '~',
  renamed: '~',
  moved: '→',
  unchanged: ' ',
};

/** The number of characters of a text, line breaks and spaces left out (…（省略 N 字）…). */
const countCharacters = (text: string) => text.replace(/\s/g, '').length;

/** Writes a section's body: each part a run of styled text, or a pair of lines. */
class BodyWriter {
  readonly lines: string[] = [];
  #flow: Styled[] = [];

  constructor(
    readonly paint: Painter,
    readonly width: number,
    readonly indent: string,
  ) {}

  /** Unchanged, deleted or inserted text in the running paragraph. */
  text(op: TextPiece['op'], value: string): void {
    const { paint } = this;
    if (op === 'equal') this.#flow.push({ text: value, paint: plain });
    else {
      const mark = op === 'insert' ? ['{+', '+}'] : ['[-', '-]'];
      const colour = op === 'insert' ? paint.green : paint.red;
      // A line break inserted or deleted shows as ⏎ and breaks the line too.
      this.#flow.push({ text: `${mark[0]}${value.replace(/\n/g, '⏎\n')}${mark[1]}`, paint: colour });
    }
  }

  fold(characters: number): void {
    if (characters > 0) this.#flow.push({ text: `…（省略 ${characters} 字）…`, paint: this.paint.dim });
  }

  /** Ends the running paragraph. */
  flush(): void {
    // A paragraph break alone (between two pairs of lines) makes no line.
    if (this.#flow.every((part) => part.text.trim() === '')) {
      this.#flow = [];
      return;
    }
    this.lines.push(...wrapStyled(this.#flow, this.width, this.indent, this.indent));
    this.#flow = [];
  }

  /** A line of one side (`-` old, `+` new), its own edits marked when enough of it stayed to tell them. */
  side(sign: '-' | '+', pieces: TextPiece[], markEdits: boolean): void {
    this.flush();
    const keep = sign === '-' ? 'delete' : 'insert';
    const colour = sign === '-' ? this.paint.red : this.paint.green;
    const parts: Styled[] = [];
    const shown = pieces.filter((piece) => piece.op === 'equal' || piece.op === keep);
    for (let index = 0; index < shown.length; index++) {
      const piece = shown[index];
      // The line's own breaks stay; the ones that end or start it do not.
      let value = piece.value;
      if (index === 0) value = value.replace(/^\n+/, '');
      if (index === shown.length - 1) value = value.replace(/\n+$/, '');
      if (piece.op === 'equal' || !markEdits) parts.push({ text: value, paint: colour });
      else
        parts.push({
          text: sign === '-' ? `[-${value}-]` : `{+${value}+}`,
          paint: (text) => this.paint.bold(colour(text)),
        });
    }
    this.lines.push(...wrapStyled(parts, this.width, `${this.indent}${sign} `, `${this.indent}  `));
  }
}

const plain = (text: string) => text;

/** Whether a chunk was rewritten enough that its edits would mark most of it. */
function keptShare(chunk: Chunk): number {
  let kept = 0;
  let total = 0;
  for (const piece of chunk.pieces) {
    total += piece.value.length;
    if (piece.op === 'equal') kept += piece.value.length;
  }
  return total === 0 ? 1 : kept / total;
}

/** Below this likeness (of their character pairs) a rewritten sentence's words are not marked. */
const MARKED_LIKENESS = 0.5;

/**
 * A rewritten run of sentences: each old sentence beside the new one most like it (pairs in order),
 * as one line with its edits marked when most of it stayed, else as a pair of lines; a sentence
 * with no like one on the other side as a line of its own.
 */
function writeRewritten(writer: BodyWriter, chunk: Chunk): void {
  const before = sentencesOf(sideText(chunk.pieces, 'old'));
  const after = sentencesOf(sideText(chunk.pieces, 'new'));
  if (before.length <= 1 && after.length <= 1) {
    const mark = keptShare(chunk) >= 0.2;
    writer.side('-', chunk.pieces, mark);
    writer.side('+', chunk.pieces, mark);
    return;
  }
  for (const [old, young, likeness] of pairSentences(before, after)) {
    if (young === null) writer.side('-', [{ op: 'delete', value: old! }], false);
    else if (old === null) writer.side('+', [{ op: 'insert', value: young }], false);
    else if (likeness < MARKED_LIKENESS) {
      // Rewritten through and through: marking its words would mark nearly all of them.
      writer.side('-', [{ op: 'delete', value: old }], false);
      writer.side('+', [{ op: 'insert', value: young }], false);
    } else {
      const pieces = diffWords(old, young);
      const pair: Chunk = { pieces, changed: true };
      if (!readsAsPair(pair)) {
        writer.flush();
        for (const piece of pieces) writer.text(piece.op, piece.value);
        writer.flush();
        continue;
      }
      const mark = keptShare(pair) >= 0.2;
      writer.side('-', pieces, mark);
      writer.side('+', pieces, mark);
    }
  }
}

/**
 * Writes a diff's body: changed sentences whole (merged, or as a pair of lines), the unchanged
 * sentences around them up to `context` on each side, the rest folded.
 */
function writeBody(writer: BodyWriter, pieces: TextPiece[], context: number): void {
  const chunks = sentenceChunks(pieces);
  const changedAt = chunks.map((chunk, index) => (chunk.changed ? index : -1)).filter((index) => index !== -1);
  // Whether each unchanged chunk is within `context` of a change (sentences on either side).
  const shown = chunks.map((chunk, index) => chunk.changed || changedAt.some((at) => Math.abs(at - index) <= context));
  let folded = 0;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    if (!shown[index]) {
      folded += countCharacters(chunk.pieces.map((piece) => piece.value).join(''));
      continue;
    }
    writer.fold(folded);
    folded = 0;
    if (!chunk.changed) {
      for (const piece of chunk.pieces) writer.text('equal', piece.value);
      continue;
    }
    const inserts = chunk.pieces.some((piece) => piece.op === 'insert');
    const deletes = chunk.pieces.some((piece) => piece.op === 'delete');
    const whole = !chunk.pieces.some((piece) => piece.op === 'equal' && piece.value.trim() !== '');
    if (whole && inserts !== deletes) {
      // A sentence added or removed whole: a line of its own.
      writer.side(inserts ? '+' : '-', chunk.pieces, false);
    } else if (readsAsPair(chunk)) {
      writeRewritten(writer, chunk);
    } else {
      for (const piece of chunk.pieces) writer.text(piece.op, piece.value);
    }
  }
  writer.fold(folded);
  writer.flush();
}

/** The characters of a section's own text (its heading left out). */
function bodySize(change: SectionChange): number {
  const ref = change.new ?? change.old!;
  const text = change.text.map((piece) => piece.value).join('');
  const hasHeading = ref.role === 'section' && ref.heading.trim() !== '';
  return countCharacters(hasHeading ? text.slice(text.indexOf('\n') + 1 || text.length) : text);
}

/** The lines of one change: its row, why it was paired, and its text. */
function writeChange(lines: string[], change: SectionChange, paint: Painter, options: Required<TextOptions>): void {
  const indent = '  '.repeat(change.level - 1);
  const kind = change.kinds[0];
  const colour =
    kind === 'added' ? paint.green : kind === 'removed' ? paint.red : kind === 'unchanged' ? paint.dim : paint.yellow;
  const characters = kind === 'added' || kind === 'removed' ? bodySize(change) : 0;
  const size = characters > 0 ? `, ${groupDigits(characters)} 字` : '';
  const similarity = change.similarity !== null && kind !== 'unchanged' ? ` ${change.similarity.toFixed(2)}` : '';
  lines.push(
    ...wrapStyled(
      [
        { text: `${SIGN[kind]} ${indent}${sectionTitle(change)}`, paint: colour },
        { text: ` [${change.kinds.join(', ')}${similarity}${size}]`, paint: paint.dim },
      ],
      options.width,
      '',
      `  ${indent}  `,
    ),
  );
  const bodyIndent = `    ${indent}`;
  if (options.explain && change.match) {
    const { score, headingSimilarity, bodySimilarity, matchedBy } = change.match;
    lines.push(
      paint.dim(
        `${bodyIndent}paired by ${matchedBy}: score ${score.toFixed(2)} = heading ${headingSimilarity.toFixed(2)}, body ${bodySimilarity.toFixed(2)}${change.old ? `, was ${change.old.id}` : ''}`,
      ),
    );
  }
  const writer = new BodyWriter(paint, options.width, bodyIndent);
  const headed = (ref: SectionChange['old']) => ref !== null && ref.role === 'section' && ref.heading.trim() !== '';
  if (change.kinds.includes('modified') || change.kinds.includes('renamed')) {
    const { head, body } = splitHeading(change.text, headed(change.old), headed(change.new));
    // The heading's own diff when it changed (the row above names both headings).
    if (change.kinds.includes('renamed')) {
      for (const piece of head) writer.text(piece.op, piece.value);
      writer.flush();
    }
    if (change.kinds.includes('modified')) writeBody(writer, body, options.context);
  } else if (options.all && (kind === 'added' || kind === 'removed')) {
    const { body } = splitHeading(change.text, headed(change.old), headed(change.new));
    for (const piece of body) writer.side(kind === 'added' ? '+' : '-', [piece], false);
  }
  lines.push(...writer.lines);
}

/** When a deadline falls: by a day, a span, or as written when it has no date. */
function when(item: DeadlineRef): string {
  if (item.date) return `by ${item.date}`;
  if (item.start && item.end) return item.start === item.end ? item.start : `${item.start}..${item.end}`;
  return item.kind;
}

/** Numbers on one side only listed without --all. */
const LISTED = 12;

/** The deadlines, initiatives and numbers that changed. */
function writeLists(lines: string[], diff: PlanDiff, paint: Painter, options: Required<TextOptions>): void {
  const wrap = (parts: Styled[], sign: string) => lines.push(...wrapStyled(parts, options.width, `${sign} `, '    '));
  const dimmed = (text: string): Styled => ({ text, paint: paint.dim });
  if (diff.initiatives.added.length + diff.initiatives.removed.length > 0) {
    lines.push('', paint.bold('initiatives'));
    for (const item of diff.initiatives.added) lines.push(paint.green(`+ ${item.name} (${item.kind})`));
    for (const item of diff.initiatives.removed) lines.push(paint.red(`- ${item.name} (${item.kind})`));
  }
  const { deadlines } = diff;
  if (deadlines.changed.length + deadlines.added.length + deadlines.removed.length > 0) {
    lines.push('', paint.bold('deadlines'));
    for (const change of deadlines.changed) {
      wrap(
        [
          {
            text: `${change.old.text} → ${change.new.text} (${change.direction}: ${when(change.old)} → ${when(change.new)})`,
            paint: paint.yellow,
          },
          dimmed(change.new.section ? `  ${sectionName(change.new.section)}` : ''),
        ],
        '~',
      );
      lines.push(...sentenceDiff(change.old.sentence, change.new.sentence, paint, options.width));
    }
    for (const [sign, list, colour] of [
      ['+', deadlines.added, paint.green],
      ['-', deadlines.removed, paint.red],
    ] as const) {
      for (const item of list) {
        wrap(
          [
            { text: `${item.text} (${when(item)})`, paint: colour },
            dimmed(item.section ? `  ${sectionName(item.section)}` : ''),
          ],
          sign,
        );
        lines.push(...wrapStyled([dimmed(item.sentence)], options.width, '    ', '    '));
      }
    }
  }
  const { targets } = diff;
  if (targets.changed.length + targets.added.length + targets.removed.length > 0) {
    lines.push('', paint.bold('targets'));
    for (const target of targets.changed) {
      wrap(
        [
          {
            text: `${target.subject}${target.subject ? ' ' : ''}${target.oldText} → ${target.newText}`,
            paint: paint.yellow,
          },
          dimmed(`  ${sectionName(target.section)}`),
        ],
        '~',
      );
      lines.push(...sentenceDiff(target.oldSentence, target.newSentence, paint, options.width));
    }
    for (const [sign, list, colour] of [
      ['+', targets.added, paint.green],
      ['-', targets.removed, paint.red],
    ] as const) {
      // Numbers on one side only are many where a review was rewritten: the first few, unless --all.
      const shown = options.all ? list : list.slice(0, LISTED);
      if (shown.length < list.length)
        lines.push(
          paint.dim(
            `${sign} … ${list.length - shown.length} more ${sign === '+' ? 'added' : 'removed'} (--all lists them)`,
          ),
        );
      for (const item of shown) {
        wrap(
          [
            { text: `${item.subject}${item.subject ? ' ' : ''}${item.text}`, paint: colour },
            dimmed(`  ${sectionName(item.section)}`),
          ],
          sign,
        );
      }
    }
  }
}

/** Two sentences as one word diff, indented under their list item (nothing when they are the same). */
function sentenceDiff(before: string, after: string, paint: Painter, width: number): string[] {
  const writer = new BodyWriter(paint, width, '    ');
  for (const piece of diffWords(before, after)) writer.text(piece.op, piece.value.replace(/\n/g, ' '));
  writer.flush();
  return writer.lines;
}

/**
 * The diff as text: a header naming both plans, each change (under its unchanged ancestors) with
 * its word diff, the lists, and a summary line.
 *
 * @example
 * formatText(diffPlans(old, new), createPainter(false), { width: 80 })
 */
export function formatText(diff: PlanDiff, paint: Painter, given: TextOptions = {}): string {
  const options: Required<TextOptions> = {
    all: given.all ?? false,
    explain: given.explain ?? false,
    width: given.width ?? 100,
    context: given.context ?? 1,
  };
  const lines: string[] = [];
  const side = (plan: PlanDiff['old']) =>
    `${plan.name}${plan.title ? `  ${plan.title}` : ''}${plan.year ? ` (${plan.year})` : ''}`;
  lines.push(paint.bold(`--- ${side(diff.old)}`), paint.bold(`+++ ${side(diff.new)}`));
  // Unchanged parents are printed (dimmed) as context for the changes below them.
  for (const { change, context } of withContext(diff.changes, options.all)) {
    if (context) lines.push(paint.dim(`  ${'  '.repeat(change.level - 1)}${sectionTitle(change)}`));
    else writeChange(lines, change, paint, options);
  }
  writeLists(lines, diff, paint, options);
  const { summary } = diff;
  const kinds = (['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged'] as const)
    .map((kind) => `${summary[kind]} ${kind}`)
    .join(', ');
  lines.push(
    '',
    ...wrapStyled(
      [
        { text: 'summary: ', paint: paint.bold },
        {
          text: `${kinds}; initiatives +${summary.initiativesAdded} -${summary.initiativesRemoved}; deadlines +${summary.deadlinesAdded} -${summary.deadlinesRemoved} ~${summary.deadlinesChanged}; targets ~${summary.targetsChanged} +${summary.targetsAdded} -${summary.targetsRemoved}`,
          paint: plain,
        },
      ],
      options.width,
      '',
      '  ',
    ),
  );
  return lines.join('\n') + '\n';
}
