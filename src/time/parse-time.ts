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
  BARE_BEFORE,
  BARE_YEAR_RANGE,
  BEFOREHAND,
  BEFORE_WORDS_MISSED,
  EXTENSION,
  BEFORE_EVENT,
  CLOCK,
  CONNECTOR,
  DAY_LIST_ITEM,
  DECADE,
  DOTTED,
  COMING_YEARS,
  CYCLE,
  DURATION,
  EVENT_RELATIVE,
  EVERY_N,
  FROM_TODAY,
  ISSUE_EVENT,
  LENGTH_LIMIT,
  PLAN_PERIOD,
  PREFIX,
  RECURRING,
  SET_LIMIT,
  STARTS,
  SUFFIX,
  THIS_AND_NEXT_YEAR,
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
 * How often a recurring expression repeats: 每年, 每半年, 每季度, 每月, 每周, 每旬, 每天, or every n units
 * (每5年, 5年一周期, 15天完成1次 → `every 15 days`).
 *
 * @example
 * parseTimeExpression('每季度', { year: 2023 })?.recurrence // 'quarterly'
 */
export type Recurrence =
  | 'yearly'
  | 'half-yearly'
  | 'quarterly'
  | 'monthly'
  | 'weekly'
  | 'ten-daily'
  | 'daily'
  | `every ${number} ${'years' | 'months' | 'weeks' | 'days' | 'working days'}`;

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
  /** For recurring expressions: yearly, half-yearly, quarterly, monthly, weekly, ten-daily, daily, every n units. */
  recurrence: Recurrence | null;
  /**
   * The event a limit or a start counts from, when it is not the document's issue and its date is not known
   * (自执法决定作出之日起20个工作日内 → 执法决定作出); null otherwise.
   */
  anchor: string | null;
  /**
   * What the value was resolved against: nothing (all explicit), the reference year or date, an event whose
   * date is unknown (see `anchor`), or nothing that gives it a date (unresolved).
   */
  resolvedBy: 'explicit' | 'reference-year' | 'reference-date' | 'event' | 'unresolved';
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
    anchor: null,
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
type Read = { value: TimeValue; end: number; start?: number } | null | undefined;

/**
 * The characters each form can start with, so that the forms below try their pattern only where it can match
 * (most characters where an expression can start start none of them): PLAN_PERIOD's quote marks and numerals,
 * DECADE's 上, 本, digits and numerals. (AGO and DURATION start with a number, 未 or 近; RECURRING with 每;
 * DOTTED with a digit.)
 */
const PLAN_PERIOD_STARTS = new Set([...'"“\'‘十八九'].map((char) => char.charCodeAt(0)));
const DECADE_STARTS = new Set([...'上本0123456789一二三四五六七八九十'].map((char) => char.charCodeAt(0)));

/** "十四五"期间, “九五”时期: a five-year plan's years (八五 1991–1995 … 十五五 2026–2030). */
function readPlanPeriod(context: Context, index: number): Read {
  if (!PLAN_PERIOD_STARTS.has(context.text.charCodeAt(index))) return undefined;
  let match: RegExpExecArray | null;
  if (!(match = at(context, PLAN_PERIOD, index))) return undefined;
  const [, open, core, close, suffix] = match;
  // 十五, 八五, 九五 are numbers unless quoted or followed by 期间/时期.
  if (core.length === 1 && !(open && close) && !suffix) return undefined;
  const ordinal = core.length === 1 ? (readNumber(core) ?? 0) : 10 + (readNumber(core[1]) ?? 0);
  const first = 1971 + 5 * (ordinal - 4);
  return {
    value: value('period', { year: first, month: 1, day: 1 }, { year: first + 4, month: 12, day: 31 }, context),
    end: index + match[0].length,
  };

  return undefined;
}

/** 每年, 每季度, 每月 …: how often. */
function readRecurring(context: Context, index: number): Read {
  if (context.text.charCodeAt(index) !== 0x6bcf /* 每 */) return undefined;
  let match: RegExpExecArray | null;
  if (!(match = at(context, RECURRING, index))) return undefined;
  const names: Record<string, Recurrence> = {
    年: 'yearly',
    年度: 'yearly',
    半年: 'half-yearly',
    季: 'quarterly',
    季度: 'quarterly',
    月: 'monthly',
    个月: 'monthly',
    周: 'weekly',
    旬: 'ten-daily',
    天: 'daily',
    日: 'daily',
  };
  return {
    value: value('recurring', null, null, context, { recurrence: names[match[1]] }),
    end: index + match[0].length,
  };

  return undefined;
}

