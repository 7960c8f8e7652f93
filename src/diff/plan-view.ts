/**
 * The part of a document that a diff compares: the plan (the attachment, when a letter forwards
 * one; else the body), as a tree of comparable nodes with normalised texts and bigram profiles.
 * The forwarding letter and the plan's lead-in paragraphs become nodes of their own, so that
 * changes there are reported too (the letter can be left out).
 */
import type { Attachment, BodyContent, Document, Section, SectionRef } from '../types.js';
import { foldWidth, toSimplified } from '../normalize.js';
import { addCounts, countTerms, termsOf, termStatistics, weigh, type TermVector } from './term-weights.js';
import { LEAD_IN_NAME } from '../passes/locate-in-tree.js';

export interface DiffOptions {
  /** Treat full- and half-width punctuation and digits as the same (，/, （/( １/1). */
  ignorePunctuationWidth?: boolean;
  /** Ignore spaces and line breaks inside the text. */
  ignoreWhitespace?: boolean;
  /** Treat traditional and simplified characters as the same. */
  ignoreVariants?: boolean;
  /** Leave the forwarding letter out: compare only the plan it forwards. */
  ignoreLetter?: boolean;
  /** Compare down to this level; deeper sections count as their parents' text. */
  levels?: number;
}

export interface PlanNode {
  ref: SectionRef;
  level: number;
  heading: string;
  ownText: string;
  normalHeading: string;
  normalOwn: string;
  normalFull: string;
  /** Word counts of the heading, and of the body (own text and every descendant's heading and text). */
  headingCounts: Map<string, number>;
  bodyCounts: Map<string, number>;
  /** TF-IDF vectors over both plans (set by `weighTerms`): heading, body, and the two together. */
  headingVector: TermVector;
  bodyVector: TermVector;
  fullVector: TermVector;
  children: PlanNode[];
  parent: PlanNode | null;
  /** Position among its siblings. */
  index: number;
  /** The attachment the section sits in, or null for the document's own body. */
  container: Attachment | null;
  /** Which part of the document it belongs to: 'plan' (the plan, its lead-in, the letter) or 附件N for another attachment. */
  group: string;
}

export interface PlanView {
  name: string;
  year: number | null;
  title: string | null;
  roots: PlanNode[];
  all: PlanNode[];
  /** The attachment compared, when the document forwards a plan. */
  plan: Attachment | null;
  normalize: (text: string) => string;
}

/** The text normaliser the options ask for. */
export function normaliser(options: DiffOptions): (text: string) => string {
  return (text) => {
    let value = text;
    if (options.ignoreVariants) value = toSimplified(value);
    if (options.ignorePunctuationWidth)
      value = foldWidth(value)
        .replace(/[“”]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/[—–－]/g, '-')
        .replace(/[、]/g, ',')
        .replace(/[。]/g, '.');
    if (options.ignoreWhitespace) value = value.replace(/\s+/g, '');
    return value.trim();
  };
}

function textOf(nodes: BodyContent[], depthLeft: number): string {
  const parts: string[] = [];
  for (const node of nodes) {
    if (node.type === 'paragraph') parts.push(node.text);
    else if (depthLeft <= 0) parts.push(`${node.marker}${node.heading}`, textOf(node.children, 0));
  }
  return parts.filter(Boolean).join('\n');
}

