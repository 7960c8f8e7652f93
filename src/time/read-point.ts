/**
 * Points in time (2023年9月底, 9月15日, 一季度, 上半年, 当年12月31日, 农历八月二十三): reading them at
 * an index, and the first and last day each covers.
 */
import { createRequire } from 'node:module';
import { type CalendarDate, addDays, addMonths, daysInMonth, isValidDate } from './calendar.js';
import { type Context, type ReferenceUse, at } from './grammar-context.js';
import {
  BARE_NUMBER,
  CONNECTOR,
  DAY,
  FIRST_N,
  LUNAR,
  LUNAR_DAY,
  LUNAR_MONTH,
  MONTH,
  MONTH_PART,
  QUARTER,
  RELATIVE_DAY,
  RELATIVE_MONTH,
  RELATIVE_QUARTER,
  RELATIVE_YEAR,
  STANDALONE_YEAR_PART,
  YEAR2,
  YEAR4,
  YEAR_PART,
  readNumber,
} from './time-patterns.js';

interface LunarDate {
  getSolar(): { getYear(): number; getMonth(): number; getDay(): number };
}

let lunarCalendar: { fromYmd(year: number, month: number, day: number): LunarDate } | undefined;

/** lunar-javascript is loaded only when a lunar date (农历, 正月, 腊月) is read. */
function lunar(): { fromYmd(year: number, month: number, day: number): LunarDate } {
  lunarCalendar ??= (createRequire(import.meta.url)('lunar-javascript') as { Lunar: typeof lunarCalendar }).Lunar!;
  return lunarCalendar;
}

/** A point as written: the units given, and what they leave to the context. */
export interface Point {
  year?: number;
  yearRelative?: boolean;
  month?: number;
  monthRelative?: boolean;
  day?: number;
  dayRelative?: boolean;
  quarter?: number;
  /** 上半年, 年底, 上旬, 季度末 … and which unit they divide. */
  part?: { of: 'year' | 'month' | 'quarter'; name: string };
  /** 前两个季度, 前十一个月. */
  firstN?: { count: number; unit: 'quarter' | 'month' };
  /** A bare number before a connector: its unit comes from the context (2021—2025年). */
  pending?: number;
  lunar?: boolean;
  time?: string;
  /** The smallest unit written. */
  last?: 'year' | 'month' | 'day' | 'quarter';
}

export function unitOrder(unit: Point['last']): number {
  return unit === 'year' ? 0 : unit === 'quarter' ? 1 : unit === 'month' ? 2 : unit === 'day' ? 3 : -1;
}

/**
 * One stage of reading a point: it either moved on (`next`, the index after what it read) or
 * ended the point (`result`, the point read or null for none).
 */
type Step = { next: number } | { result: { point: Point; end: number } | null };

const done = (point: Point, end: number): Step => ({ result: { point, end } });

/** 农历 may stand before the year or after it (1991年农历8月23号). */
function readLunarMark(context: Context, point: Point, i: number): number {
  const lunarMark = at(context, LUNAR, i);
  if (!lunarMark) return i;
  point.lunar = true;
  return i + lunarMark[0].length;
}

const RELATIVE_YEARS: Record<string, number> = {
  明年: 1,
  次年: 1,
  翌年: 1,
  下一年: 1,
  下一年度: 1,
  后年: 2,
  去年: -1,
  上一年: -1,
  上一年度: -1,
  上年: -1,
  上年度: -1,
  前年: -2,
};

