/**
 * kepu diff: what changed between two plans, section by section (added, removed, renamed,
 * modified, moved, unchanged), with the initiatives, deadlines and numeric targets that changed.
 * Each concern is its own module; this one puts them together.
 */
import type { Document, PlanDiff } from '../types.js';
import { type DiffOptions, IdentityTable, planView, type PlanView, weighTerms } from './plan-view.js';
import { alignSections } from './align-sections.js';
import { listChanges } from './diff-sections.js';
import { diffDeadlines } from './diff-deadlines.js';
import { diffTargets } from './diff-targets.js';
import { diffInitiatives } from './diff-initiatives.js';

export type { DiffOptions, PlanReference } from './plan-view.js';

/**
 * Compares two plans.
 *
 * @example
 * diffPlans(parseCircular(old2023), parseCircular(new2024)).summary // { added: 3, removed: 1, … }
 */
export function diffPlans(oldDocument: Document, newDocument: Document, options: DiffOptions = {}): PlanDiff {
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
    targetsChanged: targets.changed.length,
    targetsAdded: targets.added.length,
    targetsRemoved: targets.removed.length,
  };
  for (const change of changes) for (const kind of change.kinds) summary[kind]++;
  const describe = (view: PlanView) => ({ name: view.name, year: view.year, title: view.title });
  return { old: describe(oldView), new: describe(newView), summary, changes, initiatives, deadlines, targets };
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