/** Builds the comparable view of a document. */
export function planView(document: Document, options: DiffOptions = {}): PlanView {
  const normalize = normaliser(options);
  const attachments = document.children.filter((node): node is Attachment => node.type === 'attachment');
  const countSections = (nodes: Array<{ type: string }>) => nodes.filter((node) => node.type === 'section').length;
  // The plan is the first attachment with sections (a forwarded plan may bring its own annexes).
  const plan = attachments.find((attachment) => countSections(attachment.children) > 0) ?? null;
  const all: PlanNode[] = [];
  const maxLevel = options.levels ?? Infinity;

  const make = (
    ref: SectionRef,
    level: number,
    heading: string,
    ownText: string,
    parent: PlanNode | null,
    index: number,
    container: Attachment | null,
    group: string,
  ): PlanNode => {
    const normalHeading = normalize(heading);
    const normalOwn = normalize(ownText);
    const node: PlanNode = {
      ref,
      level,
      heading,
      ownText,
      normalHeading,
      normalOwn,
      normalFull: '',
      headingCounts: countTerms(termsOf(normalHeading)),
      bodyCounts: countTerms(termsOf(normalOwn)),
      headingVector: new Map(),
      bodyVector: new Map(),
      fullVector: new Map(),
      children: [],
      parent,
      index,
      container,
      group,
    };
    all.push(node);
    return node;
  };
  const finish = (node: PlanNode) => {
    for (const child of node.children) finish(child);
    node.normalFull = [node.normalHeading, node.normalOwn, ...node.children.map((child) => child.normalFull)]
      .filter(Boolean)
      .join('\n');
    for (const child of node.children) {
      addCounts(node.bodyCounts, child.headingCounts);
      addCounts(node.bodyCounts, child.bodyCounts);
    }
  };
  const build = (
    sections: Section[],
    parent: PlanNode | null,
    level: number,
    container: Attachment | null,
    group: string,
  ): PlanNode[] =>
    sections.map((section, index) => {
      const ownText = textOf(section.children, maxLevel - level);
      const node = make(
        {
          id: section.id,
          role: 'section',
          marker: section.marker,
          heading: section.heading,
          line: section.position.start.line,
        },
        level,
        section.heading,
        ownText,
        parent,
        index,
        container,
        group,
      );
      if (level < maxLevel)
        node.children = build(
          section.children.filter((child): child is Section => child.type === 'section'),
          node,
          level + 1,
          container,
          group,
        );
      return node;
    });

  const roots: PlanNode[] = [];
  const container = plan ? plan.children : document.children;
  // The letter that forwards the plan: its paragraphs and any sections it has.
  if (plan && !options.ignoreLetter) {
    const letter = document.children.filter(
      (node) => node.type === 'paragraph' || node.type === 'section',
    ) as BodyContent[];
    const text = textOf(letter, 0);
    if (text)
      roots.push(
        make(
          { id: 'letter', role: 'letter', marker: '', heading: '(letter)', line: letter[0].position.start.line },
          1,
          '(letter)',
          text,
          null,
          roots.length,
          null,
          'plan',
        ),
      );
  }
  // The plan's lead-in: paragraphs before its first section.
  const firstSection = container.findIndex((node) => node.type === 'section');
  const leadIn = (firstSection === -1 ? container : container.slice(0, firstSection)).filter(
    (node) => node.type === 'paragraph',
  ) as BodyContent[];
  if (leadIn.length > 0)
    roots.push(
      make(
        { id: '0', role: 'lead-in', marker: '', heading: LEAD_IN_NAME, line: leadIn[0].position.start.line },
        1,
        LEAD_IN_NAME,
        textOf(leadIn, 0),
        null,
        roots.length,
        plan,
        'plan',
      ),
    );
  const sections = container.filter((node): node is Section => node.type === 'section');
  for (const node of build(sections, null, 1, plan, 'plan')) {
    node.index = roots.length;
    roots.push(node);
  }
  // Other attachments (a task table, a form): one node each, their sections below it.
  if (plan && !options.ignoreLetter) {
    attachments.forEach((attachment, ordinal) => {
      if (attachment === plan) return;
      const id = `附件${attachment.index ?? ordinal + 1}`;
      const body = attachment.children.filter((child) => child.type === 'paragraph') as BodyContent[];
      const node = make(
        { id, role: 'annex', marker: '', heading: attachment.title || id, line: attachment.position.start.line },
        1,
        attachment.title || id,
        textOf(body, 0),
        null,
        roots.length,
        attachment,
        id,
      );
      node.children = build(
        attachment.children.filter((child): child is Section => child.type === 'section'),
        node,
        2,
        attachment,
        id,
      );
      roots.push(node);
    });
  }
  for (const root of roots) finish(root);
  return {
    name: document.source.name,
    year: document.meta.year,
    title: plan?.title ?? document.meta.title,
    roots,
    all,
    plan,
    normalize,
  };
}

/**
 * Weighs every node's words against both plans (TF-IDF), so that a word each section of the two
 * plans uses counts for little: sets each node's heading, body and full vectors.
 */
export function weighTerms(views: PlanView[]): void {
  const nodes = views.flatMap((view) => view.all);
  const full = new Map<PlanNode, Map<string, number>>();
  for (const node of nodes) {
    const counts = new Map(node.bodyCounts);
    addCounts(counts, node.headingCounts);
    full.set(node, counts);
  }
  const statistics = termStatistics(full.values());
  for (const node of nodes) {
    node.headingVector = weigh(node.headingCounts, statistics);
    node.bodyVector = weigh(node.bodyCounts, statistics);
    node.fullVector = weigh(full.get(node)!, statistics);
  }
}
