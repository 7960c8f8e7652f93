/**
 * The section rows of a diff: each pair of aligned sections as unchanged, renamed, modified or
 * moved (with a word diff of its own text), each unpaired one as added or removed, in the new
 * plan's order with removed sections after their old predecessor.
 */
import type { ChangeKind, SectionChange } from '../types.js';
import type { PlanNode, PlanView } from './plan-view.js';
import { isPseudo, movedWithinParent, type Alignment } from './align-sections.js';
import { diffWords } from './word-diff.js';

/** A section's own text for the word diff: its heading (not for the letter, lead-in or closing) and its paragraphs. */
export function textForDiff(node: PlanNode): string {
  return [isPseudo(node) ? '' : node.normalHeading, node.normalOwn].filter(Boolean).join('\n');
}

/** Whether two nodes' texts for the diff are surely the same, without building them (false: build and compare). */
export function sameTextForDiff(a: PlanNode, b: PlanNode): boolean {
  return a.normalHeading === b.normalHeading && a.normalOwn === b.normalOwn && isPseudo(a) === isPseudo(b);
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

/** The new sections that moved: out of order among their siblings, or under another parent. */
function findMoves(alignment: Alignment): Set<PlanNode> {
  const moved = new Set<PlanNode>();
  const groups = new Map<PlanNode | null, Array<[PlanNode, PlanNode]>>();
  // forEach, not for…of with destructuring: no entry array for each of 100,000 pairs.
  alignment.forward.forEach((b, a) => {
    const oldParentMatch = a.parent ? (alignment.forward.get(a.parent) ?? null) : null;
    if ((a.parent === null) !== (b.parent === null) || (a.parent !== null && oldParentMatch !== b.parent)) {
      moved.add(b);
      return;
    }
    const list = groups.get(b.parent);
    if (list) list.push([a, b]);
    else groups.set(b.parent, [[a, b]]);
  });
  for (const pairs of groups.values()) for (const node of movedWithinParent(pairs)) moved.add(node);
  return moved;
}

/**
 * Where each removed section is listed: after the matched old sibling it followed, or first under
 * its parent's match (one pass over each list of siblings).
 */
function anchorRemoved(
  oldView: PlanView,
  alignment: Alignment,
): { removedAfter: Map<PlanNode | null, PlanNode[]>; removedFirstIn: Map<PlanNode | null, PlanNode[]> } {
  const removedAfter = new Map<PlanNode | null, PlanNode[]>();
  const removedFirstIn = new Map<PlanNode | null, PlanNode[]>();
  // The nearest matched sibling before each old node, in one pass over each list of siblings.
  const matchedBefore = new Map<PlanNode, PlanNode | null>();
  const passSiblings = (siblings: PlanNode[]) => {
    let last: PlanNode | null = null;
    for (let index = 0; index < siblings.length; index++) {
      const node = siblings[index];
      matchedBefore.set(node, last);
      if (alignment.forward.has(node)) last = node;
    }
  };
  passSiblings(oldView.roots);
  for (let index = 0; index < oldView.all.length; index++) passSiblings(oldView.all[index].children);
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
  for (let index = 0; index < oldView.all.length; index++) {
    const node = oldView.all[index];
    if (alignment.forward.has(node)) continue;
    if (node.parent && !alignment.forward.has(node.parent)) continue; // emitted with its removed parent
    anchorOf(node);
  }

  return { removedAfter, removedFirstIn };
}

/** The change entries, in the new plan's order, each removed section after its old predecessor. */
export function listChanges(oldView: PlanView, newView: PlanView, alignment: Alignment): SectionChange[] {
  const moved = findMoves(alignment);
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
  const { removedAfter, removedFirstIn } = anchorRemoved(oldView, alignment);

  const visit = (nodes: PlanNode[], parent: PlanNode | null) => {
    const first = removedFirstIn.get(parent);
    if (first) for (let index = 0; index < first.length; index++) emitRemoved(first[index]);
    // Indexed loops: a for…of makes an iterator result per step until the function is optimised.
    for (let index = 0; index < nodes.length; index++) {
      const b = nodes[index];
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
      const after = a ? removedAfter.get(a) : undefined;
      if (after) for (let at = 0; at < after.length; at++) emitRemoved(after[at]);
    }
  };
  visit(newView.roots, null);
  // Removed sections whose anchor is a removed or unplaced root.
  const emitted = new Set(changes.map((change) => change.old));
  for (const node of removedFirstIn.get(null) ?? []) if (!emitted.has(node.ref)) emitRemoved(node);
  return changes;
}
