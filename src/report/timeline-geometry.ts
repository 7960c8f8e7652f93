/**
 * The geometry of the report's timeline, as pure functions: which years it spans, where a day
 * falls, where the ticks go, and how a time limit is drawn (a bar for a period, a mark for a
 * limit, ticks for a recurring duty, an arrow at an edge for a limit outside the years shown).
 * The SVG is drawn from what these return (timeline-svg.ts); nothing here knows about SVG.
 */
import type { TimeValue } from '../time/parse-time.js';
import { daysInMonth, toIso } from '../time/calendar.js';

/**
 * The days a timeline spans, first and last included (ISO 8601).
 *
 * @example
 * const domain: TimeDomain = { start: '2023-01-01', end: '2023-12-31' }
 */
export interface TimeDomain {
  start: string;
  end: string;
}

/** A time limit as the timeline needs it. */
export type DatedLimit = Pick<TimeValue, 'kind' | 'start' | 'end' | 'date' | 'recurrence'>;

/** The most years a timeline spans: a plan's own years and the targets just after them. */
export const MAX_YEARS = 5;

/** Days since 1970-01-01 of an ISO date. */
export function dayNumber(iso: string): number {
  return Math.round(
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000,
  );
}

/** The ISO date of a day number. */
export function isoOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** A resolved ISO date (not --09-30, the day of a plan without a year). */
function resolved(date: string | null): date is string {
  return date !== null && /^[0-9]{4}-/.test(date);
}

/** The first and the last day a limit covers, when it has any. */
export function limitSpan(limit: DatedLimit): { first: string | null; last: string | null } {
  const first = [limit.start, limit.date, limit.end].find(resolved) ?? null;
  const last = [limit.date, limit.end, limit.start].find(resolved) ?? null;
  return { first, last };
}

/**
 * The years a plan's timeline spans: from its reference year (else its first limit's year) to the
 * last year a limit ends in, at most MAX_YEARS in all; limits beyond are drawn at the edge. Null
 * when there is no year at all.
 *
 * @example
 * timelineDomain([{ kind: 'target', start: null, end: '2025-12-31', date: '2025-12-31', recurrence: null }], 2023)
 * // { start: '2023-01-01', end: '2025-12-31' }
 */
export function timelineDomain(limits: DatedLimit[], referenceYear: number | null): TimeDomain | null {
  const years = limits.flatMap((limit) => {
    const { first, last } = limitSpan(limit);
    return first && last ? [[Number(first.slice(0, 4)), Number(last.slice(0, 4))]] : [];
  });
  const low = referenceYear ?? (years.length > 0 ? Math.min(...years.map(([first]) => first)) : null);
  if (low === null) return null;
  let high = low;
  for (const [, last] of years) if (last > high && last < low + MAX_YEARS) high = last;
  return { start: `${low}-01-01`, end: `${high}-12-31` };
}

/**
 * A scale from days to x: the first day's start at `left`, the last day's end at `right`. With
 * `edge` 'end', the x of the end of the day (where a limit "by that day" falls).
 *
 * @example
 * timeScale({ start: '2023-01-01', end: '2023-12-31' }, 0, 365)('2023-02-01') // 31
 */
export function timeScale(
  domain: TimeDomain,
  left: number,
  right: number,
): (iso: string, edge?: 'start' | 'end') => number {
  const first = dayNumber(domain.start);
  const days = dayNumber(domain.end) + 1 - first;
  return (iso, edge = 'start') => left + ((dayNumber(iso) + (edge === 'end' ? 1 : 0) - first) / days) * (right - left);
}

/**
 * A tick of the time axis: its day, its label (empty for a minor tick), and whether it is major.
 *
 * @example
 * timeTicks({ start: '2023-01-01', end: '2023-12-31' })[2] // { date: '2023-03-01', label: '3月', major: false }
 */
export interface Tick {
  date: string;
  label: string;
  major: boolean;
}

/**
 * The ticks of a domain: for one year, each month (January major, labelled with the year); for
 * several, each quarter, the years major and labelled.
 *
 * @example
 * timeTicks({ start: '2024-01-01', end: '2026-12-31' }).filter((tick) => tick.major).map((tick) => tick.label)
 * // ['2024年', '2025年', '2026年']
 */
export function timeTicks(domain: TimeDomain): Tick[] {
  const firstYear = Number(domain.start.slice(0, 4));
  const lastYear = Number(domain.end.slice(0, 4));
  const ticks: Tick[] = [];
  const single = firstYear === lastYear;
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month += single ? 1 : 3) {
      const date = `${year}-${String(month).padStart(2, '0')}-01`;
      ticks.push({
        date,
        label: single ? (month === 1 ? `${year}年1月` : `${month}月`) : month === 1 ? `${year}年` : '',
        major: month === 1,
      });
    }
  }
  return ticks;
}

