/**
 * Aligns the sections of two plans, the way a reader pairs them.
 *
 * 1. Identical sections pair first, in order.
 * 2. Siblings, top down: within each pair of matched parents (and among the top levels), the
 *    pairing that maximises the total score (the Hungarian algorithm), above a threshold.
 * 3. Sections left over anywhere pair across parents (moves), above a stricter threshold.
 *
 * A pair's score mixes the TF-IDF cosine of the headings and of the bodies (the section's own
 * text and its children's), so that words shared by every section of a plan count for little,
 * plus a small prior for the same place among siblings. Markers never count: 二、 renumbered to 三、
 * is the same section.
 */
import { assignMaximum } from './assignment.js';
import { cosine, topTerms, type TermVector } from './term-weights.js';
import type { PlanNode } from './plan-view.js';
import type { MatchReason } from '../types.js';

/** Below this a pair of siblings is not the same section. */
export const MATCH_THRESHOLD = 0.3;
/**
 * A weaker pair (down to this score) still counts when it is clearly the best for both sections:
 * every other candidate of either scores less than CLEAR_MARGIN times as much.
 */
export const WEAK_THRESHOLD = 0.18;
const CLEAR_MARGIN = 0.6;
/** Up to this score, a pair needs the runner-up of either section below AMBIGUOUS_MARGIN times its score. */
const CONFIDENT = 0.5;
const AMBIGUOUS_MARGIN = 0.8;
/** A section that left its parent must be closer to count as moved rather than removed and added. */
export const MOVE_THRESHOLD = 0.5;
/**
 * Weight of the heading in the score when both sides have a heading and a body: as much as the
 * body. Readers pair a split or merged section with the part its heading leads with; at 0.4 a
 * body that shared a minor topic outweighed the heading (2013 （四）改革开放 → 2014 （九）生态文明),
 * and 4 of the 70 pairs made on the nine judged year pairs were not the readers' (1 at 0.5).
 */
const HEADING_WEIGHT = 0.5;
/** The most the position prior adds: the same place among the same number of siblings. */
const POSITION_WEIGHT = 0.08;
/** Groups up to this many pairs are assigned optimally; larger ones from indexed candidates. */
const DENSE_LIMIT = 150 * 150;
/** Terms held by more sections than this are not looked up in the index (they name no topic). */
const COMMON_TERM = 64;
/** How many of a section's heaviest terms it is looked up by in a large group. */
const LOOKUP_TERMS = 8;

/** Why two sections were paired, with the parts of the score. */
export interface PairScore {
  score: number;
  headingSimilarity: number;
  bodySimilarity: number;
  matchedBy: MatchReason;
}

export interface Alignment {
  /** old node → new node */
  forward: Map<PlanNode, PlanNode>;
  /** new node → old node */
  backward: Map<PlanNode, PlanNode>;
  /** old node → how it was paired */
  scores: Map<PlanNode, PairScore>;
}

/** The forwarding letter, the plan's lead-in and the other attachments, which only ever match their own kind. */
export function isPseudo(node: PlanNode): boolean {
  return node.ref.role !== 'section';
}

/** What two sections' words say, before their places: heading and body similarity, and the two mixed. */
function contentScore(a: PlanNode, b: PlanNode): { score: number; headingSimilarity: number; bodySimilarity: number } {
  if (a.identity === b.identity) return { score: 1, headingSimilarity: 1, bodySimilarity: 1 };
  const headingSimilarity =
    a.vectors.heading.size + b.vectors.heading.size === 0 ? 1 : cosine(a.vectors.heading, b.vectors.heading);
  const bodySimilarity = a.vectors.body.size + b.vectors.body.size === 0 ? 1 : cosine(a.vectors.body, b.vectors.body);
  const headed = a.vectors.heading.size > 0 && b.vectors.heading.size > 0 && !isPseudo(a);
  const bodied = a.vectors.body.size > 0 && b.vectors.body.size > 0;
  const score =
    headed && bodied
      ? HEADING_WEIGHT * headingSimilarity + (1 - HEADING_WEIGHT) * bodySimilarity
      : headed
        ? headingSimilarity
        : bodySimilarity;
  return { score, headingSimilarity, bodySimilarity };
}

