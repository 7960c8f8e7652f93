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
import { type CalendarDate, addDays, addMonths, addWorkingDays, isValidDate, toIso } from './calendar.js';
import { type Point, inherit, readPoint, settlePending, spanOf } from './read-point.js';
import { type Context, type TimeOptions, at, createContext, strongerUse } from './grammar-context.js';
import {
  AGO,
  CLOCK,
  CONNECTOR,
  DAY_LIST_ITEM,
  DECADE,
  DOTTED,
  DURATION,
  ISSUE_RELATIVE,
  PLAN_PERIOD,
  PREFIX,
  RECURRING,
  STARTS,
  SUFFIX,
  YEAR4,
  readNumber,
} from './time-patterns.js';
/**
 * What a time expression is: a date, a deadline, a period, a range, a recurrence or a target.
 *
 * @example
 * parseTimeExpression('9月底前', { year: 2023 })?.kind // 'deadline'
 */
export type TimeKind = 'date' | 'deadline' | 'period' | 'range' | 'recurring' | 'target';

/**
 * How often a recurring expression repeats (每年, 每半年, 每季度, 每月, 每周, 每旬).
 *
 * @example
 * parseTimeExpression('每季度', { year: 2023 })?.recurrence // 'quarterly'
 */
export type Recurrence = 'yearly' | 'half-yearly' | 'quarterly' | 'monthly' | 'weekly' | 'ten-daily';

/**
 * The value of one time expression. Dates are ISO 8601; ranges are inclusive.
 *
 * @example
 * parseTimeExpression('上半年', { year: 2023 }) // { kind: 'period', start: '2023-01-01', end: '2023-06-30', … }
 */
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
  recurrence: Recurrence | null;
  /** What the value was resolved against: nothing (all explicit), the reference year or date. */
  resolvedBy: 'explicit' | 'reference-year' | 'reference-date' | 'unresolved';
}

export type { TimeOptions } from './grammar-context.js';

/**
 * One expression found in a text.
 *
 * @example
 * findTimeExpressions('9月底前完成', { year: 2023 })[0] // { text: '9月底前', start: 0, end: 4, value: {…} }
 */
export interface TimeMatch {
  text: string;
  index: number;
  value: TimeValue;
}

function value(
  kind: TimeKind,
  start: CalendarDate | null,
  end: CalendarDate | null,
  context: Context,
  extra: Partial<TimeValue> = {},
): TimeValue {
  return {
    kind,
    start: start ? toIso(start) : null,
    end: end ? toIso(end) : null,
    date: null,
    time: null,
    recurrence: null,
    resolvedBy:
      context.usedReference === 'date'
        ? 'reference-date'
        : context.usedReference === 'year'
          ? 'reference-year'
          : 'explicit',
    ...extra,
  };
}

/**
 * What a reader of one form gives: the value and where it ends, null (no expression here), or
 * undefined (not this form: try the next).
 */
type Read = { value: TimeValue; end: number } | null | undefined;

/** "十四五"期间: a five-year plan's years (十一五 … 十五五). */
function readPlanPeriod(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!(match = at(context, PLAN_PERIOD, index))) return undefined;
  const ordinal = 10 + (readNumber(match[1]) ?? 0);
  const first = 1971 + 5 * (ordinal - 4);
  return {
    value: value('period', { year: first, month: 1, day: 1 }, { year: first + 4, month: 12, day: 31 }, context),
    end: index + match[0].length,
  };

  return undefined;
}

/** 每年, 每季度, 每月 …: how often. */
function readRecurring(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!(match = at(context, RECURRING, index))) return undefined;
  const names: Record<string, Recurrence> = {
    年: 'yearly',
    年度: 'yearly',
    半年: 'half-yearly',
    季: 'quarterly',
    季度: 'quarterly',
    月: 'monthly',
    周: 'weekly',
    旬: 'ten-daily',
  };
  return {
    value: value('recurring', null, null, context, { recurrence: names[match[1]] }),
    end: index + match[0].length,
  };

  return undefined;
}

/** 自印发之日起30日内: a limit counted from the date of issue. */
function readIssueRelative(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!(match = at(context, ISSUE_RELATIVE, index))) return undefined;
  const end = index + match[0].length;
  const count = readNumber(match[1]) ?? 0;
  if (!context.reference) return { value: value('deadline', null, null, context, { resolvedBy: 'unresolved' }), end };
  context.usedReference = 'date';
  const limit = shift(context.reference, count, match[2]);
  return { value: value('deadline', context.reference, limit, context, { date: toIso(limit) }), end };

  return undefined;
}

