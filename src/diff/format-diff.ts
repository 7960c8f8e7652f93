/** Writers for kepu diff: a terminal outline, Markdown for a pull-request comment, and JSON. */
import type { ChangeKind, PlanDiff, SectionChange, SectionRef, TextPiece } from '../types.js';

export interface Painter {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const SIGN: Record<ChangeKind, string> = {
  added: '+',
  removed: '-',
  modified: '~',
  renamed: '~',
  moved: '→',
  unchanged: ' ',
};

function name(ref: SectionRef | null): string {
  return ref ? `${ref.marker}${ref.heading}`.trim() || ref.id : '';
}

function title(change: SectionChange): string {
  if (change.kinds.includes('added')) return name(change.new);
  if (change.kinds.includes('removed')) return name(change.old);
  const before = name(change.old);
  const after = name(change.new);
  return before === after ? after : `${before} ⇒ ${after}`;
}

function inline(pieces: TextPiece[], paint: Painter, limit: number): string {
  const shown = pieces.map((piece) => {
    const value = piece.value.replace(/\n/g, '⏎');
    if (piece.op === 'equal') return value.length > 24 ? `${value.slice(0, 10)}…${value.slice(-10)}` : value;
    return piece.op === 'insert' ? paint.green(`{+${value}+}`) : paint.red(`[-${value}-]`);
  });
  const text = shown.join('');
  return text.length > limit * 3 ? text.slice(0, limit * 3) + '…' : text;
}

/**
 * The changes to show, in order, each preceded by its unchanged ancestors not shown yet (as
 * `context`), so that every change appears under its own parent in every format.
 */
export function* withContext(
  changes: SectionChange[],
  all = false,
): Generator<{ change: SectionChange; context: boolean }> {
  const ancestors: Array<SectionChange | undefined> = [];
  const shown = new Set<SectionChange>();
  for (const change of changes) {
    ancestors.length = change.level - 1;
    if (change.kinds[0] === 'unchanged' && !all) {
      ancestors[change.level - 1] = change;
      continue;
    }
    for (const ancestor of ancestors) {
      if (!ancestor || shown.has(ancestor)) continue;
      shown.add(ancestor);
      yield { change: ancestor, context: true };
    }
    shown.add(change);
    ancestors[change.level - 1] = change;
    yield { change, context: false };
  }
}

/** The outline of the changes, for a terminal. */
export function formatText(diff: PlanDiff, paint: Painter, options: { all?: boolean; explain?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(paint.bold(`--- ${diff.old.name}${diff.old.year ? ` (${diff.old.year})` : ''}`));
  lines.push(paint.bold(`+++ ${diff.new.name}${diff.new.year ? ` (${diff.new.year})` : ''}`));
  // Unchanged parents are printed (dimmed) as context for the changes below them.
  for (const { change, context } of withContext(diff.changes, options.all)) {
    if (context) {
      lines.push(paint.dim(`  ${'  '.repeat(change.level - 1)}${title(change)}`));
      continue;
    }
    const indent = '  '.repeat(change.level - 1);
    const sign = SIGN[change.kinds[0]];
    const colour =
      change.kinds[0] === 'added'
        ? paint.green
        : change.kinds[0] === 'removed'
          ? paint.red
          : change.kinds[0] === 'unchanged'
            ? paint.dim
            : paint.yellow;
    const kinds = paint.dim(
      `[${change.kinds.join(', ')}${change.similarity !== null && change.kinds[0] !== 'unchanged' ? ` ${change.similarity.toFixed(2)}` : ''}]`,
    );
    lines.push(`${colour(`${sign} ${indent}${title(change)}`)} ${kinds}`);
    if (options.explain && change.match) {
      const { score, headingSimilarity, bodySimilarity, matchedBy } = change.match;
      lines.push(
        paint.dim(
          `    ${indent}paired by ${matchedBy}: score ${score.toFixed(2)} = heading ${headingSimilarity.toFixed(2)}, body ${bodySimilarity.toFixed(2)}${change.old ? `, was ${change.old.id}` : ''}`,
        ),
      );
    }
    if (change.kinds.includes('modified') || change.kinds.includes('renamed'))
      lines.push(`    ${indent}${inline(change.text, paint, 80)}`);
  }
  const { summary } = diff;
  const section = (['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged'] as const)
    .map((kind) => `${summary[kind]} ${kind}`)
    .join(', ');
  if (diff.initiatives.added.length + diff.initiatives.removed.length > 0) {
    lines.push('', paint.bold('initiatives'));
    for (const item of diff.initiatives.added) lines.push(paint.green(`+ ${item.name} (${item.kind})`));
    for (const item of diff.initiatives.removed) lines.push(paint.red(`- ${item.name} (${item.kind})`));
  }
  if (diff.deadlines.changed.length + diff.deadlines.added.length + diff.deadlines.removed.length > 0) {
    lines.push('', paint.bold('deadlines'));
    const when = (item: { date: string | null; end: string | null }) => item.date ?? item.end ?? '?';
    for (const change of diff.deadlines.changed)
      lines.push(
        paint.yellow(
          `~ ${change.old.text} → ${change.new.text} (${change.direction}: ${when(change.old)} → ${when(change.new)}${change.new.section ? `, ${name(change.new.section)}` : ''})`,
        ),
      );
    for (const item of diff.deadlines.added)
      lines.push(
        paint.green(
          `+ ${item.text}${item.date ? ` (by ${item.date})` : ''}${item.section ? `, ${name(item.section)}` : ''}`,
        ),
      );
    for (const item of diff.deadlines.removed)
      lines.push(paint.red(`- ${item.text}${item.section ? `, ${name(item.section)}` : ''}`));
  }
  if (diff.targets.length > 0) {
    lines.push('', paint.bold('targets'));
    for (const target of diff.targets)
      lines.push(paint.yellow(`~ ${target.oldText} → ${target.newText} (${name(target.section)})`));
  }
  lines.push(
    '',
    paint.bold('summary: ') +
      `${section}; initiatives +${summary.initiativesAdded} -${summary.initiativesRemoved}; deadlines +${summary.deadlinesAdded} -${summary.deadlinesRemoved} ~${summary.deadlinesChanged}; targets ~${summary.targetsChanged}`,
  );
  return lines.join('\n') + '\n';
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|~#])/g, '\\$1').replace(/\n/g, ' ');
}

/** Markdown for a pull-request comment: a summary table, then the changed sections. */
export function formatMarkdown(diff: PlanDiff): string {
  const { summary } = diff;
  const out: string[] = [];
  out.push(
    `### kepu diff: ${escapeMarkdown(diff.old.title ?? diff.old.name)} → ${escapeMarkdown(diff.new.title ?? diff.new.name)}`,
    '',
  );
  out.push(
    '| added | removed | modified | renamed | moved | unchanged | initiatives | deadlines | targets |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  out.push(
    `| ${summary.added} | ${summary.removed} | ${summary.modified} | ${summary.renamed} | ${summary.moved} | ${summary.unchanged} | +${summary.initiativesAdded} −${summary.initiativesRemoved} | +${summary.deadlinesAdded} −${summary.deadlinesRemoved} ~${summary.deadlinesChanged} | ~${summary.targetsChanged} |`,
    '',
  );
  if (diff.changes.some((change) => change.kinds[0] !== 'unchanged')) {
    out.push('#### Sections', '');
    for (const { change, context } of withContext(diff.changes)) {
      const indent = '  '.repeat(change.level - 1);
      if (context) {
        out.push(`${indent}- ${escapeMarkdown(title(change))}`);
        continue;
      }
      out.push(`${indent}- **${change.kinds.join(', ')}** ${escapeMarkdown(title(change))}`);
      if (change.kinds.includes('modified') || change.kinds.includes('renamed')) {
        const text = change.text
          .map((piece) =>
            piece.op === 'equal'
              ? escapeMarkdown(piece.value)
              : piece.op === 'insert'
                ? `<ins>${escapeMarkdown(piece.value)}</ins>`
                : `<del>${escapeMarkdown(piece.value)}</del>`,
          )
          .join('');
        out.push(`${indent}  > ${text}`);
      }
    }
    out.push('');
  }
  if (diff.initiatives.added.length + diff.initiatives.removed.length > 0) {
    out.push('#### Initiatives', '');
    for (const item of diff.initiatives.added) out.push(`- ➕ ${escapeMarkdown(item.name)} (${item.kind})`);
    for (const item of diff.initiatives.removed) out.push(`- ➖ ${escapeMarkdown(item.name)} (${item.kind})`);
    out.push('');
  }
  if (diff.deadlines.changed.length + diff.deadlines.added.length + diff.deadlines.removed.length > 0) {
    out.push('#### Deadlines', '');
    for (const change of diff.deadlines.changed)
      out.push(`- ${escapeMarkdown(change.old.text)} → ${escapeMarkdown(change.new.text)} (${change.direction})`);
    for (const item of diff.deadlines.added) out.push(`- ➕ ${escapeMarkdown(item.text)}`);
    for (const item of diff.deadlines.removed) out.push(`- ➖ ${escapeMarkdown(item.text)}`);
    out.push('');
  }
  if (diff.targets.length > 0) {
    out.push('#### Targets', '');
    for (const target of diff.targets)
      out.push(
        `- ${escapeMarkdown(target.oldText)} → ${escapeMarkdown(target.newText)} (${escapeMarkdown(name(target.section))})`,
      );
    out.push('');
  }
  return out.join('\n');
}
