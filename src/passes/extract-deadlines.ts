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
import { readResponsible, type Responsible } from './read-responsible.js';

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

/**
 * See `Deadline.role`.
 *
 * @example
 * extractDeadlines(tree, { all: true }).deadlines.filter((d) => d.role === 'cited-title')
 */
export type DeadlineRole = 'action' | 'cited-title' | 'label' | 'plan-year';

/**
 * The deadlines of a document, and the time references left out of them.
 *
 * @example
 * const { deadlines, omitted } = extractDeadlines(tree)
 */
export interface DeadlineList {
  /** What relative expressions were resolved against. */
  reference: { year: number | null; source: Document['meta']['yearSource'] | 'option'; date: string | null };
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

/** Whole years only: 2022年, 2021-2025年, "十四五" (no month, quarter or day). */
function coversWholeYears(value: TimeValue): boolean {
  return (
    (value.kind === 'date' || value.kind === 'range' || value.kind === 'period') &&
    value.start !== null &&
    value.end !== null &&
    value.start.slice(5) === '01-01' &&
    value.end.slice(5) === '12-31'
  );
}

/**
 * Words that, right after a whole year, make it a time of action rather than a name:
 * 2023年完成, 2025年基本建成, 2022年起. A year followed by any other character of a name is a label
 * (2021-2025年全国科普示范县, 2022年科普工作, "十四五"规划).
 */
const ACTION_AFTER_YEAR =
  /^(?:[，,。；;：:、）)」』”"\s]|$|完成|实现|建成|达到|基本|全面|力争|争取|初步|开始|启动|将|要|再|继续|新增|累计|共|底|末|前|内|中|期间|时期|以前|以后|之前|以来|起|至|到|—|-|~|～)/;

/** Why an expression is listed (see `Deadline.role`). */
function roleOf(
  value: TimeValue,
  written: string,
  context: Deadline['context'],
  after: string,
  planYear: number | null,
): DeadlineRole {
  if (context === 'cited-title') return 'cited-title';
  // "十四五"期间, 2025年底前, 2023年以来: a word of time makes it a time, whatever follows.
  if (!coversWholeYears(value) || /(?:期间|时期|内|以来|前|底|末|起)$/.test(written)) return 'action';
  const single = value.start!.slice(0, 4) === value.end!.slice(0, 4);
  if (single && value.kind === 'date' && (context === 'title' || Number(value.start!.slice(0, 4)) === planYear)) {
    return 'plan-year';
  }
  if (context === 'title') return 'label';
  return ACTION_AFTER_YEAR.test(after) ? 'action' : 'label';
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

/** Responsible units: the leaf's own note, else the enclosing items' notes, innermost first. */
function findResponsible(location: TextLocation): Responsible | null {
  const own = readResponsible(location.text);
  if (own) return own;
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
  const year =
    options.referenceYear ??
    document.meta.year ??
    (options.referenceDate ? Number(options.referenceDate.slice(0, 4)) : null);
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
    const responsible = findResponsible(location);
    const insideBookTitle = createBookTitleTest(location.text);
    const positionOf = createTextMapper(location, source, locator, furniture);
    for (const match of matches) {
      const context: Deadline['context'] =
        location.kind === 'title'
          ? 'title'
          : insideBookTitle(match.index)
            ? 'cited-title'
            : location.kind === 'heading'
              ? 'heading'
              : 'text';
      const role = roleOf(
        match.value,
        match.text,
        context,
        location.text.slice(match.index + match.text.length, match.index + match.text.length + 2),
        year,
      );
      if (role !== 'action' && !options.all) {
        omitted++;
        continue;
      }
      deadlines.push({
        text: match.text,
        ...(year === null ? withoutPlaceholderYear(match.value) : match.value),
        sectionId: location.section?.id ?? null,
        sectionPath: describePath(location.path),
        attachment: location.attachment?.index ?? null,
        responsible,
        context,
        role,
        position: positionOf(match.index, match.index + match.text.length),
      });
    }
  }
  return {
    reference: {
      year: year ?? null,
      source: options.referenceYear
        ? 'option'
        : document.meta.year !== null
          ? document.meta.yearSource
          : options.referenceDate
            ? 'option'
            : null,
      date: referenceDate,
    },
    deadlines,
    omitted,
  };
}
