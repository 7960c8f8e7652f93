/**
 * The part of a document that a diff compares: the plan (the attachment, when a letter forwards
 * one; else the body), as a tree of comparable nodes with normalised texts and bigram profiles.
 * The forwarding letter and the plan's lead-in paragraphs become nodes of their own, so that
 * changes there are reported too (the letter can be left out).
 */
import type {
  Attachment,
  AttachmentContent,
  BodyContent,
  Document,
  RootContent,
  Section,
  SectionRef,
} from '../types.js';
import { foldWidth, toSimplified } from '../normalize.js';
import {
  addCounts,
  countTerms,
  segmentRuns,
  termsOf,
  termStatistics,
  weigh,
  type TermStatistics,
  type TermVector,
} from './term-weights.js';
import { LEAD_IN_NAME } from '../passes/locate-in-tree.js';
import { planYearOf } from '../passes/plan-year.js';

/**
 * Options of diffPlans: what to ignore when comparing, and how deep to go.
 *
 * @example
 * diffPlans(old, new, { ignorePunctuationWidth: true } satisfies DiffOptions)
 */
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
  /**
   * Each plan's year and reference day, for plans that give none (or to override them), as
   * `kepu deadlines --year` and `--reference-date`: one entry per plan, in the order given (the
   * old plan, the new; for a series, every plan).
   */
  references?: Array<PlanReference | undefined>;
}

/**
 * The year a plan's relative dates count from (9月底前 → that year's 30 September), and the day
 * its limits counted in days start on (自印发之日起30日内), when the plan does not give them.
 *
 * @example
 * diffPlans(report2018, report2019, { references: [{ year: 2018 }, { year: 2019 }] } satisfies DiffOptions)
 */
export interface PlanReference {
  year?: number;
  /** YYYY-MM-DD. */
  date?: string;
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
  /** Word counts of the section's opening: the first OPENING_LENGTH characters of its body. */
  openingCounts: Map<string, number>;
  /**
   * TF-IDF vectors over both plans (set by `weighTerms`, each computed when first read): the
   * heading, the body (own text and every descendant's heading and text), the two together, and the
   * opening (see `openingCounts`).
   */
  vectors: {
    readonly heading: TermVector;
    readonly body: TermVector;
    readonly full: TermVector;
    readonly opening: TermVector;
  };
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
  /**
   * The part of a yearly plan the section sits in, by its own heading or an ancestor's (see
   * `PART_HEADINGS`): 'review' (一、2018年工作回顾 and its subsections: the year's achievements),
   * 'period' (二、“十二五”时期的主要目标和任务: a plan of five years inside the year's), or '' (what the
   * plan sets out to do this year).
   */
  part: PlanPart;
}

