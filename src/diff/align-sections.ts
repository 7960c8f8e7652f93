/**
 * Aligns the sections of two plans: siblings first, top down (so a section stays with its
 * parent when it can), then whatever is left over anywhere in the tree (a section moved to
 * another parent). Similarity mixes the heading with the whole body, children included, so that
 * children help their parents; markers never count, so 二、 renumbered to 三、 is the same section.
 */
import { dice, estimateJaccard, signatureOf } from './similarity.js';
import type { PlanNode } from './plan-view.js';

/** Below this a pair is not the same section. */
export const MATCH_THRESHOLD = 0.45;
/** A section that left its parent must be closer to count as moved rather than removed and added. */
export const MOVE_THRESHOLD = 0.6;

export interface Alignment {
  /** old node → new node */
  forward: Map<PlanNode, PlanNode>;
  /** new node → old node */
  backward: Map<PlanNode, PlanNode>;
  similarity: Map<PlanNode, number>;
}

/** Similarity of two sections, 0..1. */
export function similarityOf(a: PlanNode, b: PlanNode): number {
  const body = dice(a.fullProfile, b.fullProfile);
  if (a.normalHeading === '' && b.normalHeading === '') return body;
  return 0.35 * dice(a.headingProfile, b.headingProfile) + 0.65 * body;
}

const signatures = new WeakMap<PlanNode, Uint32Array>();
function signature(node: PlanNode): Uint32Array {
  let value = signatures.get(node);
  if (!value) {
    value = signatureOf(node.fullProfile);
    signatures.set(node, value);
  }
  return value;
}

/** Groups larger than this are prefiltered by MinHash before exact scores are computed. */
const LARGE_GROUP = 400;
/** Dice 0.45 is Jaccard 0.29; candidates are kept well below that, for the estimate's error. */
const PREFILTER_JACCARD = 0.12;
/** How many MinHash-closest candidates get an exact score in a large group. */
const TOP_CANDIDATES = 8;

/** The forwarding letter, the plan's lead-in and the other attachments, which only ever match their own kind. */
export function isPseudo(node: PlanNode): boolean {
  return node.ref.id === 'letter' || node.ref.id === '0' || node.ref.id.startsWith('附件');
}

function pair(alignment: Alignment, a: PlanNode, b: PlanNode, score: number): void {
  alignment.forward.set(a, b);
  alignment.backward.set(b, a);
  alignment.similarity.set(a, score);
}

/** Greedy best-first matching of two lists of nodes above a threshold. */
function matchGroup(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  threshold: number,
): Array<[PlanNode, PlanNode]> {
  const candidates: Array<[number, PlanNode, PlanNode]> = [];
  const large = olds.length * news.length > LARGE_GROUP;
  const openNews = news.filter((b) => !alignment.backward.has(b));
  for (const a of olds) {
    if (alignment.forward.has(a)) continue;
    // In a large group, exact scores only for the few closest by MinHash (and same-heading ones).
    let pool = openNews;
    if (large) {
      const estimates = openNews.map((b) => [estimateJaccard(signature(a), signature(b)), b] as const);
      const best = estimates
        .filter(([estimate]) => estimate >= PREFILTER_JACCARD)
        .sort((x, y) => y[0] - x[0])
        .slice(0, TOP_CANDIDATES)
        .map(([, b]) => b);
      // Same heading: the few nearest in position (a plan may repeat a heading many times).
      const sameHeading = openNews
        .filter((b) => b.normalHeading !== '' && b.normalHeading === a.normalHeading)
        .sort((x, y) => Math.abs(x.index - a.index) - Math.abs(y.index - a.index))
        .slice(0, 4);
      pool = [...new Set([...best, ...sameHeading])];
    }
    for (const b of pool) {
      // Pseudo-sections (the letter, the lead-in) only match their own kind.
      if ((isPseudo(a) || isPseudo(b)) && a.ref.id !== b.ref.id) continue;
      const pseudo = isPseudo(a) && a.ref.id === b.ref.id;
      const score = pseudo ? Math.max(similarityOf(a, b), 1e-9 + threshold) : similarityOf(a, b);
      if (score >= threshold) candidates.push([score, a, b]);
    }
  }
  return pairGreedily(candidates, alignment);
}

