/**
 * The deadlines pass: every time expression of a document, normalised against the plan's own
 * year (its title's, else its 发文字号's, else its date's; never today's), tied to the item it
 * sits in and to the units responsible for that item.
 */
import type { Document, Position, Section } from '../types.js';
import { sourceOf } from '../source-of.js';
import { findTimeExpressions, type TimeValue } from '../time/parse-time.js';
import {
  createBookTitleTest,
  createTextMapper,
  furnitureOf,
  describePath,
  type TextLocation,
  walkText,
} from './locate-in-tree.js';
import { readResponsible, readResponsibleInSentence, type Responsible } from './read-responsible.js';
import {
  type DeadlineRole,
  type RoleInput,
  REVIEW_HEADING,
  anchorBefore,
  coversWholeYears,
  kindOfWholeYears,
  roleOf,
  sentenceAround,
} from './deadline-roles.js';
import { type PlanYear, planSpanOf, planYearOf } from './plan-year.js';

/**
 * A time limit of the plan (or, with `all`, any time reference): its text, its value normalised to ISO
 * dates against the plan's year, its role, its section and its position.
 *
 * @example
 * extractDeadlines(tree).deadlines[0] // { text: '9月底前', kind: 'deadline', date: '2023-09-30', section: {…}, … }
 */
export interface Deadline extends TimeValue {
  /** The expression as written. */
  text: string;
  /** Dotted id of the enclosing section inside its container, or null outside any section. */
  sectionId: string | null;
  /** Markers and headings from the top of the container down to the enclosing section. */
  sectionPath: Array<{ marker: string; heading: string }>;
  /** The attachment the expression sits in (its index), or null for the letter itself. */
  attachment: number | null;
  responsible: Responsible | null;
  /** Where the expression stands: body text, a heading, the document's title, or a title cited in 《》. */
  context: 'text' | 'heading' | 'title' | 'cited-title';
  /**
   * Why it is listed: `action` is what someone must act on (a limit, a target, a range or a dated
   * event, the default list); the others are time references that `--all` adds: `cited-title`
   * (2021-2035年 inside 《…纲要(2021-2035年)》), `label` (a year used as a name: 认定2021-2025年全国科普示范县,
   * "十四五"规划), `plan-year` (a bare mention of the plan's own year: 2022年是……, the title's 2022年).
   */
  role: DeadlineRole;
  position: Position;
}

export type { DeadlineRole } from './deadline-roles.js';

/**
 * The deadlines of a document, and the time references left out of them.
 *
 * @example
 * const { deadlines, omitted } = extractDeadlines(tree)
 */
export interface DeadlineList {
  /**
   * What relative expressions were resolved against: the year and where it came from (the document's title,
   * 发文字号 or date, an option, or its text: see `planYearOf`), with the heading or sentence it was inferred
   * from, and the day limits count from.
   */
  reference: {
    year: number | null;
    source: PlanYear['source'] | 'option';
    evidence?: string;
    date: string | null;
  };
  deadlines: Deadline[];
  /** How many time references were left out because they are not actions (`all` lists them). */
  omitted: number;
}

/**
 * Options of extractDeadlines: the year or day relative limits count from, and whether to list every reference.
 *
 * @example
 * extractDeadlines(tree, { year: 2023, all: true })
 */
export interface DeadlineOptions {
  /** The decoded source; by default the text the tree was parsed from (see `sourceOf`). */
  source?: string;
  /** The plan's year, for a plan that carries none (or to override the one it carries). */
  referenceYear?: number;
  /** The day relative limits count from (自印发之日起30日内); by default the document's date. */
  referenceDate?: string;
  /** Also list time references that are not actions (see `Deadline.role`). Off by default. */
  all?: boolean;
}

/** A year no plan has, so that an expression resolved against it can be told from an explicit one. */
const PLACEHOLDER_YEAR = 9996;

/** `9996-09-30` → `--09-30`: a day without its year (ISO 8601), for a plan that gives no year. */
function withoutPlaceholderYear(value: TimeValue): TimeValue {
  if (value.resolvedBy !== 'reference-year') return value;
  const strip = (date: string | null) => (date && /^999[5-7]-/.test(date) ? `--${date.slice(5)}` : date);
  return {
    ...value,
    start: strip(value.start),
    end: strip(value.end),
    date: strip(value.date),
    resolvedBy: 'unresolved',
  };
}

/** Whether a text sits in a review of past work: a section (or one above it) headed 一、2013年工作回顾. */
function inReview(location: TextLocation): boolean {
  return location.path.some((section) => REVIEW_HEADING.test(section.heading));
}

/**
 * A short line without a sentence's punctuation, standing for a heading: a column of a task table
 * (2025年计划, 重点任务（2024-2026）) or an unnumbered heading.
 */
function isHeadingLike(location: TextLocation): boolean {
  return (
    location.kind === 'paragraph' &&
    location.text.length <= 24 &&
    location.text.trim().length <= 16 &&
    !/[，,。；;：:！？]/.test(location.text)
  );
}

/** A limit of n days, months or years with no event of its own: 45个工作日内, 两年内. */
const BARE_LIMIT = /[0-9一二三四五六七八九十两]+(?:个工作日|个月|日|天|年)(?:以内|内)$/;

/**
 * The value as listed: an action over whole years gets its kind (今年要… a period, 2012年……达到4% a target);
 * a limit of n days with an event named earlier in its sentence counts from that event
 * (自收到申请之日起进行审查，……在45个工作日内作出决定: anchor 收到申请, no date).
 */
