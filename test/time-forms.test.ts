/**
 * The time grammar's forms other than a point (recurrences, limits from the day of issue, lengths
 * from the reference day, decades, years ago, dotted dates) and the ways a point is finished (a
 * list of days, a clock, a connector, a prefix or suffix), each on the wording circulars use, with
 * the days a reader counts on a calendar. The plan is dated Monday 20 February 2023.
 */
import { describe, expect, it } from 'vitest';
import { findTimeExpressions, parseTimeExpression } from '../src/time/parse-time.js';

const issued = { referenceDate: '2023-02-20' };
const in2023 = { referenceYear: 2023 };

/** The value as one line: kind, days, limit, clock, recurrence, what it was resolved against. */
function read(text: string, options: Parameters<typeof parseTimeExpression>[1]): string | null {
  const value = parseTimeExpression(text, options);
  if (!value) return null;
  return [
    value.kind,
    `${value.start}..${value.end}`,
    value.date && `by ${value.date}`,
    value.time && `at ${value.time}`,
    value.recurrence,
    value.resolvedBy,
  ]
    .filter(Boolean)
    .join(' ');
}

describe('recurrences', () => {
  it.each([
    ['每年', 'yearly'],
    ['每年度', 'yearly'],
    ['每半年', 'half-yearly'],
    ['每季', 'quarterly'],
    ['每季度', 'quarterly'],
    ['每月', 'monthly'],
    ['每周', 'weekly'],
    ['每旬', 'ten-daily'],
  ])('%s', (text, recurrence) => {
    expect(read(text, issued)).toBe(`recurring null..null ${recurrence} explicit`);
  });
});

describe('limits counted from the day of issue', () => {
  it.each([
    // 30 days after 20 February.
    ['自印发之日起30日内', 'deadline 2023-02-20..2023-03-22 by 2023-03-22 reference-date'],
    ['自施行之日起10天内', 'deadline 2023-02-20..2023-03-02 by 2023-03-02 reference-date'],
    // 15 working days: 21–24 Feb, 27 Feb–3 Mar, 6–10 Mar, 13 Mar.
    ['自本通知印发之日起15个工作日内', 'deadline 2023-02-20..2023-03-13 by 2023-03-13 reference-date'],
    // Three months after 20 February is 20 May: the limit is the day before.
    ['自发布之日起3个月内', 'deadline 2023-02-20..2023-05-19 by 2023-05-19 reference-date'],
    ['自公布之日起1年内', 'deadline 2023-02-20..2024-02-19 by 2024-02-19 reference-date'],
  ])('%s', (text, expected) => {
    expect(read(text, issued)).toBe(expected);
  });

  it('counts working days over a weekend and a month end', () => {
    // Friday 24 February 2023 + 1 working day: Monday 27.
    expect(read('自印发之日起1个工作日内', { referenceDate: '2023-02-24' })).toBe(
      'deadline 2023-02-24..2023-02-27 by 2023-02-27 reference-date',
    );
    // Saturday 25 February + 5: 27 Feb … 3 Mar.
    expect(read('自印发之日起5个工作日内', { referenceDate: '2023-02-25' })).toBe(
      'deadline 2023-02-25..2023-03-03 by 2023-03-03 reference-date',
    );
  });

  it('is unresolved without the day of issue', () => {
    expect(read('自印发之日起30日内', in2023)).toBe('deadline null..null unresolved');
  });
});