/** 本世纪20年代, 八十年代初: a decade or a part of it. */
function readDecade(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!(match = at(context, DECADE, index))) return undefined;
  const century = match[1]
    ? Math.floor(((context.referenceYear ?? 2000) - 100) / 100) * 100
    : match[2]
      ? (readNumber(match[2])! - 1) * 100
      : 1900;
  const decade = century + (readNumber(match[3]) ?? 0);
  const [from, to] = match[4]?.startsWith('初')
    ? [0, 2]
    : match[4] === '中期'
      ? [3, 6]
      : match[4]?.startsWith('末')
        ? [7, 9]
        : [0, 9];
  return {
    value: value(
      'period',
      { year: decade + from, month: 1, day: 1 },
      { year: decade + to, month: 12, day: 31 },
      context,
    ),
    end: index + match[0].length,
  };

  return undefined;
}

/** 三年前: whole years before the reference year. */
function readAgo(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!((match = at(context, AGO, index)) && !at(context, YEAR4, index))) return undefined;
  const count = readNumber(match[1]);
  if (count !== null && count < 100 && context.referenceYear !== null) {
    context.usedReference = 'year';
    const year = context.referenceYear - count;
    return {
      value: value('date', { year, month: 1, day: 1 }, { year, month: 12, day: 31 }, context),
      end: index + match[0].length,
    };
  }

  return undefined;
}

/** 30日内, 近三个月: a length from the reference day. */
function readDurationForm(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!((match = at(context, DURATION, index)) && !at(context, YEAR4, index))) return undefined;
  const result = readDuration(context, match);
  if (result) return { value: result, end: index + match[0].length };

  return undefined;
}

/** 2022.3.3, 2022-03-03: a date written with dots or dashes. */
function readDotted(context: Context, index: number): Read {
  let match: RegExpExecArray | null;
  if (!(match = at(context, DOTTED, index))) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (!isValidDate(y, m, d)) return null;
  const day = { year: y, month: m, day: d };
  return finishLimit(
    context,
    index + match[0].length,
    { year: y, month: m, day: d, last: 'day' },
    value('date', day, day, context),
    null,
  );

  return undefined;
}

/** The forms that are not points, tried in this order before a point is read. */
const NON_POINT_FORMS = [
  readPlanPeriod,
  readRecurring,
  readIssueRelative,
  readDecade,
  readAgo,
  readDurationForm,
  readDotted,
];

/** 9月10号，11号，12号: a list of days after a day runs from the first to the last; its last day, and where it ends. */
function readDayList(context: Context, index: number): { last: number | null; end: number } {
  let last: number | null = null;
  let i = index;
  let listMatch: RegExpExecArray | null;
  while ((listMatch = at(context, DAY_LIST_ITEM, i))) {
    last = readNumber(listMatch[1]);
    i += listMatch[0].length;
  }
  return { last, end: i };
}

/** Reads one expression at `index`, or null. */
function readExpression(context: Context, index: number): { value: TimeValue; end: number } | null {
  context.usedReference = 'none';
  for (const form of NON_POINT_FORMS) {
    const read = form(context, index);
    if (read !== undefined) return read;
  }
  return readPointExpression(context, index);
}

/** prefix point [clock] [connector point [clock]] [suffix] */
function readPointExpression(context: Context, index: number): { value: TimeValue; end: number } | null {
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
  context.usedReference = strongerUse(context.usedReference, firstSpan.used);
  // 9月10号，11号，12号: a list of days runs from the first to the last.
  if (!second && first.point.day !== undefined && !first.point.lunar) {
    const list = readDayList(context, i);
    const last = list.last;
    i = list.end;
    if (last !== null && isValidDate(firstSpan.start.year, firstSpan.start.month, last) && last > firstSpan.start.day) {
      const end = { ...firstSpan.start, day: last };
      return finishLimit(
        context,
        i,
        { ...first.point, day: last },
        value('range', firstSpan.start, end, context),
        prefix?.[1] ?? null,
        firstSpan.start,
      );
    }
  }
  if (second) {
    const secondSpan = spanOf(second.point, context);
    if (!secondSpan || toIso(secondSpan.end) < toIso(firstSpan.start)) return null;
    context.usedReference = strongerUse(context.usedReference, secondSpan.used);
    const range = value('range', firstSpan.start, secondSpan.end, context, { time: first.point.time ?? null });
    return finishLimit(context, i, second.point, range, prefix?.[1] ?? null, firstSpan.start);
  }
  const kind: TimeKind =
    first.point.part?.name === '全年' ||
    first.point.part?.name === '年内' ||
    (first.point.part?.of === 'year' && /半年/.test(first.point.part.name))
      ? 'period'
      : 'date';
  return finishLimit(
    context,
    i,
    first.point,
    value(kind, firstSpan.start, firstSpan.end, context, { time: first.point.time ?? null }),
    prefix?.[1] ?? null,
  );
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
    return direction === '近' || suffix === '以来'
      ? null
      : value('deadline', null, null, context, { resolvedBy: 'unresolved' });
  }
  context.usedReference = 'date';
  const reference = context.reference;
  if (direction === '近') {
    const start =
      unit === '年'
        ? addMonths(reference, -12 * count)
        : unit.includes('月')
          ? addMonths(reference, -count)
          : addDays(reference, -count);
    return value('period', start, reference, context);
  }
  if (suffix === '以来') {
    const start =
      unit === '个多月'
        ? { ...addMonths(reference, -count), day: 1 }
        : unit === '年'
          ? addMonths(reference, -12 * count)
          : unit.includes('月')
            ? addMonths(reference, -count)
            : addDays(reference, -count);
    return value('period', start, reference, context);
  }
  let limit: CalendarDate;
  if (unit === '个半月') limit = addDays(addMonths(reference, count), 15);
  else limit = shift(reference, count, unit === '天' || unit === '日' ? '日' : unit === '个多月' ? '个月' : unit);
  return value('deadline', reference, limit, context, { date: toIso(limit) });
}

