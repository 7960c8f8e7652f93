/**
 * Time expressions of plans and circulars, read by a small recursive-descent parser over text
 * folded to half width and simplified characters (the fold keeps offsets).
 *
 *   expression = [prefix] point [clock] [connector point [clock]] [suffix]
 *              | plan-period | recurring | duration | decade
 *   point      = [农历] [year [year-part | quarter | first-n | month]] | month … | quarter | relative day
 *
 * Every value is resolved against a reference year (the plan's own) or, for expressions that
 * need a day (上个月, 30日内), a reference date; never against today.
 */
import { createRequire } from 'node:module';
import { foldForMatching } from '../normalize.js';
import { parseChineseNumeral } from '../numerals.js';
import { type CalendarDate, addDays, addMonths, addWorkingDays, daysInMonth, fromIso, isValidDate, toIso } from './calendar.js';

export type TimeKind = 'date' | 'deadline' | 'period' | 'range' | 'recurring' | 'target';

/** The value of one time expression. Dates are ISO 8601; ranges are inclusive. */
export interface TimeValue {
  kind: TimeKind;
  /** First day covered (null for an open limit: 年底前 without a reference date). */
  start: string | null;
  /** Last day covered. */
  end: string | null;
  /** The limit, for deadlines and targets (9月底前 → the last day of September). */
  date: string | null;
  /** A clock time written with it (17:30). */
  time: string | null;
  /** For recurring expressions: yearly, half-yearly, quarterly, monthly, weekly, ten-daily. */
  recurrence: string | null;
  /** What the value was resolved against: nothing (all explicit), the reference year or date. */
  resolvedBy: 'explicit' | 'reference-year' | 'reference-date' | 'unresolved';
}

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

/** One expression found in a text. */
export interface TimeMatch {
  text: string;
  index: number;
  value: TimeValue;
}

const CN = '〇○零一二三四五六七八九';
const CN_NUMBER = `[${CN}十两仨廿]{1,4}`;
const NUMBER = `(?:[0-9]{1,4}|${CN_NUMBER})`;

interface LunarDate {
  getSolar(): { getYear(): number; getMonth(): number; getDay(): number };
}

let lunarCalendar: { fromYmd(year: number, month: number, day: number): LunarDate } | undefined;

/** lunar-javascript is loaded only when a lunar date (农历, 正月, 腊月) is read. */
function lunar(): { fromYmd(year: number, month: number, day: number): LunarDate } {
  lunarCalendar ??= (createRequire(import.meta.url)('lunar-javascript') as { Lunar: typeof lunarCalendar }).Lunar!;
  return lunarCalendar;
}

function readNumber(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  return parseChineseNumeral(text.replace(/仨/g, '三'));
}