/** The year: 2023年, 二〇二三年, (loose) 23年, or a relative one (次年, 去年 …). */
function readYear(context: Context, point: Point, i: number): Step {
  let match: RegExpExecArray | null;
  if ((match = at(context, YEAR4, i))) {
    point.year = readNumber(match[1]) ?? undefined;
    return { next: i + match[0].length };
  }
  if (context.options.loose && (match = at(context, YEAR2, i))) {
    const short = readNumber(match[1])!;
    const pivot = ((context.referenceYear ?? 2000) % 100) + 10;
    point.year = short <= pivot ? 2000 + short : 1900 + short;
    return { next: i + match[0].length };
  }
  if ((match = at(context, RELATIVE_YEAR, i))) {
    point.year = (context.referenceYear ?? NaN) + (RELATIVE_YEARS[match[1]] ?? 0);
    point.yearRelative = true;
    const next = i + match[0].length;
    // 次年年末: the relative year may be followed by a year part that repeats 年.
    const repeated = at(context, STANDALONE_YEAR_PART, next);
    if (repeated) {
      point.part = { of: 'year', name: repeated[1] };
      point.last = 'year';
      return done(point, next + repeated[0].length);
    }
    return { next };
  }
  return { next: i };
}

/** After a year: the first n months or quarters, a quarter, or a part of the year (上半年). */
function readAfterYear(context: Context, point: Point, start: number): Step {
  point.last = 'year';
  const i = readLunarMark(context, point, start);
  let match: RegExpExecArray | null;
  if ((match = at(context, FIRST_N, i))) {
    point.firstN = readFirstN(match);
    return done(point, i + match[0].length);
  }
  if ((match = at(context, QUARTER, i))) {
    readQuarter(point, match);
    return done(point, i + match[0].length);
  }
  if (!at(context, MONTH, i) && (match = at(context, YEAR_PART, i))) {
    point.part = { of: 'year', name: match[1] };
    return done(point, i + match[0].length);
  }
  return { next: i };
}

/** Without a year: a standalone year part (年底), the first n months, a quarter, a relative quarter. */
function readWithoutYear(context: Context, point: Point, i: number): Step {
  let match: RegExpExecArray | null;
  if ((match = at(context, STANDALONE_YEAR_PART, i))) {
    point.part = { of: 'year', name: match[1] };
    point.last = 'year';
    return done(point, i + match[0].length);
  }
  if ((match = at(context, FIRST_N, i))) {
    point.firstN = readFirstN(match);
    point.last = 'year';
    return done(point, i + match[0].length);
  }
  if ((match = at(context, QUARTER, i))) {
    readQuarter(point, match);
    return done(point, i + match[0].length);
  }
  if ((match = at(context, RELATIVE_QUARTER, i)) && context.reference) {
    const current = Math.floor((context.reference.month - 1) / 3);
    const offset = match[1].startsWith('上') ? -1 : match[1].startsWith('下') ? 1 : 0;
    const index3 = context.reference.year * 4 + current + offset;
    point.year = Math.floor(index3 / 4);
    point.quarter = (index3 % 4) + 1;
    // Counted from the reference day's month: resolved against the reference date.
    point.monthRelative = true;
    point.last = 'quarter';
    if (match[2]) point.part = { of: 'quarter', name: match[2] };
    return done(point, i + match[0].length);
  }
  return { next: i };
}

/** The month: 9月, a lunar month (正月, 腊月, 大年三十), or a relative one (上个月). */
function readMonth(context: Context, point: Point, i: number): Step {
  let match: RegExpExecArray | null;
  if ((match = at(context, MONTH, i))) {
    point.month = readNumber(match[1]) ?? undefined;
    return { next: i + match[0].length };
  }
  if ((match = at(context, LUNAR_MONTH, i))) {
    point.lunar = true;
    point.month = match[1] === '冬' ? 11 : match[1] === '腊' ? 12 : 1;
    const next = i + match[0].length;
    // 大年三十 (除夕) is the last day of the twelfth month; 大年初十 is in the first.
    const eve = match[2] ? /^(三十|廿九|二十九)/.exec(context.text.slice(next, next + 3)) : null;
    if (eve) {
      point.month = 12;
      point.day = eve[1] === '三十' ? 30 : 29;
      point.last = 'day';
      return done(point, next + eve[0].length);
    }
    return { next };
  }
  if (point.year === undefined && (match = at(context, RELATIVE_MONTH, i)) && context.reference) {
    const offset = match[1].startsWith('上') ? -1 : match[1].startsWith('下') ? 1 : 0;
    const shifted = addMonths({ ...context.reference, day: 1 }, offset);
    point.year = shifted.year;
    point.month = shifted.month;
    point.monthRelative = true;
    return { next: i + match[0].length };
  }
  return { next: i };
}