describe('lengths from the reference day', () => {
  it.each([
    ['30日内', 'deadline 2023-02-20..2023-03-22 by 2023-03-22 reference-date'],
    ['15个工作日内', 'deadline 2023-02-20..2023-03-13 by 2023-03-13 reference-date'],
    ['未来两个月', 'deadline 2023-02-20..2023-04-19 by 2023-04-19 reference-date'],
    // Two months and a half: 20 April, then 15 days.
    ['两个半月以内', 'deadline 2023-02-20..2023-05-05 by 2023-05-05 reference-date'],
    ['三个多月内', 'deadline 2023-02-20..2023-05-19 by 2023-05-19 reference-date'],
    ['近三个月', 'period 2022-11-20..2023-02-20 reference-date'],
    ['近一年', 'period 2022-02-20..2023-02-20 reference-date'],
    ['近5年', 'period 2018-02-20..2023-02-20 reference-date'],
    ['近10天', 'period 2023-02-10..2023-02-20 reference-date'],
    // More than three months: from the first of the month three months back.
    ['三个多月以来', 'period 2022-11-01..2023-02-20 reference-date'],
    ['两个月以来', 'period 2022-12-20..2023-02-20 reference-date'],
    ['两年以来', 'period 2021-02-20..2023-02-20 reference-date'],
    ['10天以来', 'period 2023-02-10..2023-02-20 reference-date'],
  ])('%s', (text, expected) => {
    expect(read(text, issued)).toBe(expected);
  });

  it('reads a bare length as no time', () => {
    expect(read('3个月', issued)).toBeNull();
    expect(findTimeExpressions('培训3个月，服务满15年', issued)).toEqual([]);
  });

  it('leaves a limit unresolved without a reference day, and a look back unread', () => {
    expect(read('30日内', in2023)).toBe('deadline null..null unresolved');
    expect(read('近三个月', in2023)).toBeNull();
    expect(read('三个多月以来', in2023)).toBeNull();
  });
});

describe('decades and years ago', () => {
  it.each([
    ['上世纪80年代', 'period 1980-01-01..1989-12-31 reference-year'],
    ['上世纪80年代初', 'period 1980-01-01..1982-12-31 reference-year'],
    // A 2023 plan's 本世纪 is the 21st century.
    ['本世纪20年代', 'period 2020-01-01..2029-12-31 reference-year'],
    ['本世纪三十年代末', 'period 2037-01-01..2039-12-31 reference-year'],
    ['二十世纪九十年代末期', 'period 1997-01-01..1999-12-31 explicit'],
    ['19世纪80年代', 'period 1880-01-01..1889-12-31 explicit'],
    ['八十年代中期', 'period 1983-01-01..1986-12-31 explicit'],
    ['九十年代初期', 'period 1990-01-01..1992-12-31 explicit'],
    ['三年前', 'date 2020-01-01..2020-12-31 reference-year'],
    ['两年前', 'date 2021-01-01..2021-12-31 reference-year'],
  ])('%s', (text, expected) => {
    expect(read(text, in2023)).toBe(expected);
  });

  it('reads 上世纪 and 本世纪 by the present century without a reference year', () => {
    expect(read('上世纪80年代', {})).toBe('period 1980-01-01..1989-12-31 explicit');
    expect(read('本世纪20年代', {})).toBe('period 2020-01-01..2029-12-31 explicit');
  });

  it('reads no years ago without a reference year, and not a year as a count', () => {
    expect(read('三年前', {})).toBeNull();
    expect(read('2025年前', in2023)).toBe('target null..2025-12-31 by 2025-12-31 explicit');
  });
});

describe('dotted dates', () => {
  it('reads a valid day, and no day that is not one', () => {
    expect(read('2022.3.3', in2023)).toBe('date 2022-03-03..2022-03-03 explicit');
    expect(read('2024/02/29', in2023)).toBe('date 2024-02-29..2024-02-29 explicit');
    expect(read('2022.2.30', in2023)).toBeNull();
    expect(read('2023-02-29', in2023)).toBeNull();
    expect(read('2022.3.3前', in2023)).toBe('deadline null..2022-03-03 by 2022-03-03 explicit');
  });
});

