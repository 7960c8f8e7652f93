/**
 * kepu diff: what changed between two plans, section by section (added, removed, renamed,
 * modified, moved, unchanged), with the initiatives, deadlines and numeric targets that changed.
 */
import type {
  Attachment,
  ChangeKind,
  DeadlineChange,
  DeadlineRef,
  Document,
  InitiativeRef,
  PlanDiff,
  SectionChange,
  TargetChange,
} from '../types.js';
import { type PlanNode, type DiffOptions, planView, type PlanView, weighTerms } from './plan-view.js';
import { alignSections, isPseudo, movedWithinParent, type Alignment } from './align-sections.js';
import { diffWords } from './word-diff.js';
import { extractDeadlines, type Deadline } from '../passes/extract-deadlines.js';
import { extractInitiatives } from '../passes/extract-initiatives.js';
import { initiativeKey } from '../passes/initiative-kinds.js';
import { addMonths, fromIso, toIso } from '../time/calendar.js';

export type { DiffOptions } from './plan-view.js';

/** A section's own text for the word diff: its heading (not for the letter or lead-in) and its paragraphs. */
function textForDiff(node: PlanNode): string {
  return [isPseudo(node) ? '' : node.normalHeading, node.normalOwn].filter(Boolean).join('\n');
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A pair's explanation, rounded for output. */
function explain(alignment: Alignment, a: PlanNode): SectionChange['match'] {
  const score = alignment.scores.get(a)!;
  return {
    score: round(score.score),
    headingSimilarity: round(score.headingSimilarity),
    bodySimilarity: round(score.bodySimilarity),
    matchedBy: score.matchedBy,
  };
}

/** The change entries, in the new plan's order, each removed section after its old predecessor. */
function listChanges(oldView: PlanView, newView: PlanView, alignment: Alignment): SectionChange[] {
  // Moves: out of order among siblings, or under another parent.
  const moved = new Set<PlanNode>();
  const groups = new Map<PlanNode | null, Array<[PlanNode, PlanNode]>>();
  for (const [a, b] of alignment.forward) {
    const oldParentMatch = a.parent ? (alignment.forward.get(a.parent) ?? null) : null;
    if ((a.parent === null) !== (b.parent === null) || (a.parent !== null && oldParentMatch !== b.parent)) {
      moved.add(b);
      continue;
    }
    const list = groups.get(b.parent) ?? [];
    list.push([a, b]);
    groups.set(b.parent, list);
  }
  for (const pairs of groups.values()) for (const node of movedWithinParent(pairs)) moved.add(node);

  const changes: SectionChange[] = [];
  const emitRemoved = (node: PlanNode) => {
    changes.push({
      kinds: ['removed'],
      level: node.level,
      old: node.ref,
      new: null,
      similarity: null,
      match: null,
      text: textForDiff(node) ? [{ op: 'delete', value: textForDiff(node) }] : [],
    });
    for (const child of node.children) if (!alignment.forward.has(child)) emitRemoved(child);
  };
  // Removed sections, keyed by the matched old sibling they follow (or their parent, when first).
  const removedAfter = new Map<PlanNode | null, PlanNode[]>();
  const removedFirstIn = new Map<PlanNode | null, PlanNode[]>();
  // The nearest matched sibling before each old node, in one pass over each list of siblings.
  const matchedBefore = new Map<PlanNode, PlanNode | null>();
  for (const siblings of [oldView.roots, ...oldView.all.map((node) => node.children)]) {
    let last: PlanNode | null = null;
    for (const node of siblings) {
      matchedBefore.set(node, last);
      if (alignment.forward.has(node)) last = node;
    }
  }
  const anchorOf = (node: PlanNode): void => {
    const sibling = matchedBefore.get(node) ?? null;
    if (sibling) {
      const list = removedAfter.get(sibling) ?? [];
      list.push(node);
      removedAfter.set(sibling, list);
      return;
    }
    const parentMatch = node.parent ? (alignment.forward.get(node.parent) ?? null) : null;
    const list = removedFirstIn.get(parentMatch) ?? [];
    list.push(node);
    removedFirstIn.set(parentMatch, list);
  };
  for (const node of oldView.all) {
    if (alignment.forward.has(node)) continue;
    if (node.parent && !alignment.forward.has(node.parent)) continue; // emitted with its removed parent
    anchorOf(node);
  }

  const visit = (nodes: PlanNode[], parent: PlanNode | null) => {
    for (const node of removedFirstIn.get(parent) ?? []) emitRemoved(node);
    for (const b of nodes) {
      const a = alignment.backward.get(b);
      if (!a) {
        changes.push({
          kinds: ['added'],
          level: b.level,
          old: null,
          new: b.ref,
          similarity: null,
          match: null,
          text: textForDiff(b) ? [{ op: 'insert', value: textForDiff(b) }] : [],
        });
      } else {
        const kinds: ChangeKind[] = [];
        if (a.normalHeading !== b.normalHeading) kinds.push('renamed');
        if (a.normalOwn !== b.normalOwn) kinds.push('modified');
        if (moved.has(b)) kinds.push('moved');
        if (kinds.length === 0) kinds.push('unchanged');
        const changed = kinds[0] !== 'unchanged' && (kinds.includes('renamed') || kinds.includes('modified'));
        changes.push({
          kinds,
          level: b.level,
          old: a.ref,
          new: b.ref,
          similarity: round(alignment.scores.get(a)!.score),
          match: explain(alignment, a),
          text: changed ? diffWords(textForDiff(a), textForDiff(b)) : [],
        });
      }
      visit(b.children, b);
      if (a) for (const node of removedAfter.get(a) ?? []) emitRemoved(node);
    }
  };
  visit(newView.roots, null);
  // Removed sections whose anchor is a removed or unplaced root.
  const emitted = new Set(changes.map((change) => change.old));
  for (const node of removedFirstIn.get(null) ?? []) if (!emitted.has(node.ref)) emitRemoved(node);
  return changes;
}

/** The attachment whose span holds an offset, or null for the document's own body. */
function attachmentAt(document: Document, offset: number): Attachment | null {
  for (const node of document.children) {
    if (node.type === 'attachment' && node.position.start.offset <= offset && offset < node.position.end.offset)
      return node;
  }
  return null;
}

/** The node a deadline sits in: its section in the same container, else the container's own node. */
function nodeOfDeadline(view: PlanView, document: Document, deadline: Deadline): PlanNode | null {
  const container = attachmentAt(document, deadline.position.start.offset);
  const inContainer = view.all.filter((node) => node.container === container);
  if (deadline.sectionId !== null) {
    // With --levels, a deeper section counts as its nearest compared ancestor.
    const parts = deadline.sectionId.split('.');
    for (let length = parts.length; length > 0; length--) {
      const id = parts.slice(0, length).join('.');
      const found = inContainer.find((node) => node.ref.id === id && !isPseudo(node));
      if (found) return found;
    }
  }
  // Outside any section: the letter, the plan's lead-in, or the attachment's own node.
  if (container === view.plan) return view.roots.find((node) => node.ref.role === 'lead-in') ?? null;
  if (container === null) return view.roots.find((node) => node.ref.role === 'letter') ?? null;
  return inContainer.find((node) => isPseudo(node)) ?? null;
}

function deadlineRef(deadline: Deadline, node: PlanNode | null): DeadlineRef {
  return {
    text: deadline.text,
    kind: deadline.kind,
    start: deadline.start,
    end: deadline.end,
    date: deadline.date,
    section: node?.ref ?? null,
  };
}

function groupDeadlines(view: PlanView, document: Document): Map<PlanNode | null, Deadline[]> {
  const groups = new Map<PlanNode | null, Deadline[]>();
  for (const deadline of extractDeadlines(document).deadlines) {
    if (deadline.context === 'title' || deadline.context === 'cited-title') continue;
    // 2023年是……: a mention of the plan's whole year is not a time limit.
    if (
      deadline.kind === 'date' &&
      deadline.start?.slice(5) === '01-01' &&
      deadline.end?.slice(5) === '12-31' &&
      deadline.start.slice(0, 4) === deadline.end.slice(0, 4)
    )
      continue;
    const node = nodeOfDeadline(view, document, deadline);
    if (!node && view.plan) continue;
    const list = groups.get(node) ?? [];
    list.push(deadline);
    groups.set(node, list);
  }
  return groups;
}

/** Moves an ISO date by whole years (29 February becomes 28 February when needed). */
function shiftYears(date: string, years: number): string {
  return !date || years === 0 ? date : toIso(addMonths(fromIso(date), 12 * years));
}

/** Deadlines added, removed and changed, per matched section. */
function diffDeadlines(
  oldView: PlanView,
  newView: PlanView,
  oldDocument: Document,
  newDocument: Document,
  alignment: Alignment,
): PlanDiff['deadlines'] {
  const oldGroups = groupDeadlines(oldView, oldDocument);
  const newGroups = groupDeadlines(newView, newDocument);
  const result: PlanDiff['deadlines'] = { added: [], removed: [], changed: [] };
  const years = oldView.year !== null && newView.year !== null ? newView.year - oldView.year : 0;
  const seenNew = new Set<PlanNode | null>();
  for (const [oldNode, oldList] of oldGroups) {
    const newNode = oldNode ? (alignment.forward.get(oldNode) ?? null) : null;
    const newList = newNode || oldNode === null ? [...(newGroups.get(newNode) ?? [])] : [];
    if (newNode || oldNode === null) seenNew.add(newNode);
    const remaining = [...oldList];
    // Same words, same deadline (年底前 in both years is not a change).
    for (const deadline of [...remaining]) {
      const same = newList.findIndex((other) => other.text === deadline.text);
      if (same !== -1) {
        newList.splice(same, 1);
        remaining.splice(remaining.indexOf(deadline), 1);
      }
    }
    for (const deadline of remaining) {
      const counterpart = newList.findIndex((other) => other.kind === deadline.kind);
      if (counterpart === -1) {
        result.removed.push(deadlineRef(deadline, oldNode));
        continue;
      }
      const [other] = newList.splice(counterpart, 1);
      // Year over year, a limit is compared at the same point of its plan's year: 9月12日 in 2022's
      // plan and 7月27日 in 2023's is brought forward, though 2023-07-27 comes later.
      const before = shiftYears(deadline.date ?? deadline.end ?? '', years);
      const after = other.date ?? other.end ?? '';
      const direction: DeadlineChange['direction'] =
        after > before ? 'extended' : after < before ? 'brought-forward' : 'reworded';
      result.changed.push({ old: deadlineRef(deadline, oldNode), new: deadlineRef(other, newNode), direction });
    }
    for (const deadline of newList) result.added.push(deadlineRef(deadline, newNode));
  }
  for (const [newNode, newList] of newGroups) {
    if (seenNew.has(newNode)) continue;
    for (const deadline of newList) result.added.push(deadlineRef(deadline, newNode));
  }
  return result;
}

// 100场, 1.5万人次, 30%, 200公里 — a number with the unit it counts.
const TARGET =
  /([0-9]+(?:\.[0-9]+)?)\s*(万人次|万人|人次|场次|万元|亿元|万|亿)?(场|个|次|人|家|所|项|件|名|部|%|％|公里|千米|条|座|处|期|批|种|套|台|份|册|篇|小时|学时|元)?/g;

function targetsOf(text: string): Array<{ unit: string; value: number; text: string }> {
  const found: Array<{ unit: string; value: number; text: string }> = [];
  for (const match of text.matchAll(TARGET)) {
    const unit = (match[2] ?? '') + (match[3] ?? '');
    if (!unit) continue;
    const next = text[match.index! + match[0].length] ?? '';
    if (/[年月日号]/.test(next) || /[年月日]$/.test(unit)) continue;
    found.push({ unit, value: Number(match[1]), text: match[0] });
  }
  return found;
}

/** Numeric targets that changed in matched sections: 100场 → 150场. */
function diffTargets(alignment: Alignment): TargetChange[] {
  const changes: TargetChange[] = [];
  // In the new plan's order.
  const pairs = [...alignment.forward].sort((x, y) => x[1].ref.line - y[1].ref.line);
  for (const [a, b] of pairs) {
    // A one-sentence item (（1）建设精品道路300条。) holds its target in the heading.
    const beforeText = textForDiff(a);
    const afterText = textForDiff(b);
    if (beforeText === afterText) continue;
    const before = targetsOf(beforeText);
    const after = targetsOf(afterText);
    const byUnit = (list: typeof before) => {
      const map = new Map<string, typeof before>();
      for (const item of list) {
        const same = map.get(item.unit);
        if (same) same.push(item);
        else map.set(item.unit, [item]);
      }
      return map;
    };
    const afterByUnit = byUnit(after);
    for (const [unit, list] of byUnit(before)) {
      const others = afterByUnit.get(unit) ?? [];
      // Only where the same unit occurs as often in both: then the n-th is the n-th.
      if (others.length !== list.length) continue;
      list.forEach((item, index) => {
        if (item.value !== others[index].value)
          changes.push({
            unit,
            old: item.value,
            new: others[index].value,
            oldText: item.text,
            newText: others[index].text,
            section: b.ref,
          });
      });
    }
  }
  return changes;
}

function diffInitiatives(
  oldView: PlanView,
  newView: PlanView,
  oldDocument: Document,
  newDocument: Document,
): PlanDiff['initiatives'] {
  const titles = new Set(
    [oldView.title, newView.title, oldDocument.meta.title, newDocument.meta.title]
      .filter((title): title is string => Boolean(title))
      .map(initiativeKey),
  );
  const collect = (document: Document, view: PlanView) => {
    const map = new Map<string, { name: string; kind: string; count: number }>();
    for (const initiative of extractInitiatives(document).initiatives) {
      if (titles.has(initiative.key) || initiative.kind === 'formulation' || initiative.kind === 'period') continue;
      const occurrences = initiative.occurrences.filter((occurrence) =>
        view.plan
          ? occurrence.attachment === view.plan.index ||
            (occurrence.attachment === null && view.roots.some((node) => node.ref.role === 'letter'))
          : true,
      );
      if (occurrences.length === 0) continue;
      map.set(initiative.key, { name: initiative.name, kind: initiative.kind, count: occurrences.length });
    }
    return map;
  };
  const before = collect(oldDocument, oldView);
  const after = collect(newDocument, newView);
  const result: PlanDiff['initiatives'] = { added: [], removed: [], kept: [] };
  for (const [key, item] of after) {
    const old = before.get(key);
    if (old)
      result.kept.push({
        key,
        name: item.name,
        kind: item.kind,
        oldCount: old.count,
        newCount: item.count,
      } satisfies InitiativeRef);
    else result.added.push({ key, name: item.name, kind: item.kind, newCount: item.count });
  }
  for (const [key, item] of before)
    if (!after.has(key)) result.removed.push({ key, name: item.name, kind: item.kind, oldCount: item.count });
  return result;
}

/** Compares two plans. */
export function diffPlans(oldDocument: Document, newDocument: Document, options: DiffOptions = {}): PlanDiff {
  // One table of subtree identities for both plans, so that identical sections get equal numbers.
  const identities = new Map<string, number>();
  let oldView = planView(oldDocument, options, identities);
  let newView = planView(newDocument, options, identities);
  // A forwarding letter on one side only (a forwarded plan against a bare one) is not a change of the plan.
  const hasLetter = (view: PlanView) => view.roots.some((node) => node.ref.role === 'letter');
  if (hasLetter(oldView) !== hasLetter(newView)) {
    oldView = planView(oldDocument, { ...options, ignoreLetter: true }, identities);
    newView = planView(newDocument, { ...options, ignoreLetter: true }, identities);
  }
  weighTerms([oldView, newView]);
  const alignment = alignSections(oldView.roots, newView.roots, oldView.all, newView.all);
  const changes = listChanges(oldView, newView, alignment);
  const deadlines = diffDeadlines(oldView, newView, oldDocument, newDocument, alignment);
  const initiatives = diffInitiatives(oldView, newView, oldDocument, newDocument);
  const targets = diffTargets(alignment);
  const summary: PlanDiff['summary'] = {
    unchanged: 0,
    renamed: 0,
    modified: 0,
    moved: 0,
    added: 0,
    removed: 0,
    initiativesAdded: initiatives.added.length,
    initiativesRemoved: initiatives.removed.length,
    deadlinesAdded: deadlines.added.length,
    deadlinesRemoved: deadlines.removed.length,
    deadlinesChanged: deadlines.changed.length,
    targetsChanged: targets.length,
  };
  for (const change of changes) for (const kind of change.kinds) summary[kind]++;
  const describe = (view: PlanView) => ({ name: view.name, year: view.year, title: view.title });
  return { old: describe(oldView), new: describe(newView), summary, changes, initiatives, deadlines, targets };
}

/** Whether a diff found any difference at all. */
export function hasDifferences(diff: PlanDiff): boolean {
  return (
    diff.changes.some((change) => change.kinds[0] !== 'unchanged') ||
    diff.initiatives.added.length +
      diff.initiatives.removed.length +
      diff.deadlines.added.length +
      diff.deadlines.removed.length +
      diff.deadlines.changed.length +
      diff.targets.length >
      0
  );
}