/** Whether a number can start at a character: an ASCII digit or a Chinese numeral. */
const isNumberStart = (code: number) => (code >= 0x30 && code <= 0x39) || CHINESE_NUMERALS.has(code);
const CHINESE_NUMERALS = new Set([...'〇○零一二三四五六七八九十两仨廿'].map((char) => char.charCodeAt(0)));

/** Units of an every-n recurrence, by the word written. */
const EVERY_UNITS: Record<string, 'years' | 'months' | 'weeks' | 'days' | 'working days'> = {
  年: 'years',
  个月: 'months',
  月: 'months',
  周: 'weeks',
  星期: 'weeks',
  天: 'days',
  日: 'days',
  个工作日: 'working days',
};

/** Every n units, with the common ones named (every 1 years → yearly). */
function everyN(count: number, unit: string): Recurrence {
  const units = EVERY_UNITS[unit];
  if (count === 1) {
    const named: Record<string, Recurrence> = { years: 'yearly', months: 'monthly', weeks: 'weekly', days: 'daily' };
    if (named[units]) return named[units];
  }
  if (count === 3 && units === 'months') return 'quarterly';
  if (count === 6 && units === 'months') return 'half-yearly';
  return `every ${count} ${units}`;
}

/** 每5年, 每隔两周, 5年一周期, 15天完成1次: every n units. */
function readEveryN(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x6bcf /* 每 */ && !isNumberStart(code)) return undefined;
  const match = at(context, EVERY_N, index) ?? at(context, CYCLE, index);
  if (!match) return undefined;
  const count = readNumber(match[1]);
  if (count === null || count < 1) return undefined;
  return {
    value: value('recurring', null, null, context, { recurrence: everyN(count, match[2]) }),
    end: index + match[0].length,
  };
}

/**
 * 自印发之日起30日内 (a limit counted from the date of issue), 自执法决定作出之日起20个工作日内 (from an event whose
 * date the text does not give: the anchor is named, the date null), 自公布之日起 (a start: an open period).
 */
function readEventRelative(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x81ea /* 自 */ && code !== 0x4ece /* 从 */) return undefined;
  let match: RegExpExecArray | null;
  if (!(match = at(context, EVENT_RELATIVE, index))) return undefined;
  const end = index + match[0].length;
  const [, event, amount, unit] = match;
  // The anchor as written (the folded text keeps offsets); the pattern's 自 or 从 is one character.
  const original = context.original.slice(index + 1, index + 1 + event.length);
  const issue = ISSUE_EVENT.test(event);
  if (!issue) {
    const kind: TimeKind = amount ? 'deadline' : 'period';
    return { value: value(kind, null, null, context, { anchor: original, resolvedBy: 'event' }), end };
  }
  if (!context.reference) {
    const kind: TimeKind = amount ? 'deadline' : 'period';
    return { value: value(kind, null, null, context, { resolvedBy: 'unresolved' }), end };
  }
  context.usedReference = 'date';
  if (!amount) {
    // 自本通知发布之日起至2023年5月31日: from the issue to a day.
    const connector = at(context, CONNECTOR, end);
    const second = connector ? readPoint(context, end + connector[0].length, true) : null;
    const span = second && second.point.pending === undefined ? spanOf(second.point, context) : null;
    if (second && span && toIso(span.end) >= toIso(context.reference))
      return { value: value('period', context.reference, span.end, context), end: second.end };
    return { value: value('period', context.reference, null, context), end };
  }
  const limit = shift(context.reference, readNumber(amount) ?? 0, unit);
  return { value: value('deadline', context.reference, limit, context, { date: toIso(limit) }), end };
}

/** 即日起: from the reference day on, open-ended. */
function readFromToday(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x81ea /* 自 */ && code !== 0x4ece /* 从 */ && code !== 0x5373 /* 即 */) return undefined;
  const match = at(context, FROM_TODAY, index);
  if (!match) return undefined;
  const end = index + match[0].length;
  if (!context.reference) return { value: value('period', null, null, context, { resolvedBy: 'unresolved' }), end };
  context.usedReference = 'date';
  return { value: value('period', context.reference, null, context), end };
}

