/**
 * extractDeadlines on short circulars written as offices write them: a notice that names no year
 * (its limits are days of an unknown year, --09-30), what a limit is resolved against when the
 * caller gives a year or a day, which line a limit stands in (a sentence, a short heading-like
 * line, the title), the responsible units a reader would name for each limit (its own note, else
 * its item's, else the item above), and a tree read back from JSON.
 */
import { describe, expect, it } from 'vitest';
import { parseCircular, type Document } from '../src/index.js';
import { extractDeadlines } from '../src/passes/extract-deadlines.js';

const byText = (document: Document, options = {}) =>
  new Map(extractDeadlines(document, options).deadlines.map((deadline) => [deadline.text, deadline]));

describe('a notice that names no year', () => {
  const NOTICE = [
    '关于做好科普场馆评估工作的通知',
    '各区科协：',
    '请于9月1日至9月15日报送自评材料，9月底前完成整改，2024年3月1日前完成复查。',
  ].join('\n');

  it('lists its limits as days without a year, and an explicit date as it is', () => {
    const list = extractDeadlines(parseCircular(NOTICE));
    expect(list.reference).toEqual({ year: null, source: null, date: null });
    const found = new Map(list.deadlines.map((deadline) => [deadline.text, deadline]));
    expect(found.get('9月1日至9月15日')).toMatchObject({
      kind: 'range',
      start: '--09-01',
      end: '--09-15',
      resolvedBy: 'unresolved',
    });
    expect(found.get('9月底前')).toMatchObject({
      kind: 'deadline',
      start: null,
      end: '--09-30',
      date: '--09-30',
      resolvedBy: 'unresolved',
    });
    expect(found.get('2024年3月1日前')).toMatchObject({ date: '2024-03-01', resolvedBy: 'explicit' });
  });

  it('reads a range from a month without a year to a dated month as a reader does, with or without a year', () => {
    const circular = (title: string) =>
      [
        title,
        '各区科协：',
        '一、9月至2025年6月，开展青少年科学调查体验活动。',
        '二、10月至2026年3月，完成科技馆展厅改造。',
        '三、11月15日至2025年1月10日，举办科普讲解大赛。',
      ].join('\n');
    const dates = (document: Document) =>
      extractDeadlines(document).deadlines.map((deadline) => [deadline.text, deadline.start, deadline.end]);
    const expected = [
      ['9月至2025年6月', '2024-09-01', '2025-06-30'],
      ['10月至2026年3月', '2025-10-01', '2026-03-31'],
      ['11月15日至2025年1月10日', '2024-11-15', '2025-01-10'],
    ];
    expect(dates(parseCircular(circular('关于开展科普活动的通知')))).toEqual(expected);
    // A plan of 2025: 9月 of 2025 would come after 2025年6月, so the start is the September before.
    expect(dates(parseCircular(circular('2025年科普工作要点')))).toEqual(expected);
    // A plan of 2024: 9月 of 2024 runs forward to 2025年6月; 10月 of 2024 to 2026年3月 as the plan reads it.
    expect(dates(parseCircular(circular('2024年科普工作要点')))).toEqual([
      expected[0],
      ['10月至2026年3月', '2024-10-01', '2026-03-31'],
      expected[2],
    ]);
  });

  it('resolves them against the day a caller gives, and says the year came from the option', () => {
    const list = extractDeadlines(parseCircular(NOTICE), { referenceDate: '2024-03-01' });
    expect(list.reference).toEqual({ year: 2024, source: 'option', date: '2024-03-01' });
    const found = new Map(list.deadlines.map((deadline) => [deadline.text, deadline]));
    expect(found.get('9月底前')).toMatchObject({ date: '2024-09-30', resolvedBy: 'reference-year' });
    expect(found.get('9月1日至9月15日')).toMatchObject({ start: '2024-09-01', end: '2024-09-15' });
  });

  it('resolves them against a year a caller gives over the plan’s own, with no evidence quoted', () => {
    const list = extractDeadlines(parseCircular('2023年科普工作要点\n一、各区于9月底前报送总结。'), {
      referenceYear: 2025,
    });
    expect(list.reference).toEqual({ year: 2025, source: 'option', date: null });
    expect(list.deadlines.map((deadline) => [deadline.text, deadline.date])).toEqual([['9月底前', '2025-09-30']]);
  });

  it('reads a limit in the title as the title’s', () => {
    const found = byText(parseCircular('关于2023年9月底前完成科普场馆评估的通知\n各区要在9月底前完成场馆评估。'), {
      all: true,
    });
    expect(found.get('2023年9月底前')).toMatchObject({ context: 'title', date: '2023-09-30' });
    expect(found.get('9月底前')).toMatchObject({ context: 'text', date: '--09-30' });
  });
});

