/** parseTimeExpression on the forms of circulars.md §4, and the JioNLP peer suite. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTimeExpressions, parseTimeExpression } from '../src/time/parse-time.js';

const in2023 = { referenceYear: 2023 };

describe('parseTimeExpression in a 2023 plan', () => {
  const cases: Array<[string, string, string | null, string | null, string | null]> = [
    // text, kind, start, end, date
    ['9月底前', 'deadline', null, '2023-09-30', '2023-09-30'],
    ['2023年9月底前', 'deadline', null, '2023-09-30', '2023-09-30'],
    ['年底前', 'deadline', null, '2023-12-31', '2023-12-31'],
    ['2024年底前', 'deadline', null, '2024-12-31', '2024-12-31'],
    ['当年12月31日前', 'deadline', null, '2023-12-31', '2023-12-31'],
    ['次年3月', 'date', '2024-03-01', '2024-03-31', null],
    ['年内', 'period', '2023-01-01', '2023-12-31', null],
    ['全年', 'period', '2023-01-01', '2023-12-31', null],
    ['上半年', 'period', '2023-01-01', '2023-06-30', null],
    ['下半年', 'period', '2023-07-01', '2023-12-31', null],
    ['一季度', 'date', '2023-01-01', '2023-03-31', null],
    ['第三季度', 'date', '2023-07-01', '2023-09-30', null],
    ['9月上旬', 'date', '2023-09-01', '2023-09-10', null],
    ['9月中旬', 'date', '2023-09-11', '2023-09-20', null],
    ['2月下旬', 'date', '2023-02-21', '2023-02-28', null],
    ['到2025年', 'target', null, '2025-12-31', '2025-12-31'],
    ['2025年前', 'target', null, '2025-12-31', '2025-12-31'],
    ['2021—2025年', 'range', '2021-01-01', '2025-12-31', null],
    ['2021-2025年', 'range', '2021-01-01', '2025-12-31', null],
    ['2021至2025年', 'range', '2021-01-01', '2025-12-31', null],
    ['9月15日至25日', 'range', '2023-09-15', '2023-09-25', null],
    ['2023年9月17-23日', 'range', '2023-09-17', '2023-09-23', null],
    ['"十四五"期间', 'period', '2021-01-01', '2025-12-31', null],
    ['“十三五”时期', 'period', '2016-01-01', '2020-12-31', null],
    ['十五五', 'period', '2026-01-01', '2030-12-31', null],
    ['十一五', 'period', '2006-01-01', '2010-12-31', null],
    ['2022年3月3日', 'date', '2022-03-03', '2022-03-03', null],
    ['二〇〇五年七月十四日', 'date', '2005-07-14', '2005-07-14', null],
    ['二○二二年六月六日', 'date', '2022-06-06', '2022-06-06', null],
    ['二零二二年六月', 'date', '2022-06-01', '2022-06-30', null],
    ['2022.3.3', 'date', '2022-03-03', '2022-03-03', null],
    ['2022-03-03', 'date', '2022-03-03', '2022-03-03', null],
    ['不晚于2023年6月30日', 'deadline', null, '2023-06-30', '2023-06-30'],
    ['截至2022年12月31日', 'deadline', null, '2022-12-31', '2022-12-31'],
    ['6月底以前', 'deadline', null, '2023-06-30', '2023-06-30'],
    ['10月之前', 'deadline', null, '2023-10-31', '2023-10-31'],
  ];
  for (const [text, kind, start, end, date] of cases) {
    it(text, () => {
      expect(parseTimeExpression(text, in2023)).toMatchObject({ kind, start, end, date });
    });
  }

  it('keeps a clock time with a deadline', () => {
    expect(parseTimeExpression('2022年9月12日17:30申报截止', in2023)).toMatchObject({
      kind: 'deadline',
      date: '2022-09-12',
      time: '17:30',
    });
  });

  it('reads recurring periods', () => {
    expect(parseTimeExpression('每季度', in2023)).toMatchObject({
      kind: 'recurring',
      recurrence: 'quarterly',
      start: null,
    });
    expect(parseTimeExpression('每年', in2023)).toMatchObject({ kind: 'recurring', recurrence: 'yearly' });
    expect(parseTimeExpression('每半年', in2023)).toMatchObject({ kind: 'recurring', recurrence: 'half-yearly' });
    expect(parseTimeExpression('每月', in2023)).toMatchObject({ kind: 'recurring', recurrence: 'monthly' });
  });

  it('resolves 自印发之日起30日内 against the date of issue, and says so', () => {
    expect(
      parseTimeExpression('自印发之日起30日内', { referenceYear: 2023, referenceDate: '2023-04-10' }),
    ).toMatchObject({ kind: 'deadline', date: '2023-05-10', resolvedBy: 'reference-date' });
    expect(parseTimeExpression('自印发之日起30日内', in2023)).toMatchObject({
      kind: 'deadline',
      date: null,
      resolvedBy: 'unresolved',
    });
  });

  it('says what a value was resolved against', () => {
    expect(parseTimeExpression('9月底前', in2023)?.resolvedBy).toBe('reference-year');
    expect(parseTimeExpression('2024年9月底前', in2023)?.resolvedBy).toBe('explicit');
  });

  it("resolves the same relative deadline against each plan's own year", () => {
    expect(parseTimeExpression('年底前', { referenceYear: 2023 })?.date).toBe('2023-12-31');
    expect(parseTimeExpression('年底前', { referenceYear: 2024 })?.date).toBe('2024-12-31');
  });

  it('leaves relative expressions unresolved without a reference', () => {
    expect(parseTimeExpression('9月底前')).toBeNull();
    expect(parseTimeExpression('2023年9月底前')?.date).toBe('2023-09-30');
  });
});

describe('findTimeExpressions in running text', () => {
  it('finds each expression once, with its place', () => {
    const text = '9月15日至25日集中开展主题活动，每季度报送一次活动进展，年底前完成总结。';
    expect(findTimeExpressions(text, in2023).map((match) => [match.index, match.text, match.value.kind])).toEqual([
      [0, '9月15日至25日', 'range'],
      [18, '每季度', 'recurring'],
      [30, '年底前', 'deadline'],
    ]);
  });

  it('does not read counts, ordinals or phone numbers as dates', () => {
    const text =
      '组织活动不少于100场，第八届全国科技馆辅导员大赛，联系电话：23115335，18917702329，服务满15年，3个月，十九大，一体两翼，前沿科技，《国内水路运输管理规定》（交通运输部令2014年第2号）。';
    expect(findTimeExpressions(text, in2023)).toEqual([]);
  });
});

describe('JioNLP peer cases (fixtures/peer, planRelevant)', () => {
  const cases = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'peer', 'jionlp-time-parser-cases.json'), 'utf8'),
  ).filter((c: { planRelevant?: boolean }) => c.planRelevant) as Array<{
    text: string;
    base: string;
    expected: { time: [string, string] };
  }>;
  // Cases left out, each with its reason. They count as failures in the pass rate below.
  const leftOut: Record<string, string> = {
    二十几年前: 'a vague count (二十几) is not a plan expression',
    二月十五:
      'JioNLP reads 二月十五 as a lunar date but 四月十三 as a solar one; kepu reads both as solar, as plans write them',
    腊月18: 'JioNLP expects 2022-01-03..2022-01-31 for 腊月十八, which is one day (2022-01-20); kepu gives the day',
    '13:20~次日05:40': 'times of day without a date (次日) are chat, not plan text',
    第七年: 'an ordinal year relative to an unstated start',
    '3月8号':
      'JioNLP moves a date without a year into the future of the base time; kepu resolves it in the reference year, never relative to today',
    '10月8号': 'same as 3月8号: no future preference',
  };
  it('passes at least 90% of them, comparing start and end dates', () => {
    const failures: string[] = [];
    for (const testCase of cases) {
      const value = parseTimeExpression(testCase.text, { referenceDate: testCase.base.slice(0, 10) });
      const [start, end] = testCase.expected.time.map((time) => time.slice(0, 10));
      if (value?.start !== start || value?.end !== end) failures.push(testCase.text);
    }
    expect(failures.sort()).toEqual(Object.keys(leftOut).sort());
    expect((cases.length - failures.length) / cases.length).toBeGreaterThanOrEqual(0.9);
    expect(cases.length).toBe(84);
  });
});

describe('the span rules table', () => {
  it('reads every rule from its sample, covering the days the rule says', async () => {
    const { SPAN_RULES } = await import('../src/time/read-point.js');
    for (const rule of SPAN_RULES) {
      const value = parseTimeExpression(rule.sample)!;
      expect(value, rule.sample).not.toBeNull();
      const [from, to] = rule.span;
      const month = (date: string) => Number(date.slice(5, 7));
      const day = (date: string) => Number(date.slice(8, 10));
      if (rule.of === 'year') expect([month(value.start!), month(value.end!)], rule.sample).toEqual([from, to]);
      // The samples are in September, which has 30 days: a rule's day 31 is its last.
      if (rule.of === 'month')
        expect([day(value.start!), day(value.end!)], rule.sample).toEqual([from, Math.min(to, 30)]);
      if (rule.of === 'quarter') expect(month(value.end!) - month(value.start!), rule.sample).toBe(to - from);
      expect(value.resolvedBy, rule.sample).toBe('explicit');
    }
  });
});