function settled(input: RoleInput, role: DeadlineRole): TimeValue {
  const { value } = input;
  if (role === 'action' && coversWholeYears(value)) return { ...value, kind: kindOfWholeYears(input) };
  if (value.kind === 'deadline' && value.anchor === null && BARE_LIMIT.test(input.written)) {
    const anchor = anchorBefore(input.text, input.index);
    if (anchor !== null) return { ...value, start: null, end: null, date: null, anchor, resolvedBy: 'event' };
  }
  return value;
}

/**
 * The sentence of a text up to an index and a few characters after it (at most a window away: a long line is
 * read once): where the forms that name units stand (X要……于9月底前, 由X牵头, 请X于……).
 */
function sentenceAt(text: string, index: number): string {
  const { before, after } = sentenceAround(text, index, 0);
  return before + after.slice(0, 24);
}

/**
 * Responsible units: the deadline's own sentence (由X牵头, X要……于9月底前……), else the leaf's note, else the
 * enclosing items' notes, innermost first.
 */
function findResponsible(location: TextLocation, index: number, own: () => Responsible | null): Responsible | null {
  const said = readResponsibleInSentence(sentenceAt(location.text, index));
  if (said) return said;
  if (own()) return own();
  for (let depth = location.path.length - 1; depth >= 0; depth--) {
    const found = responsibleOfSection(location.path[depth]);
    if (found) return found;
  }
  return null;
}

/** Each section's note of responsible units, read once however many deadlines it holds. */
const SECTION_RESPONSIBLE = new WeakMap<Section, Responsible | null>();

/**
 * The responsible units a section's own note names (its heading, else its first paragraph that
 * names any), read once per section; also what `summarizePlan` gives a task.
 *
 * @example
 * responsibleOfSection(section)?.lead // '市科协'
 */
export function responsibleOfSection(section: Section): Responsible | null {
  if (SECTION_RESPONSIBLE.has(section)) return SECTION_RESPONSIBLE.get(section)!;
  let found = readResponsible(section.heading);
  for (const child of section.children) {
    if (found) break;
    if (child.type === 'paragraph') found = readResponsible(child.text);
  }
  SECTION_RESPONSIBLE.set(section, found);
  return found;
}

/**
 * Lists the time expressions of a document with their items.
 *
 * @example
 * extractDeadlines(parseCircular('2023年科普工作要点\n一、9月底前完成。')).deadlines[0].date // '2023-09-30'
 */
export function extractDeadlines(document: Document, options: DeadlineOptions = {}): DeadlineList {
  const referenceDate = options.referenceDate ?? document.meta.date ?? document.meta.publishDate;
  const inferred = planYearOf(document);
  const year =
    options.referenceYear ??
    inferred.year ??
    (options.referenceDate ? Number(options.referenceDate.slice(0, 4)) : null);
  // What is wholly before this is past: the document's date, else the first day of its year.
  const planStart = referenceDate ?? (year !== null ? `${year}-01-01` : null);
  const planSpan = planSpanOf(document);
  const attached = sourceOf(document, options.source);
  const source = attached?.text;
  const locator = attached?.locator ?? null;
  const furniture = furnitureOf(document);
  const deadlines: Deadline[] = [];
  let omitted = 0;
  for (const location of walkText(document)) {
    // Without a year, 9月底前 is still read (against a placeholder year) and listed as --09-30, unresolved.
    const matches = findTimeExpressions(location.text, {
      referenceYear: year ?? PLACEHOLDER_YEAR,
      referenceDate: referenceDate ?? undefined,
    });
    if (matches.length === 0) continue;
    const insideBookTitle = createBookTitleTest(location.text);
    const headingLike = location.kind === 'heading' || isHeadingLike(location);
    // The text's own note of units, read once however many deadlines the text holds.
    let note: Responsible | null | undefined;
    const ownNote = () => (note === undefined ? (note = readResponsible(location.text)) : note);
    const positionOf = createTextMapper(location, source, locator, furniture);
    for (const match of matches) {
      const context: Deadline['context'] =
        location.kind === 'title'
          ? 'title'
          : insideBookTitle(match.index)
            ? 'cited-title'
            : headingLike
              ? 'heading'
              : 'text';
      const input: RoleInput = {
        value: match.value,
        written: match.text,
        context,
        text: location.text,
        index: match.index,
        planYear: year,
        planStart,
        referenceYear: year ?? PLACEHOLDER_YEAR,
        inReview: inReview(location),
        planSpan,
      };
      const role = roleOf(input);
      if (role !== 'action' && !options.all) {
        omitted++;
        continue;
      }
      deadlines.push({
        text: match.text,
        ...(year === null ? withoutPlaceholderYear(settled(input, role)) : settled(input, role)),
        sectionId: location.section?.id ?? null,
        sectionPath: describePath(location.path),
        attachment: location.attachment?.index ?? null,
        responsible: findResponsible(location, match.index, ownNote),
        context,
        role,
        position: positionOf(match.index, match.index + match.text.length),
      });
    }
  }
  return { reference: referenceOf(year, inferred, options, referenceDate), deadlines, omitted };
}

/** What relative expressions were resolved against, and where that came from. */
function referenceOf(
  year: number | null,
  inferred: PlanYear,
  options: DeadlineOptions,
  date: string | null,
): DeadlineList['reference'] {
  const source = options.referenceYear
    ? 'option'
    : inferred.year !== null
      ? inferred.source
      : options.referenceDate
        ? 'option'
        : null;
  return {
    year,
    source,
    ...(!options.referenceYear && inferred.evidence ? { evidence: inferred.evidence } : {}),
    date,
  };
}