describe('where a limit stands, and what it is', () => {
  const PLAN = [
    '2023年科普工作要点',
    '一、场馆建设',
    '9月15日召开全市科普工作会议。',
    '各区县科协要在9月底前完成场馆评估工作',
    '2023年10月底前',
    '场馆评估（11月底前）',
    '自本要点印发之日起开展自查，12月底前报送自查报告。',
  ].join('\n');
  // Read inside each test (not when the tests are collected), so that a mutation run sees which test reads what.
  const found = { get: (text: string) => byText(parseCircular(PLAN)).get(text) };

  it('keeps a dated event a date, not a period', () => {
    expect(found.get('9月15日')).toMatchObject({ kind: 'date', start: '2023-09-15', end: '2023-09-15' });
  });

  it('takes a short line without a sentence’s punctuation for a heading, a longer one for text', () => {
    expect(found.get('9月底前')?.context).toBe('text');
    expect(found.get('2023年10月底前')?.context).toBe('heading');
    expect(found.get('11月底前')?.context).toBe('heading');
  });

  it('does not count a dated limit from an event named earlier in its sentence', () => {
    expect(found.get('12月底前')).toMatchObject({ kind: 'deadline', date: '2023-12-31', anchor: null });
  });

  it('counts a bare limit from the event its sentence names, and an event’s own limit from that event', () => {
    const limits = byText(
      parseCircular(
        [
          '2023年科普工作要点',
          '一、审批',
          '自收到申请之日起进行审查，在45个工作日内作出决定。',
          '行政机关应当自受理申请之日起进行审查，并自收到专家评审意见之日起10个工作日内作出决定。',
        ].join('\n'),
      ),
    );
    expect(limits.get('45个工作日内')).toMatchObject({ anchor: '收到申请', date: null, resolvedBy: 'event' });
    expect(limits.get('自收到专家评审意见之日起10个工作日内')).toMatchObject({
      anchor: '收到专家评审意见',
      date: null,
    });
  });
});

describe('the units responsible for a limit', () => {
  const PLAN = [
    '2023年科普工作要点',
    '一、场馆建设（市科协牵头）',
    '（一）科技馆',
    '各区要在9月底前完成场馆评估。（牵头单位：市教育局）',
    '（二）科普基地',
    '各区要在10月底前完成基地评估。',
    '（三）科普大篷车',
    '（牵头单位：市科协科普部）',
    '各区要在8月底前完成巡展安排。',
    '各区要在7月底前完成车辆检修。（牵头单位：市财政局）',
    '二、科普活动',
    '（牵头单位：市科技局；配合单位：市教育局）',
    '各区要在11月底前完成活动总结。',
    '各区要在12月底前报送明年计划。',
  ].join('\n');
  const found = { get: (text: string) => byText(parseCircular(PLAN)).get(text) };

  it('are the note of the limit’s own paragraph, before its item’s', () => {
    expect(found.get('9月底前')?.responsible).toMatchObject({ lead: '市教育局' });
    expect(found.get('8月底前')?.responsible).toMatchObject({ lead: '市科协科普部' });
    expect(found.get('7月底前')?.responsible).toMatchObject({ lead: '市财政局' });
  });

  it('are the note of the item above, when neither the paragraph nor its item names any', () => {
    expect(found.get('10月底前')?.responsible).toMatchObject({ lead: '市科协' });
  });

  it('are the note an item gives in its first paragraph, for every limit of the item', () => {
    expect(found.get('11月底前')?.responsible).toMatchObject({ lead: '市科技局', others: ['市教育局'] });
    expect(found.get('12月底前')?.responsible).toMatchObject({ lead: '市科技局', others: ['市教育局'] });
  });
});

describe('a tree read back from JSON', () => {
  it('gives the same limits at the same places as the tree it was written from', () => {
    const text =
      '2023年科普工作要点\n一、场馆建设\n各区要在9月底前完成场馆评估。\n二、科普活动\n10月底前完成活动总结。';
    const tree = parseCircular(text);
    const copy = JSON.parse(JSON.stringify(tree)) as Document;
    const read = extractDeadlines(copy).deadlines;
    expect(read.map((deadline) => [deadline.text, deadline.date, deadline.sectionId])).toEqual([
      ['9月底前', '2023-09-30', '1'],
      ['10月底前', '2023-10-31', '2'],
    ]);
    expect(read.map((deadline) => text.slice(deadline.position.start.offset, deadline.position.end.offset))).toEqual([
      '9月底前',
      '10月底前',
    ]);
  });
});