/** 今明两年: the reference year and the next. */
function readThisAndNextYear(context: Context, index: number): Read {
  if (context.text.charCodeAt(index) !== 0x4eca /* 今 */) return undefined;
  const match = at(context, THIS_AND_NEXT_YEAR, index);
  if (!match || context.referenceYear === null) return undefined;
  context.usedReference = 'year';
  const year = context.referenceYear;
  return {
    value: value('period', { year, month: 1, day: 1 }, { year: year + 1, month: 12, day: 31 }, context),
    end: index + match[0].length,
  };
}

/** 今后五年, 未来三年, 三年累计: the reference year and the ones after it, n years in all. */
function readComingYears(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x4eca /* 今 */ && code !== 0x672a /* 未 */ && !isNumberStart(code)) return undefined;
  const match = at(context, COMING_YEARS, index);
  if (!match || context.referenceYear === null) return undefined;
  const count = readNumber(match[1] ?? match[2]);
  if (count === null || count < 1 || count > 50) return undefined;
  context.usedReference = 'year';
  const year = context.referenceYear;
  return {
    value: value('period', { year, month: 1, day: 1 }, { year: year + count - 1, month: 12, day: 31 }, context),
    end: index + match[0].length,
  };
}

/** （2024-2026）: a span of whole years written without 年, in brackets. */
function readBareYearRange(context: Context, index: number): Read {
  const before = context.text.charCodeAt(index - 1);
  if (before !== 0xff08 /* （ */ && before !== 0x28 /* ( */) return undefined;
  const match = at(context, BARE_YEAR_RANGE, index);
  if (!match) return undefined;
  const [first, last] = [Number(match[1]), Number(match[2])];
  if (last <= first || last - first > 30) return undefined;
  return {
    value: value('range', { year: first, month: 1, day: 1 }, { year: last, month: 12, day: 31 }, context),
    end: index + match[0].length,
  };
}

/**
 * 在规定时间内 (a limit set elsewhere in the text), 不超过3个月 (a length from an event the text names
 * elsewhere): deadlines whose day this expression does not give.
 */
function readOpenLimit(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x89c4 /* 规 */ && code !== 0x6700 /* 最 */ && code !== 0x4e0d /* 不 */) return undefined;
  const match = at(context, SET_LIMIT, index) ?? at(context, LENGTH_LIMIT, index);
  if (!match) return undefined;
  return {
    value: value('deadline', null, null, context, { resolvedBy: 'unresolved' }),
    end: index + match[0].length,
  };
}

/** 本世纪20年代, 八十年代初: a decade or a part of it. */
function readDecade(context: Context, index: number): Read {
  if (!DECADE_STARTS.has(context.text.charCodeAt(index))) return undefined;
  let match: RegExpExecArray | null;
  if (!(match = at(context, DECADE, index))) return undefined;
  // 上世纪 is the century before the reference year's, 本世纪 its own (2000's without one).
  if (match[1] && context.referenceYear !== null) context.usedReference = 'year';
  const century = match[1]
    ? Math.floor(((context.referenceYear ?? 2000) - (match[1] === '上' ? 100 : 0)) / 100) * 100
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
  if (!isNumberStart(context.text.charCodeAt(index))) return undefined;
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
  const code = context.text.charCodeAt(index);
  if (code !== 0x672a /* 未 */ && code !== 0x8fd1 /* 近 */ && !isNumberStart(code)) return undefined;
  let match: RegExpExecArray | null;
  if (!((match = at(context, DURATION, index)) && !at(context, YEAR4, index))) return undefined;
  const result = readDuration(context, match);
  if (result) return { value: result, end: index + match[0].length };

  return undefined;
}