/** After a month: the day (15日, a lunar 初八), a part of the month (下旬), or a bare day before a connector. */
function readAfterMonth(context: Context, point: Point, i: number): number {
  let match: RegExpExecArray | null;
  point.last = 'month';
  if ((match = at(context, DAY, i))) {
    point.day = readNumber(match[1]) ?? undefined;
    point.last = 'day';
    return i + match[0].length;
  }
  if (point.lunar && (match = at(context, LUNAR_DAY, i))) {
    point.day = readNumber(match[1] ?? match[2]) ?? undefined;
    point.last = 'day';
    return i + match[0].length;
  }
  if ((match = at(context, MONTH_PART, i))) {
    point.part = { of: 'month', name: match[1] };
    return i + match[0].length;
  }
  if ((match = at(context, BARE_NUMBER, i)) && (context.options.loose || at(context, CONNECTOR, i + match[0].length))) {
    // 1月3 (loose), or 9月17-23日: the number's unit is the one below the month.
    const value = readNumber(match[1]);
    if (value !== null && value >= 1 && value <= 31) {
      point.day = value;
      point.last = 'day';
      return i + match[0].length;
    }
  }
  return i;
}

/** Neither year nor month: a relative day (今天), a day after a connector, a loose day, or a pending number. */
function readDayOnly(context: Context, point: Point, i: number, afterConnector: boolean): Step {
  let match: RegExpExecArray | null;
  if ((match = at(context, RELATIVE_DAY, i)) && context.reference) {
    const { year, month, day } = context.reference;
    Object.assign(point, { year, month, day, dayRelative: true, last: 'day' });
    return done(point, i + match[0].length);
  }
  if (afterConnector && (match = at(context, DAY, i))) {
    // 9月15日至25日: the month and year come from the range's first end.
    Object.assign(point, { day: readNumber(match[1]) ?? undefined, last: 'day' });
    return done(point, i + match[0].length);
  }
  if (context.options.loose && (match = at(context, DAY, i)) && context.text[i - 1] !== '第') {
    // 30日: a day of the reference month (only for a single expression: in running text, 第3号 and
    // the like are numbers, not days).
    if (!context.reference) return { result: null };
    const { year, month } = context.reference;
    Object.assign(point, { year, month, day: readNumber(match[1]) ?? undefined, dayRelative: true, last: 'day' });
    return done(point, i + match[0].length);
  }
  // A bare number that a connector and another point will give a unit (2021—2025年).
  if ((match = at(context, BARE_NUMBER, i)) && at(context, CONNECTOR, i + match[0].length)) {
    point.pending = readNumber(match[1]) ?? undefined;
    return { result: point.pending === undefined ? null : { point, end: i + match[0].length } };
  }
  return { result: null };
}

/** 2018年2——4月: a bare number after a year, before a connector, is a month. */
function readBareMonth(context: Context, point: Point, i: number): number {
  const match = at(context, BARE_NUMBER, i);
  if (!match || !at(context, CONNECTOR, i + match[0].length)) return i;
  const value = readNumber(match[1]);
  if (value === null || value < 1 || value > 12) return i;
  point.month = value;
  point.last = 'month';
  return i + match[0].length;
}