export interface PlanView {
  name: string;
  /** The plan's year: the one given (`PlanReference`), else its own. */
  year: number | null;
  /** The year and day given for the plan, if any (the deadlines are read against them). */
  reference: PlanReference;
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

/**
 * The text of a section's children down to the compared depth, up to the plan's closing passages
 * (`closing`, a suffix of the last section's paragraphs: see `closingParagraphs`).
 */
function textOf(nodes: BodyContent[], depthLeft: number, closing?: ReadonlySet<BodyContent>): string {
  // Most sections of a long plan have no text of their own below their heading, or one paragraph.
  if (nodes.length === 0) return '';
  if (nodes.length === 1 && nodes[0].type === 'paragraph') return nodes[0].text;
  const parts: string[] = [];
  for (const node of nodes) {
    if (closing?.has(node)) break;
    if (node.type === 'paragraph') parts.push(node.text);
    else if (depthLeft <= 0) parts.push(`${node.marker}${node.heading}`, textOf(node.children, 0, closing));
  }
  return parts.filter(Boolean).join('\n');
}

/** What building a view needs: the normaliser, the identity table, the depth, the nodes made. */
interface ViewContext {
  normalize: (text: string) => string;
  identities: IdentityTable;
  maxLevel: number;
  all: PlanNode[];
  /** Word counts per distinct text: plans repeat headings and phrases, and segmenting is the cost. */
  countsOf: (text: string) => Map<string, number>;
  /**
   * The plan's year when words of time are read relative to it (see `relativeYearTerm`), set by
   * `weighTerms` before any word is counted; null: every word as written.
   */
  relativeTo: number | null;
  /** The year the plan's text gives when its fields give none (一、2018年工作回顾 → 2019; see `planYearOf`). */
  inferredYear: number | null;
  /** The plan's closing passages (see `closingParagraphs`), which are not the last section's text. */
  closing: ReadonlySet<BodyContent>;
}

/**
 * Words that name a year relative to the plan's own, as the segmenter gives them (上年 and 本年 are
 * split into single characters, which are no terms): the offset from the plan's year.
 */
const RELATIVE_YEAR_WORDS: ReadonlyMap<string, number> = new Map([
  ['今年', 0],
  ['本年度', 0],
  ['去年', -1],
  ['前年', -2],
]);

/** The most years before the plan's own that a year is read relative to it (a review looks back two). */
const YEARS_BACK = 2;

/**
 * A term as the pairing weighs it in a plan of the given year: the plan's year and the two before
 * it, as digits (2011) or as words (今年, 去年, 前年), become one term for each offset, so that
 * 2011's 三、2011年的工作 meets 2012's 三、2012年主要任务 and not 一、2011年工作回顾. Later years are
 * kept as written: 到2020年 is the same target in every plan that names it.
 */
function relativeYearTerm(term: string, year: number): string {
  const first = term.charCodeAt(0);
  if (first === 0x31 || first === 0x32) {
    // Four ASCII digits, read as a number only when they are (most terms are Chinese words).
    if (term.length !== 4) return term;
    const offset = Number(term) - year;
    return offset <= 0 && offset >= -YEARS_BACK && Number.isInteger(offset) ? RELATIVE_TERMS[-offset] : term;
  }
  if (term.length > 3) return term;
  const word = RELATIVE_YEAR_WORDS.get(term);
  return word === undefined ? term : RELATIVE_TERMS[-word];
}

/** The term of each offset back from the plan's year: 〈年0〉, 〈年-1〉, 〈年-2〉. */
const RELATIVE_TERMS = Array.from({ length: YEARS_BACK + 1 }, (_, back) => `〈年${back === 0 ? 0 : -back}〉`);

function createContext(options: DiffOptions, identities: IdentityTable): ViewContext {
  const counted = new Map<string, Map<string, number>>();
  const context: ViewContext = {
    normalize: normaliser(options),
    identities,
    maxLevel: options.levels ?? Infinity,
    all: [],
    relativeTo: null,
    inferredYear: null,
    closing: new Set(),
    countsOf: (text) => {
      let counts = counted.get(text);
      if (!counts) {
        const terms = termsOf(text);
        const year = context.relativeTo;
        if (year !== null)
          for (let index = 0; index < terms.length; index++) terms[index] = relativeYearTerm(terms[index], year);
        counted.set(text, (counts = countTerms(terms)));
      }
      return counts;
    },
  };
  return context;
}

/** Each view's context, for `weighTerms` to set how words of time are read before they are counted. */
const contexts = new WeakMap<PlanView, ViewContext>();

/** Where a node sits: its parent, its place among its siblings, its container and group. */
interface Placement {
  parent: PlanNode | null;
  index: number;
  container: Attachment | null;
  group: string;
  /** The part the parent sits in (see `PlanNode.part`). */
  part: PlanPart;
}

/** The parts of a yearly plan that pair only among themselves (see `PlanNode.part`). */
export type PlanPart = '' | 'review' | 'period';

/**
 * Headings that open a part of a yearly plan other than the year's work, first match first. A
 * review of past work: 一、2018年工作回顾, 一、过去五年工作回顾, 一、“十一五”时期国民经济和社会发展的回顾,
 * 一、2022年工作总结. A plan of a five-year period: 二、“十二五”时期的主要目标和任务. A section and its
 * subsections are the part; a reader pairs them only within the same part of the other plan (a task
 * of 2016, 稳定和完善宏观经济政策, is never the achievement 2018 reviews, 着力创新和完善宏观调控; the
 * 十二五 plan is not 2013's 总体要求、主要预期目标, though both name their 主要目标).
 */
const PART_HEADINGS: ReadonlyArray<{ part: PlanPart; pattern: RegExp }> = [
  { part: 'review', pattern: /回顾[。.]?$/ },
  { part: 'review', pattern: /工作总结[。.]?$/ },
  { part: 'period', pattern: /十[一二三四五六七八九十]五[”"]?时期/ },
];

/** The part a heading opens (see `PART_HEADINGS`), or '' for none. */
export function partOfHeading(heading: string): PlanPart {
  const trimmed = heading.trim();
  return PART_HEADINGS.find(({ pattern }) => pattern.test(trimmed))?.part ?? '';
}

/** No children: what every leaf of a view has. */
const NO_CHILDREN: PlanNode[] = [];

/** No vectors yet: `weighTerms` gives every node its own. */
const NO_VECTORS: PlanNode['vectors'] = { heading: new Map(), body: new Map(), full: new Map(), opening: new Map() };

/**
 * How much of a section's body is its opening: about two sentences, what a reader reads to see
 * what a section is about before its later paragraphs (and the closing passages that run on
 * into the last section of a report) say anything.
 */
const OPENING_LENGTH = 200;

/** The opening of a section's body: its own text's, else its first subsection's heading and text. */
function openingOf(node: PlanNode): string {
  if (node.normalOwn !== '' || node.children.length === 0) return node.normalOwn.slice(0, OPENING_LENGTH);
  const first = node.children[0];
  return `${first.normalHeading}\n${first.normalOwn}`.slice(0, OPENING_LENGTH);
}

/**
 * A node of the view. Word counts are made when first read: a section paired as identical is
 * never segmented. The lazy fields are a class's, not closures per node: a plan of 50,000
 * sections would otherwise make 100,000 closures and 150,000 empty maps.
 */
class ViewNode implements PlanNode {
  identity = -1;
  vectors = NO_VECTORS;
  // A leaf's children: one empty list for all of them (lists are replaced, never added to).
  children: PlanNode[] = NO_CHILDREN;
  parent: PlanNode | null;
  index: number;
  container: Attachment | null;
  group: string;
  part: PlanPart;
  readonly #countsOf: (text: string) => Map<string, number>;
  #headingCounts: Map<string, number> | undefined;
  #ownCounts: Map<string, number> | undefined;
  #openingCounts: Map<string, number> | undefined;

  constructor(
    countsOf: (text: string) => Map<string, number>,
    public ref: SectionRef,
    public level: number,
    public normalHeading: string,
    public normalOwn: string,
    place: Placement,
  ) {
    this.#countsOf = countsOf;
    this.parent = place.parent;
    this.index = place.index;
    this.container = place.container;
    this.group = place.group;
    this.part = place.part;
  }

  get headingCounts(): Map<string, number> {
    return (this.#headingCounts ??= this.#countsOf(this.normalHeading));
  }

  get ownCounts(): Map<string, number> {
    return (this.#ownCounts ??= this.#countsOf(this.normalOwn));
  }

  get openingCounts(): Map<string, number> {
    return (this.#openingCounts ??= this.#countsOf(openingOf(this)));
  }
}

function makeNode(
  context: ViewContext,
  ref: SectionRef,
  level: number,
  texts: { heading: string; own: string },
  place: Placement,
): PlanNode {
  const node = new ViewNode(
    context.countsOf,
    ref,
    level,
    context.normalize(texts.heading),
    context.normalize(texts.own),
    place,
  );
  context.all.push(node);
  return node;
}

/** FNV-1a over a string's code units, on from `hash`. */
function hashText(text: string, hash: number): number {
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 16777619);
  return Math.imul(hash ^ 0xffff, 16777619); // the end of the text: "ab" + "c" differs from "a" + "bc"
}

/** The same subtree: role, heading, own text and children's identities. */
function sameSubtree(a: PlanNode, b: PlanNode): boolean {
  if (a.ref.role !== b.ref.role || a.normalHeading !== b.normalHeading || a.normalOwn !== b.normalOwn) return false;
  if (a.children.length !== b.children.length) return false;
  for (let index = 0; index < a.children.length; index++) {
    if (a.children[index].identity !== b.children[index].identity) return false;
  }
  return true;
}

/**
 * Numbers for subtrees, shared by the two plans of a diff: equal numbers for the same role,
 * heading, own text and children's numbers, counted from 0 in the order first seen. Looked up by
 * a hash of those, each candidate compared in full, so that no key string is made and kept for
 * each of 100,000 sections.
 */
export class IdentityTable {
  readonly #byHash = new Map<number, PlanNode[]>();
  #count = 0;

  /** The number of a node whose children are numbered already. */
  numberOf(node: PlanNode): number {
    let hash = hashText(node.ref.role, 0x811c9dc5);
    hash = hashText(node.normalHeading, hash);
    hash = hashText(node.normalOwn, hash);
    for (let index = 0; index < node.children.length; index++) {
      hash = Math.imul(hash ^ node.children[index].identity, 16777619);
    }
    const key = hash >>> 2; // a small integer, kept by the map without a heap number
    const seen = this.#byHash.get(key);
    if (seen === undefined) {
      this.#byHash.set(key, [node]);
      return this.#count++;
    }
    for (let index = 0; index < seen.length; index++) {
      if (sameSubtree(node, seen[index])) return seen[index].identity;
    }
    seen.push(node);
    return this.#count++;
  }
}

/** Gives each node of a subtree its identity: equal for identical subtrees, across both plans. */
function finishNode(context: ViewContext, node: PlanNode): void {
  for (let index = 0; index < node.children.length; index++) finishNode(context, node.children[index]);
  node.identity = context.identities.numberOf(node);
}

/**
 * A paragraph that only addresses the audience (各位代表！, 同志们：): in a speech or report, it opens
 * a passage of its own. After the last task of a government work report, the passages it opens
 * (the government's own conduct, defence, Hong Kong and Macao, foreign policy, the final call)
 * are the report's closing, not more of the last task.
 */
const VOCATIVE = /^(?:各位(?:代表|委员|同志|来宾)|同志们|代表们|朋友们|女士们[、，,]?先生们)[！!：:]$/;

/**
 * The plan's closing passages: from the first paragraph that only addresses the audience (see
 * `VOCATIVE`) among the paragraphs after the last subsection of the plan's last section (or of
 * its last subsection, and so on down), to the end. Empty when there is none.
 */
function closingParagraphs(sections: Section[]): BodyContent[] {
  for (let section = sections.at(-1); section;) {
    const children = section.children;
    let lastSection = children.length - 1;
    while (lastSection >= 0 && children[lastSection].type !== 'section') lastSection--;
    const vocative = children.findIndex(
      (child, index) =>
        index > lastSection &&
        index < children.length - 1 &&
        child.type === 'paragraph' &&
        VOCATIVE.test(child.text.trim()),
    );
    if (vocative !== -1) return children.slice(vocative);
    // Text after the last subsection comes after anything inside it.
    if (lastSection !== children.length - 1) return [];
    section = children[lastSection] as Section;
  }
  return [];
}

/** Nodes for a list of sections and, down to the compared depth, their subsections. */
function buildNodes(
  context: ViewContext,
  sections: Section[],
  level: number,
  place: Omit<Placement, 'index'>,
): PlanNode[] {
  const nodes: PlanNode[] = new Array(sections.length);
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index];
    const ref: SectionRef = {
      id: section.id,
      role: 'section',
      marker: section.marker,
      heading: section.heading,
      line: section.position.start.line,
    };
    const own = textOf(section.children, context.maxLevel - level, context.closing);
    const node = makeNode(
      context,
      ref,
      level,
      { heading: section.heading, own },
      {
        parent: place.parent,
        index,
        container: place.container,
        group: place.group,
        part: place.part || partOfHeading(section.heading),
      },
    );
    if (level < context.maxLevel && section.children.some((child) => child.type === 'section')) {
      const subsections = section.children.filter((child): child is Section => child.type === 'section');
      node.children = buildNodes(context, subsections, level + 1, {
        parent: node,
        container: place.container,
        group: place.group,
        part: node.part,
      });
    }
    nodes[index] = node;
  }
  return nodes;
}

/** The forwarding letter's node: its paragraphs and any sections it has. */
function letterNode(context: ViewContext, document: Document, index: number): PlanNode | null {
  const letter = document.children.filter(
    (node) => node.type === 'paragraph' || node.type === 'section',
  ) as BodyContent[];
  const text = textOf(letter, 0);
  if (!text) return null;
  const ref: SectionRef = {
    id: 'letter',
    role: 'letter',
    marker: '',
    heading: '(letter)',
    line: letter[0].position.start.line,
  };
  return makeNode(
    context,
    ref,
    1,
    { heading: '(letter)', own: text },
    { parent: null, index, container: null, group: 'plan', part: '' },
  );
}

/** The plan's lead-in node: its paragraphs before the first section. */
function leadInNode(
  context: ViewContext,
  container: Array<RootContent | AttachmentContent>,
  plan: Attachment | null,
  index: number,
): PlanNode | null {
  const firstSection = container.findIndex((node) => node.type === 'section');
  const leadIn = (firstSection === -1 ? container : container.slice(0, firstSection)).filter(
    (node) => node.type === 'paragraph',
  ) as BodyContent[];
  return paragraphsNode(context, leadIn, { id: '0', role: 'lead-in', heading: LEAD_IN_NAME }, plan, index);
}

/** A node of the plan's own paragraphs outside its sections (its lead-in, its closing), or null for none. */
function paragraphsNode(
  context: ViewContext,
  paragraphs: BodyContent[],
  name: Pick<SectionRef, 'id' | 'role' | 'heading'>,
  plan: Attachment | null,
  index: number,
): PlanNode | null {
  if (paragraphs.length === 0) return null;
  const { id, role, heading } = name;
  const ref: SectionRef = { id, role, marker: '', heading, line: paragraphs[0].position.start.line };
  return makeNode(
    context,
    ref,
    1,
    { heading, own: textOf(paragraphs, 0) },
    { parent: null, index, container: plan, group: 'plan', part: '' },
  );
}

/** What the closing node is called in every output. */
export const CLOSING_NAME = '(closing)';

/** Another attachment of a forwarded plan (a task table, a form): one node, its sections below it. */
function annexNode(context: ViewContext, attachment: Attachment, ordinal: number, index: number): PlanNode {
  const id = `附件${attachment.index ?? ordinal + 1}`;
  const body = attachment.children.filter((child) => child.type === 'paragraph') as BodyContent[];
  const heading = attachment.title || id;
  const ref: SectionRef = { id, role: 'annex', marker: '', heading, line: attachment.position.start.line };
  const node = makeNode(
    context,
    ref,
    1,
    { heading, own: textOf(body, 0) },
    { parent: null, index, container: attachment, group: id, part: '' },
  );
  const sections = attachment.children.filter((child): child is Section => child.type === 'section');
  node.children = buildNodes(context, sections, 2, { parent: node, container: attachment, group: id, part: '' });
  return node;
}

/**
 * A plan's year: the one given for it, else its own (title, 发文字号, date), else the given day's.
 *
 * @example
 * planYear(parseCircular('政府工作报告\n一、…'), { year: 2019 }) // 2019
 */
export function planYear(document: Document, reference: PlanReference = {}): number | null {
  return reference.year ?? document.meta.year ?? (reference.date ? Number(reference.date.slice(0, 4)) : null);
}

/** Builds the comparable view of a document; `identities` is shared by the two plans of a diff. */
export function planView(
  document: Document,
  options: DiffOptions = {},
  identities: IdentityTable = new IdentityTable(),
  reference: PlanReference = {},
): PlanView {
  const context = createContext(options, identities);
  const normalize = context.normalize;
  const all = context.all;
  const attachments = document.children.filter((node): node is Attachment => node.type === 'attachment');
  // The plan is the first attachment with sections (a forwarded plan may bring its own annexes).
  const plan = attachments.find((attachment) => attachment.children.some((node) => node.type === 'section')) ?? null;
  const roots: PlanNode[] = [];
  const push = (node: PlanNode | null) => {
    if (node) roots.push(node);
  };
  const container = plan ? plan.children : document.children;
  if (plan && !options.ignoreLetter) push(letterNode(context, document, roots.length));
  push(leadInNode(context, container, plan, roots.length));
  const sections = container.filter((node): node is Section => node.type === 'section');
  const closing = closingParagraphs(sections);
  context.closing = new Set(closing);
  for (const node of buildNodes(context, sections, 1, {
    parent: null,
    container: plan,
    group: 'plan',
    part: '',
  })) {
    node.index = roots.length;
    roots.push(node);
  }
  push(paragraphsNode(context, closing, { id: 'closing', role: 'closing', heading: CLOSING_NAME }, plan, roots.length));
  if (plan && !options.ignoreLetter) {
    attachments.forEach((attachment, ordinal) => {
      if (attachment !== plan) push(annexNode(context, attachment, ordinal, roots.length));
    });
  }
  for (const root of roots) finishNode(context, root);
  const view: PlanView = {
    name: document.source.name,
    year: planYear(document, reference),
    reference,
    title: plan?.title ?? document.meta.title,
    roots,
    all,
    plan,
    normalize,
  };
  if (view.year === null) context.inferredYear = planYearOf(document).year;
  contexts.set(view, context);
  return view;
}

/**
 * Weighs every node's words against both plans (TF-IDF, each node's own heading and text one
 * document), so that a word each section of the two plans uses counts for little. Vectors are
 * computed when first read: sections paired as identical never need theirs.
 */
export function weighTerms(views: PlanView[]): void {
  // When every plan has a year (its own, given, or the one its text gives), the years each names
  // are read relative to it (2011 in 2011's plan and 2012 in 2012's are the same term); else every
  // word as written.
  const years = views.map((view) => view.year ?? contexts.get(view)?.inferredYear ?? null);
  const dated = years.every((year) => year !== null);
  views.forEach((view, index) => {
    const context = contexts.get(view);
    if (context) context.relativeTo = dated ? years[index] : null;
  });
  const nodes = views.flatMap((view) => view.all);
  // A review counts only when every plan has one: a review whose heading one year does not call one
  // (一、2023年工作进展) is no reason to leave the other year's review open. A five-year plan has no
  // counterpart in a plan without one.
  const reviewed = views.every((view) => view.all.some((node) => node.part === 'review'));
  if (!reviewed) for (const node of nodes) if (node.part === 'review') node.part = '';
  // Document frequencies over the sections that can be scored: those without an identical twin on
  // the other side (the identical ones pair first, and need no words at all). A section's words are
  // its heading's and its own text's, each counted once (without merging the two into a new map).
  const [first, ...rest] = views.map((view) => new Set(view.all.map((node) => node.identity)));
  const shared = (identity: number) => first?.has(identity) && rest.every((set) => set.has(identity));
  const counted = nodes.filter((node) => !shared(node.identity));
  // Their texts' words, segmented ahead in batches (see segmentRuns).
  const texts: string[] = [];
  for (let index = 0; index < counted.length; index++)
    texts.push(counted[index].normalOwn, counted[index].normalHeading);
  segmentRuns(texts);
  const statistics = termStatistics(counted, (node, count) => {
    const own = node.ownCounts;
    own.forEach((_, term) => count(term));
    node.headingCounts.forEach((_, term) => {
      if (!own.has(term)) count(term);
    });
  });
  // Counts and vectors by subtree identity: identical subtrees (most of two years' plans, and
  // every repeat within one) have the same words, counted once.
  const bodies = new Map<number, Map<string, number>>();
  // A leaf's body is its own text: its counts serve as they are (bodies are only read).
  const bodyCounts = (node: PlanNode): Map<string, number> => {
    if (node.children.length === 0) return node.ownCounts;
    let counts = bodies.get(node.identity);
    if (!counts) {
      counts = new Map(node.ownCounts);
      for (const child of node.children) {
        addCounts(counts, child.headingCounts);
        addCounts(counts, bodyCounts(child));
      }
      bodies.set(node.identity, counts);
    }
    return counts;
  };
  const vectors = new Map<number, NodeVectors>();
  for (const node of nodes) {
    let shared = vectors.get(node.identity);
    if (!shared) vectors.set(node.identity, (shared = new NodeVectors(node, statistics, bodyCounts)));
    node.vectors = shared;
  }
}

/** A node's TF-IDF vectors, each computed when first read. */
class NodeVectors {
  readonly #node: PlanNode;
  readonly #statistics: TermStatistics;
  readonly #bodyCounts: (node: PlanNode) => Map<string, number>;
  #heading: TermVector | undefined;
  #body: TermVector | undefined;
  #full: TermVector | undefined;
  #opening: TermVector | undefined;

  constructor(node: PlanNode, statistics: TermStatistics, bodyCounts: (node: PlanNode) => Map<string, number>) {
    this.#node = node;
    this.#statistics = statistics;
    this.#bodyCounts = bodyCounts;
  }

  get heading(): TermVector {
    return (this.#heading ??= weigh(this.#node.headingCounts, this.#statistics));
  }

  get body(): TermVector {
    return (this.#body ??= weigh(this.#bodyCounts(this.#node), this.#statistics));
  }

  get opening(): TermVector {
    return (this.#opening ??= weigh(this.#node.openingCounts, this.#statistics));
  }

  get full(): TermVector {
    if (!this.#full) {
      const counts = new Map(this.#bodyCounts(this.#node));
      addCounts(counts, this.#node.headingCounts);
      this.#full = weigh(counts, this.#statistics);
    }
    return this.#full;
  }
}
