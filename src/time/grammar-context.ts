/**
 * What the time grammar reads against: the folded text, the options, the reference year and
 * day, and what the expression being read has used of them. The grammar's modules (points,
 * expressions, patterns) share it; nothing here imports them, so there is no import cycle.
 */
import { foldForMatching } from '../normalize.js';
import { type CalendarDate, fromIso } from './calendar.js';

/**
 * What a time expression is read against: the plan's year, or a reference day.
 *
 * @example
 * parseTimeExpression('年底前', { year: 2023 }) // end 2023-12-31
 */
export interface TimeOptions {
  /** The plan's year: 年底前 in a 2023 plan ends on 2023-12-31. */
  referenceYear?: number;
  /** A reference day (YYYY-MM-DD or a full ISO time), for 上个月, 30日内 and the like. */
  referenceDate?: string;
  /**
   * Also read forms that are too ambiguous inside running text: two-digit years (15年),
   * days without 日 (1月3). On for parseTimeExpression, off when scanning documents.
   */
  loose?: boolean;
}

/** What an expression used: nothing (all explicit), the reference year, or the reference day. */
export type ReferenceUse = 'none' | 'year' | 'date';

/** The stronger of two uses: a day outranks a year, a year outranks nothing. */
export function strongerUse(a: ReferenceUse, b: ReferenceUse): ReferenceUse {
  return a === 'date' || b === 'date' ? 'date' : a === 'year' || b === 'year' ? 'year' : 'none';
}

/** What an expression is read against, and what the expression being read has used. */
export interface Context {
  /** The folded text (simplified, half width; same length as the original). */
  text: string;
  /** The text as written. */
  original: string;
  options: TimeOptions;
  referenceYear: number | null;
  reference: CalendarDate | null;
  /** Set by the expression reader from what its spans return (never by the span rules). */
  usedReference: ReferenceUse;
}

/** The context for reading a text. */
export function createContext(text: string, options: TimeOptions): Context {
  const reference = options.referenceDate ? fromIso(options.referenceDate) : null;
  return {
    text: foldForMatching(text),
    original: text,
    options,
    referenceYear: options.referenceYear ?? reference?.year ?? null,
    reference,
    usedReference: 'none',
  };
}

/** Runs a sticky pattern at `index` of the context's text; returns the match or null. */
export function at(context: Context, pattern: RegExp, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(context.text);
}