describe('how a point is finished', () => {
  it('runs a list of days from the first to the last, when they rise', () => {
    expect(read('9月10号，11号，12号', in2023)).toBe('range 2023-09-10..2023-09-12 reference-year');
    expect(read('9月10日、12日', in2023)).toBe('range 2023-09-10..2023-09-12 reference-year');
    expect(read('9月12号，11号', in2023)).toBe('date 2023-09-12..2023-09-12 reference-year');
    expect(read('9月30日，31日', in2023)).toBe('date 2023-09-30..2023-09-30 reference-year');
    // Days of a list after a limit prefix: a limit on the last.
    expect(read('截至2023年9月10日、11日', in2023)).toBe('deadline 2023-09-10..2023-09-11 by 2023-09-11 explicit');
  });

  it('keeps the clock of the first point of a range, and reads the range', () => {
    expect(read('2023年9月17日8:30至9月18日17:00', in2023)).toBe('range 2023-09-17..2023-09-18 at 08:30 explicit');
    expect(read('2022年9月12日17:30申报截止', in2023)).toBe(
      'deadline null..2022-09-12 by 2022-09-12 at 17:30 explicit',
    );
  });

  it('reads no range that ends before it starts', () => {
    const [first] = findTimeExpressions('2023年10月至2023年9月', in2023);
    expect(first.text).not.toBe('2023年10月至2023年9月');
  });

  it('reads a start without a year before a dated end in the year that runs the range forward', () => {
    // In the reference year when the range then runs forward to its end.
    expect(read('9月至2025年6月', { referenceYear: 2024 })).toBe('range 2024-09-01..2025-06-30 reference-year');
    expect(read('3月至2025年6月', { referenceYear: 2024 })).toBe('range 2024-03-01..2025-06-30 reference-year');
    // Else (a later reference year, or none) in the end's year or the one before, nearest before the end.
    expect(read('9月至2025年6月', { referenceYear: 2025 })).toBe('range 2024-09-01..2025-06-30 explicit');
    expect(read('9月至2025年6月', {})).toBe('range 2024-09-01..2025-06-30 explicit');
    expect(read('10月至2026年3月', {})).toBe('range 2025-10-01..2026-03-31 explicit');
    expect(read('11月15日至2025年1月10日', {})).toBe('range 2024-11-15..2025-01-10 explicit');
    expect(read('3月至2025年6月', {})).toBe('range 2025-03-01..2025-06-30 explicit');
    expect(read('四季度至2025年一季度', {})).toBe('range 2024-10-01..2025-03-31 explicit');
    // A start relative to the plan's year keeps it: 今年 is the reference year, and no range runs backwards.
    expect(read('今年9月至2025年6月', { referenceYear: 2024 })).toBe('range 2024-09-01..2025-06-30 reference-year');
    expect(findTimeExpressions('今年9月至2025年6月', { referenceYear: 2025 })[0].text).not.toBe('今年9月至2025年6月');
  });

  it('reads a limit from its prefix or suffix, and a target from a year alone', () => {
    expect(read('至2025年', issued)).toBe('target 2023-02-20..2025-12-31 by 2025-12-31 explicit');
    expect(read('到2025年底', issued)).toBe('deadline 2023-02-20..2025-12-31 by 2025-12-31 explicit');
    expect(read('截至9月底', issued)).toBe('deadline 2023-02-20..2023-09-30 by 2023-09-30 reference-year');
    expect(read('最迟于10月15日', issued)).toBe('deadline 2023-02-20..2023-10-15 by 2023-10-15 reference-year');
    expect(read('不晚于2023年6月30日', in2023)).toBe('deadline null..2023-06-30 by 2023-06-30 explicit');
    expect(read('9月底为止', in2023)).toBe('deadline null..2023-09-30 by 2023-09-30 reference-year');
    expect(read('2023年9月12日报送截止', in2023)).toBe('deadline null..2023-09-12 by 2023-09-12 explicit');
    // 到 before a range is its connector's, not a limit.
    expect(read('2023年9月1日到9月10日', in2023)).toBe('range 2023-09-01..2023-09-10 explicit');
  });

  it('reads 起 and 以来 as open periods, up to the reference day when it is later', () => {
    expect(read('2023年9月1日起', issued)).toBe('period 2023-09-01..null explicit');
    expect(read('2022年1月1日以来', issued)).toBe('period 2022-01-01..2023-02-20 explicit');
    expect(read('2023年2月20日以来', issued)).toBe('period 2023-02-20..2023-02-20 explicit');
    expect(read('2023年5月以来', issued)).toBe('period 2023-05-01..null explicit');
    expect(read('2022年1月1日以来', in2023)).toBe('period 2022-01-01..null explicit');
  });

  it('reads 期间, 时期, 内 and 以内 as periods, and keeps a range a range', () => {
    expect(read('2023年上半年期间', in2023)).toBe('period 2023-01-01..2023-06-30 explicit');
    expect(read('2023年9月内', in2023)).toBe('period 2023-09-01..2023-09-30 explicit');
    expect(read('2023年9月以内', in2023)).toBe('period 2023-09-01..2023-09-30 explicit');
    expect(read('2023年5月20日至27日期间', in2023)).toBe('range 2023-05-20..2023-05-27 explicit');
    expect(read('2021至2025年时期', in2023)).toBe('range 2021-01-01..2025-12-31 explicit');
  });

  it('reads 左右 and 前后 as the point, and takes them into the text', () => {
    expect(read('9月左右', in2023)).toBe('date 2023-09-01..2023-09-30 reference-year');
    expect(findTimeExpressions('国庆节前后，9月前后开展活动', in2023).map((match) => match.text)).toContain('9月前后');
  });

  it('reads the whole year and a half year as periods, a month as a date', () => {
    expect(read('2023年全年', in2023)).toBe('period 2023-01-01..2023-12-31 explicit');
    expect(read('2023年年内', in2023)).toBe('period 2023-01-01..2023-12-31 explicit');
    expect(read('2023年下半年', in2023)).toBe('period 2023-07-01..2023-12-31 explicit');
    expect(read('2023年9月', in2023)).toBe('date 2023-09-01..2023-09-30 explicit');
    expect(read('2023年年底', in2023)).toBe('date 2023-11-01..2023-12-31 explicit');
  });
});