/** The score of every identical pair: one object, never changed (most pairs of two years' plans). */
const IDENTICAL: PairScore = Object.freeze({
  score: 1,
  headingSimilarity: 1,
  bodySimilarity: 1,
  matchedBy: 'identical',
});

/** Score of two sections, with its parts; `reason` is what the caller pairs them by. */
export function scorePair(a: PlanNode, b: PlanNode, siblings?: { old: number; new: number }): PairScore {
  return scoreWithContent(a, b, siblings).pair;
}

/** The score of a pair, and the part of it that its words make (without the position prior). */
function scoreWithContent(
  a: PlanNode,
  b: PlanNode,
  siblings?: { old: number; new: number },
): { pair: PairScore; content: number } {
  if (a.identity === b.identity) return { pair: IDENTICAL, content: 1 };
  const content = contentScore(a, b);
  const { headingSimilarity, bodySimilarity } = content;
  const headed = a.vectors.heading.size > 0 && b.vectors.heading.size > 0 && !isPseudo(a);
  // Two sections without bodies are paired by their headings, though their empty bodies are alike.
  const bodied = a.vectors.body.size > 0 || b.vectors.body.size > 0;
  let score = content.score;
  let prior = 0;
  if (siblings && siblings.old > 1 && siblings.new > 1) {
    const place = Math.abs(a.index / (siblings.old - 1) - b.index / (siblings.new - 1));
    prior = POSITION_WEIGHT * Math.max(0, 1 - 2 * place) * Math.min(1, score * 3);
  }
  score = Math.min(1, score + prior);
  const matchedBy: MatchReason =
    headed && (!bodied || HEADING_WEIGHT * headingSimilarity >= (1 - HEADING_WEIGHT) * bodySimilarity)
      ? 'heading'
      : prior > 0.5 * POSITION_WEIGHT && score - prior < MATCH_THRESHOLD
        ? 'position'
        : 'body';
  return { pair: { score, headingSimilarity, bodySimilarity, matchedBy }, content: content.score };
}

function pair(alignment: Alignment, a: PlanNode, b: PlanNode, score: PairScore): void {
  alignment.forward.set(a, b);
  alignment.backward.set(b, a);
  alignment.scores.set(a, score);
}

/** Pseudo-nodes (the letter, the lead-in, an annex) pair only with the same kind and id. */
function comparable(a: PlanNode, b: PlanNode): boolean {
  if (isPseudo(a) || isPseudo(b)) return a.ref.role === b.ref.role && a.ref.id === b.ref.id;
  return a.group === b.group;
}

/**
 * Sibling lists up to this long are paired by scanning them, without maps: most groups of a plan
 * are a handful of subsections, and a plan of 50,000 sections has tens of thousands of such groups.
 */
const SMALL_GROUP = 16;

/** Identical sections (heading and whole body) pair first, in order of appearance. */
function pairIdentical(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  if (olds.length <= SMALL_GROUP && news.length <= SMALL_GROUP) return pairIdenticalSmall(olds, news, alignment);
  const waiting = new Map<number, PlanNode[]>();
  for (const b of news) {
    if (alignment.backward.has(b)) continue;
    const key = b.identity;
    const list = waiting.get(key);
    if (list) list.push(b);
    else waiting.set(key, [b]);
  }
  const made: Array<[PlanNode, PlanNode]> = [];
  const taken = new Map<number, number>();
  for (const a of olds) {
    if (alignment.forward.has(a)) continue;
    const key = a.identity;
    const list = waiting.get(key);
    if (!list) continue;
    const next = taken.get(key) ?? 0;
    if (next >= list.length || !comparable(a, list[next])) continue;
    taken.set(key, next + 1);
    pair(alignment, a, list[next], IDENTICAL);
    made.push([a, list[next]]);
  }
  return made;
}

/**
 * pairIdentical for short lists: the n-th open old section of an identity pairs with the n-th open
 * new one of it, when the two are comparable (an old one that is not stays open, and the new one
 * waits for the next old one).
 */
function pairIdenticalSmall(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const a of olds) {
    if (alignment.forward.has(a)) continue;
    for (const b of news) {
      if (b.identity !== a.identity || alignment.backward.has(b)) continue;
      if (comparable(a, b)) {
        pair(alignment, a, b, IDENTICAL);
        made.push([a, b]);
      }
      break;
    }
  }
  return made;
}