/** Pairs the best candidates first (at equal scores, the closest in position), each node once. */
function pairGreedily(
  candidates: Array<[number, PlanNode, PlanNode]>,
  alignment: Alignment,
): Array<[PlanNode, PlanNode]> {
  candidates.sort((x, y) => y[0] - x[0] || Math.abs(x[1].index - x[2].index) - Math.abs(y[1].index - y[2].index));
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const [score, a, b] of candidates) {
    if (alignment.forward.has(a) || alignment.backward.has(b)) continue;
    pair(alignment, a, b, score);
    made.push([a, b]);
  }
  return made;
}

/** Matches children of matched pairs, recursively. */
function matchDown(pairs: Array<[PlanNode, PlanNode]>, alignment: Alignment): void {
  const queue = [...pairs];
  while (queue.length > 0) {
    const [a, b] = queue.pop()!;
    for (const pair of matchGroup(a.children, b.children, alignment, MATCH_THRESHOLD)) queue.push(pair);
  }
}

/** Matches the nodes left over anywhere, using an index of bigrams so that large plans stay fast. */
function matchLeftovers(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const leftOld = olds.filter((node) => !alignment.forward.has(node) && !isPseudo(node));
  const leftNew = news.filter((node) => !alignment.backward.has(node) && !isPseudo(node));
  if (leftOld.length === 0 || leftNew.length === 0) return [];
  const postings = new Map<string, number[]>();
  leftOld.forEach((node, index) => {
    for (const gram of node.fullProfile.grams.keys()) {
      const list = postings.get(gram);
      if (list) list.push(index);
      else postings.set(gram, [index]);
    }
  });
  const candidates: Array<[number, PlanNode, PlanNode]> = [];
  for (const b of leftNew) {
    const shared = new Map<number, number>();
    for (const [gram, count] of b.fullProfile.grams) {
      for (const index of postings.get(gram) ?? []) {
        shared.set(index, (shared.get(index) ?? 0) + Math.min(count, leftOld[index].fullProfile.grams.get(gram)!));
      }
    }
    for (const [index, common] of shared) {
      const a = leftOld[index];
      // A section moves within the plan, or within one attachment, not between them.
      if (a.group !== b.group) continue;
      // Dice on the whole body is an upper bound worth checking before the full score.
      if ((2 * common) / (a.fullProfile.size + b.fullProfile.size) < MOVE_THRESHOLD - 0.35) continue;
      const score = similarityOf(a, b);
      if (score >= MOVE_THRESHOLD) candidates.push([score, a, b]);
    }
  }
  return pairGreedily(candidates, alignment);
}

/** Aligns two plans' sections. */
export function alignSections(
  oldRoots: PlanNode[],
  newRoots: PlanNode[],
  oldAll: PlanNode[],
  newAll: PlanNode[],
): Alignment {
  const alignment: Alignment = { forward: new Map(), backward: new Map(), similarity: new Map() };
  matchDown(matchGroup(oldRoots, newRoots, alignment, MATCH_THRESHOLD), alignment);
  for (let round = 0; round < 3; round++) {
    const made = matchLeftovers(oldAll, newAll, alignment);
    if (made.length === 0) break;
    matchDown(made, alignment);
  }
  return alignment;
}

/**
 * Which matched children changed order beyond what insertions and removals explain: the
 * children not on a longest increasing run of old positions, taken in new order.
 */
export function movedWithinParent(pairs: Array<[PlanNode, PlanNode]>): Set<PlanNode> {
  const ordered = [...pairs].sort((x, y) => x[1].index - y[1].index);
  const values = ordered.map(([a]) => a.index);
  // Longest increasing subsequence, O(n log n).
  const tails: number[] = [];
  const tailIndex: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (tails[middle] < value) low = middle + 1;
      else high = middle;
    }
    tails[low] = value;
    tailIndex[low] = i;
    previous[i] = low > 0 ? tailIndex[low - 1] : -1;
  });
  const keep = new Set<number>();
  for (let i = tailIndex[tails.length - 1] ?? -1; i !== -1; i = previous[i]) keep.add(i);
  const moved = new Set<PlanNode>();
  ordered.forEach(([, b], i) => {
    if (!keep.has(i)) moved.add(b);
  });
  return moved;
}