/** 2022.3.3, 2022-03-03: a date written with dots or dashes. */
function readDotted(context: Context, index: number): Read {
  if (!isAsciiDigit(context.text.charCodeAt(index))) return undefined;
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

/**
 * Where an event right before 前 starts: after the last punctuation, 在 or 于 in the few characters before it (应在|
 * 项目开工前30日, 于|会议召开前5个工作日), or at the text's start; -1 when there is none, or when what stands there is
 * no event of two to sixteen Chinese characters ending in a verb of one (see EVENT_END).
 */
function eventStartBefore(text: string, index: number, counted: boolean): number {
  const from = Math.max(0, index - EVENT_WINDOW);
  let start = -1;
  for (let i = index - 1; i >= from; i--) {
    if (EVENT_DELIMITER.test(text[i])) {
      start = i + 1;
      break;
    }
  }
  if (start === -1 && from === 0) start = 0;
  if (start === -1) return -1;
  const event = text.slice(start, index);
  if (!/^[\u4e00-\u9fff]{2,16}$/.test(event)) return -1;
  // 于计划年度前两个月: a year named by what it is for, which starts on a day the text does not give (not 本年度,
  // 今年: the first months of a year the plan dates).
  if (counted && NAMED_YEAR.test(event)) return start;
  return EVENT_END.test(event) || (!counted && STEP_END.test(event)) ? start : -1;
}
/** A year named by what it is for: 计划年度, 预算年度 (not 本年度, 上一年度, 该年度). */
const NAMED_YEAR = /^(?:计划|预算|会计|财政|申报|考核)年度$/;
/**
 * Procedural steps of laws and notices that a limit with no count stands before (报批前, 申报前, 备案前): the
 * approvals, filings and first uses a rule puts an act after.
 */
const STEP_END =
  /(?:报批|批准|审批|核准|审核|审查|申报|备案|登记|报送|提交|投产|投用|启用|使用|动工|施工|开航|装运|出口|进口|转让|变更)$/;
/** What 事先 refers back to: an act of the clause before (进出港口, 运输危险货物). */
const ACT_END = /(?:进出港口|进港|出港|运输|装卸|作业|出口|进口|举办|施工|停泊|航行|转让|变更)[\u4e00-\u9fff]{0,6}$/;
const EVENT_WINDOW = 17;
const EVENT_DELIMITER = /[，,。；;：:、（()）“”"\s在于]/;
/**
 * How an event a limit counts back from ends: a verb of something that starts, ends or is done on a day (开工, 召开,
 * 开始, 结束, 进港, 到期, 签订, 施行 …). A scope or a time (全国前10个月, 今年前两个月, 目前) is no event.
 */
const EVENT_END =
  /(?:开工|开学|召开|开始|结束|开幕|闭幕|举办|举行|进港|出港|离港|抵港|到期|期满|届满|截止|启动|实施|施行|生效|签订|签署|出发|抵达|上市|竣工|验收|成立|换届|开标|投标|入学|开放|开通|开业|运营|交付|发货|装船|出境|入境|作出|发布|公布|印发|上线)$/;

/**
 * 开工前30日, 召开前5个工作日, 开始前一个月, 进港前24小时, 于计划年度前两个月 (circulars.md §4: a limit counted from
 * an event): a limit n units before an event the text does not date; the anchor is the event, the date null. With
 * no count, the limit is the event itself, and the expression is the event and its 前 (港口开放前, 在验收之前, 报批
 * 以前: see readBareBeforeEvent).
 */
function readBeforeEvent(context: Context, index: number): Read {
  if (context.text.charCodeAt(index) !== 0x524d /* 前 */) return undefined;
  const match = at(context, BEFORE_EVENT, index);
  if (!match) return readBareBeforeEvent(context, index);
  const start = eventStartBefore(context.text, index, true);
  if (start === -1) return undefined;
  return { value: beforeEvent(context, start, index), end: index + match[0].length };
}

/** A limit before the event written from `start` to `eventEnd`: kind deadline, anchored on the event, no date. */
function beforeEvent(context: Context, start: number, eventEnd: number): TimeValue {
  const anchor = context.original.slice(start, eventEnd);
  return value('deadline', null, null, context, { anchor, resolvedBy: 'event' });
}

/**
 * 港口开放前, 在验收之前, 报批以前: before a procedural step (a verb of EVENT_END or STEP_END ends it), with no
 * count; 前 does not begin a word of its own (前期, 前提, 前款 …). The expression starts at the event.
 */
function readBareBeforeEvent(context: Context, index: number): Read {
  const match = at(context, BARE_BEFORE, index);
  if (!match) return undefined;
  const joined = context.text.charCodeAt(index - 1);
  const eventEnd = joined === 0x4e4b /* 之 */ || joined === 0x4ee5 /* 以 */ ? index - 1 : index;
  const start = eventStartBefore(context.text, eventEnd, false);
  if (start === -1) return undefined;
  return { value: beforeEvent(context, start, eventEnd), end: index + match[0].length, start };
}

/**
 * 应当事先报经批准: before the act the sentence regulates, no count; the anchor is that act where the clause before
 * names it (外国籍船舶进出港口，应当事先……), else unnamed.
 */
function readBeforehand(context: Context, index: number): Read {
  if (context.text.charCodeAt(index) !== 0x4e8b /* 事 */) return undefined;
  const match = at(context, BEFOREHAND, index);
  if (!match) return undefined;
  const act = actBefore(context, index);
  if (act === undefined) return undefined;
  return {
    value: value(
      'deadline',
      null,
      null,
      context,
      act ? { anchor: act, resolvedBy: 'event' } : { resolvedBy: 'unresolved' },
    ),
    end: index + match[0].length,
  };
}

/**
 * The act a 事先 refers to: the clause right before it, when 事先 opens its own clause (after a modal at most) and
 * that clause is two to twenty characters of Chinese ending in a verb of EVENT_END or ACT_END; undefined when that
 * clause is a limit before an event already.
 */
function actBefore(context: Context, index: number): string | null | undefined {
  const lead = context.text.slice(Math.max(0, index - 4), index);
  const opens = /(?:^|[，,：:])(?:应当|应|须|必须|需|要)?$/.exec(lead);
  if (!opens) return null;
  const comma = index - (lead.length - opens.index);
  if (!/[，,：:]/.test(context.text[comma] ?? '')) return null;
  let from = comma;
  while (from > 0 && from > comma - 21 && !/[，,。；;：:\n]/.test(context.text[from - 1])) from--;
  const act = context.text.slice(from, comma);
  // 出口前，应当事先……: the clause before is itself the limit (read as 出口前): no second one.
  if (/前$/.test(act)) return undefined;
  if (!/^[\u4e00-\u9fff]{2,20}$/.test(act) || !(EVENT_END.test(act) || ACT_END.test(act))) return null;
  return context.original.slice(from, comma);
}

/**
 * 政策到期后再延长两年, 期满后可延长6个月 (circulars.md §4: a limit counted from an event): a term extended by n
 * units from its end, a limit anchored on the end (the event before 到期, 期满, 届满 with it, where the clause names
 * it), no date. The expression starts at the event.
 */
function readExtension(context: Context, index: number): Read {
  const code = context.text.charCodeAt(index);
  if (code !== 0x5230 /* 到 */ && code !== 0x671f /* 期 */ && code !== 0x5c4a /* 届 */) return undefined;
  const match = at(context, EXTENSION, index);
  if (!match) return undefined;
  const found = eventStartBefore(context.text, index + 2, false);
  const start = found === -1 ? index : found;
  return { value: beforeEvent(context, start, index + 2), end: index + match[0].length, start };
}

/** The forms that are not points, tried in this order before a point is read. */
const NON_POINT_FORMS = [
  readExtension,
  readBeforeEvent,
  readBeforehand,
  readPlanPeriod,
  readRecurring,
  readEveryN,
  readEventRelative,
  readFromToday,
  readThisAndNextYear,
  readComingYears,
  readBareYearRange,
  readOpenLimit,
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
function readExpression(context: Context, index: number): { value: TimeValue; end: number; start?: number } | null {
  context.usedReference = 'none';
  for (const form of NON_POINT_FORMS) {
    const read = form(context, index);
    if (read !== undefined) return read;
  }
  return readPointExpression(context, index);
}

/**
 * The span of a range's first end. One written without its year before an end that has one (9月至2025年6月,
 * 11月15日至2025年1月10日) is read in the reference year when the range then runs forward to that end, else in
 * the end's year or the one before, whichever puts it nearest before the end: 2024-09-01, as a reader reads it,
 * with or without the plan's year.
 */
function startOfRange(first: Point, second: Point, context: Context): ReturnType<typeof spanOf> {
  const read = spanOf(first, context);
  if (first.year !== undefined || first.yearRelative || first.monthRelative || first.dayRelative) return read;
  if (second.year === undefined) return read;
  const end = spanOf(second, context);
  if (!end || (read && toIso(read.start) <= toIso(end.end))) return read;
  for (const year of [end.end.year, end.end.year - 1]) {
    const span = spanOf({ ...first, year }, context);
    if (span && toIso(span.start) <= toIso(end.end)) return span;
  }
  return read;
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
  const firstSpan = second ? startOfRange(first.point, second.point, context) : spanOf(first.point, context);
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
    if (direction === '近' || suffix === '以来') return null;
    // 两年内 in a plan of 2019 without a day: by the end of 2020 (the plan's year counts as the first).
    if (unit === '年' && !direction && context.referenceYear !== null && count >= 1 && count <= 50) {
      context.usedReference = 'year';
      const limit = { year: context.referenceYear + count - 1, month: 12, day: 31 };
      return value('deadline', null, limit, context, { date: toIso(limit) });
    }
    return value('deadline', null, null, context, { resolvedBy: 'unresolved' });
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
  if (word === '起' || word === '开始' || word === '以来') {
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
    // An expression starts and ends between words: not 上年 in 以上年龄, not 今年中 in 今年中央.
    const read = readWithinWords(context, i);
    const result = read && atWordBoundary(context.text, read.start ?? i) ? read : null;
    if (result && result.end > i) {
      // An expression read back from its last word (港口开放前) starts at its first, if no other takes that text.
      const lastEnd = found.length === 0 ? 0 : found[found.length - 1].index + found[found.length - 1].text.length;
      const from = result.start !== undefined && result.start >= lastEnd ? result.start : i;
      found.push({ text: text.slice(from, result.end), index: from, value: result.value });
      i = result.end;
    } else {
      i++;
    }
  }
  return found;
}

let wordSegmenter: Intl.Segmenter | undefined;
/**
 * The one-character parts an expression may end with that can begin a word with what follows: 今年中 (中央), 年初
 * (初步), 月底, 年内 (内容), and the limit word 前 (2025年前|期 is 前期, 核准前|置 is 前置审批).
 */
const GLUING_END = new Set([...'中初末底内前'].map((char) => char.charCodeAt(0)));
const isHan = (code: number) => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf);
/** How far around an index the segmenter looks: words of the time grammar are short. */
const WORD_WINDOW = 6;

/**
 * Whether `index` falls between two words of `text`, by the word segmenter (ICU's dictionary, as
 * Intl.Segmenter gives it) over a few characters around it. Only between two Han characters can a
 * word run across, so nothing else is segmented.
 */
export function atWordBoundary(text: string, index: number): boolean {
  if (index <= 0 || index >= text.length) return true;
  if (!isHan(text.charCodeAt(index - 1)) || !isHan(text.charCodeAt(index))) return true;
  const from = Math.max(0, index - WORD_WINDOW);
  wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  for (const segment of wordSegmenter.segment(text.slice(from, index + WORD_WINDOW))) {
    const start = from + segment.index;
    if (start >= index) return start === index;
  }
  // The last word of the window runs over the index.
  return false;
}

/**
 * The second characters of the words 前X the segmenter's dictionary lacks (BEFORE_WORDS_MISSED: 前置, 前移, 前项,
 * 前缀). The words it has (前期, 前提, 前沿, 前列, 前景, 前端, 前夕, 前款, 前述 …) are left to it.
 */
const MISSED_AFTER_BEFORE = new Set([...BEFORE_WORDS_MISSED].map((char) => char.charCodeAt(0)));

/**
 * Whether an expression ending at `end` ends between words. After the limit word 前 the dictionary is corrected
 * both ways: 前置 is a word it lacks (BEFORE_WORDS_MISSED), and 前X is no word where X begins a word with what
 * follows (年底前|线上, 前|沿街, 前|景区, 前|提交, 前|列入: the segmenter, reading left to right, takes 前线, 前沿,
 * 前景 first).
 */
export function endsBetweenWords(text: string, end: number): boolean {
  if (text.charCodeAt(end - 1) === 0x524d /* 前 */ && isHan(text.charCodeAt(end))) {
    if (MISSED_AFTER_BEFORE.has(text.charCodeAt(end))) return false;
    wordSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
    for (const word of wordSegmenter.segment(text.slice(end, end + WORD_WINDOW))) {
      if (word.segment.length > 1) return true;
      break;
    }
  }
  return atWordBoundary(text, end);
}

/**
 * Reads one expression at `index` that ends between words: one that ends inside a word (今年中 in 今年中央,
 * 2011-2020年中 in 2011-2020年中国) is read again from the text cut at the last word boundary before its end.
 */
function readWithinWords(context: Context, index: number): { value: TimeValue; end: number; start?: number } | null {
  const result = readExpression(context, index);
  // Only a one-character part at the end can be the first half of a word (中 of 中央, 初 of 初步): nothing else
  // is segmented.
  if (!result || result.end <= index || !GLUING_END.has(context.text.charCodeAt(result.end - 1))) return result;
  if (endsBetweenWords(context.text, result.end)) return result;
  for (let cut = result.end - 1; cut > index; cut--) {
    if (!atWordBoundary(context.text, cut)) continue;
    const shorter = readExpression({ ...context, text: context.text.slice(0, cut) }, index);
    return shorter && shorter.end > index ? shorter : null;
  }
  return null;
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
