/**
 * Markdown for a pull-request comment, and what the writers share: the names of sections and the
 * unchanged ancestors that put each change in its place.
 */
import type { DeadlineRef, PlanDiff, SectionChange, SectionRef } from '../types.js';

export interface Painter {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

/** A section as a reader names it: its marker and heading (its id when it has neither). */
export function sectionName(ref: SectionRef | null): string {
  return ref ? `${ref.marker}${ref.heading}`.trim() || ref.id : '';
}

/** A change's title: its section's name, or both names when it was renamed or renumbered (old ⇒ new). */
export function sectionTitle(change: SectionChange): string {
  if (change.kinds.includes('added')) return sectionName(change.new);
  if (change.kinds.includes('removed')) return sectionName(change.old);
  const before = sectionName(change.old);
  const after = sectionName(change.new);
  return before === after ? after : `${before} ⇒ ${after}`;
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
    `| ${summary.added} | ${summary.removed} | ${summary.modified} | ${summary.renamed} | ${summary.moved} | ${summary.unchanged} | +${summary.initiativesAdded} −${summary.initiativesRemoved} | +${summary.deadlinesAdded} −${summary.deadlinesRemoved} ~${summary.deadlinesChanged} | ~${summary.targetsChanged} +${summary.targetsAdded} −${summary.targetsRemoved} |`,
    '',
  );
  if (diff.changes.some((change) => change.kinds[0] !== 'unchanged')) {
    out.push('#### Sections', '');
    for (const { change, context } of withContext(diff.changes)) {
      const indent = '  '.repeat(change.level - 1);
      if (context) {
        out.push(`${indent}- ${escapeMarkdown(sectionTitle(change))}`);
        continue;
      }
      out.push(`${indent}- **${change.kinds.join(', ')}** ${escapeMarkdown(sectionTitle(change))}`);
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
    const when = (item: DeadlineRef) =>
      item.date ?? (item.start && item.end ? `${item.start}..${item.end}` : item.kind);
    const where = (item: DeadlineRef) => (item.section ? `, ${escapeMarkdown(sectionName(item.section))}` : '');
    for (const change of diff.deadlines.changed)
      out.push(
        `- ${escapeMarkdown(change.old.text)} → ${escapeMarkdown(change.new.text)} (${change.direction}: ${when(change.old)} → ${when(change.new)}${where(change.new)}): ${escapeMarkdown(change.new.sentence)}`,
      );
    for (const item of diff.deadlines.added)
      out.push(`- ➕ ${escapeMarkdown(item.text)} (${when(item)}${where(item)}): ${escapeMarkdown(item.sentence)}`);
    for (const item of diff.deadlines.removed)
      out.push(`- ➖ ${escapeMarkdown(item.text)} (${when(item)}${where(item)}): ${escapeMarkdown(item.sentence)}`);
    out.push('');
  }
  const { targets } = diff;
  if (targets.changed.length + targets.added.length + targets.removed.length > 0) {
    out.push('#### Targets', '');
    for (const target of targets.changed)
      out.push(
        `- ${escapeMarkdown(target.subject)} ${escapeMarkdown(target.oldText)} → ${escapeMarkdown(target.newText)} (${escapeMarkdown(sectionName(target.section))}): ${escapeMarkdown(target.newSentence)}`,
      );
    for (const [mark, list] of [
      ['➕', targets.added],
      ['➖', targets.removed],
    ] as const)
      for (const item of list)
        out.push(
          `- ${mark} ${escapeMarkdown(item.subject)} ${escapeMarkdown(item.text)} (${escapeMarkdown(sectionName(item.section))})`,
        );
    out.push('');
  }
  return out.join('\n');
}