/** Reads a point at `index`: 2023年9月底, 9月15日, 一季度, 上半年, 当年12月31日 … */
export function readPoint(
  context: Context,
  index: number,
  afterConnector = false,
): { point: Point; end: number } | null {
  const point: Point = {};
  let i = readLunarMark(context, point, index);
  let step = readYear(context, point, i);
  if ('result' in step) return step.result;
  i = step.next;
  step = point.year !== undefined ? readAfterYear(context, point, i) : readWithoutYear(context, point, i);
  if ('result' in step) return step.result;
  i = step.next;
  step = readMonth(context, point, i);
  if ('result' in step) return step.result;
  i = step.next;
  if (point.month !== undefined) i = readAfterMonth(context, point, i);
  else if (point.year === undefined) {
    const only = readDayOnly(context, point, i, afterConnector);
    return 'result' in only ? only.result : null;
  } else i = readBareMonth(context, point, i);
  return { point, end: i };
}

/** 前两个季度, 前十一个月, 首月. */
export function readFirstN(match: RegExpExecArray): Point['firstN'] {
  return match[3]
    ? { count: 1, unit: 'month' }
    : { count: readNumber(match[1]) ?? 0, unit: match[2] === '月' ? 'month' : 'quarter' };
}

export function readQuarter(point: Point, match: RegExpExecArray): void {
  point.quarter = match[2] ? 1 : Number(readNumber(match[1] ?? match[4]));
  if (match[3]) point.part = { of: 'quarter', name: match[3] };
  point.last = 'quarter';
}

/** A span of days: the first and the last covered. */
export interface Span {
  start: CalendarDate;
  end: CalendarDate;
}

/** A day, clamped to its month's length (day 31 of April is the 30th). */
const dayOf = (year: number, month: number, day: number): CalendarDate => ({
  year,
  month,
  day: Math.min(day, daysInMonth(year, month)),
});

/**
 * The parts of a year, a quarter or a month that a point can name, each with what it covers and a
 * sample that the tests read: the table of span rules.
 */
export const SPAN_RULES: Array<{
  of: 'year' | 'quarter' | 'month';
  names: string[];
  sample: string;
  /** First and last month of the year, quarter offset, or first and last day of the month. */
  span: [number, number];
}> = [
  { of: 'year', names: ['上半年'], sample: '2023年上半年', span: [1, 6] },
  { of: 'year', names: ['下半年'], sample: '2023年下半年', span: [7, 12] },
  { of: 'year', names: ['年底', '年末', '底', '末'], sample: '2023年底', span: [11, 12] },
  { of: 'year', names: ['年初', '初', '伊始'], sample: '2023年初', span: [1, 1] },
  { of: 'year', names: ['年中', '中'], sample: '2023年中', span: [6, 7] },
  { of: 'quarter', names: ['末'], sample: '2023年一季度末', span: [2, 2] },
  { of: 'quarter', names: ['初'], sample: '2023年二季度初', span: [0, 0] },
  { of: 'month', names: ['上旬'], sample: '2023年9月上旬', span: [1, 10] },
  { of: 'month', names: ['中旬', '月中'], sample: '2023年9月中旬', span: [11, 20] },
  { of: 'month', names: ['下旬'], sample: '2023年9月下旬', span: [21, 31] },
  { of: 'month', names: ['初', '月初'], sample: '2023年9月初', span: [1, 5] },
  { of: 'month', names: ['底', '末', '月底', '月末'], sample: '2023年9月底', span: [25, 31] },
];

const RULE_BY_NAME = new Map(SPAN_RULES.flatMap((rule) => rule.names.map((name) => [`${rule.of}:${name}`, rule])));

/** The rule for a part of a year, quarter or month, if the table has one. */
function ruleFor(of: 'year' | 'quarter' | 'month', name: string | undefined) {
  return name === undefined ? undefined : RULE_BY_NAME.get(`${of}:${name}`);
}