interface Point {
  year?: number;
  /** The year was not written: it comes from the reference (or a range's other end). */
  yearImplicit?: boolean;
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

interface Context {
  text: string;
  options: TimeOptions;
  referenceYear: number | null;
  reference: CalendarDate | null;
  usedReference: 'none' | 'year' | 'date';
}

/** Runs a sticky pattern at `at`; returns the match or null. */
function at(context: Context, pattern: RegExp, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(context.text);
}

const sticky = (source: string) => new RegExp(source, 'y');

const SPACE = sticky('[ \\t]*');
const LUNAR = sticky('(?:农历|阴历)');
const YEAR4 = sticky(`([0-9]{4}|[${CN}]{4})[ \\t]*年(?:度)?(?!代|第[0-9${CN}十百]+号)`);
const YEAR2 = sticky(`(?<![0-9${CN}])([0-9]{2}|[${CN}]{2})年(?![代前内])`);
const RELATIVE_YEAR = sticky('(当年|今年|本年度?|这一年|明年|次年|翌年|下一年|去年|上一年|前年|后年)');
const YEAR_PART = sticky('(上半年|下半年|年底|年末|年初|年中|伊始|全年|年内|底|末|初|中|内)(?![旬])');
const STANDALONE_YEAR_PART = sticky('(上半年|下半年|年底|年末|年初|年中|全年|年内)');
const FIRST_N = sticky(`前(${NUMBER})个?(季度|月)|首(月)`);
const QUARTER = sticky(`(?:第?([一二三四1-4])|(首))季度(末|初)?|[Qq]([1-4])(?:季度)?`);
const RELATIVE_QUARTER = sticky('(本|这个?|上一?个?|下一?个?)季度(末|初)?');
const MONTH = sticky(`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \\t]*月份?`);
const LUNAR_MONTH = sticky('(正|冬|腊)月|(大年)');
const RELATIVE_MONTH = sticky('(本月|当月|这个月|上一?个?月|下一?个?月)');
const MONTH_PART = sticky('(上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)');
const DAY = sticky(`(3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅)[ \\t]*(?:日|号)`);
const LUNAR_DAY = sticky(`初([一二三四五六七八九十])|(三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?)`);
const BARE_NUMBER = sticky(`([0-9]{1,4}|[${CN}十]{1,4})(?![0-9${CN}十年月日号个天])`);
const DAY_LIST_ITEM = sticky(`[ \t]*[，,、][ \t]*(3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]*(?:日|号)`);
const RELATIVE_DAY = sticky('(本日|今天|今日|当日|当天)');
const CLOCK = sticky('([0-9]{1,2})[:：]([0-9]{2})');
const CONNECTOR = sticky('[ \\t]*(?:—+|–|-|~|～|至|到)[ \\t]*');
const PREFIX = sticky('(截至|截止(?:到|至)?|不晚于|最迟于?|到|至|从|自|于)');
const SUFFIX = sticky('(以前|之前|前|为止|止|申报截止|报送截止|截止|以来|起|期间|时期|以内|内|左右|前后)');
const DOTTED = sticky('([0-9]{4})[./-]([0-9]{1,2})[./-]([0-9]{1,2})(?![0-9])');
const PLAN_PERIOD = sticky(`["“'‘]?十([一二三四五六七八九])五["”'’]?(期间|时期|规划期|规划|时期内)?`);
const RECURRING = sticky('每(年度?|半年|季度?|月|周|旬)');
const ISSUE_RELATIVE = sticky(`自(?:本[\u4e00-\u9fff]{1,6}?)?(?:印发|发布|下发|公布|施行|实施)之日起(${NUMBER})(个工作日|个月|日|天|年)(?:内|以内)?`);
const DURATION = sticky(`(未来|近)?(${NUMBER})(个工作日|个半月|个多月|个月|月|日|天|年)(以内|内|以来)?`);
const AGO = sticky(`(${NUMBER})年前`);
const DECADE = sticky(`(?:(上)世纪|(十九|二十|二十一|19|20|21)世纪)?([0-9]{2}|[一二三四五六七八九]十)年代(初期|中期|末期|初|末)?`);

function unitOrder(unit: Point['last']): number {
  return unit === 'year' ? 0 : unit === 'quarter' ? 1 : unit === 'month' ? 2 : unit === 'day' ? 3 : -1;
}

/** Reads a point at `index`: 2023年9月底, 9月15日, 一季度, 上半年, 当年12月31日 … */
function readPoint(context: Context, index: number, afterConnector = false): { point: Point; end: number } | null {
  const point: Point = {};
  let i = index;
  let match: RegExpExecArray | null;
  // 农历 may stand before the year or after it (1991年农历8月23号).
  const readLunar = () => {
    const lunarMark = at(context, LUNAR, i);
    if (lunarMark) {
      point.lunar = true;
      i += lunarMark[0].length;
    }
  };
  readLunar();
  // Year.
  if ((match = at(context, YEAR4, i))) {
    point.year = readNumber(match[1]) ?? undefined;
    i += match[0].length;
  } else if (context.options.loose && (match = at(context, YEAR2, i))) {
    const short = readNumber(match[1])!;
    const pivot = ((context.referenceYear ?? 2000) % 100) + 10;
    point.year = short <= pivot ? 2000 + short : 1900 + short;
    i += match[0].length;
  } else if ((match = at(context, RELATIVE_YEAR, i))) {
    const offsets: Record<string, number> = { 明年: 1, 次年: 1, 翌年: 1, 下一年: 1, 后年: 2, 去年: -1, 上一年: -1, 前年: -2 };
    point.year = (context.referenceYear ?? NaN) + (offsets[match[1]] ?? 0);
    point.yearRelative = true;
    i += match[0].length;
    // 次年年末: the relative year may be followed by a year part that repeats 年.
    const repeated = at(context, STANDALONE_YEAR_PART, i);
    if (repeated) {
      point.part = { of: 'year', name: repeated[1] };
      point.last = 'year';
      return { point, end: i + repeated[0].length };
    }
  }
  if (point.year !== undefined) {
    point.last = 'year';
    readLunar();
    if ((match = at(context, FIRST_N, i))) {
      point.firstN = readFirstN(match);
      return { point, end: i + match[0].length };
    }
    if ((match = at(context, QUARTER, i))) {
      readQuarter(point, match);
      return { point, end: i + match[0].length };
    }
    if (!at(context, MONTH, i) && (match = at(context, YEAR_PART, i))) {
      point.part = { of: 'year', name: match[1] };
      return { point, end: i + match[0].length };
    }
  } else {
    // No year: a standalone year part, a quarter, a relative quarter.
    if ((match = at(context, STANDALONE_YEAR_PART, i))) {
      point.part = { of: 'year', name: match[1] };
      point.last = 'year';
      return { point, end: i + match[0].length };
    }
    if ((match = at(context, FIRST_N, i))) {
      point.firstN = readFirstN(match);
      point.last = 'year';
      return { point, end: i + match[0].length };
    }
    if ((match = at(context, QUARTER, i))) {
      readQuarter(point, match);
      return { point, end: i + match[0].length };
    }
    if ((match = at(context, RELATIVE_QUARTER, i)) && context.reference) {
      const current = Math.floor((context.reference.month - 1) / 3);
      const offset = match[1].startsWith('上') ? -1 : match[1].startsWith('下') ? 1 : 0;
      const index3 = context.reference.year * 4 + current + offset;
      point.year = Math.floor(index3 / 4);
      point.quarter = (index3 % 4) + 1;
      point.yearRelative = true;
      point.last = 'quarter';
      if (match[2]) point.part = { of: 'quarter', name: match[2] };
      return { point, end: i + match[0].length };
    }
  }
  // Month.
  if ((match = at(context, MONTH, i))) {
    point.month = readNumber(match[1]) ?? undefined;
    i += match[0].length;
  } else if ((match = at(context, LUNAR_MONTH, i))) {
    point.lunar = true;
    point.month = match[1] === '冬' ? 11 : match[1] === '腊' ? 12 : 1;
    i += match[0].length;
    // 大年三十 (除夕) is the last day of the twelfth month; 大年初十 is in the first.
    const eve = match[2] ? /^(三十|廿九|二十九)/.exec(context.text.slice(i)) : null;
    if (eve) {
      point.month = 12;
      point.day = eve[1] === '三十' ? 30 : 29;
      point.last = 'day';
      return { point, end: i + eve[0].length };
    }
  } else if (point.year === undefined && (match = at(context, RELATIVE_MONTH, i)) && context.reference) {
    const offset = match[1].startsWith('上') ? -1 : match[1].startsWith('下') ? 1 : 0;
    const shifted = addMonths({ ...context.reference, day: 1 }, offset);
    point.year = shifted.year;
    point.month = shifted.month;
    point.monthRelative = true;
    i += match[0].length;
  }
  if (point.month !== undefined) {
    point.last = 'month';
    if ((match = at(context, DAY, i))) {
      point.day = readNumber(match[1]) ?? undefined;
      point.last = 'day';
      i += match[0].length;
    } else if (point.lunar && (match = at(context, LUNAR_DAY, i))) {
      point.day = readNumber(match[1] ?? match[2]) ?? undefined;
      point.last = 'day';
      i += match[0].length;
    } else if ((match = at(context, MONTH_PART, i))) {
      point.part = { of: 'month', name: match[1] };
      i += match[0].length;
    } else if ((match = at(context, BARE_NUMBER, i)) && (context.options.loose || at(context, CONNECTOR, i + match[0].length))) {
      // 1月3 (loose), or 9月17-23日: the number's unit is the one below the month.
      const value = readNumber(match[1]);
      if (value !== null && value >= 1 && value <= 31) {
        point.day = value;
        point.last = 'day';
        i += match[0].length;
      }
    }
  } else if (point.year === undefined) {
    if ((match = at(context, RELATIVE_DAY, i)) && context.reference) {
      Object.assign(point, { year: context.reference.year, month: context.reference.month, day: context.reference.day, dayRelative: true, last: 'day' });
      return { point, end: i + match[0].length };
    }
    if (afterConnector && (match = at(context, DAY, i))) {
      // 9月15日至25日: the month and year come from the range's first end.
      Object.assign(point, { day: readNumber(match[1]) ?? undefined, last: 'day' });
      return { point, end: i + match[0].length };
    }
    if (context.options.loose && (match = at(context, DAY, i)) && context.text[i - 1] !== '第') {
      // 30日: a day of the reference month (only for a single expression: in running text, 第3号 and
      // the like are numbers, not days).
      if (!context.reference) return null;
      Object.assign(point, { year: context.reference.year, month: context.reference.month, day: readNumber(match[1]) ?? undefined, dayRelative: true, last: 'day' });
      return { point, end: i + match[0].length };
    }
    // A bare number that a connector and another point will give a unit (2021—2025年).
    if ((match = at(context, BARE_NUMBER, i)) && at(context, CONNECTOR, i + match[0].length)) {
      point.pending = readNumber(match[1]) ?? undefined;
      return point.pending === undefined ? null : { point, end: i + match[0].length };
    }
    return null;
  } else if ((match = at(context, BARE_NUMBER, i)) && at(context, CONNECTOR, i + match[0].length)) {
    // 2018年2——4月: a bare number after a year is a month.
    const value = readNumber(match[1]);
    if (value !== null && value >= 1 && value <= 12) {
      point.month = value;
      point.last = 'month';
      i += match[0].length;
    }
  }
  return { point, end: i };
}

/** 前两个季度, 前十一个月, 首月. */
function readFirstN(match: RegExpExecArray): Point['firstN'] {
  return match[3] ? { count: 1, unit: 'month' } : { count: readNumber(match[1]) ?? 0, unit: match[2] === '月' ? 'month' : 'quarter' };
}

function readQuarter(point: Point, match: RegExpExecArray): void {
  point.quarter = match[2] ? 1 : Number(readNumber(match[1] ?? match[4]));
  if (match[3]) point.part = { of: 'quarter', name: match[3] };
  point.last = 'quarter';
}

/** The first and last day a point covers. */
function spanOf(point: Point, context: Context): { start: CalendarDate; end: CalendarDate } | null {
  let year = point.year;
  if (year === undefined || Number.isNaN(year)) {
    if (context.referenceYear === null) return null;
    year = context.referenceYear;
    context.usedReference = context.usedReference === 'date' ? 'date' : 'year';
  }
  if (point.yearRelative || point.monthRelative || point.dayRelative) {
    if (Number.isNaN(year)) return null;
    context.usedReference = point.dayRelative || point.monthRelative ? 'date' : context.usedReference === 'date' ? 'date' : 'year';
  }
  if (point.lunar && point.month !== undefined) {
    const day = point.day ?? 1;
    try {
      const solar = lunar().fromYmd(year, point.month, day).getSolar();
      const start = { year: solar.getYear(), month: solar.getMonth(), day: solar.getDay() };
      if (point.day !== undefined) return { start, end: start };
      const last = lunar().fromYmd(year, point.month, 1).getSolar();
      const nextMonth = lunar().fromYmd(point.month === 12 ? year + 1 : year, point.month === 12 ? 1 : point.month + 1, 1).getSolar();
      return { start: { year: last.getYear(), month: last.getMonth(), day: last.getDay() }, end: addDays({ year: nextMonth.getYear(), month: nextMonth.getMonth(), day: nextMonth.getDay() }, -1) };
    } catch {
      return null;
    }
  }
  const day = (y: number, m: number, d: number) => ({ year: y, month: m, day: Math.min(d, daysInMonth(y, m)) });
  if (point.firstN) {
    const months = point.firstN.unit === 'quarter' ? point.firstN.count * 3 : point.firstN.count;
    if (months < 1 || months > 12) return null;
    return { start: day(year, 1, 1), end: day(year, months, 31) };
  }
  if (point.quarter !== undefined) {
    if (point.quarter < 1 || point.quarter > 4) return null;
    const first = (point.quarter - 1) * 3 + 1;
    if (point.part?.name === '末') return { start: day(year, first + 2, 1), end: day(year, first + 2, 31) };
    if (point.part?.name === '初') return { start: day(year, first, 1), end: day(year, first, 31) };
    return { start: day(year, first, 1), end: day(year, first + 2, 31) };
  }
  if (point.month === undefined) {
    switch (point.part?.name) {
      case '上半年': return { start: day(year, 1, 1), end: day(year, 6, 30) };
      case '下半年': return { start: day(year, 7, 1), end: day(year, 12, 31) };
      case '年底': case '年末': case '底': case '末': return { start: day(year, 11, 1), end: day(year, 12, 31) };
      case '年初': case '初': case '伊始': return { start: day(year, 1, 1), end: day(year, 1, 31) };
      case '年中': case '中': return { start: day(year, 6, 1), end: day(year, 7, 31) };
      default: return { start: day(year, 1, 1), end: day(year, 12, 31) };
    }
  }
  const month = point.month;
  if (month < 1 || month > 12) return null;
  if (point.day !== undefined) {
    if (!isValidDate(year, month, point.day)) return null;
    const start = { year, month, day: point.day };
    return { start, end: start };
  }
  switch (point.part?.name) {
    case '上旬': return { start: day(year, month, 1), end: day(year, month, 10) };
    case '中旬': return { start: day(year, month, 11), end: day(year, month, 20) };
    case '下旬': return { start: day(year, month, 21), end: day(year, month, 31) };
    case '初': case '月初': return { start: day(year, month, 1), end: day(year, month, 5) };
    case '月中': return { start: day(year, month, 11), end: day(year, month, 20) };
    case '底': case '末': case '月底': case '月末': return { start: day(year, month, 25), end: day(year, month, 31) };
    default: return { start: day(year, month, 1), end: day(year, month, 31) };
  }
}

/** Fills in what the second end of a range leaves out (9月15日至25日: year and month). */
function inherit(second: Point, first: Point): void {
  if (second.year === undefined && second.pending === undefined) {
    if (first.year !== undefined) second.year = first.year;
    if (second.month === undefined && second.day !== undefined) second.month = first.month;
    second.yearRelative ||= first.yearRelative;
  }
}

/** Gives a bare number its unit: the one below the last unit written, or the other end's first. */
function settlePending(point: Point, other: Point): void {
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

function value(kind: TimeKind, start: CalendarDate | null, end: CalendarDate | null, context: Context, extra: Partial<TimeValue> = {}): TimeValue {
  return {
    kind,
    start: start ? toIso(start) : null,
    end: end ? toIso(end) : null,
    date: null,
    time: null,
    recurrence: null,
    resolvedBy: context.usedReference === 'date' ? 'reference-date' : context.usedReference === 'year' ? 'reference-year' : 'explicit',
    ...extra,
  };
}

/** Reads one expression at `index`, or null. */
function readExpression(context: Context, index: number): { value: TimeValue; end: number } | null {
  context.usedReference = 'none';
  let match: RegExpExecArray | null;
  // Forms that are not points.
  if ((match = at(context, PLAN_PERIOD, index))) {
    const ordinal = 10 + (readNumber(match[1]) ?? 0);
    const first = 1971 + 5 * (ordinal - 4);
    return { value: value('period', { year: first, month: 1, day: 1 }, { year: first + 4, month: 12, day: 31 }, context), end: index + match[0].length };
  }
  if ((match = at(context, RECURRING, index))) {
    const names: Record<string, string> = { 年: 'yearly', 年度: 'yearly', 半年: 'half-yearly', 季: 'quarterly', 季度: 'quarterly', 月: 'monthly', 周: 'weekly', 旬: 'ten-daily' };
    return { value: value('recurring', null, null, context, { recurrence: names[match[1]] }), end: index + match[0].length };
  }
  if ((match = at(context, ISSUE_RELATIVE, index))) {
    const end = index + match[0].length;
    const count = readNumber(match[1]) ?? 0;
    if (!context.reference) return { value: value('deadline', null, null, context, { resolvedBy: 'unresolved' }), end };
    context.usedReference = 'date';
    const limit = shift(context.reference, count, match[2]);
    return { value: value('deadline', context.reference, limit, context, { date: toIso(limit) }), end };
  }
  if ((match = at(context, DECADE, index))) {
    const century = match[1] ? Math.floor(((context.referenceYear ?? 2000) - 100) / 100) * 100 : match[2] ? (readNumber(match[2])! - 1) * 100 : 1900;
    const decade = century + (readNumber(match[3]) ?? 0);
    const [from, to] = match[4]?.startsWith('初') ? [0, 2] : match[4] === '中期' ? [3, 6] : match[4]?.startsWith('末') ? [7, 9] : [0, 9];
    return { value: value('period', { year: decade + from, month: 1, day: 1 }, { year: decade + to, month: 12, day: 31 }, context), end: index + match[0].length };
  }
  if ((match = at(context, AGO, index)) && !at(context, YEAR4, index)) {
    const count = readNumber(match[1]);
    if (count !== null && count < 100 && context.referenceYear !== null) {
      context.usedReference = 'year';
      const year = context.referenceYear - count;
      return { value: value('date', { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, context), end: index + match[0].length };
    }
  }
  if ((match = at(context, DURATION, index)) && !at(context, YEAR4, index)) {
    const result = readDuration(context, match);
    if (result) return { value: result, end: index + match[0].length };
  }
  if ((match = at(context, DOTTED, index))) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (!isValidDate(y, m, d)) return null;
    const day = { year: y, month: m, day: d };
    return finishLimit(context, index + match[0].length, { year: y, month: m, day: d, last: 'day' }, value('date', day, day, context), null);
  }

  // prefix point [clock] [connector point [clock]] [suffix]
  let i = index;
  const prefix = at(context, PREFIX, i);
  if (prefix) i += prefix[0].length;
  const first = readPoint(context, i);
  if (!first || first.end === i) return null;
  i = first.end;
  let clock = at(context, CLOCK, i);
  if (clock) {
    first.point.time = `${clock[1].padStart(2, '0')}:${clock[2]}`;
    i += clock[0].length;
  }
  const connector = at(context, CONNECTOR, i);
  let second: { point: Point; end: number } | null = null;
  if (connector) {
    second = readPoint(context, i + connector[0].length, true);
    if (second && second.end > i + connector[0].length) {
      settlePending(first.point, second.point);
      inherit(second.point, first.point);
      settlePending(second.point, first.point);
      i = second.end;
      clock = at(context, CLOCK, i);
      if (clock) i += clock[0].length;
    } else {
      second = null;
    }
  }
  if (first.point.pending !== undefined) return null;
  const firstSpan = spanOf(first.point, context);
  if (!firstSpan) return null;
  // 9月10号，11号，12号: a list of days runs from the first to the last.
  if (!second && first.point.day !== undefined && !first.point.lunar) {
    let last: number | null = null;
    let listMatch: RegExpExecArray | null;
    while ((listMatch = at(context, DAY_LIST_ITEM, i))) {
      last = readNumber(listMatch[1]);
      i += listMatch[0].length;
    }
    if (last !== null && isValidDate(firstSpan.start.year, firstSpan.start.month, last) && last > firstSpan.start.day) {
      const end = { ...firstSpan.start, day: last };
      return finishLimit(context, i, { ...first.point, day: last }, value('range', firstSpan.start, end, context), prefix?.[1] ?? null, firstSpan.start);
    }
  }
  if (second) {
    const secondSpan = spanOf(second.point, context);
    if (!secondSpan || toIso(secondSpan.end) < toIso(firstSpan.start)) return null;
    const range = value('range', firstSpan.start, secondSpan.end, context, { time: first.point.time ?? null });
    return finishLimit(context, i, second.point, range, prefix?.[1] ?? null, firstSpan.start);
  }
  const kind: TimeKind = first.point.part?.name === '全年' || first.point.part?.name === '年内' || first.point.part?.of === 'year' && /半年/.test(first.point.part.name) ? 'period' : 'date';
  return finishLimit(context, i, first.point, value(kind, firstSpan.start, firstSpan.end, context, { time: first.point.time ?? null }), prefix?.[1] ?? null);
}

function shift(from: CalendarDate, count: number, unit: string): CalendarDate {
  if (unit === '个工作日') return addWorkingDays(from, count);
  if (unit === '年') return addDays(addMonths(from, count * 12), -1);
  if (unit === '个月' || unit === '月') return addDays(addMonths(from, count), -1);
  return addDays(from, count);
}

/** 30日内, 15个工作日内, 未来两个月, 近三个月, 三个多月以来, 两个半月以内: need a reference date. */
function readDuration(context: Context, match: RegExpExecArray): TimeValue | null {
  const [, direction, amount, unit, suffix] = match;
  const count = readNumber(amount);
  if (count === null) return null;
  if (!direction && !suffix) return null; // 3个月 alone is a length, not a time
  if (!context.reference) {
    return direction === '近' || suffix === '以来' ? null : value('deadline', null, null, context, { resolvedBy: 'unresolved' });
  }
  context.usedReference = 'date';
  const reference = context.reference;
  if (direction === '近') {
    const start = unit === '年' ? addMonths(reference, -12 * count) : unit.includes('月') ? addMonths(reference, -count) : addDays(reference, -count);
    return value('period', start, reference, context);
  }
  if (suffix === '以来') {
    const start = unit === '个多月' ? { ...addMonths(reference, -count), day: 1 } : unit === '年' ? addMonths(reference, -12 * count) : unit.includes('月') ? addMonths(reference, -count) : addDays(reference, -count);
    return value('period', start, reference, context);
  }
  let limit: CalendarDate;
  if (unit === '个半月') limit = addDays(addMonths(reference, count), 15);
  else limit = shift(reference, count, unit === '天' || unit === '日' ? '日' : unit === '个多月' ? '个月' : unit);
  return value('deadline', reference, limit, context, { date: toIso(limit) });
}

/** Applies a limit prefix or suffix: 9月底前 → deadline, 到2025年 → target, 2023年5月1日起 → period. */
function finishLimit(context: Context, index: number, point: Point, result: TimeValue, prefix: string | null, rangeStart?: CalendarDate): { value: TimeValue; end: number } {
  const suffix = at(context, SUFFIX, index);
  const end = index + (suffix ? suffix[0].length : 0);
  const word = suffix?.[1] ?? null;
  const yearOnly = point.month === undefined && point.quarter === undefined && point.part === undefined && point.firstN === undefined && point.day === undefined;
  const limitSuffix = word !== null && /^(以前|之前|前|为止|止|申报截止|报送截止|截止)$/.test(word);
  const limitPrefix = prefix !== null && /^(截至|截止|不晚于|最迟)/.test(prefix);
  const from = context.reference ? toIso(context.reference) : null;
  if (limitSuffix || limitPrefix || (prefix === '到' || prefix === '至') && result.kind !== 'range') {
    const targetLike = yearOnly && (word === '前' || prefix === '到' || prefix === '至');
    const kind: TimeKind = targetLike ? 'target' : 'deadline';
    const start = rangeStart ? toIso(rangeStart) : from;
    return { value: { ...result, kind, start, date: result.end, resolvedBy: from && !rangeStart && result.resolvedBy === 'explicit' ? 'explicit' : result.resolvedBy }, end };
  }
  if (word === '起' || word === '以来') {
    // From a day on: open-ended, or up to the reference day when that comes later (近来 style, JioNLP).
    const until = from !== null && result.start !== null && from >= result.start ? from : null;
    return { value: { ...result, kind: 'period', end: until }, end };
  }
  if (word === '期间' || word === '时期' || word === '内' || word === '以内') {
    return { value: { ...result, kind: result.kind === 'range' ? 'range' : 'period' }, end };
  }
  if (word === '左右' || word === '前后') return { value: result, end };
  return { value: result, end: index };
}

// Characters an expression can start with.
const STARTS = new Set([...'0123456789' + CN + '十两仨廿上下本当今明次翌去前后首第每近未自从截至到不最农阴腊正冬大伊全年这Q"“\'‘']);

function createContext(text: string, options: TimeOptions): Context {
  const reference = options.referenceDate ? fromIso(options.referenceDate) : null;
  return {
    text: foldForMatching(text),
    options,
    referenceYear: options.referenceYear ?? reference?.year ?? null,
    reference,
    usedReference: 'none',
  };
}

/** Finds every time expression in a text, left to right, without overlaps. */
export function findTimeExpressions(text: string, options: TimeOptions = {}): TimeMatch[] {
  const context = createContext(text, options);
  const found: TimeMatch[] = [];
  let i = 0;
  while (i < context.text.length) {
    const ch = context.text[i];
    // An expression starts at a word boundary for digits: not inside 12345 or a 10-digit phone number.
    if (!STARTS.has(ch) || (/[0-9]/.test(ch) && /[0-9.]/.test(context.text[i - 1] ?? ''))) {
      i++;
      continue;
    }
    const result = readExpression(context, i);
    if (result && result.end > i) {
      found.push({ text: text.slice(i, result.end), index: i, value: result.value });
      i = result.end;
    } else {
      i++;
    }
  }
  return found;
}

/**
 * Reads the time expression in `text` (the first one, or the longest at the same start):
 * parseTimeExpression('9月底前', {referenceYear: 2023}) → deadline 2023-09-30.
 */
export function parseTimeExpression(text: string, options: TimeOptions = {}): TimeValue | null {
  const matches = findTimeExpressions(text, { loose: true, ...options });
  return matches[0]?.value ?? null;
}
