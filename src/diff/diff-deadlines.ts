/**
 * Deadlines of two plans compared per aligned section: the same words (as the --ignore options
 * compare them) are the same deadline; others pair by kind, in order, and are extended, brought
 * forward or reworded, judged at the same point of each plan's year.
 */
import type { Attachment, DeadlineChange, DeadlineRef, Document, PlanDiff } from '../types.js';
import type { PlanNode, PlanView } from './plan-view.js';
import { isPseudo, type Alignment } from './align-sections.js';
import { extractDeadlines, type Deadline as FullDeadline } from '../passes/extract-deadlines.js';
import { addMonths, fromIso, toIso } from '../time/calendar.js';
import { sourceOf } from '../source-of.js';
import { sentenceAround } from './diff-targets.js';
import { planYearOf } from '../passes/plan-year.js';

/**
 * The words of a deadline with its plan's own year written as a placeholder: 2023年底前 and 2024年底前 of two
 * yearly plans are the same deadline.
 */
function wordsOf(text: string, year: number | null, normalize: (text: string) => string): string {
  if (year === null) return normalize(text);
  // The year as written in either width (2023, ２０２３): the comparison's options decide the rest.
  const wide = String(year).replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
  return normalize(text.split(String(year)).join('〈年〉').split(wide).join('〈年〉'));
}

/**
 * What the diff reads of a deadline (what a worker thread sends back, a part of the pass's record).
 *
 * @example
 * const facts: DeadlineFacts = extractDeadlines(tree).deadlines[0]
 */
export type DeadlineFacts = Pick<
  FullDeadline,
  'text' | 'kind' | 'start' | 'end' | 'date' | 'context' | 'sectionId' | 'position'
>;
type Deadline = DeadlineFacts;

/**
 * The deadlines of a plan as the diff compares them: the deadlines pass's, resolved against the
 * year and day given for the plan, and only those the pass lists as actions (role `action`): the
 * document's own date, past events, forecasts, years used as names and cited titles are facts or
 * labels, not duties that a plan can add or remove (../shared/docs/circulars.md §4).
 *
 * @example
 * deadlineFacts(tree, { year: 2019 })[0].date // '2019-…'
 */
export function deadlineFacts(document: Document, reference: { year?: number; date?: string } = {}): DeadlineFacts[] {
  return extractDeadlines(document, { referenceYear: reference.year, referenceDate: reference.date })
    .deadlines.filter((deadline) => deadline.role === 'action')
    .map(({ text, kind, start, end, date, context, sectionId, position }) => ({
      text,
      kind,
      start,
      end,
      date,
      context,
      sectionId,
      position,
    }));
}

/** The attachment whose span holds an offset, or null for the document's own body. */
function attachmentAt(document: Document, offset: number): Attachment | null {
  for (const node of document.children) {
    if (node.type === 'attachment' && node.position.start.offset <= offset && offset < node.position.end.offset)
      return node;
  }
  return null;
}

/** Finds the node a deadline sits in, from an index of the view's nodes by container and id (built once). */
function nodeFinder(view: PlanView, document: Document): (deadline: Deadline) => PlanNode | null {
  const byContainer = new Map<Attachment | null, { sections: Map<string, PlanNode>; own: PlanNode | null }>();
  for (const node of view.all) {
    let entry = byContainer.get(node.container);
    if (!entry) byContainer.set(node.container, (entry = { sections: new Map(), own: null }));
    if (isPseudo(node)) entry.own ??= node;
    else if (!entry.sections.has(node.ref.id)) entry.sections.set(node.ref.id, node);
  }
  const leadIn = view.roots.find((node) => node.ref.role === 'lead-in') ?? null;
  const letter = view.roots.find((node) => node.ref.role === 'letter') ?? null;
  const closing = view.roots.find((node) => node.ref.role === 'closing') ?? null;
  return (deadline) => {
    const container = attachmentAt(document, deadline.position.start.offset);
    // The closing passages are the last section's paragraphs in the tree, and a node of their own here.
    if (closing && container === view.plan && deadline.position.start.line >= closing.ref.line) return closing;
    const entry = byContainer.get(container);
    if (deadline.sectionId !== null && entry) {
      // With --levels, a deeper section counts as its nearest compared ancestor.
      const parts = deadline.sectionId.split('.');
      for (let length = parts.length; length > 0; length--) {
        const found = entry.sections.get(parts.slice(0, length).join('.'));
        if (found) return found;
      }
    }
    // Outside any section: the letter, the plan's lead-in, or the attachment's own node.
    if (container === view.plan) return leadIn;
    if (container === null) return letter;
    return entry?.own ?? null;
  };
}

