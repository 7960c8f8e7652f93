/**
 * Shared by the alignment tests: sibling sections of a parsed plan, the plan's text with two
 * adjacent sections swapped, the section pairs of kepu's diff, and two texts aligned as `kepu diff`
 * aligns them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffPlans, parseCircular } from '../../src/index.js';
import type { Document } from '../../src/types.js';
import { alignSections, isPseudo } from '../../src/diff/align-sections.js';
import { IdentityTable, planView, weighTerms, type PlanNode, type PlanView } from '../../src/diff/plan-view.js';

export interface SectionLike {
  type: string;
  id: string;
  marker: string;
  position: { start: { offset: number }; end: { offset: number } };
  children?: SectionLike[];
}

/** Every group of two or more sibling sections under `root` (a document or one of its parts). */
export function siblingGroups(root: Document | SectionLike): SectionLike[][] {
  const groups: SectionLike[][] = [];
  const walk = (node: SectionLike) => {
    const sections = (node.children ?? []).filter((child) => child.type === 'section');
    if (sections.length >= 2) groups.push(sections);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root as unknown as SectionLike);
  return groups;
}

/** The plan a letter forwards (its first attachment with sections), or the document itself. */
export function planRoot(document: Document): Document | SectionLike {
  const children = document.children as unknown as SectionLike[];
  return (
    children.find((child) => child.type === 'attachment' && child.children?.some((c) => c.type === 'section')) ??
    document
  );
}

/** `source` with the texts of adjacent sections `a` and `b` swapped, each through `rewrite`; markers stay. */
export function swapSections(
  source: string,
  a: SectionLike,
  b: SectionLike,
  rewrite: (body: string) => string = (body) => body,
): string {
  const bodyOf = (node: SectionLike) =>
    rewrite(source.slice(node.position.start.offset + node.marker.length, node.position.end.offset));
  return (
    source.slice(0, a.position.start.offset + a.marker.length) +
    bodyOf(b) +
    source.slice(a.position.end.offset, b.position.start.offset + b.marker.length) +
    bodyOf(a) +
    source.slice(b.position.end.offset)
  );
}

/** The diff's section pairs, old id → new id and the change's kinds, up to an annex (which repeats the plan's ids). */
export function sectionPairs(
  oldDocument: Document,
  newDocument: Document,
): Map<string, { id: string; kinds: string[] }> {
  const pairs = new Map<string, { id: string; kinds: string[] }>();
  for (const change of diffPlans(oldDocument, newDocument).changes) {
    if (change.old?.role === 'annex' || change.new?.role === 'annex') break;
    if (change.old?.role === 'section' && change.new?.role === 'section')
      pairs.set(change.old.id, { id: change.new.id, kinds: change.kinds });
  }
  return pairs;
}

/**
 * Two plans aligned as kepu diff aligns them: the pairs by section id, each side's node by id, and
 * an old section's reason. Call it inside a test: Stryker switches a mutant on for a test only.
 */
export function alignDocuments(oldDocument: Document, newDocument: Document) {
  const identities = new IdentityTable();
  const oldView = planView(oldDocument, {}, identities);
  const newView = planView(newDocument, {}, identities);
  weighTerms([oldView, newView]);
  const alignment = alignSections(oldView.roots, newView.roots, oldView.all, newView.all);
  const pairs = new Map<string, string>();
  alignment.forward.forEach((b, a) => {
    if (!isPseudo(a)) pairs.set(a.ref.id, b.ref.id);
  });
  const find = (view: PlanView, id: string): PlanNode => view.all.find((node) => node.ref.id === id)!;
  return {
    alignment,
    pairs,
    old: (id: string) => find(oldView, id),
    new: (id: string) => find(newView, id),
    reason: (id: string) => alignment.scores.get(find(oldView, id))?.matchedBy,
  };
}

/** Two texts aligned as `alignDocuments` aligns their trees. */
export function alignPlans(oldText: string, newText: string, names: [string, string] = ['old.txt', 'new.txt']) {
  return alignDocuments(parseCircular(oldText, { name: names[0] }), parseCircular(newText, { name: names[1] }));
}

/**
 * The sentences of one clause or more of the 2010 and 2011 work reports' text (fixtures/work-reports),
 * once each: no heading, none opening with a figure. Bodies for the alignment's built plans.
 */
export function sentencesOf2010And2011(): string[] {
  const report = (year: number) =>
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'work-reports', `${year}.txt`), 'utf8');
  return [
    ...new Set(
      [2010, 2011]
        .flatMap((year) => report(year).split('\n'))
        .filter((line) => !/^[一二三四五六七八九十（]/.test(line))
        .flatMap((line) => line.split('。'))
        .map((sentence) => sentence.trim())
        .filter((sentence) => sentence.length >= 30 && sentence.indexOf('，') > 0 && !/^\d|[：；]/.test(sentence)),
    ),
  ];
}

/**
 * The lines of the task of 三、 whose marker line starts with `start`: from that line up to the next
 * line with a marker (（X） or X、), as [from, to) indexes into `lines`.
 */
export function taskSpan(lines: string[], start: string): [number, number] {
  const tasks = lines.findIndex((line) => line.startsWith('三、'));
  const marker = /^（[一二三四五六七八九十]+）|^[一二三四五六七八九十]+、/;
  const from = lines.findIndex((line, index) => index > tasks && line.startsWith(start));
  let to = from + 1;
  while (to < lines.length && !marker.test(lines[to])) to++;
  return [from, to];
}