describe('where expressions start in running text', () => {
  it('starts no expression inside a number, and passes over counts and labels', () => {
    expect(findTimeExpressions('工作49048，编号12023年', in2023)).toEqual([]);
    expect(findTimeExpressions('共10家单位，第3批', in2023)).toEqual([]);
    const found = findTimeExpressions('全年接待50万人次，9月底前完成，2024年底前验收。', in2023);
    expect(found.map((match) => [match.text, match.index])).toEqual([
      ['全年', 0],
      ['9月底前', 10],
      ['2024年底前', 17],
    ]);
  });

  it('reads a number followed by a connector or a unit, and a full-width form as its half-width one', () => {
    expect(findTimeExpressions('２０２３年９月底前', in2023).map((match) => [match.text, match.value.date])).toEqual([
      ['２０２３年９月底前', '2023-09-30'],
    ]);
    expect(findTimeExpressions('时间：2023.9.15-2023.9.25', in2023).map((match) => match.text)).toEqual([
      '2023.9.15',
      '2023.9.25',
    ]);
  });
});

describe('points relative to the plan’s year or day', () => {
  const may15 = { referenceDate: '2023-05-15' };
  it.each([
    ['次年3月', 'date 2024-03-01..2024-03-31 reference-year'],
    ['次年年末', 'date 2024-11-01..2024-12-31 reference-year'],
    ['当年年底', 'date 2023-11-01..2023-12-31 reference-year'],
    // The quarter of 15 May is the second.
    ['本季度', 'date 2023-04-01..2023-06-30 reference-date'],
    ['上季度末', 'date 2023-03-01..2023-03-31 reference-date'],
    ['下个季度初', 'date 2023-07-01..2023-07-31 reference-date'],
    ['上个月', 'date 2023-04-01..2023-04-30 reference-date'],
    ['下月', 'date 2023-06-01..2023-06-30 reference-date'],
    ['本月', 'date 2023-05-01..2023-05-31 reference-date'],
    ['今天', 'date 2023-05-15..2023-05-15 reference-date'],
    ['当日', 'date 2023-05-15..2023-05-15 reference-date'],
    // A day alone, in a single expression: of the reference month.
    ['30日', 'date 2023-05-30..2023-05-30 reference-date'],
    // A range from an explicit day to a relative one: resolved against the year.
    ['2023年9月1日至次年3月', 'range 2023-09-01..2024-03-31 reference-year'],
    ['上个月至本月', 'range 2023-04-01..2023-05-31 reference-date'],
    ['9月15日至10月5日', 'range 2023-09-15..2023-10-05 reference-year'],
    ['2023年10月至11月', 'range 2023-10-01..2023-11-30 explicit'],
  ])('%s', (text, expected) => {
    expect(read(text, may15)).toBe(expected);
  });

  it('reads no relative quarter, month or day without a reference day', () => {
    expect(read('上季度末', in2023)).toBeNull();
    expect(read('上个月', in2023)).toBeNull();
    expect(read('今天', in2023)).toBeNull();
    expect(read('30日', in2023)).toBeNull();
  });
});

