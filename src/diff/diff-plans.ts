/**
 * kepu diff: what changed between two plans, section by section (added, removed, renamed,
 * modified, moved, unchanged), with the initiatives, deadlines and numeric targets that changed.
 * Each concern is its own module; this one puts them together.
 */
import type { Document, PlanDiff, SectionChange } from '../types.js';
import {
  type DiffOptions,
  IdentityTable,
  planView,
  type PlanReference,
  type PlanView,
  weighTerms,
} from './plan-view.js';
import { alignSections, type Alignment } from './align-sections.js';
import { listChanges } from './diff-sections.js';
import { deadlineFacts, diffDeadlines, type DeadlineFacts } from './diff-deadlines.js';
import { diffTargets } from './diff-targets.js';
import { diffInitiatives, initiativeFacts, type InitiativeFacts } from './diff-initiatives.js';

export type { DiffOptions, PlanReference } from './plan-view.js';

/**
 * What the two passes give the diff for each plan: its deadlines and its initiatives.
 *
 * @example
 * const lists: PassLists = passLists(tree)
 */
export interface PassLists {
  deadlines: DeadlineFacts[];
  initiatives: InitiativeFacts[];
}

/**
 * The deadlines and initiatives of a plan, as the diff compares them (its deadlines read against
 * the year and day given for it).
 *
 * @example
 * passLists(report2019, { year: 2019 }).deadlines.length
 */
export function passLists(document: Document, reference: PlanReference = {}): PassLists {
  return { deadlines: deadlineFacts(document, reference), initiatives: initiativeFacts(document) };
}

/** Two plans aligned: their views, the pairs of sections, and what the sections' texts say. */
interface AlignedPlans {
  oldDocument: Document;
  newDocument: Document;
  oldView: PlanView;
  newView: PlanView;
  alignment: Alignment;
  changes: SectionChange[];
  targets: PlanDiff['targets'];
}

/** Aligns two plans' sections and diffs their texts: all of a diff but the passes' lists. */
function alignPlans(oldDocument: Document, newDocument: Document, options: DiffOptions): AlignedPlans {
  // One table of subtree identities for both plans, so that identical sections get equal numbers.
  const identities = new IdentityTable();
  const [oldReference = {}, newReference = {}] = options.references ?? [];
  let oldView = planView(oldDocument, options, identities, oldReference);
  let newView = planView(newDocument, options, identities, newReference);
  // A forwarding letter on one side only (a forwarded plan against a bare one) is not a change of the plan.
  const hasLetter = (view: PlanView) => view.roots.some((node) => node.ref.role === 'letter');
  if (hasLetter(oldView) !== hasLetter(newView)) {
    oldView = planView(oldDocument, { ...options, ignoreLetter: true }, identities, oldReference);
    newView = planView(newDocument, { ...options, ignoreLetter: true }, identities, newReference);
  }
  weighTerms([oldView, newView]);
  const alignment = alignSections(oldView.roots, newView.roots, oldView.all, newView.all);
  const changes = listChanges(oldView, newView, alignment);
  const targets = diffTargets(alignment);
  return { oldDocument, newDocument, oldView, newView, alignment, changes, targets };
}

/** Completes a diff with the deadlines and initiatives of both plans. */
function completeDiff(aligned: AlignedPlans, lists: [PassLists, PassLists]): PlanDiff {
  const { oldDocument, newDocument, oldView, newView, alignment, changes, targets } = aligned;
  const deadlines = diffDeadlines(oldView, newView, oldDocument, newDocument, alignment, [
    lists[0].deadlines,
    lists[1].deadlines,
  ]);
  const initiatives = diffInitiatives(oldView, newView, oldDocument, newDocument, [
    lists[0].initiatives,
    lists[1].initiatives,
  ]);
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
    targetsChanged: targets.changed.length,
    targetsAdded: targets.added.length,
    targetsRemoved: targets.removed.length,
  };
  for (const change of changes) for (const kind of change.kinds) summary[kind]++;
  return { old: describe(oldView), new: describe(newView), summary, changes, initiatives, deadlines, targets };
}

/** A plan as a diff names it. */
const describe = (view: PlanView): PlanDiff['old'] => ({ name: view.name, year: view.year, title: view.title });

/**
 * Compares two plans.
 *
 * @example
 * diffPlans(parseCircular(old2023), parseCircular(new2024)).summary // { added: 3, removed: 1, … }
 */
export function diffPlans(oldDocument: Document, newDocument: Document, options: DiffOptions = {}): PlanDiff {
  const aligned = alignPlans(oldDocument, newDocument, options);
  return completeDiff(aligned, [
    passLists(oldDocument, aligned.oldView.reference),
    passLists(newDocument, aligned.newView.reference),
  ]);
}

/**
 * Whether a diff found any difference at all.
 *
 * @example
 * hasDifferences(diffPlans(tree, tree)) // false
 */
export function hasDifferences(diff: PlanDiff): boolean {
  return (
    diff.changes.some((change) => change.kinds[0] !== 'unchanged') ||
    diff.initiatives.added.length +
      diff.initiatives.removed.length +
      diff.deadlines.added.length +
      diff.deadlines.removed.length +
      diff.deadlines.changed.length +
      diff.targets.changed.length +
      diff.targets.added.length +
      diff.targets.removed.length >
      0
  );
}
