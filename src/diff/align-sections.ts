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
import { cosine, termsOf, topTerms, type TermVector } from './term-weights.js';
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

/** The forwarding letter, the plan's lead-in and closing, the other attachments: they match only their own kind. */
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
  // Stryker disable next-line LogicalOperator: one empty body gives the heading reason either way (docs/mutation.md)
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

/**
 * Pseudo-nodes (the letter, the lead-in, the closing, an annex) pair only with the same kind and id; sections,
 * within the same part of the document and of a yearly plan: a review of past work only with a
 * review (its achievements are not the tasks of the other plan, however alike their words), a
 * five-year plan only with one (see `PlanNode.part`).
 */
function comparable(a: PlanNode, b: PlanNode): boolean {
  if (isPseudo(a) || isPseudo(b)) return a.ref.role === b.ref.role && a.ref.id === b.ref.id;
  return a.group === b.group && a.part === b.part;
}

/**
 * Sibling lists up to this long are paired by scanning them, without maps: most groups of a plan
 * are a handful of subsections, and a plan of 50,000 sections has tens of thousands of such groups.
 */
const SMALL_GROUP = 16;

/**
 * Identical sections (heading and whole body) pair first, in order of appearance. `olds` and `news`
 * are open sections (none paired yet).
 */
function pairIdentical(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: speed only, both paths pair alike
  if (olds.length <= SMALL_GROUP && news.length <= SMALL_GROUP) return pairIdenticalSmall(olds, news, alignment);
  const waiting = new Map<number, PlanNode[]>();
  for (const b of news) {
    const key = b.identity;
    const list = waiting.get(key);
    if (list) list.push(b);
    else waiting.set(key, [b]);
  }
  const made: Array<[PlanNode, PlanNode]> = [];
  const taken = new Map<number, number>();
  for (const a of olds) {
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
    for (const b of news) {
      // A new section paired with an earlier old one waits for none.
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
 * subsections changed here and there pairs this way in one pass. `olds` and `news` are the open
 * siblings; `siblings` counts them all. A pair made here leaves the other texts' counts as they
 * were: two sections of one text pair with neither.
 */
function pairSameText(
  olds: PlanNode[],
  news: PlanNode[],
  alignment: Alignment,
  siblings: undefined | { old: number; new: number },
): Array<[PlanNode, PlanNode]> {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: speed only, both paths pair alike
  if (olds.length <= SMALL_GROUP && news.length <= SMALL_GROUP)
    return pairSameTextSmall(olds, news, alignment, siblings);
  const keyOf = (node: PlanNode) =>
    node.normalHeading === '' && node.normalOwn === '' ? null : `${node.normalHeading}\u0000${node.normalOwn}`;
  /** Each key's only node on one side, or null when it has several. */
  const unique = (nodes: PlanNode[]) => {
    const byKey = new Map<string, PlanNode | null>();
    for (const node of nodes) {
      const key = keyOf(node);
      if (key !== null) byKey.set(key, byKey.has(key) ? null : node);
    }
    return byKey;
  };
  const newByKey = unique(news);
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const [key, a] of unique(olds)) {
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

/** The only node of `nodes` with the text of `like`, or null when none or several have it. */
function onlyWithText(nodes: PlanNode[], like: PlanNode): PlanNode | null {
  let found: PlanNode | null = null;
  for (const node of nodes) {
    if (!sameText(node, like)) continue;
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
  siblings: undefined | { old: number; new: number },
): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  for (const a of olds) {
    if (a.normalHeading === '' && a.normalOwn === '') continue;
    if (onlyWithText(olds, a) !== a) continue;
    const b = onlyWithText(news, a);
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
  acrossLevel = false,
): Array<[PlanNode, PlanNode]> {
  // A place among siblings means nothing in a list of several parents' children (see `standIns`).
  const oneParent = (nodes: PlanNode[]) => nodes.every((node) => node.parent === nodes[0].parent);
  const siblings = oneParent(olds) && oneParent(news) ? { old: olds.length, new: news.length } : undefined;
  const made = pairIdentical(...openSides(olds, news, alignment), alignment);
  for (const same of pairSameText(...openSides(olds, news, alignment), alignment, siblings)) made.push(same);
  const [openOld, openNew] = openSides(olds, news, alignment);
  // Stryker disable next-line LogicalOperator: a table with an empty side pairs nothing (docs/mutation.md)
  if (openOld.length === 0 || openNew.length === 0) return made;
  if (openOld.length * openNew.length <= DENSE_LIMIT) {
    const scores = new Float64Array(openOld.length * openNew.length);
    // The scores without the position prior: a pair must be sure of itself on its words alone.
    const contents = new Float64Array(openOld.length * openNew.length);
    // Every cell is written below (undefined for a pair that cannot be compared), cell 0 first.
    // Stryker disable next-line ArrayDeclaration: a value it starts with is overwritten (docs/mutation.md)
    const parts: Array<PairScore | undefined> = [];
    openOld.forEach((a, row) =>
      openNew.forEach((b, column) => {
        const scored = comparable(a, b) ? scoreWithContent(a, b, siblings) : null;
        const part = scored?.pair;
        // A pseudo-node always pairs with its own kind, however much it changed.
        const value = part ? (isPseudo(a) ? Math.max(part.score, MATCH_THRESHOLD) : part.score) : 0;
        scores[row * openNew.length + column] = value;
        contents[row * openNew.length + column] = scored ? scored.content : 0;
        parts[row * openNew.length + column] = part;
      }),
    );
    const rows = openOld.length;
    const columns = openNew.length;
    const assigned = assignMaximum(scores, rows, columns, WEAK_THRESHOLD);
    const runnerUp = runnersUp(scores, rows, columns, assigned, contents);
    const contentRunnerUp = runnersUp(contents, rows, columns, assigned, contents);
    assigned.forEach((column, row) => {
      if (column === -1) return;
      const a = openOld[row];
      const b = openNew[column];
      const cell = row * columns + column;
      if (!isPseudo(a) && !confident(scores[cell], runnerUp[row])) return;
      if (!isPseudo(a) && !confident(contents[cell], contentRunnerUp[row])) {
        // A pair that its place alone carried over the threshold must also be sure on its words alone.
        if (parts[cell]!.matchedBy === 'position') return;
        // Sure only with the place prior: when the section was split (or merged) and its heading
        // leads with another piece than the one its place picked, the heading decides.
        if (leadsElsewhere(openOld, openNew, contents, row, column)) return;
      }
      if (acrossLevel && !isPseudo(a) && !opensAlike(a, b, parts[cell]!)) return;
      if (!isPseudo(a) && bodyFollowsElsewhere(parts, rows, columns, row, column)) return;
      // A weak pair of a section with subsections and one without is a level that moved: the
      // section's tasks are the other's candidates (see `matchAcrossLevel`), not its whole.
      if (scores[cell] < MATCH_THRESHOLD && (a.children.length === 0) !== (b.children.length === 0)) return;
      pair(alignment, a, b, parts[cell]!);
      made.push([a, b]);
    });
    return made;
  }
  return [...made, ...pairFromIndex(openOld, openNew, alignment, MATCH_THRESHOLD, siblings)];
}

/**
 * Whether the section of `row` (or of `column`) has two or more pieces among the other side's open
 * sections (each PIECE_THRESHOLD or more by `words`, all siblings), and its heading, of two clauses
 * or more, leads with another piece than the pair's (see `leadPiece`). 2010 （七）坚定不移推进改革，
 * 进一步扩大开放 was split into 2011 （八）改革 and （九）开放: with the two in the other order, the place
 * prior made （九）开放 sure, and a reader pairs it with the piece its heading leads with.
 */
function leadsElsewhere(
  openOld: PlanNode[],
  openNew: PlanNode[],
  words: Float64Array,
  row: number,
  column: number,
): boolean {
  const columns = openNew.length;
  const newPieces = openNew.filter((_, other) => words[row * columns + other] >= PIECE_THRESHOLD);
  // Stryker disable next-line MethodExpression: a matchGroup side is one sibling list (docs/mutation.md)
  if (newPieces.length >= 2 && newPieces.every((piece) => piece.parent === newPieces[0].parent)) {
    const lead = leadPiece(openOld[row], newPieces, true);
    if (lead && lead !== openNew[column]) return true;
  }
  const oldPieces = openOld.filter((_, other) => words[other * columns + column] >= PIECE_THRESHOLD);
  // Stryker disable next-line MethodExpression: a matchGroup side is one sibling list (docs/mutation.md)
  if (oldPieces.length >= 2 && oldPieces.every((piece) => piece.parent === oldPieces[0].parent)) {
    const lead = leadPiece(openNew[column], oldPieces, true);
    if (lead && lead !== openOld[row]) return true;
  }
  return false;
}

/** The least body cosine of a rival that a heading pair's body is weighed against (see `bodyFollowsElsewhere`). */
const ELSEWHERE_THRESHOLD = 0.3;
/** How far under that rival's body cosine a heading pair's own must be for the body to follow the rival. */
const ELSEWHERE_MARGIN = 0.5;

/**
 * Whether a pair carried by its headings (`matchedBy` heading, under CONFIDENT) has a body that
 * clearly follows another open section: some rival of either section alike by body
 * ELSEWHERE_THRESHOLD or more, and the pair's own body cosine under ELSEWHERE_MARGIN × that. A
 * section whose lead topic moved to a sibling while its heading stayed alike is read by its body:
 * a pair made on heading words against it is the costliest error, and leaving the section open
 * is better. With the bodies (not the headings) of 2018 （三）改革 and （八）开放 exchanged, 2017
 * （二）深化重要领域和关键环节改革 paired 2018 （三） by heading (0.47; bodies 0.18, against 0.44 for the
 * closest rival by body); it is left open, and 2017 （六）开放, whose body 2018 （三） now holds, pairs
 * with it (0.22). No pair of the judged report years is one of these.
 */
function bodyFollowsElsewhere(
  parts: Array<PairScore | undefined>,
  rows: number,
  columns: number,
  row: number,
  column: number,
): boolean {
  const own = parts[row * columns + column];
  if (!own || own.matchedBy !== 'heading' || own.score >= CONFIDENT) return false;
  const follows = (other: PairScore | undefined) =>
    other !== undefined &&
    other.bodySimilarity >= ELSEWHERE_THRESHOLD &&
    own.bodySimilarity < ELSEWHERE_MARGIN * other.bodySimilarity;
  for (let other = 0; other < columns; other++)
    if (other !== column && follows(parts[row * columns + other])) return true;
  for (let other = 0; other < rows; other++) if (other !== row && follows(parts[other * columns + column])) return true;
  return false;
}

/**
 * Below this heading similarity, two headed sections share no topic by their headings: a pair of
 * them under CONFIDENT is carried by the bodies alone.
 */
const SILENT_HEADINGS = 0.1;

/**
 * Whether a pair carried by its body alone (headings that share nothing, a score under CONFIDENT)
 * opens alike: the openings' cosine OPENING_THRESHOLD or more. A section whose real partner was
 * merged into a sibling is alike by body to that sibling's neighbour through what both run on into
 * (2014 （九）努力建设生态文明的美好家园, the last task, and 2015 六、切实加强政府自身建设: bodies 0.61 through
 * the closing passages, openings 0.04); a reader, who reads what a section opens with, makes no pair.
 */
function opensAlike(a: PlanNode, b: PlanNode, score: PairScore): boolean {
  if (score.score >= CONFIDENT || score.headingSimilarity >= SILENT_HEADINGS) return true;
  if (a.vectors.heading.size === 0 || b.vectors.heading.size === 0) return true;
  return openingSimilarity(a, b) >= OPENING_THRESHOLD;
}

/**
 * Whether the assignment's pair of `row` and `column` counts whatever its rivals (CONFIDENT or
 * more): such a section is settled, and is no rival of another pair.
 */
function settled(scores: Float64Array, columns: number, row: number, column: number): boolean {
  return scores[row * columns + column] >= CONFIDENT;
}

/**
 * For each assigned row, the best score of any other candidate of its row or of its column. A
 * candidate that the assignment gave to another section is weighed as the swap it stands for: two
 * siblings that changed places (A, B → B′, A′), short and alike in form, are each other's runner-up
 * through the place prior, and judged one by one neither pair was sure; judged as a swap, A→A′ with
 * B→B′ against A→B′ with B→A′, each is. The swap is weighed on the words alone (`contents`, without
 * the prior that argues for the old order): the rival counts as `score` × (the swap's total ÷ the
 * pairs' total), so it is under AMBIGUOUS_MARGIN × `score` exactly when the swap is under that share
 * of the two pairs. A rival that no other section took counts as before; one that the assignment
 * gave to another section at CONFIDENT or more does not count (see `settled`): it will not leave its
 * partner, and a section alike to both is not in doubt for it. 2010 （八）努力建设人民满意的服务型政府 →
 * 2011 （十）加强廉政建设和反腐败工作 (0.19) had 2011 （六）加强社会建设和保障改善民生 (0.17) as its rival,
 * which is 2010 （六）着力保障和改善民生's at 0.58.
 */
function runnersUp(
  scores: Float64Array,
  rows: number,
  columns: number,
  assigned: Int32Array,
  contents: Float64Array,
): Float64Array {
  const rowOf = new Int32Array(columns).fill(-1);
  assigned.forEach((column, row) => {
    if (column !== -1) rowOf[column] = row;
  });
  // Each row's closest column by words but its own, when one is strictly closest (else -1); only
  // the assigned rows' are read.
  const closestOther = new Int32Array(rows).fill(-1);
  assigned.forEach((own, row) => {
    let best = -1;
    // Stryker disable next-line BooleanLiteral: the first column read sets tied; none read leaves -1 (docs/mutation.md)
    let tied = false;
    for (let other = 0; other < columns; other++) {
      if (other === own) continue;
      const value = contents[row * columns + other];
      if (best === -1 || value > contents[row * columns + best]) [best, tied] = [other, false];
      else if (value === contents[row * columns + best]) tied = true;
    }
    if (!tied) closestOther[row] = best;
  });
  /** Whether `column` is the closest by words to `row` of every column but the row's own. */
  const mutual = (row: number, column: number): boolean => closestOther[row] === column;
  const result = new Float64Array(rows);
  assigned.forEach((column, row) => {
    if (column === -1) return;
    const value = scores[row * columns + column];
    const own = contents[row * columns + column];
    /** The rival weight of the pair (row, otherColumn) against this one, given the row that took otherColumn. */
    const swapped = (otherRow: number, otherColumn: number): number => {
      // Only two pairs that cross (the order changed), each section's closest other candidate the other's partner.
      const crossed = otherRow < row !== otherColumn < column;
      if (!crossed || !mutual(otherRow, column) || !mutual(row, otherColumn))
        return Math.max(scores[row * columns + otherColumn], scores[otherRow * columns + column]);
      const pairs = own + contents[otherRow * columns + otherColumn];
      const swap = contents[row * columns + otherColumn] + contents[otherRow * columns + column];
      return pairs > 0 ? (value * swap) / pairs : 0;
    };
    let best = 0;
    for (let other = 0; other < columns; other++) {
      if (other === column) continue;
      const otherRow = rowOf[other];
      if (otherRow !== -1 && settled(scores, columns, otherRow, other)) continue;
      best = Math.max(best, otherRow === -1 ? scores[row * columns + other] : swapped(otherRow, other));
    }
    for (let other = 0; other < rows; other++) {
      if (other === row) continue;
      const otherColumn = assigned[other];
      if (otherColumn !== -1 && settled(scores, columns, other, otherColumn)) continue;
      best = Math.max(best, otherColumn === -1 ? scores[other * columns + column] : swapped(other, otherColumn));
    }
    result[row] = best;
  });
  return result;
}

/**
 * Whether a pair is sure enough: a strong score stands alone; a middling one needs its rivals
 * well behind (else it is ambiguous, and reported as removed and added); a weak one, far behind.
 */
function confident(score: number, runnerUp: number): boolean {
  if (score >= CONFIDENT) return true;
  if (score >= MATCH_THRESHOLD) return runnerUp < AMBIGUOUS_MARGIN * score;
  return score >= WEAK_THRESHOLD && runnerUp < CLEAR_MARGIN * score;
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
 * siblings is paired, the children of the sections left open on one side (see `standIns`) are
 * paired, as siblings are but without the place prior when they have several parents, with the
 * sections left open on the other side; the section that held them stays open (it is what was
 * removed or added). A section of either side is paired at most once.
 */
function matchAcrossLevel(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const open = (nodes: PlanNode[], side: Map<PlanNode, PlanNode>) =>
    nodes.filter((node) => !side.has(node) && !isPseudo(node));
  const oldChildren = standIns(open(olds, alignment.forward), alignment.forward);
  if (oldChildren.length > 0) {
    const others = open(news, alignment.backward);
    if (others.length >= 2)
      for (const pairMade of matchGroup(oldChildren, others, alignment, true)) made.push(pairMade);
  }
  const newChildren = standIns(open(news, alignment.backward), alignment.backward);
  if (newChildren.length > 0) {
    const others = open(olds, alignment.forward);
    if (others.length >= 2)
      for (const pairMade of matchGroup(others, newChildren, alignment, true)) made.push(pairMade);
  }
  return made;
}

/**
 * The open children that stand in for the open sections of one side (those of a section with two or
 * more open children), all in one group: which of two such sections' children a section of the
 * other side pairs with is decided by their scores, not by which parent comes first. 2023's
 * waterway notice checks domestic and international shipping apart, each with 核查对象 and 核查内容;
 * 2025 sets out one check, （一）核查对象 and （二）核查内容, under 一、. Taken one parent at a time, the
 * first parent's two took both, and with the two parents in the other order the other parent's did.
 */
function standIns(containers: PlanNode[], side: Map<PlanNode, PlanNode>): PlanNode[] {
  const children: PlanNode[] = [];
  for (const container of containers) {
    const open = container.children.filter((node) => !side.has(node) && !isPseudo(node));
    if (open.length >= 2) for (const node of open) children.push(node);
  }
  return children;
}

/** Pairs a group of siblings, then across a level that moved (see `matchAcrossLevel`). */
function matchSiblings(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made = matchGroup(olds, news, alignment);
  const across = matchAcrossLevel(olds, news, alignment);
  if (across.length === 0) return made;
  for (const pairMade of across) made.push(pairMade);
  // What the level took away may have been the rival that made a pair of siblings ambiguous.
  for (const pairMade of matchGroup(olds, news, alignment)) made.push(pairMade);
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

/** A section left open by the first passes pairs again by its body at this similarity or more… */
const LEFTOVER_THRESHOLD = 0.25;
/** …when every rival of the pair (or swap of it with another pair) scores less than this times as much… */
const LEFTOVER_MARGIN = 0.8;
/** …and the two sections' openings (see `OPENING_LENGTH`) are this similar, and more than to any rival's. */
const OPENING_THRESHOLD = 0.2;
/** Leftover groups larger than this many candidate pairs are not paired again. */
const LEFTOVER_LIMIT = 64 * 64;

/**
 * The scores of every pair of `olds` × `news` by `score` (0 for a pair that cannot be compared), row
 * by row, with a reader of one cell; null when a side is empty or the table would pass LEFTOVER_LIMIT.
 */
function leftoverTable(
  olds: PlanNode[],
  news: PlanNode[],
  score: (a: PlanNode, b: PlanNode) => number,
): { scores: Float64Array; at: (row: number, column: number) => number } | null {
  if (olds.length === 0 || news.length === 0 || olds.length * news.length > LEFTOVER_LIMIT) return null;
  const columns = news.length;
  const scores = new Float64Array(olds.length * columns);
  olds.forEach((a, row) =>
    news.forEach((b, column) => {
      scores[row * columns + column] = comparable(a, b) ? score(a, b) : 0;
    }),
  );
  return { scores, at: (row, column) => scores[row * columns + column] };
}

/** The sections of `olds` and of `news` that `alignment` leaves open. */
function openSides(olds: PlanNode[], news: PlanNode[], alignment: Alignment): [PlanNode[], PlanNode[]] {
  return [olds.filter((a) => !alignment.forward.has(a)), news.filter((b) => !alignment.backward.has(b))];
}

/**
 * The open sections a pair of parents offers to the leftover passes: its open children; for an
 * open child that holds two or more open children, those children instead (a level that moved:
 * 2014 三、2014年重点工作 with （一）…（九） against 2015's top-level 三、…六、; the container stays
 * open); and the open children of a child whose partner has no children at all (2016 三、2016年重点
 * 工作, paired with 2015 二、2015年工作总体部署, brings its tasks to the level of 2015's 三、…六、).
 */
function leftoverCandidates(children: PlanNode[], side: Map<PlanNode, PlanNode>): PlanNode[] {
  const list: PlanNode[] = [];
  const openChildren = (node: PlanNode) => node.children.filter((child) => !side.has(child) && !isPseudo(child));
  for (const child of children) {
    if (isPseudo(child)) continue;
    const partner = side.get(child);
    if (partner) {
      if (partner.children.length === 0) for (const grandchild of openChildren(child)) list.push(grandchild);
      continue;
    }
    const open = openChildren(child);
    if (open.length >= 2) for (const grandchild of open) list.push(grandchild);
    else list.push(child);
  }
  return list;
}

/** The similarity of two sections' bodies (their own text and their subsections'). */
function bodySimilarity(a: PlanNode, b: PlanNode): number {
  // Stryker disable next-line LogicalOperator: cosine of an empty vector is 0 as well (docs/mutation.md)
  return a.vectors.body.size === 0 || b.vectors.body.size === 0 ? 0 : cosine(a.vectors.body, b.vectors.body);
}

/** The similarity of two sections' openings. */
function openingSimilarity(a: PlanNode, b: PlanNode): number {
  return cosine(a.vectors.opening, b.vectors.opening);
}

/**
 * The leftover pass: sections the first passes left open, under the same pair of parents, pair by
 * what their bodies say when their headings were rewritten (2015 四、协调推动经济稳定增长和结构优化
 * → 2016 （三）深挖国内需求潜力: no heading word in common, the same consumption and investment
 * paragraphs). Their rivals in the first pass are gone (paired elsewhere), so a pair must now stand
 * out among what is left: the optimal assignment of the bodies' similarities, each pair kept only
 * when no other open candidate of either section, nor a swap with another pair, comes within
 * LEFTOVER_MARGIN of it. The body alone is not enough: the last task of a report runs on into its
 * closing passages (government, defence, foreign affairs), which make the last tasks of two years
 * alike whatever they are about. So the openings must agree too: what a reader reads first to see
 * what a section is about.
 */
function pairLeftovers(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const table = leftoverTable(olds, news, bodySimilarity);
  if (!table) return made;
  const { scores, at } = table;
  const columns = news.length;
  const assigned = assignMaximum(scores, olds.length, columns, LEFTOVER_THRESHOLD);
  const rowOf = new Int32Array(columns).fill(-1);
  assigned.forEach((column, row) => {
    if (column !== -1) rowOf[column] = row;
  });
  /** Whether a rival candidate, or a swap with another pair, comes close to the pair of `row` and `column`. */
  const contested = (row: number, column: number): boolean => {
    const score = at(row, column);
    for (let other = 0; other < columns; other++) {
      if (other === column) continue;
      const otherRow = rowOf[other];
      const rival =
        otherRow === -1
          ? at(row, other) >= LEFTOVER_MARGIN * score
          : at(row, other) + at(otherRow, column) >= LEFTOVER_MARGIN * (score + at(otherRow, other));
      if (rival) return true;
    }
    for (let other = 0; other < olds.length; other++)
      if (other !== row && assigned[other] === -1 && at(other, column) >= LEFTOVER_MARGIN * score) return true;
    return false;
  };
  /** Whether the openings of the pair agree, and agree with no rival as much. */
  const openingsAgree = (a: PlanNode, b: PlanNode): boolean => {
    const similarity = openingSimilarity(a, b);
    if (similarity < OPENING_THRESHOLD) return false;
    return (
      news.every((other) => other === b || openingSimilarity(a, other) < similarity) &&
      olds.every((other) => other === a || openingSimilarity(other, b) < similarity)
    );
  };
  assigned.forEach((column, row) => {
    if (column === -1 || contested(row, column)) return;
    const a = olds[row];
    const b = news[column];
    if (cosine(a.vectors.heading, b.vectors.heading) < SILENT_HEADINGS) {
      if (!openingsAgree(a, b)) return;
    } else if (ledElsewhere(a, b, olds, news)) return;
    pair(alignment, a, b, scorePair(a, b));
    made.push([a, b]);
  });
  return made;
}

/**
 * Whether `a` or `b` was merged from (or split into) pieces among the other side's `olds` or `news`
 * (two or more, each PIECE_THRESHOLD or more with it, all siblings) and its heading leads with
 * another piece than its partner (see `leadPiece`).
 */
function ledElsewhere(a: PlanNode, b: PlanNode, olds: PlanNode[], news: PlanNode[]): boolean {
  const ledBy = (section: PlanNode, partner: PlanNode, others: PlanNode[]): boolean => {
    const pieces = others.filter(
      (other) => comparable(section, other) && contentScore(section, other).score >= PIECE_THRESHOLD,
    );
    if (pieces.length < 2 || !pieces.every((piece) => piece.parent === pieces[0].parent)) return false;
    const lead = leadPiece(section, pieces);
    return lead !== null && lead !== partner;
  };
  return ledBy(a, b, news) || ledBy(b, a, olds);
}

/** A piece of a split or merged section scores at least this with it (heading and body). */
const PIECE_THRESHOLD = 0.22;

/**
 * A piece leads only when every other piece shares less than this share of the lead clause's words
 * with it (and, in `pairOpenings`, opens less than this share as alike).
 */
const LEAD_MARGIN = 0.5;

/**
 * A heading's clauses, in order: split at commas and semicolons (加快发展社会事业，切实保障和改善民生
 * → 加快发展社会事业 | 切实保障和改善民生), or else at the first 和 or 与 that joins two topics
 * (持续推进民生改善和社会建设 → 持续推进民生改善 | 社会建设); one clause when it has neither.
 */
export function headingClauses(heading: string): string[] {
  const clauses = heading.split(/[，,；;]/).filter((clause) => clause !== '');
  if (clauses.length > 1) return clauses;
  const join = heading.search(/[和与]/);
  return join > 0 && join < heading.length - 1 ? [heading.slice(0, join), heading.slice(join + 1)] : [heading];
}

/**
 * A section split in two (2011 （五）加快发展社会事业，切实保障和改善民生 → 2012 （三）社会事业 and
 * （四）民生), or two merged into one: each piece alone is close to it but none clearly closer, so
 * neither pass pairs it. A reader pairs it with the piece its heading leads with, and the other
 * piece is added (or removed). `pieces` are sibling sections of the other side. The first clause of
 * the section's heading that shares words with a piece's heading decides: the piece that shares
 * the most weight with it, when every other shares less than LEAD_MARGIN times as much; else null
 * (the heading does not tell them apart). A heading of one clause: see `leadingWordPiece`.
 */
function leadPiece(section: PlanNode, pieces: PlanNode[], clausesOnly = false): PlanNode | null {
  const clauses = headingClauses(section.normalHeading);
  if (clauses.length === 1) return clausesOnly ? null : leadingWordPiece(section, pieces);
  for (const clause of clauses) {
    const terms = new Set(termsOf(clause));
    const shares = pieces.map((piece) => {
      let share = 0;
      for (const term of terms)
        share += (section.vectors.heading.get(term) ?? 0) * (piece.vectors.heading.get(term) ?? 0);
      return share;
    });
    const best = shares.indexOf(Math.max(...shares));
    if (shares[best] === 0) continue;
    return shares.some((share, index) => index !== best && share >= LEAD_MARGIN * shares[best]) ? null : pieces[best];
  }
  return null;
}

/** How many of a one-clause heading's first words may name the piece it leads with. */
const LEADING_WORDS = 2;

/**
 * For a heading of one clause (把改革开放扎实推向纵深): the only piece whose heading has one of the
 * heading's first LEADING_WORDS words, taken in order (改革 → 推动重要领域改革取得新突破, not 开创高水平
 * 对外开放新局面); null when a word is in several pieces' headings or none of the first words is.
 */
function leadingWordPiece(section: PlanNode, pieces: PlanNode[]): PlanNode | null {
  for (const term of termsOf(section.normalHeading).slice(0, LEADING_WORDS)) {
    const having = pieces.filter((piece) => piece.headingCounts.has(term));
    if (having.length === 1) return having[0];
    if (having.length > 1) return null;
  }
  return null;
}

/**
 * Pairs each open section that was split (or merged) with its lead piece (see `leadPiece`): its
 * pieces are the open sections of the other side that score PIECE_THRESHOLD or more with it and
 * less with every other open section of its side, two or more of them, all siblings.
 */
function pairLeadPieces(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const [openOld, openNew] = openSides(olds, news, alignment);
  const table = leftoverTable(openOld, openNew, (a, b) => contentScore(a, b).score);
  if (!table) return made;
  const { at } = table;
  const siblings = (pieces: PlanNode[]) => pieces.every((piece) => piece.parent === pieces[0].parent);
  // Old sections split into new pieces.
  openOld.forEach((a, row) => {
    const pieces = openNew.filter((_, column) => {
      const value = at(row, column);
      return value >= PIECE_THRESHOLD && openOld.every((_, other) => other === row || at(other, column) < value);
    });
    const lead = pieces.length >= 2 && siblings(pieces) ? leadPiece(a, pieces) : null;
    if (!lead || alignment.backward.has(lead)) return;
    pair(alignment, a, lead, scorePair(a, lead));
    made.push([a, lead]);
  });
  // New sections merged from old pieces.
  openNew.forEach((b, column) => {
    if (alignment.backward.has(b)) return;
    const pieces = openOld.filter((_, row) => {
      const value = at(row, column);
      return value >= PIECE_THRESHOLD && openNew.every((_, other) => other === column || at(row, other) < value);
    });
    const lead = pieces.length >= 2 && siblings(pieces) ? leadPiece(b, pieces) : null;
    if (!lead || alignment.forward.has(lead)) return;
    pair(alignment, lead, b, scorePair(lead, b));
    made.push([lead, b]);
  });
  return made;
}

/** The least heading similarity of a pair made by its headings' theme alone (see `pairThemes`)… */
const THEME_THRESHOLD = 0.1;
/** …when every other open candidate's heading shares less than this share of it. */
const THEME_MARGIN = 0.5;

/**
 * Words of action and degree that plans put in every heading (加强…建设, 深入推进, 切实做好…工作, 提高…水平):
 * they name no theme. Two headings that share only these share no theme (2014 （七）加强教育、卫生、文化等社会
 * 建设 and 2015 六、切实加强政府自身建设; 2010 （一）提高宏观调控水平… and 2011 （九）进一步提高对外开放水平).
 */
const ACTION_WORDS: ReadonlySet<string> = new Set([
  '加强',
  '加快',
  '加大',
  '推进',
  '推动',
  '促进',
  '提高',
  '提升',
  '深入',
  '深化',
  '切实',
  '全面',
  '坚持',
  '坚定',
  '着力',
  '努力',
  '大力',
  '进一步',
  '积极',
  '扎实',
  '持续',
  '不断',
  '完善',
  '增强',
  '强化',
  '实施',
  '做好',
  '统筹',
  '发展',
  '建设',
  '工作',
  '主要',
  '重点',
  '任务',
  '更大',
  '更好',
  '不移',
  '毫不',
  '取得',
  '实现',
  '保持',
  '巩固',
  '落实',
  '健全',
  '构建',
  '形成',
  '开展',
  '开创',
  '打造',
  '培育',
  '支持',
  '引导',
  '提供',
  '水平',
]);

/**
 * The theme the two sections' headings share: the part of their headings' cosine that words other
 * than `ACTION_WORDS` make.
 */
function sharedTheme(a: PlanNode, b: PlanNode): number {
  const small = a.vectors.heading.size <= b.vectors.heading.size ? a.vectors.heading : b.vectors.heading;
  const large = small === a.vectors.heading ? b.vectors.heading : a.vectors.heading;
  let sum = 0;
  small.forEach((weight, term) => {
    const other = large.get(term);
    if (other !== undefined && !ACTION_WORDS.has(term)) sum += weight * other;
  });
  return sum;
}

/**
 * Whether a rival of a pair by the headings' theme (bodies `body`, openings `opening`) is what a
 * reader of the bodies pairs instead: its body as close (AMBIGUOUS_MARGIN × or more) and its opening
 * closer, OPENING_THRESHOLD or more.
 */
function opensCloserBody(a: PlanNode, b: PlanNode, body: number, opening: number): boolean {
  const rivalOpening = openingSimilarity(a, b);
  return rivalOpening >= OPENING_THRESHOLD && rivalOpening > opening && bodySimilarity(a, b) >= AMBIGUOUS_MARGIN * body;
}

/** Whether two headed sections share no heading word and open apart: alike, if at all, by body alone. */
function bodyAlone(a: PlanNode, b: PlanNode): boolean {
  if (a.vectors.heading.size === 0 || b.vectors.heading.size === 0) return false;
  return cosine(a.vectors.heading, b.vectors.heading) < SILENT_HEADINGS && openingSimilarity(a, b) < OPENING_THRESHOLD;
}

/**
 * What is still open after the leftover passes, paired by the theme of the headings, as a reader
 * pairs two years apart: the one open candidate whose heading shares words with the section's
 * (THEME_THRESHOLD or more), every other open candidate of either sharing less than THEME_MARGIN
 * × as much, and the pair scoring WEAK_THRESHOLD or more on heading and body. 2013 （四）以更大的政治
 * 勇气和智慧，深入推进改革开放 → 2015 三、把改革开放扎实推向纵深 (headings 0.14, no other heading shares a
 * word; by body 2015 六、政府自身建设 was closer, through the closing passages both run on into).
 */
function pairThemes(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const [openOld, openNew] = openSides(olds, news, alignment);
  const table = leftoverTable(openOld, openNew, sharedTheme);
  if (!table) return made;
  const { at } = table;
  const columns = openNew.length;
  const words = new Float64Array(openOld.length * columns).fill(-1);
  /** The pair's score on heading and body, computed when first asked for. */
  const contents = (row: number, column: number): number => {
    const cell = row * columns + column;
    if (words[cell] < 0)
      words[cell] = comparable(openOld[row], openNew[column]) ? contentScore(openOld[row], openNew[column]).score : 0;
    return words[cell];
  };
  /**
   * Whether the old section of `row` and the new one of `column` are each closer by words to another
   * open section than to each other (the pair in question aside: its old section `besidesRow`, or its
   * new one `besidesColumn`): then neither is the other's rival. The same whichever plan is the old one.
   */
  const closerElsewhere = (row: number, column: number, besidesRow: number, besidesColumn: number): boolean => {
    const value = contents(row, column);
    let rowElsewhere = false;
    for (let other = 0; other < columns && !rowElsewhere; other++)
      if (other !== column && other !== besidesColumn && contents(row, other) > value) rowElsewhere = true;
    let columnElsewhere = false;
    for (let other = 0; other < openOld.length && !columnElsewhere; other++)
      if (other !== row && other !== besidesRow && contents(other, column) > value) columnElsewhere = true;
    return rowElsewhere || columnElsewhere;
  };
  openOld.forEach((a, row) => {
    // The table has a column (see leftoverTable). Of two columns that tie, neither is taken: each
    // is within THEME_MARGIN of the other.
    const themes = Array.from({ length: columns }, (_, column) => at(row, column));
    const best = themes.indexOf(Math.max(...themes));
    const value = themes[best];
    if (value < THEME_THRESHOLD) return;
    for (let column = 0; column < columns; column++)
      if (column !== best && at(row, column) >= THEME_MARGIN * value) return;
    for (let other = 0; other < openOld.length; other++)
      if (other !== row && at(other, best) >= THEME_MARGIN * value) return;
    const own = contents(row, best);
    if (own < WEAK_THRESHOLD) return;
    // No rival by words either, for both: none within AMBIGUOUS_MARGIN of the pair, unless it is
    // closer to a third open section (its own partner, by words), or alike by body alone (headings
    // that share nothing, openings apart: the closing passages the last tasks run on into). 2014
    // （七）加强教育、卫生、文化等社会建设 shares 加强…建设 with 2015 六、切实加强政府自身建设, which is
    // closer to 2014 （九） (0.33 against 0.20): no pair.
    const opening = openingSimilarity(a, openNew[best]);
    const body = bodySimilarity(a, openNew[best]);
    const rival = (other: number, column: number, besidesRow: number, besidesColumn = -1): boolean =>
      (contents(other, column) >= AMBIGUOUS_MARGIN * own ||
        opensCloserBody(openOld[other], openNew[column], body, opening)) &&
      !closerElsewhere(other, column, besidesRow, besidesColumn) &&
      !(bodyAlone(openOld[other], openNew[column]) && openingSimilarity(openOld[other], openNew[column]) <= opening);
    for (let column = 0; column < columns; column++) if (column !== best && rival(row, column, -1, best)) return;
    for (let other = 0; other < openOld.length; other++) if (other !== row && rival(other, best, row)) return;
    const b = openNew[best];
    pair(alignment, a, b, scorePair(a, b));
    made.push([a, b]);
  });
  return made;
}

/** The least body similarity of a pair made by its openings (see `pairOpenings`). */
const OPENING_BODY_THRESHOLD = 0.2;

/**
 * What is still open, paired by what the two sections open with: a section split in two (or two
 * merged into one) whose heading was rewritten to another theme, and whose body is as close to
 * another piece, pairs with the piece that opens as it does, as a reader who reads the openings
 * does. 2016 （三）深挖国内需求潜力 (consumption and investment first, then the towns and regions) →
 * 2018 （七）积极扩大消费和促进有效投资 (openings 0.25), not （六）区域协调发展 (closer by body, 0.32 against
 * 0.24). The openings' cosine OPENING_THRESHOLD or more, every other open candidate's of either
 * under LEAD_MARGIN × that, the bodies OPENING_BODY_THRESHOLD or more, and the headings sharing no
 * word but words of action: when they share a theme that other candidates share too (2015
 * 三、把改革开放扎实推向纵深 and 2017 （一）用改革的办法… and （二）深化…改革), the headings' pass has found
 * them ambiguous, and the opening does not overrule it.
 */
function pairOpenings(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const [openOld, openNew] = openSides(olds, news, alignment);
  const table = leftoverTable(openOld, openNew, openingSimilarity);
  if (!table) return made;
  const { at } = table;
  const columns = openNew.length;
  openOld.forEach((a, row) => {
    let best = -1;
    for (let column = 0; column < columns; column++) if (best === -1 || at(row, column) > at(row, best)) best = column;
    // Stryker disable next-line LogicalOperator: best is set, its column still open (docs/mutation.md)
    if (best === -1 || alignment.backward.has(openNew[best])) return;
    const value = at(row, best);
    if (value < OPENING_THRESHOLD) return;
    for (let column = 0; column < columns; column++)
      if (column !== best && at(row, column) >= LEAD_MARGIN * value) return;
    for (let other = 0; other < openOld.length; other++)
      if (other !== row && at(other, best) >= LEAD_MARGIN * value) return;
    const b = openNew[best];
    if (sharedTheme(a, b) > 0 || bodySimilarity(a, b) < OPENING_BODY_THRESHOLD) return;
    pair(alignment, a, b, scorePair(a, b));
    made.push([a, b]);
  });
  return made;
}

/**
 * The leftover passes over every pair of matched parents, the top level first: by body and opening
 * (`pairLeftovers`), then the pieces of a split or merged section (`pairLeadPieces`), the theme the
 * headings share (`pairThemes`), the openings of headings rewritten (`pairOpenings`), the words of a
 * split section's heading (`pairHeadingSplits`) and faint shared themes (`pairFaintThemes`). A pair whose
 * parents are not each other's partners (a level that moved) is explained as moved. Returns whether
 * any pair was made.
 */
function matchLeftovers(oldRoots: PlanNode[], newRoots: PlanNode[], alignment: Alignment): boolean {
  let any = false;
  const parents: Array<[PlanNode[], PlanNode[]]> = [[oldRoots, newRoots]];
  alignment.forward.forEach((b, a) => {
    // A pair of which a side has no children offers the passes no candidate on that side: skipped.
    // Stryker disable next-line LogicalOperator: a childless side offers nothing to pair (docs/mutation.md)
    if (a.children.length === 0 || b.children.length === 0) return;
    if (!isPseudo(a)) parents.push([a.children, b.children]);
  });
  for (const [oldChildren, newChildren] of parents) {
    const olds = leftoverCandidates(oldChildren, alignment.forward);
    const news = leftoverCandidates(newChildren, alignment.backward);
    const made = pairLeftovers(olds, news, alignment);
    for (const lead of pairLeadPieces(olds, news, alignment)) made.push(lead);
    for (const theme of pairThemes(olds, news, alignment)) made.push(theme);
    for (const opening of pairOpenings(olds, news, alignment)) made.push(opening);
    for (const split of pairHeadingSplits(olds, news, alignment)) made.push(split);
    for (const faint of pairFaintThemes(olds, news, alignment)) made.push(faint);
    if (made.length === 0) continue;
    any = true;
    for (const [a, b] of made) {
      const score = alignment.scores.get(a)!;
      const parentsPaired = a.parent === null ? b.parent === null : alignment.forward.get(a.parent) === b.parent;
      if (!parentsPaired && score.matchedBy !== 'identical') score.matchedBy = 'moved-from-parent';
    }
    matchDown(made, alignment);
  }
  return any;
}

/** Moves: what is left, anywhere, against what is left, anywhere (identical ones first). */
function matchMoves(oldAll: PlanNode[], newAll: PlanNode[], alignment: Alignment): void {
  for (let round = 0; round < 3; round++) {
    const leftOld = oldAll.filter((node) => !alignment.forward.has(node) && !isPseudo(node));
    const leftNew = newAll.filter((node) => !alignment.backward.has(node) && !isPseudo(node));
    // Stryker disable next-line LogicalOperator: one side empty, the round makes nothing (docs/mutation.md)
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
  matchMoves(oldAll, newAll, alignment);
  // What the moves left open pairs again under its parents; what that opens below moves again.
  if (matchLeftovers(oldRoots, newRoots, alignment)) matchMoves(oldAll, newAll, alignment);
  return alignment;
}

/**
 * Which matched children changed order beyond what insertions and removals explain: the
 * children not on a longest increasing run of old positions, taken in new order.
 */
export function movedWithinParent(pairs: Array<[PlanNode, PlanNode]>): Set<PlanNode> {
  const ordered = [...pairs].sort((x, y) => x[1].index - y[1].index);
  const values = ordered.map(([a]) => a.index);
  // Longest increasing subsequence, O(n log n). Every slot of the three arrays that is read was
  // written first (the first value's search is empty whatever tails holds at its one slot).
  // Stryker disable next-line ArrayDeclaration: see above (docs/mutation.md)
  const tails: number[] = [];
  // Stryker disable next-line ArrayDeclaration: see above
  const tailIndex: number[] = [];
  // Stryker disable next-line ArrayDeclaration: see above
  const previous: number[] = [];
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

/**
 * What is still open, a section split in two by the words of its heading (or two merged into one):
 * 2013 （四）…深入推进改革开放 → 2014 （一）推动重要领域改革取得新突破 and （二）开创高水平对外开放新局面; 2015
 * 三、把改革开放扎实推向纵深 → 2016 （二）…结构性改革… and （五）…对外开放…. Each piece is short and alike in
 * form, so none scores PIECE_THRESHOLD with the section and `pairLeadPieces` does not see the split;
 * the theme pass finds the two pieces equally close. A reader reads the heading in order: the first
 * of its words (other than words of action) that an open candidate's heading has names the lead
 * piece, when that candidate is the only one to have it, no other open section of the section's side
 * has it in its heading, another word of the heading names another open candidate (a sibling of the
 * lead: the split is visible), and the bodies are alike (OPENING_BODY_THRESHOLD or more). Of several
 * candidates with the first word, one that alone has a later word is that word's piece: 2015
 * 四、协调推动经济稳定增长和结构优化 merged 2014 （三）增强内需拉动经济… and （六）…经济结构优化升级 (with two
 * more); 经济 is in both, 结构 in （六） only, so （三） leads. The other piece is shown as added (or removed).
 */
function pairHeadingSplits(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const [openOld, openNew] = openSides(olds, news, alignment);
  /** The lead piece of `section` among `others` (its peers: the open sections of its own side), or null. */
  const leadOf = (section: PlanNode, others: PlanNode[], peers: PlanNode[]): PlanNode | null => {
    const candidates = others.filter((other) => comparable(section, other) && other.vectors.heading.size > 0);
    const terms = [...new Set(termsOf(section.normalHeading))].filter((term) => !ACTION_WORDS.has(term));
    const holders = terms.map((term) => candidates.filter((candidate) => candidate.headingCounts.has(term)));
    const first = holders.findIndex((having) => having.length > 0);
    if (first === -1 || peers.some((peer) => peer !== section && peer.headingCounts.has(terms[first]))) return null;
    // A candidate that alone has a later word of the heading is that word's piece, not the lead.
    const later = holders.slice(first + 1);
    const ownLater = new Set(later.filter((having) => having.length === 1).map((having) => having[0]));
    const leads = holders[first].length === 1 ? holders[first] : holders[first].filter((piece) => !ownLater.has(piece));
    if (leads.length !== 1) return null;
    const lead = leads[0];
    return later.some((having) => having.some((piece) => piece !== lead && piece.parent === lead.parent)) ? lead : null;
  };
  const take = (a: PlanNode, b: PlanNode) => {
    if (alignment.forward.has(a) || alignment.backward.has(b)) return;
    if (bodySimilarity(a, b) < OPENING_BODY_THRESHOLD) return;
    pair(alignment, a, b, scorePair(a, b));
    made.push([a, b]);
  };
  for (const a of openOld) {
    const lead = leadOf(a, openNew, openOld);
    if (lead) take(a, lead);
  }
  for (const b of openNew) {
    if (alignment.backward.has(b)) continue;
    const lead = leadOf(b, openOld, openNew);
    if (lead) take(lead, b);
  }
  return made;
}

/**
 * What is still open, paired by body when the headings share a theme word but faintly (their cosine
 * under SILENT_HEADINGS, which `pairLeftovers` reads as sharing nothing and asks agreeing openings
 * of): 2013 （一）加快转变经济发展方式，促进经济持续健康发展 → 2014 （三）增强内需拉动经济的主引擎作用
 * (经济; headings 0.095, bodies 0.29, openings 0.08). The pair is each section's closest open
 * candidate by body (LEFTOVER_THRESHOLD or more, every other open candidate of either under
 * LEFTOVER_MARGIN × that), and no other open candidate of either comes within AMBIGUOUS_MARGIN of it
 * on heading and body together: 2016 （二）加强供给侧结构性改革 is closest by body to 2017 （二）深化重要领域
 * 和关键环节改革, but （一）用改革的办法… names 改革 too and is as close on both (0.195 against 0.225):
 * no pair (the readers paired （一）).
 */
function pairFaintThemes(olds: PlanNode[], news: PlanNode[], alignment: Alignment): Array<[PlanNode, PlanNode]> {
  const made: Array<[PlanNode, PlanNode]> = [];
  const [openOld, openNew] = openSides(olds, news, alignment);
  const bodies = leftoverTable(openOld, openNew, bodySimilarity);
  if (!bodies) return made;
  const words = leftoverTable(openOld, openNew, (a, b) => contentScore(a, b).score)!;
  const columns = openNew.length;
  /** Whether any cell of the row and column of (row, column) but its own reaches `share` × its value in `table`. */
  const rivalled = (
    table: { at: (row: number, column: number) => number },
    row: number,
    column: number,
    share: number,
  ) => {
    const value = table.at(row, column);
    for (let other = 0; other < columns; other++)
      if (other !== column && table.at(row, other) >= share * value) return true;
    for (let other = 0; other < openOld.length; other++)
      if (other !== row && table.at(other, column) >= share * value) return true;
    return false;
  };
  openOld.forEach((a, row) => {
    let best = 0;
    for (let column = 1; column < columns; column++) if (bodies.at(row, column) > bodies.at(row, best)) best = column;
    const b = openNew[best];
    if (bodies.at(row, best) < LEFTOVER_THRESHOLD || alignment.backward.has(b)) return;
    if (cosine(a.vectors.heading, b.vectors.heading) >= SILENT_HEADINGS || sharedTheme(a, b) === 0) return;
    if (rivalled(bodies, row, best, LEFTOVER_MARGIN) || rivalled(words, row, best, AMBIGUOUS_MARGIN)) return;
    pair(alignment, a, b, scorePair(a, b));
    made.push([a, b]);
  });
  return made;
}