/** A lunar month or day in the Gregorian calendar (lunar-javascript). */
function lunarSpan(point: Point, year: number): Span | null {
  const month = point.month!;
  try {
    const solar = lunar()
      .fromYmd(year, month, point.day ?? 1)
      .getSolar();
    const start = { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
    if (point.day !== undefined) return { start, end: start };
    const next = lunar()
      .fromYmd(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1)
      .getSolar();
    return { start, end: addDays({ year: next.getYear(), month: next.getMonth(), day: next.getDay() }, -1) };
  } catch {
    return null;
  }
}

/** The span of a point of a year that names no month: a quarter, the first n months, a part, or the year. */
function yearSpan(point: Point, year: number): Span | null {
  if (point.firstN) {
    const months = point.firstN.unit === 'quarter' ? point.firstN.count * 3 : point.firstN.count;
    if (months < 1 || months > 12) return null;
    return { start: dayOf(year, 1, 1), end: dayOf(year, months, 31) };
  }
  if (point.quarter !== undefined) {
    if (point.quarter < 1 || point.quarter > 4) return null;
    const first = (point.quarter - 1) * 3 + 1;
    const rule = ruleFor('quarter', point.part?.name);
    const [from, to] = rule ? rule.span : [0, 2];
    return { start: dayOf(year, first + from, 1), end: dayOf(year, first + to, 31) };
  }
  const rule = ruleFor('year', point.part?.name);
  const [from, to] = rule ? rule.span : [1, 12];
  return { start: dayOf(year, from, 1), end: dayOf(year, to, 31) };
}

/**
 * The first and last day a point covers, and what of the reference it used (the reference year
 * for a point without a year; the reference day for 上个月, 次日 and the like). Pure: the caller
 * keeps track of what an expression used.
 */
export function spanOf(point: Point, context: Context): (Span & { used: ReferenceUse }) | null {
  let year = point.year;
  let used: ReferenceUse = 'none';
  if (year === undefined || Number.isNaN(year)) {
    if (context.referenceYear === null) return null;
    year = context.referenceYear;
    used = 'year';
  }
  if (point.dayRelative || point.monthRelative) used = 'date';
  else if (point.yearRelative && used === 'none') used = 'year';
  const span = spanOfYear(point, year);
  return span ? { ...span, used } : null;
}

/** The span of a point once its year is known. */
function spanOfYear(point: Point, year: number): Span | null {
  if (point.lunar && point.month !== undefined) return lunarSpan(point, year);
  // A day without its month (15—20日, 第3—5号 with no month before) is no day of any known month.
  if (point.month === undefined) return point.day === undefined ? yearSpan(point, year) : null;
  const month = point.month;
  if (month < 1 || month > 12) return null;
  if (point.day !== undefined) {
    if (!isValidDate(year, month, point.day)) return null;
    const start = { year, month, day: point.day };
    return { start, end: start };
  }
  const rule = ruleFor('month', point.part?.name);
  const [from, to] = rule ? rule.span : [1, 31];
  return { start: dayOf(year, month, from), end: dayOf(year, month, to) };
}

/** Fills in what the second end of a range leaves out (9月15日至25日: year and month). */
export function inherit(second: Point, first: Point): void {
  if (second.year === undefined && second.pending === undefined) {
    if (first.year !== undefined) second.year = first.year;
    if (second.month === undefined && second.day !== undefined) second.month = first.month;
    second.yearRelative ||= first.yearRelative;
  }
}

/** Gives a bare number its unit: the one below the last unit written, or the other end's first. */
export function settlePending(point: Point, other: Point): void {
  if (point.pending === undefined) return;
  const value = point.pending;
  delete point.pending;
  const unit = point.last ?? (other.year !== undefined ? 'year' : other.month !== undefined ? 'month' : 'day');
  if (point.last === undefined && unit === 'year') point.year = value;
  else if (point.last === undefined && unit === 'month') point.month = value;
  else if (point.last === undefined) point.day = value;
  else if (unitOrder(point.last) === 0) point.month = value;
  else point.day = value;
}