describe('lunar dates', () => {
  // The lunar calendar's days, as a printed almanac gives them for 2023 and 2024.
  it.each([
    ['正月', 'date 2023-01-22..2023-02-19 reference-year'],
    ['正月初八', 'date 2023-01-29..2023-01-29 reference-year'],
    ['农历八月十五', 'date 2023-09-29..2023-09-29 reference-year'],
    ['冬月', 'date 2023-12-13..2024-01-10 reference-year'],
    ['腊月', 'date 2024-01-11..2024-02-09 reference-year'],
    ['腊月十八', 'date 2024-01-28..2024-01-28 reference-year'],
    // 除夕 of the lunar year 2023: 9 February 2024 (the twelfth month has 30 days that year).
    ['大年三十', 'date 2024-02-09..2024-02-09 reference-year'],
    ['大年二十九', 'date 2024-02-08..2024-02-08 reference-year'],
  ])('%s', (text, expected) => {
    expect(read(text, in2023)).toBe(expected);
  });
});

describe('parts of a year', () => {
  it.each([
    ['2022年前十一个月', 'date 2022-01-01..2022-11-30 explicit'],
    ['2021年前两个季度', 'date 2021-01-01..2021-06-30 explicit'],
    ['2023年首月', 'date 2023-01-01..2023-01-31 explicit'],
    ['首季度', 'date 2023-01-01..2023-03-31 reference-year'],
    ['Q1', 'date 2023-01-01..2023-03-31 reference-year'],
    ['2023年一季度末', 'date 2023-03-01..2023-03-31 explicit'],
    ['2023年二季度初', 'date 2023-04-01..2023-04-30 explicit'],
    ['2018年2——4月', 'range 2018-02-01..2018-04-30 explicit'],
    ['9-10月', 'range 2023-09-01..2023-10-31 reference-year'],
    ['9月17-23日', 'range 2023-09-17..2023-09-23 reference-year'],
    // Loose, a number after a month is its day.
    ['1月3', 'date 2023-01-03..2023-01-03 reference-year'],
  ])('%s', (text, expected) => {
    expect(read(text, in2023)).toBe(expected);
  });

  it('reads no part that is not one', () => {
    expect(read('2023年前十三个月', in2023)).toBeNull();
    // No month 13 or 14: the year alone.
    expect(read('2018年13-14月', in2023)).toBe('date 2018-01-01..2018-12-31 explicit');
    // No day 40: the month alone.
    expect(read('9月40-41日', in2023)).toBe('date 2023-09-01..2023-09-30 reference-year');
  });

  it('reads a two-digit year up to ten years after the reference year as this century’s', () => {
    expect(read('15年', in2023)).toBe('date 2015-01-01..2015-12-31 explicit');
    expect(read('33年', in2023)).toBe('date 2033-01-01..2033-12-31 explicit');
    expect(read('34年', in2023)).toBe('date 1934-01-01..1934-12-31 explicit');
  });

  it('reads no dotted date with month 13, month 0 or day 0', () => {
    expect(read('2022.13.1', in2023)).toBeNull();
    expect(read('2022.0.5', in2023)).toBeNull();
    expect(read('2022.3.0', in2023)).toBeNull();
    expect(read('2022年2月30日', in2023)).toBeNull();
  });
});

describe('the text of each expression', () => {
  it('spans the whole expression, prefix and suffix included', () => {
    const text =
      '各单位自本通知印发之日起15个工作日内报送方案，近三个月以来的进展于2023年9月10号、11号汇总，9月前后召开会议，截至9月底完成，上世纪80年代初建成的场馆于次年年末前改造。';
    expect(findTimeExpressions(text, { referenceDate: '2023-05-15' }).map((match) => match.text)).toEqual([
      '自本通知印发之日起15个工作日内',
      '近三个月以来',
      '2023年9月10号、11号',
      '9月前后',
      '截至9月底',
      '上世纪80年代初',
      '次年年末前',
    ]);
  });
});

