/** Initiatives of two plans compared: what the new plan names that the old did not, and the reverse. */
import type { Document, InitiativeRef, PlanDiff } from '../types.js';
import type { PlanView } from './plan-view.js';
import { extractInitiatives } from '../passes/extract-initiatives.js';
import { initiativeKey, type InitiativeKind } from '../passes/initiative-kinds.js';

/**
 * What the diff reads of an initiative (what a worker thread sends back, a part of the pass's record).
 *
 * @example
 * const facts: InitiativeFacts[] = initiativeFacts(tree)
 */
export interface InitiativeFacts {
  key: string;
  name: string;
  kind: InitiativeKind;
  /** The attachment of each occurrence (null for the letter). */
  occurrences: Array<{ attachment: number | null }>;
}

/**
 * The initiatives of a plan as the diff compares them.
 *
 * @example
 * initiativeFacts(tree)[0].key // '科学启蒙计划'
 */
export function initiativeFacts(document: Document): InitiativeFacts[] {
  return extractInitiatives(document).initiatives.map(({ key, name, kind, occurrences }) => ({
    key,
    name,
    kind,
    occurrences: occurrences.map(({ attachment }) => ({ attachment })),
  }));
}

/** Initiatives added, removed and kept, by key (one width, simplified: the same programme across years). */
export function diffInitiatives(
  oldView: PlanView,
  newView: PlanView,
  oldDocument: Document,
  newDocument: Document,
  lists: [InitiativeFacts[], InitiativeFacts[]] = [initiativeFacts(oldDocument), initiativeFacts(newDocument)],
): PlanDiff['initiatives'] {
  const titles = new Set(
    [oldView.title, newView.title, oldDocument.meta.title, newDocument.meta.title]
      .filter((title): title is string => Boolean(title))
      .map(initiativeKey),
  );
  const collect = (list: InitiativeFacts[], view: PlanView) => {
    const hasLetter = view.roots.some((node) => node.ref.role === 'letter');
    const map = new Map<string, { name: string; kind: InitiativeKind; count: number }>();
    for (const initiative of list) {
      if (titles.has(initiative.key) || initiative.kind === 'formulation' || initiative.kind === 'period') continue;
      const occurrences = initiative.occurrences.filter((occurrence) =>
        view.plan ? occurrence.attachment === view.plan.index || (occurrence.attachment === null && hasLetter) : true,
      );
      if (occurrences.length === 0) continue;
      map.set(initiative.key, { name: initiative.name, kind: initiative.kind, count: occurrences.length });
    }
    return map;
  };
  const before = collect(lists[0], oldView);
  const after = collect(lists[1], newView);
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