/**
 * Siblings whose heading and own text are the same on both sides (their subsections may differ),
 * where that text is unique among the open siblings of each side: such a pair is what a reader
 * pairs, and it needs no scoring against the others. A plan of thousands of sections whose
 * subsections changed here and there pairs this way in one pass.
 */
function pairSameText(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  siblings: { old: number; new: number },
): Array<[PlanNode, PlanNode]> {
  if (olds.length <= SMALL_GROUP && news.length <= SMALL_GROUP)
    return pairSameTextSmall(olds, news, alignment, siblings);
  const keyOf = (node: PlanNode) =>
    node.normalHeading === '' && node.normalOwn === '' ? null : `${node.normalHeading}\u0000${node.normalOwn}`;
  /** Each key's only open node on one side, or null when it has several. */
  const unique = (nodes: PlanNode[], open: (node: PlanNode) => boolean) => {
    const byKey = new Map<string, PlanNode | null>();
    for (const node of nodes) {
      if (!open(node)) continue;
      const key = keyOf(node);
      if (key !== null) byKey.set(key, byKey.has(key) ? null : node);
    }
    return byKey;
  };
  const newByKey = unique(news, (b) => !alignment.backward.has(b));
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const [key, a] of unique(olds, (a) => !alignment.forward.has(a))) {
    const b = newByKey.get(key);
    if (!a || !b || !comparable(a, b)) continue;
    pair(alignment, a, b, scorePair(a, b, siblings));
    made.push([a, b]);
  }
  return made;
}

/** Whether two sections have the same heading and own text. */
function sameText(a: PlanNode, b: PlanNode): boolean {
  return a.normalHeading === b.normalHeading && a.normalOwn === b.normalOwn;
}

/** The only open node of `nodes` with the text of `like`, or null when none or several have it. */
function onlyWithText(nodes: PlanNode[], like: PlanNode, open: (node: PlanNode) => boolean): PlanNode | null {
  let found: PlanNode | null = null;
  for (const node of nodes) {
    if (!open(node) || !sameText(node, like)) continue;
    if (found) return null;
    found = node;
  }
  return found;
}

/** pairSameText for short lists, by scanning them. */
function pairSameTextSmall(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  siblings: { old: number; new: number },
): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const openOld = (a: PlanNode) => !alignment.forward.has(a);
  const openNew = (b: PlanNode) => !alignment.backward.has(b);
  for (const a of olds) {
    if (!openOld(a) || (a.normalHeading === '' && a.normalOwn === '')) continue;
    if (onlyWithText(olds, a, openOld) !== a) continue;
    const b = onlyWithText(news, a, openNew);
    if (!b || !comparable(a, b)) continue;
    pair(alignment, a, b, scorePair(a, b, siblings));
    made.push([a, b]);
  }
  return made;
}

/** Pairs two sibling lists: identical ones first, then by optimal assignment (or indexed candidates when large). */
function matchGroup(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  threshold: number,
): Array<[PlanNode, PlanNode]> {
  const siblings = { old: olds.length, new: news.length };
  const made = pairIdentical(olds, news, alignment);
  for (const same of pairSameText(olds, news, alignment, siblings)) made.push(same);
  const openOld = olds.filter((a) => !alignment.forward.has(a));
  const openNew = news.filter((b) => !alignment.backward.has(b));
  if (openOld.length === 0 || openNew.length === 0) return made;
  if (openOld.length * openNew.length <= DENSE_LIMIT) {
    const scores = new Float64Array(openOld.length * openNew.length);
    // The scores without the position prior: a pair must be sure of itself on its words alone.
    const contents = new Float64Array(openOld.length * openNew.length);
    const parts: PairScore[] = [];
    openOld.forEach((a, row) =>
      openNew.forEach((b, column) => {
        const scored = comparable(a, b) ? scoreWithContent(a, b, siblings) : null;
        const part = scored?.pair;
        // A pseudo-node always pairs with its own kind, however much it changed.
        const value = part ? (isPseudo(a) ? Math.max(part.score, threshold) : part.score) : 0;
        scores[row * openNew.length + column] = value;
        contents[row * openNew.length + column] = scored ? scored.content : 0;
        if (part) parts[row * openNew.length + column] = part;
      }),
    );
    const floor = threshold === MATCH_THRESHOLD ? WEAK_THRESHOLD : threshold;
    const assigned = assignMaximum(scores, openOld.length, openNew.length, floor);
    const runnerUp = runnersUp(scores, openOld.length, openNew.length, assigned);
    const contentRunnerUp = runnersUp(contents, openOld.length, openNew.length, assigned);
    assigned.forEach((column, row) => {
      if (column === -1) return;
      const a = openOld[row];
      const b = openNew[column];
      const cell = row * openNew.length + column;
      if (!isPseudo(a) && !confident(scores[cell], runnerUp[row], threshold)) return;
      // A pair that its place alone carried over the threshold must also be sure on its words alone.
      const placed = parts[cell].matchedBy === 'position';
      if (placed && !isPseudo(a) && !confident(contents[cell], contentRunnerUp[row], threshold)) return;
      pair(alignment, a, b, parts[row * openNew.length + column]);
      made.push([a, b]);
    });
    return made;
  }
  return [...made, ...pairFromIndex(openOld, openNew, alignment, threshold, siblings)];
}