describe('days without their month', () => {
  it('reads no range of days that names no month, in running text or alone', () => {
    // 15—20日 with no month before it, and 第3—5号 (numbers of documents), were read as the whole year.
    expect(findTimeExpressions('活动于15—20日在市科技馆举行。', { referenceYear: 2023 })).toEqual([]);
    expect(findTimeExpressions('详见第3—5号文件。', { referenceYear: 2023, referenceDate: '2023-05-10' })).toEqual([]);
    // With the month, the days are read.
    expect(read('9月15—20日', in2023)).toBe('range 2023-09-15..2023-09-20 reference-year');
    expect(read('9月15日至20日', in2023)).toBe('range 2023-09-15..2023-09-20 reference-year');
  });
});

describe('what a point is read against', () => {
  it('takes the year from the reference day when no year is given', () => {
    expect(read('年底前', { referenceDate: '2024-05-06' })).toBe(
      'deadline 2024-05-06..2024-12-31 by 2024-12-31 reference-year',
    );
    expect(read('年底前', { referenceDate: '2024-05-06T10:00:00+08:00' })).toBe(
      'deadline 2024-05-06..2024-12-31 by 2024-12-31 reference-year',
    );
  });

  it('says a range used the reference day when either end did, else the year when either end did', () => {
    const may15 = { referenceDate: '2023-05-15' };
    expect(read('上个月至年底', may15)).toBe('range 2023-04-01..2023-12-31 reference-date');
    expect(read('年初至上个月', may15)).toBe('range 2023-01-01..2023-04-30 reference-date');
    expect(read('2023年1月至本月', may15)).toBe('range 2023-01-01..2023-05-31 reference-date');
    expect(read('年初至2023年6月', in2023)).toBe('range 2023-01-01..2023-06-30 reference-year');
    expect(read('2023年1月至2023年3月', may15)).toBe('range 2023-01-01..2023-03-31 explicit');
  });

  it('reads relative quarters and months across a year’s end', () => {
    expect(read('上季度', { referenceDate: '2023-02-15' })).toBe('date 2022-10-01..2022-12-31 reference-date');
    expect(read('下季度末', { referenceDate: '2023-11-15' })).toBe('date 2024-03-01..2024-03-31 reference-date');
    expect(read('下个月', { referenceDate: '2023-12-15' })).toBe('date 2024-01-01..2024-01-31 reference-date');
  });

  it('reads the lunar year’s last days in the next Gregorian year', () => {
    // 2023's lunar year ends on 9 February 2024 (除夕).
    expect(read('大年三十', in2023)).toBe('date 2024-02-09..2024-02-09 reference-year');
    expect(read('腊月二十九', in2023)).toBe('date 2024-02-08..2024-02-08 reference-year');
    expect(read('冬月', in2023)).toBe('date 2023-12-13..2024-01-10 reference-year');
  });

  it('reads the first months and quarters of a year', () => {
    expect(read('前两个季度', in2023)).toBe('date 2023-01-01..2023-06-30 reference-year');
    expect(read('2023年前十一个月', {})).toBe('date 2023-01-01..2023-11-30 explicit');
    expect(read('首月', in2023)).toBe('date 2023-01-01..2023-01-31 reference-year');
    expect(read('2023年首季度', {})).toBe('date 2023-01-01..2023-03-31 explicit');
    expect(read('Q3', in2023)).toBe('date 2023-07-01..2023-09-30 reference-year');
    expect(read('2023年二季度初', {})).toBe('date 2023-04-01..2023-04-30 explicit');
  });

  it('reads a bare month or day before a connector by the unit after it', () => {
    expect(read('2018年2—4月', {})).toBe('range 2018-02-01..2018-04-30 explicit');
    expect(read('9—10月', in2023)).toBe('range 2023-09-01..2023-10-31 reference-year');
    expect(read('9月17—23日', in2023)).toBe('range 2023-09-17..2023-09-23 reference-year');
    expect(read('2021—2025年', {})).toBe('range 2021-01-01..2025-12-31 explicit');
  });
});
