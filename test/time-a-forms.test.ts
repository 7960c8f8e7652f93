/**
 * The time grammar's forms that are not a point (src/time/parse-time.ts, its first part: five-year plans,
 * recurrences, every n units, limits and starts from an event or the day of issue, 即日起, 今明两年, the coming
 * years, bracketed year spans, limits set elsewhere, decades, years ago, lengths, dotted dates), each as a reader
 * of the sentence gives it: the kind, the days, the limit, the recurrence, the anchor and the words it spans. The
 * sentences are the fixtures' own lines (file and line cited); short phrases only for forms no fixture has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type TimeOptions, findTimeExpressions, parseTimeExpression } from '../src/time/parse-time.js';

/** Line `line` (1-based) of a fixture. */
function fixtureLine(path: string, line: number): string {
  return readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8').split('\n')[line - 1];
}

/** One expression as one line: its words and where they start, kind, days, limit, recurrence, anchor, resolution. */
function show(match: ReturnType<typeof findTimeExpressions>[number]): string {
  const value = match.value;
  return [
    `${match.text}@${match.index}`,
    value.kind,
    `${value.start}..${value.end}`,
    value.date && `by ${value.date}`,
    value.recurrence,
    value.anchor && `from ${value.anchor}`,
    value.resolvedBy,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The expression of a text that covers `words` (the first one starting at or after them), shown. */
function expressionAt(text: string, words: string, options: TimeOptions): string | undefined {
  const at = text.indexOf(words);
  expect(at).toBeGreaterThanOrEqual(0);
  const match = findTimeExpressions(text, options).find((found) => found.index + found.text.length > at);
  return match && show(match);
}

/** Every expression of a text, shown. */
const all = (text: string, options: TimeOptions) => findTimeExpressions(text, options).map(show);

const in2023 = { referenceYear: 2023 };

describe('five-year plans', () => {
  it('reads a quoted plan and its 时期 on the 2011 report’s headings', () => {
    // fixtures/work-reports/2011.txt:163 and :9
    const twelfth = fixtureLine('work-reports/2011.txt', 163);
    expect(expressionAt(twelfth, '“十二五”', { referenceYear: 2011 })).toBe(
      `“十二五”时期@${twelfth.indexOf('“')} period 2011-01-01..2015-12-31 explicit`,
    );
    const eleventh = fixtureLine('work-reports/2011.txt', 9);
    expect(expressionAt(eleventh, '“十一五”', { referenceYear: 2011 })).toBe(
      `“十一五”时期@${eleventh.indexOf('“')} period 2006-01-01..2010-12-31 explicit`,
    );
  });

  it('reads the plans named by one numeral (八五, 九五, 十五) when quoted or with 期间/时期', () => {
    expect(all('“八五”计划', in2023)).toEqual(['“八五”@0 period 1991-01-01..1995-12-31 explicit']);
    expect(all('“九五”时期', in2023)).toEqual(['“九五”时期@0 period 1996-01-01..2000-12-31 explicit']);
    expect(all('“十五”', in2023)).toEqual(['“十五”@0 period 2001-01-01..2005-12-31 explicit']);
    expect(all('九五期间', in2023)).toEqual(['九五期间@0 period 1996-01-01..2000-12-31 explicit']);
    expect(all('十五时期', in2023)).toEqual(['十五时期@0 period 2001-01-01..2005-12-31 explicit']);
  });

  it('leaves 十五, 八五, 九五 alone as numbers, and with one quote mark only', () => {
    expect(parseTimeExpression('十五', in2023)).toBeNull();
    expect(parseTimeExpression('八五', in2023)).toBeNull();
    expect(all('共十五个项目', in2023)).toEqual([]);
    expect(all('“十五个', in2023)).toEqual([]);
    expect(all('十五”', in2023)).toEqual([]);
  });
});

describe('recurrences', () => {
  it('reads 每月, 每季度 and 每天 in the fixtures’ sentences', () => {
    // fixtures/tasks/tables/section-table.md:67: 各单位要加强组织领导，每月报送工作进展。
    const monthly = fixtureLine('tasks/tables/section-table.md', 67);
    expect(expressionAt(monthly, '每月', in2023)).toBe(
      `每月@${monthly.indexOf('每月')} recurring null..null monthly explicit`,
    );
    // fixtures/deadlines/plan-2023.txt:8: 每季度报送一次活动进展
    const quarterly = fixtureLine('deadlines/plan-2023.txt', 8);
    expect(expressionAt(quarterly, '每季度', in2023)).toBe(
      `每季度@${quarterly.indexOf('每季度')} recurring null..null quarterly explicit`,
    );
    // fixtures/work-reports/2017.txt:50: 平均每天新增1.5万户
    const daily = fixtureLine('work-reports/2017.txt', 50);
    expect(expressionAt(daily, '每天', { referenceYear: 2017 })).toBe(
      `每天@${daily.indexOf('每天')} recurring null..null daily explicit`,
    );
  });

  it.each([
    ['每个月报送一次', '每个月@0 recurring null..null monthly explicit'],
    ['每日报送', '每日@0 recurring null..null daily explicit'],
  ])('%s', (text, expected) => {
    expect(all(text, in2023)[0]).toBe(expected);
  });
});

describe('every n units', () => {
  it.each([
    // once a unit: the named recurrence
    ['一年一次', '一年一次@0 recurring null..null yearly explicit'],
    ['一个月一次', '一个月一次@0 recurring null..null monthly explicit'],
    ['一周一次', '一周一次@0 recurring null..null weekly explicit'],
    ['一天一次', '一天一次@0 recurring null..null daily explicit'],
    // three and six months: quarterly, half-yearly; not for other units
    ['每3个月', '每3个月@0 recurring null..null quarterly explicit'],
    ['3个月一轮', '3个月一轮@0 recurring null..null quarterly explicit'],
    ['每6个月', '每6个月@0 recurring null..null half-yearly explicit'],
    ['每两个月', '每两个月@0 recurring null..null every 2 months explicit'],
    ['每3年', '每3年@0 recurring null..null every 3 years explicit'],
    ['每6年', '每6年@0 recurring null..null every 6 years explicit'],
    ['每3周', '每3周@0 recurring null..null every 3 weeks explicit'],
    ['每6天', '每6天@0 recurring null..null every 6 days explicit'],
    // a working day has no name of its own
    ['每1个工作日', '每1个工作日@0 recurring null..null every 1 working days explicit'],
    ['每隔3天', '每隔3天@0 recurring null..null every 3 days explicit'],
    ['9天一次', '9天一次@0 recurring null..null every 9 days explicit'],
  ])('%s', (text, expected) => {
    expect(all(text, in2023)).toEqual([expected]);
  });

  it('is no recurrence every zero units', () => {
    expect(parseTimeExpression('每0年', in2023)?.recurrence ?? null).toBeNull();
    expect(parseTimeExpression('每零天', in2023)?.recurrence ?? null).toBeNull();
  });
});

describe('limits and starts counted from an event', () => {
  const issued = { referenceDate: '2023-03-03' };

  it('names the event, as written, when the text does not date it', () => {
    expect(all('从执法决定作出之日起20个工作日内', issued)).toEqual([
      '从执法决定作出之日起20个工作日内@0 deadline null..null from 执法决定作出 event',
    ]);
    // The anchor is the text as written, not its simplified fold.
    expect(all('自執法決定作出之日起20個工作日內', issued)).toEqual([
      '自執法決定作出之日起20個工作日內@0 deadline null..null from 執法決定作出 event',
    ]);
    expect(all('申请人自登记之日起享有', issued)).toEqual(['自登记之日起@3 period null..null from 登记 event']);
  });

  it('starts from the day of issue: 自公布之日起施行 (2002 regulations), unresolved without a day', () => {
    // fixtures/corpus/laws/2002-missile-export-control-regulations.md:71: 本条例自公布之日起施行。
    const line = fixtureLine('corpus/laws/2002-missile-export-control-regulations.md', 71);
    expect(expressionAt(line, '自公布', {})).toBe(
      `自公布之日起@${line.indexOf('自公布')} period null..null unresolved`,
    );
    expect(expressionAt(line, '自公布', { referenceDate: '2002-08-22' })).toBe(
      `自公布之日起@${line.indexOf('自公布')} period 2002-08-22..null reference-date`,
    );
    expect(all('从印发之日起30日内', issued)).toEqual([
      '从印发之日起30日内@0 deadline 2023-03-03..2023-04-02 by 2023-04-02 reference-date',
    ]);
  });

  it('runs from the day of issue to a day: 自本通知发布之日起至2023年5月31日 (2023 waterway inspection)', () => {
    // fixtures/corpus/shanghai/2023-waterway-inspection.md:19, issued 2023-03-03
    const line = fixtureLine('corpus/shanghai/2023-waterway-inspection.md', 19);
    expect(expressionAt(line, '自本通知', issued)).toBe(
      `自本通知发布之日起至2023年5月31日@${line.indexOf('自本通知')} period 2023-03-03..2023-05-31 reference-date`,
    );
    // to the day of issue itself: a period of one day
    expect(all('自本通知发布之日起至2023年3月3日', issued)).toEqual([
      '自本通知发布之日起至2023年3月3日@0 period 2023-03-03..2023-03-03 reference-date',
    ]);
  });

  it('never gives a period that ends before it starts (an end before the day of issue)', () => {
    for (const found of findTimeExpressions('自本通知发布之日起至2022年5月31日', issued)) {
      if (found.value.kind === 'period' && found.value.start && found.value.end)
        expect(found.value.end >= found.value.start).toBe(true);
    }
    expect(findTimeExpressions('自本通知发布之日起至2022年5月31日', issued)[0].text).toBe('自本通知发布之日起');
  });
});

describe('即日起', () => {
  it('starts on the day of issue: 即日起启动 (2022 shipping-services call, issued 2022-07-29)', () => {
    // fixtures/corpus/shanghai/2022-shipping-services-call.md:20
    const line = fixtureLine('corpus/shanghai/2022-shipping-services-call.md', 20);
    expect(expressionAt(line, '即日起', { referenceDate: '2022-07-29' })).toBe(
      `即日起@${line.indexOf('即日起')} period 2022-07-29..null reference-date`,
    );
    expect(expressionAt(line, '即日起', {})).toBe(`即日起@${line.indexOf('即日起')} period null..null unresolved`);
  });

  it.each([
    ['自即日起施行', '自即日起@0 period 2023-03-03..null reference-date'],
    ['从即日起', '从即日起@0 period 2023-03-03..null reference-date'],
    ['即日开始受理', '即日开始@0 period 2023-03-03..null reference-date'],
  ])('%s', (text, expected) => {
    expect(all(text, { referenceDate: '2023-03-03' })[0]).toBe(expected);
  });
});

describe('the plan’s year and the ones after it', () => {
  // Each a fixture's line, the form, the plan's year, and the years a reader gives.
  it.each([
    // 东中部地区要分别于今明两年完成; 今明两年要解决好饮水困难人口的饮水安全问题: that year and the next.
    ['work-reports/2017.txt', 282, '今明两年', 2017, '2017-01-01..2018-12-31'],
    ['work-reports/2019.txt', 146, '今明两年', 2019, '2019-01-01..2020-12-31'],
    // 今后五年，我国经济增长预期目标; 经过未来五年努力: 2011–2015.
    ['work-reports/2011.txt', 174, '今后五年', 2011, '2011-01-01..2015-12-31'],
    ['work-reports/2011.txt', 188, '未来五年', 2011, '2011-01-01..2015-12-31'],
    // 三年累计新增19台: the plan's three years.
    ['corpus/shanghai/2024-2026-refined-management-plan.md', 48, '三年累计', 2024, '2024-01-01..2026-12-31'],
  ] as const)('reads %s:%i’s %s in the plan of %i as %s', (file, lineNumber, form, year, years) => {
    const line = fixtureLine(file, lineNumber);
    expect(expressionAt(line, form, { referenceYear: year })).toBe(
      `${form}@${line.indexOf(form)} period ${years} reference-year`,
    );
  });

  it.each([
    ['今后一年', '今后一年@0 period 2023-01-01..2023-12-31 reference-year'],
    ['未来50年', '未来50年@0 period 2023-01-01..2072-12-31 reference-year'],
  ])('%s', (text, expected) => {
    expect(all(text, in2023)).toEqual([expected]);
  });

  it('dates none of them without the plan’s year, and no period of zero years', () => {
    for (const text of ['今明两年', '今后五年', '未来三年'])
      expect(parseTimeExpression(text, {})?.start ?? null, text).toBeNull();
    for (const found of findTimeExpressions('未来0年', in2023))
      if (found.value.start && found.value.end) expect(found.value.end >= found.value.start).toBe(true);
  });
});

describe('years in brackets without 年', () => {
  it('reads 重点任务（2024-2026） in the 2024–2026 plan as its years', () => {
    // fixtures/corpus/shanghai/2024-2026-refined-management-plan.md:102
    const line = fixtureLine('corpus/shanghai/2024-2026-refined-management-plan.md', 102);
    expect(all(line, { referenceYear: 2024 })).toEqual([
      `2024-2026@${line.indexOf('2024')} range 2024-01-01..2026-12-31 explicit`,
    ]);
  });

  it('in half-width brackets too, and up to thirty years', () => {
    expect(all('重点任务(2024-2026)', in2023)).toEqual(['2024-2026@5 range 2024-01-01..2026-12-31 explicit']);
    expect(all('（2000-2030）', in2023)).toEqual(['2000-2030@1 range 2000-01-01..2030-12-31 explicit']);
  });

  it('not when the years run backwards, nor outside brackets', () => {
    expect(all('重点任务（2026-2024）', in2023)).toEqual([]);
    expect(all('编号2024-2026', in2023)).toEqual([]);
  });
});

describe('limits set elsewhere, and lengths from an event the text names elsewhere', () => {
  it('reads 规定时间内 in the 2023 collection-structure call', () => {
    // fixtures/corpus/shanghai/2023q1-collection-structure-call.md:33: 请于规定时间内提交申请材料
    const line = fixtureLine('corpus/shanghai/2023q1-collection-structure-call.md', 33);
    expect(expressionAt(line, '规定时间内', { referenceDate: '2023-04-27' })).toBe(
      `规定时间内@${line.indexOf('规定时间内')} deadline null..null unresolved`,
    );
  });

  it('reads 不超过3个月 and 最长不超过3个月 in the 2023 waterway inspection', () => {
    // fixtures/corpus/shanghai/2023-waterway-inspection.md:36 (整改期限不超过3个月) and :53 (整改期最长不超过3个月)
    const issued = { referenceDate: '2023-03-03' };
    const line36 = fixtureLine('corpus/shanghai/2023-waterway-inspection.md', 36);
    expect(expressionAt(line36, '不超过3个月', issued)).toBe(
      `不超过3个月@${line36.indexOf('不超过3个月')} deadline null..null unresolved`,
    );
    const line53 = fixtureLine('corpus/shanghai/2023-waterway-inspection.md', 53);
    expect(expressionAt(line53, '最长不超过', issued)).toBe(
      `最长不超过3个月@${line53.indexOf('最长不超过')} deadline null..null unresolved`,
    );
  });
});

describe('years ago, lengths and dotted dates that start with a 9', () => {
  it.each([
    ['9年前', in2023, '9年前@0 date 2014-01-01..2014-12-31 reference-year'],
    [
      '90日内',
      { referenceDate: '2023-03-03' },
      '90日内@0 deadline 2023-03-03..2023-06-01 by 2023-06-01 reference-date',
    ],
    ['近9个月', { referenceDate: '2023-03-03' }, '近9个月@0 period 2022-06-03..2023-03-03 reference-date'],
  ])('%s', (text, options, expected) => {
    expect(all(text, options)).toEqual([expected]);
  });

  it('reads 近三年内 in a notice as the three years up to its day', () => {
    // fixtures/notices/check/pdftext-bare-numbers.txt:14: 近三年内获得知识产权授权
    const line = fixtureLine('notices/check/pdftext-bare-numbers.txt', 14);
    expect(expressionAt(line, '近三年内', { referenceDate: '2023-03-03' })).toBe(
      `近三年内@${line.indexOf('近三年内')} period 2020-03-03..2023-03-03 reference-date`,
    );
  });

  it('reads a dotted date with 起 after an indent of full-width spaces', () => {
    // fixtures/notices/check/plan-decimal-fullwidth.txt:19: 　　2023.6.1起执行新的预警标准。
    const line = fixtureLine('notices/check/plan-decimal-fullwidth.txt', 19);
    expect(all(line, in2023)).toEqual([`2023.6.1起@${line.indexOf('2023')} period 2023-06-01..null explicit`]);
  });
});