/** For each assigned row, the best score of any other candidate of its row or of its column. */
function runnersUp(scores: Float64Array, rows: number, columns: number, assigned: Int32Array): Float64Array {
  const rowBest = new Float64Array(rows);
  const rowSecond = new Float64Array(rows);
  const columnBest = new Float64Array(columns);
  const columnSecond = new Float64Array(columns);
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      const value = scores[row * columns + column];
      if (value > rowBest[row]) [rowSecond[row], rowBest[row]] = [rowBest[row], value];
      else if (value > rowSecond[row]) rowSecond[row] = value;
      if (value > columnBest[column]) [columnSecond[column], columnBest[column]] = [columnBest[column], value];
      else if (value > columnSecond[column]) columnSecond[column] = value;
    }
  }
  const result = new Float64Array(rows);
  assigned.forEach((column, row) => {
    if (column === -1) return;
    const value = scores[row * columns + column];
    // The other candidates: the best of the row or column unless it is this pair, else the second.
    const inRow = rowBest[row] === value ? rowSecond[row] : rowBest[row];
    const inColumn = columnBest[column] === value ? columnSecond[column] : columnBest[column];
    result[row] = Math.max(inRow, inColumn);
  });
  return result;
}

/**
 * Whether a pair is sure enough: a strong score stands alone; a middling one needs its rivals
 * well behind (else it is ambiguous, and reported as removed and added); a weak one, far behind.
 */
function confident(score: number, runnerUp: number, threshold: number): boolean {
  if (score >= Math.max(CONFIDENT, threshold)) return true;
  if (score >= threshold) return runnerUp < AMBIGUOUS_MARGIN * score;
  return threshold === MATCH_THRESHOLD && score >= WEAK_THRESHOLD && runnerUp < CLEAR_MARGIN * score;
}

/**
 * Candidates from an index of each old section's heaviest terms (common terms left out), scored
 * exactly and paired best first: for groups too large for the optimal assignment.
 */
function pairFromIndex(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  threshold: number,
  siblings?: { old: number; new: number },
): Array<[PlanNode, PlanNode]> {
  const postings = new Map<string, PlanNode[]>();
  for (const a of olds) {
    for (const term of topTerms(a.vectors.full, LOOKUP_TERMS)) {
      const list = postings.get(term);
      if (list) list.push(a);
      else postings.set(term, [a]);
    }
  }
  const candidates: Array<[PairScore, PlanNode, PlanNode]> = [];
  for (const b of news) {
    const seen = new Set<PlanNode>();
    for (const term of topTerms(b.vectors.full, LOOKUP_TERMS)) {
      const list = postings.get(term);
      if (!list || list.length > COMMON_TERM) continue;
      for (const a of list) {
        if (seen.has(a) || !comparable(a, b)) continue;
        seen.add(a);
        const score = scorePair(a, b, siblings);
        if (score.score >= threshold) candidates.push([score, a, b]);
      }
    }
  }
  candidates.sort(
    (x, y) => y[0].score - x[0].score || Math.abs(x[1].index - x[2].index) - Math.abs(y[1].index - y[2].index),
  );
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const [score, a, b] of candidates) {
    if (alignment.forward.has(a) || alignment.backward.has(b)) continue;
    pair(alignment, a, b, score);
    made.push([a, b]);
  }
  return made;
}