/**
 * How a limit is drawn: a bar over the days it covers (clipped at the edges), a mark on the day a
 * limit falls, ticks on the days a recurring duty falls due, an arrow at the right (or left) edge
 * for a limit after (or before) the days shown, or nothing for one without a day.
 *
 * @example
 * placeLimit({ kind: 'deadline', start: null, end: '2023-09-30', date: '2023-09-30', recurrence: null },
 *   { start: '2023-01-01', end: '2023-12-31' }) // { kind: 'mark', day: '2023-09-30' }
 */
export type Placement =
  | { kind: 'bar'; first: string; last: string; clippedLeft: boolean; clippedRight: boolean }
  | { kind: 'mark'; day: string }
  | { kind: 'ticks'; days: string[] }
  | { kind: 'beyond'; day: string }
  | { kind: 'before'; day: string }
  | { kind: 'none' };

/** Whether a limit falls on one day (a limit or a target) rather than over days. */
function isPointLimit(limit: DatedLimit): boolean {
  return (
    limit.kind === 'deadline' ||
    limit.kind === 'target' ||
    (limit.date !== null && limit.start === null) ||
    (limit.start !== null && limit.start === limit.end)
  );
}

/**
 * Places a limit on a domain (see `Placement`).
 *
 * @example
 * placeLimit({ kind: 'recurring', start: null, end: null, date: null, recurrence: 'quarterly' },
 *   { start: '2023-01-01', end: '2023-12-31' }) // { kind: 'ticks', days: ['2023-03-31', …, '2023-12-31'] }
 */
export function placeLimit(limit: DatedLimit, domain: TimeDomain): Placement {
  if (limit.kind === 'recurring') {
    const days = recurrenceDays(limit.recurrence, domain);
    return days.length > 0 ? { kind: 'ticks', days } : { kind: 'none' };
  }
  const { first, last } = limitSpan(limit);
  if (!first || !last) return { kind: 'none' };
  if (last < domain.start) return { kind: 'before', day: last };
  if (first > domain.end) return { kind: 'beyond', day: isPointLimit(limit) ? last : first };
  if (isPointLimit(limit)) {
    return last > domain.end ? { kind: 'beyond', day: last } : { kind: 'mark', day: last };
  }
  // An open start (从2025年起) runs on to the edge.
  const openEnd = limit.end === null && limit.date === null;
  return {
    kind: 'bar',
    first: first < domain.start ? domain.start : first,
    last: openEnd || last > domain.end ? domain.end : last,
    clippedLeft: first < domain.start,
    clippedRight: openEnd || last > domain.end,
  };
}

/** The last day of a month. */
function monthEnd(year: number, month: number): string {
  return toIso({ year, month, day: daysInMonth(year, month) });
}

/** The months a recurring duty falls due in, each year. */
const DUE_MONTHS: Record<string, number[]> = {
  yearly: [12],
  'half-yearly': [6, 12],
  quarterly: [3, 6, 9, 12],
  monthly: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
};

/**
 * The days a recurring duty falls due within a domain: the end of each year, half-year, quarter
 * or month; every seventh day; the 10th, 20th and last of each month.
 *
 * @example
 * recurrenceDays('half-yearly', { start: '2023-01-01', end: '2023-12-31' }) // ['2023-06-30', '2023-12-31']
 */
export function recurrenceDays(recurrence: string | null, domain: TimeDomain): string[] {
  const firstYear = Number(domain.start.slice(0, 4));
  const lastYear = Number(domain.end.slice(0, 4));
  const days: string[] = [];
  if (recurrence === 'weekly') {
    for (let day = dayNumber(domain.start) + 6; day <= dayNumber(domain.end); day += 7) days.push(isoOfDay(day));
    return days;
  }
  for (let year = firstYear; year <= lastYear; year++) {
    for (let month = 1; month <= 12; month++) {
      if (recurrence === 'ten-daily') {
        const prefix = `${year}-${String(month).padStart(2, '0')}`;
        days.push(`${prefix}-10`, `${prefix}-20`, monthEnd(year, month));
      } else if (DUE_MONTHS[recurrence ?? '']?.includes(month)) days.push(monthEnd(year, month));
    }
  }
  return days.filter((day) => day >= domain.start && day <= domain.end);
}