/** A deadline as the diff lists it, with the sentence it stands in (from the source, when the tree has one). */
function deadlineRef(deadline: Deadline, node: PlanNode | null, source: string | undefined): DeadlineRef {
  const { start, end } = deadline.position;
  const sentence =
    source !== undefined && source.slice(start.offset, end.offset) === deadline.text
      ? sentenceAround(source, start.offset, end.offset)
      : deadline.text;
  return {
    text: deadline.text,
    kind: deadline.kind,
    start: deadline.start,
    end: deadline.end,
    date: deadline.date,
    sentence,
    section: node?.ref ?? null,
  };
}

/** The deadlines to act on (cited titles, labels and year mentions are not), by the node they sit in. */
function groupDeadlines(view: PlanView, document: Document, list: Deadline[]): Map<PlanNode | null, Deadline[]> {
  const groups = new Map<PlanNode | null, Deadline[]>();
  // The index of the view's nodes is built for the first deadline: a plan may have none.
  let nodeOf: ((deadline: Deadline) => PlanNode | null) | undefined;
  for (const deadline of list) {
    if (deadline.context === 'title') continue;
    const node = (nodeOf ??= nodeFinder(view, document))(deadline);
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
export function diffDeadlines(
  oldView: PlanView,
  newView: PlanView,
  oldDocument: Document,
  newDocument: Document,
  alignment: Alignment,
  lists: [DeadlineFacts[], DeadlineFacts[]] = [
    deadlineFacts(oldDocument, oldView.reference),
    deadlineFacts(newDocument, newView.reference),
  ],
): PlanDiff['deadlines'] {
  const oldGroups = groupDeadlines(oldView, oldDocument, lists[0]);
  const newGroups = groupDeadlines(newView, newDocument, lists[1]);
  const oldSource = sourceOf(oldDocument)?.text;
  const newSource = sourceOf(newDocument)?.text;
  const result: PlanDiff['deadlines'] = { added: [], removed: [], changed: [] };
  // Each plan's own year: its title's, 发文字号's or date's, else the one its text gives (一、2018年工作回顾 → 2019).
  const oldYear = oldView.year ?? planYearOf(oldDocument).year;
  const newYear = newView.year ?? planYearOf(newDocument).year;
  const years = oldYear !== null && newYear !== null ? newYear - oldYear : 0;
  const seenNew = new Set<PlanNode | null>();
  for (const [oldNode, oldList] of oldGroups) {
    const newNode = oldNode ? (alignment.forward.get(oldNode) ?? null) : null;
    const newList = newNode || oldNode === null ? (newGroups.get(newNode) ?? []) : [];
    if (newNode || oldNode === null) seenNew.add(newNode);
    // Same words (as the options compare them), same deadline: 年底前 in both years is not a change.
    const unmatched = new Set(newList);
    const byText = new Map<string, Deadline[]>();
    for (const other of newList) {
      const key = wordsOf(other.text, newYear, newView.normalize);
      const list = byText.get(key);
      if (list) list.push(other);
      else byText.set(key, [other]);
    }
    const remaining: Deadline[] = [];
    for (const deadline of oldList) {
      const same = byText.get(wordsOf(deadline.text, oldYear, oldView.normalize))?.shift();
      if (same) unmatched.delete(same);
      else remaining.push(deadline);
    }
    // Then by kind, in order.
    const byKind = new Map<string, Deadline[]>();
    for (const other of unmatched) {
      const list = byKind.get(other.kind);
      if (list) list.push(other);
      else byKind.set(other.kind, [other]);
    }
    for (const deadline of remaining) {
      const other = byKind.get(deadline.kind)?.shift();
      if (!other) {
        result.removed.push(deadlineRef(deadline, oldNode, oldSource));
        continue;
      }
      unmatched.delete(other);
      // Year over year, a limit is compared at the same point of its plan's year: 9月12日 in 2022's
      // plan and 7月27日 in 2023's is brought forward, though 2023-07-27 comes later.
      const before = shiftYears(deadline.date ?? deadline.end ?? '', years);
      const after = other.date ?? other.end ?? '';
      const direction: DeadlineChange['direction'] =
        after > before ? 'extended' : after < before ? 'brought-forward' : 'reworded';
      result.changed.push({
        old: deadlineRef(deadline, oldNode, oldSource),
        new: deadlineRef(other, newNode, newSource),
        direction,
      });
    }
    for (const deadline of unmatched) result.added.push(deadlineRef(deadline, newNode, newSource));
  }
  for (const [newNode, newList] of newGroups) {
    if (seenNew.has(newNode)) continue;
    for (const deadline of newList) result.added.push(deadlineRef(deadline, newNode, newSource));
  }
  return result;
}