/** Applies a limit prefix or suffix: 9月底前 → deadline, 到2025年 → target, 2023年5月1日起 → period. */
function finishLimit(
  context: Context,
  index: number,
  point: Point,
  result: TimeValue,
  prefix: string | null,
  rangeStart?: CalendarDate,
): { value: TimeValue; end: number } {
  const suffix = at(context, SUFFIX, index);
  const end = index + (suffix ? suffix[0].length : 0);
  const word = suffix?.[1] ?? null;
  const yearOnly =
    point.month === undefined &&
    point.quarter === undefined &&
    point.part === undefined &&
    point.firstN === undefined &&
    point.day === undefined;
  const limitSuffix = word !== null && /^(以前|之前|前|为止|止|申报截止|报送截止|截止)$/.test(word);
  const limitPrefix = prefix !== null && /^(截至|截止|不晚于|最迟)/.test(prefix);
  const from = context.reference ? toIso(context.reference) : null;
  if (limitSuffix || limitPrefix || ((prefix === '到' || prefix === '至') && result.kind !== 'range')) {
    const targetLike = yearOnly && (word === '前' || prefix === '到' || prefix === '至');
    const kind: TimeKind = targetLike ? 'target' : 'deadline';
    const start = rangeStart ? toIso(rangeStart) : from;
    return {
      value: {
        ...result,
        kind,
        start,
        date: result.end,
        resolvedBy: from && !rangeStart && result.resolvedBy === 'explicit' ? 'explicit' : result.resolvedBy,
      },
      end,
    };
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

const isAsciiDigit = (code: number) => code >= 0x30 && code <= 0x39;
/** What can follow the digits of a time expression: a unit, a separator, a connector, a space. */
const AFTER_NUMBER = new Set(
  [...'年月日号个天时点分秒周旬季世小半多余工:：./-—–~～至到、,，和与或及以 \t'].map((char) => char.charCodeAt(0)),
);
const isDigitOrDot = (code: number) => isAsciiDigit(code) || code === 0x2e;

/**
 * Finds every time expression in a text, left to right, without overlaps.
 *
 * @example
 * findTimeExpressions('上半年完成，年底前验收', { referenceYear: 2023 }).map((match) => match.text) // ['上半年', '年底前']
 */
export function findTimeExpressions(text: string, options: TimeOptions = {}): TimeMatch[] {
  const context = createContext(text, options);
  const found: TimeMatch[] = [];
  let i = 0;
  while (i < context.text.length) {
    const code = context.text.charCodeAt(i);
    // An expression starts at a word boundary for digits: not inside 12345 or a 10-digit phone number.
    if (STARTS[code] === 0 || (isAsciiDigit(code) && isDigitOrDot(context.text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // A number followed by nothing a time expression goes on with (年, 月, 个, 至, -, …) is a
    // count or a label (工作49048, 10家): the whole run is passed over without trying the grammar.
    if (isAsciiDigit(code)) {
      let end = i + 1;
      while (isAsciiDigit(context.text.charCodeAt(end))) end++;
      if (!AFTER_NUMBER.has(context.text.charCodeAt(end))) {
        i = end;
        continue;
      }
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
 *
 * @example
 * parseTimeExpression('9月底前', { referenceYear: 2023 })?.date // '2023-09-30'
 */
export function parseTimeExpression(text: string, options: TimeOptions = {}): TimeValue | null {
  const matches = findTimeExpressions(text, { loose: true, ...options });
  return matches[0]?.value ?? null;
}
