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
  /** The heading and the section's own text (its paragraphs; not its subsections), as the options normalise them. */
  normalHeading: string;
  normalOwn: string;
  /**
   * The identity of the whole subtree (heading, own text and children, normalised): equal
   * numbers mean identical sections, across both plans of a diff (see `planView`'s `identities`).
   */
  identity: number;
  /** Word counts of the heading and of the node's own text. */
  headingCounts: Map<string, number>;
  ownCounts: Map<string, number>;
  /**
   * TF-IDF vectors over both plans (set by `weighTerms`, each computed when first read): the
   * heading, the body (own text and every descendant's heading and text), and the two together.
   */
  vectors: { readonly heading: TermVector; readonly body: TermVector; readonly full: TermVector };
  children: PlanNode[];
  parent: PlanNode | null;
  /** Position among its siblings. */
  index: number;
  /** The attachment the section sits in, or null for the document's own body. */
  container: Attachment | null;
  /**
   * Which part of the document it belongs to: 'plan' (the plan, its lead-in, the letter) or 附件N
   * for another attachment.
   */
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
export function planView(
  document: Document,
  options: DiffOptions = {},
  identities: Map<string, number> = new Map(),
): PlanView {
  const normalize = normaliser(options);
  const attachments = document.children.filter((node): node is Attachment => node.type === 'attachment');
  const countSections = (nodes: Array<{ type: string }>) => nodes.filter((node) => node.type === 'section').length;
  // The plan is the first attachment with sections (a forwarded plan may bring its own annexes).
  const plan = attachments.find((attachment) => countSections(attachment.children) > 0) ?? null;
  const all: PlanNode[] = [];
  const maxLevel = options.levels ?? Infinity;
  // Word counts per distinct text: plans repeat headings and phrases, and segmenting is the cost.
  const counted = new Map<string, Map<string, number>>();
  const countsOf = (text: string) => {
    let counts = counted.get(text);
    if (!counts) counted.set(text, (counts = countTerms(termsOf(text))));
    return counts;
  };

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
      normalHeading,
      normalOwn,
      identity: -1,
      headingCounts: countsOf(normalHeading),
      ownCounts: countsOf(normalOwn),
      vectors: { heading: new Map(), body: new Map(), full: new Map() },
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
    const key = `${node.ref.role}\u0000${node.normalHeading}\u0000${node.normalOwn}\u0000${node.children.map((child) => child.identity).join(',')}`;
    let identity = identities.get(key);
    if (identity === undefined) identities.set(key, (identity = identities.size));
    node.identity = identity;
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
 * Weighs every node's words against both plans (TF-IDF, each node's own heading and text one
 * document), so that a word each section of the two plans uses counts for little. Vectors are
 * computed when first read: sections paired as identical never need theirs.
 */
export function weighTerms(views: PlanView[]): void {
  const nodes = views.flatMap((view) => view.all);
  const own = (node: PlanNode) => {
    const counts = new Map(node.ownCounts);
    addCounts(counts, node.headingCounts);
    return counts;
  };
  const statistics = termStatistics(nodes.map(own));
  const bodies = new Map<PlanNode, Map<string, number>>();
  const bodyCounts = (node: PlanNode): Map<string, number> => {
    let counts = bodies.get(node);
    if (!counts) {
      counts = new Map(node.ownCounts);
      for (const child of node.children) {
        addCounts(counts, child.headingCounts);
        addCounts(counts, bodyCounts(child));
      }
      bodies.set(node, counts);
    }
    return counts;
  };
  for (const node of nodes) {
    let heading: TermVector | undefined;
    let body: TermVector | undefined;
    let full: TermVector | undefined;
    node.vectors = {
      get heading() {
        return (heading ??= weigh(node.headingCounts, statistics));
      },
      get body() {
        return (body ??= weigh(bodyCounts(node), statistics));
      },
      get full() {
        if (!full) {
          const counts = new Map(bodyCounts(node));
          addCounts(counts, node.headingCounts);
          full = weigh(counts, statistics);
        }
        return full;
      },
    };
  }
}
