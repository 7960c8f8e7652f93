/**
 * The deadlines pass: every time expression of a document, normalised against the plan's own
 * year (its title's, else its 发文字号's, else its date's; never today's), tied to the item it
 * sits in and to the units responsible for that item.
 */
import type { Document, Position, Section } from '../types.js';
import { createLocator } from '../locate.js';
import { findTimeExpressions, type TimeValue } from '../time/parse-time.js';
import { describePath, insideBookTitle, positionOf, type TextLocation, walkText } from './locate-in-tree.js';
import { readResponsible, type Responsible } from './read-responsible.js';

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
  position: Position;
}

export interface DeadlineList {
  /** What relative expressions were resolved against. */
  reference: { year: number | null; source: Document['meta']['yearSource']; date: string | null };
  deadlines: Deadline[];
}

export interface DeadlineOptions {
  /** The decoded source, for exact positions in hard-wrapped text. */
  source?: string;
  /** Override the reference year. */
  referenceYear?: number;
  /**
   * Also list bare mentions of a single whole year in titles (2023年 in 《2023年科普工作要点》),
   * which name the plan's year rather than a limit. Off by default.
   */
  includeYearMentions?: boolean;
}

/** 2023年 in a title: one whole year, written without limit words. */
function isYearMention(value: TimeValue, context: Deadline['context']): boolean {
  return (
    (context === 'title' || context === 'cited-title') &&
    value.kind === 'date' &&
    value.start?.slice(5) === '01-01' &&
    value.end?.slice(5) === '12-31' &&
    value.start.slice(0, 4) === value.end.slice(0, 4)
  );
}

/** Responsible units: the leaf's own note, else the enclosing items' notes, innermost first. */
function findResponsible(location: TextLocation): Responsible | null {
  const own = readResponsible(location.text);
  if (own) return own;
  for (let depth = location.path.length - 1; depth >= 0; depth--) {
    const section: Section = location.path[depth];
    for (const text of [
      section.heading,
      ...section.children
        .filter((child) => child.type === 'paragraph')
        .map((child) => (child as { text: string }).text),
    ]) {
      const found = readResponsible(text);
      if (found) return found;
    }
  }
  return null;
}

/** Lists the time expressions of a document with their items. */
export function extractDeadlines(document: Document, options: DeadlineOptions = {}): DeadlineList {
  const year = options.referenceYear ?? document.meta.year;
  const referenceDate = document.meta.date ?? document.meta.publishDate;
  const locator = options.source ? createLocator(options.source) : null;
  const deadlines: Deadline[] = [];
  for (const location of walkText(document)) {
    const matches = findTimeExpressions(location.text, {
      referenceYear: year ?? undefined,
      referenceDate: referenceDate ?? undefined,
    });
    if (matches.length === 0) continue;
    const responsible = findResponsible(location);
    for (const match of matches) {
      const context: Deadline['context'] =
        location.kind === 'title'
          ? 'title'
          : insideBookTitle(location.text, match.index)
            ? 'cited-title'
            : location.kind === 'heading'
              ? 'heading'
              : 'text';
      if (!options.includeYearMentions && isYearMention(match.value, context)) continue;
      deadlines.push({
        text: match.text,
        ...match.value,
        sectionId: location.section?.id ?? null,
        sectionPath: describePath(location.path),
        attachment: location.attachment?.index ?? null,
        responsible,
        context,
        position: positionOf(location, match.index, match.index + match.text.length, options.source, locator),
      });
    }
  }
  return {
    reference: {
      year: year ?? null,
      source: options.referenceYear ? null : document.meta.yearSource,
      date: referenceDate,
    },
    deadlines,
  };
}