/**
 * A level that moved: one plan's tasks under a heading (三、2014年重点工作 with （一）…（九）) that the
 * other sets out at the level above (三、…四、…五、), or the other way round. After a group of
 * siblings is paired, the children of each section left open on one side are paired, as siblings
 * are, with the sections left open on the other side; the section that held them stays open (it
 * is what was removed or added). A section of either side is paired at most once.
 */
function matchAcrossLevel(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const open = (nodes: PlanNode[], side: Map<PlanNode, PlanNode>) =>
    nodes.filter((node) => !side.has(node) && !isPseudo(node));
  // The open sections of the other side are listed again only after a group made pairs: listing them
  // for every container made a plan of n childless sections cost n² (20,000 repeated headings: 4 s).
  let others: PlanNode[] | null = null;
  for (const container of open(olds, alignment.forward)) {
    const children = open(container.children, alignment.forward);
    if (children.length < 2) continue;
    others ??= open(news, alignment.backward);
    if (others.length < 2) continue;
    const before = alignment.backward.size;
    for (const pairMade of matchGroup(children, others, alignment, MATCH_THRESHOLD)) made.push(pairMade);
    if (alignment.backward.size !== before) others = null;
  }
  others = null;
  for (const container of open(news, alignment.backward)) {
    const children = open(container.children, alignment.backward);
    if (children.length < 2) continue;
    others ??= open(olds, alignment.forward);
    if (others.length < 2) continue;
    const before = alignment.forward.size;
    for (const pairMade of matchGroup(others, children, alignment, MATCH_THRESHOLD)) made.push(pairMade);
    if (alignment.forward.size !== before) others = null;
  }
  return made;
}

/** Pairs a group of siblings, then across a level that moved (see `matchAcrossLevel`). */
function matchSiblings(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made = matchGroup(olds, news, alignment, MATCH_THRESHOLD);
  const across = matchAcrossLevel(olds, news, alignment);
  if (across.length === 0) return made;
  for (const pairMade of across) made.push(pairMade);
  // What the level took away may have been the rival that made a pair of siblings ambiguous.
  for (const pairMade of matchGroup(olds, news, alignment, MATCH_THRESHOLD)) made.push(pairMade);
  return made;
}

/** Matches children of matched pairs, recursively. */
function matchDown(pairs: Array<[PlanNode, PlanNode]>, alignment: Alignment): void {
  const queue = [...pairs];
  while (queue.length > 0) {
    const [a, b] = queue.pop()!;
    for (const made of matchSiblings(a.children, b.children, alignment)) queue.push(made);
  }
}

/** Aligns two plans' sections. */
export function alignSections(
  oldRoots: PlanNode[],
  newRoots: PlanNode[],
  oldAll: PlanNode[],
  newAll: PlanNode[],
): Alignment {
  const alignment: Alignment = { forward: new Map(), backward: new Map(), scores: new Map() };
  matchDown(matchSiblings(oldRoots, newRoots, alignment), alignment);
  // Moves: what is left, anywhere, against what is left, anywhere (identical ones first).
  for (let round = 0; round < 3; round++) {
    const leftOld = oldAll.filter((node) => !alignment.forward.has(node) && !isPseudo(node));
    const leftNew = newAll.filter((node) => !alignment.backward.has(node) && !isPseudo(node));
    if (leftOld.length === 0 || leftNew.length === 0) break;
    const made = [...pairIdentical(leftOld, leftNew, alignment)];
    const stillOld = leftOld.filter((node) => !alignment.forward.has(node));
    const stillNew = leftNew.filter((node) => !alignment.backward.has(node));
    for (const moved of pairFromIndex(stillOld, stillNew, alignment, MOVE_THRESHOLD)) made.push(moved);
    for (const [a] of made) {
      const score = alignment.scores.get(a)!;
      if (score.matchedBy !== 'identical') score.matchedBy = 'moved-from-parent';
    }
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

export type { TermVector };
