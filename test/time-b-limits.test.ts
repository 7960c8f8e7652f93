/**
 * The time grammar's limits, events and word boundaries (src/time/parse-time.ts from eventStartBefore on): what a
 * reader gives for limits counted from an event, 事先, extensions, day lists, limit words, durations in a plan
 * of a year, and where an expression starts and ends between words (issue 26, the mutants that survived).
 */
import { describe, expect, it, vi } from 'vitest';
import { atWordBoundary, endsBetweenWords, findTimeExpressions, type TimeMatch } from '../src/time/parse-time.js';

const in2023 = { referenceYear: 2023 };

/** [text, kind, start, end, date, anchor, resolvedBy] of every match. */
const read = (text: string, options: Parameters<typeof findTimeExpressions>[1] = in2023) =>
  findTimeExpressions(text, options).map((m: TimeMatch) => [
    m.text,
    m.value.kind,
    m.value.start,
    m.value.end,
    m.value.date,
    m.value.anchor,
    m.value.resolvedBy,
  ]);

describe('a limit counted back from an event (开工前30日)', () => {
  it('finds the event after a delimiter exactly at the edge of its window', () => {
    // the event is the sixteen characters after 各区，
    expect(read('各区，市政道路桥梁隧道综合管廊工程开工前30日')).toEqual([
      ['前30日', 'deadline', null, null, null, '市政道路桥梁隧道综合管廊工程开工', 'event'],
    ]);
  });

  it('reads the event after 于 at the text start (于会议召开前5个工作日)', () => {
    expect(read('于会议召开前5个工作日')).toEqual([['前5个工作日', 'deadline', null, null, null, '会议召开', 'event']]);
  });

  it('takes no event longer than sixteen characters, nor one with no delimiter in its window', () => {
    expect(read('一二三四五六七八九十一二三四五六七开工前30日')).toEqual([]);
    expect(read('市政道路桥梁隧道综合管廊工程一开工前30日')).toEqual([]);
  });

  it('reads 全国前10个月 as the first ten months of the year, no event (全国 is a scope)', () => {
    const [match] = findTimeExpressions('全国前10个月', in2023);
    expect(match.text).toBe('前10个月');
    expect(match.value).toMatchObject({ kind: 'date', start: '2023-01-01', end: '2023-10-31', anchor: null });
  });

  it('reads a bare 以前 after a procedural step, the step as its anchor (报批以前)', () => {
    expect(read('报批以前')).toEqual([['报批以前', 'deadline', null, null, null, '报批', 'event']]);
    expect(read('在验收之前')).toEqual([['验收之前', 'deadline', null, null, null, '验收', 'event']]);
  });
});

describe('事先: before the act the clause before names', () => {
  it('anchors on the act of the clause before (外国籍船舶进出港口，应当事先报经批准)', () => {
    expect(read('外国籍船舶进出港口，应当事先报经批准')).toEqual([
      ['事先', 'deadline', null, null, null, '外国籍船舶进出港口', 'event'],
    ]);
  });

  it('anchors on an act right at the text start, with no modal (进港，事先申报)', () => {
    expect(read('进港，事先申报')).toEqual([['事先', 'deadline', null, null, null, '进港', 'event']]);
  });

  it('is unresolved when no clause before names an act', () => {
    expect(read('应当事先报告')).toEqual([['事先', 'deadline', null, null, null, null, 'unresolved']]);
    expect(read('船舶进港时应事先报告')).toEqual([['事先', 'deadline', null, null, null, null, 'unresolved']]);
    expect(read('有关单位，应当事先报告')).toEqual([['事先', 'deadline', null, null, null, null, 'unresolved']]);
  });

  it('takes an act of twenty characters, not one of twenty-one', () => {
    expect(read('，各区市政道路桥梁隧道综合管廊工程进出港口，应当事先报告')[0][5]).toBe(
      '各区市政道路桥梁隧道综合管廊工程进出港口',
    );
    expect(read('，各区的市政道路桥梁隧道综合管廊工程进出港口，应当事先报告')).toEqual([
      ['事先', 'deadline', null, null, null, null, 'unresolved'],
    ]);
  });

  it('reads an act with a 前 inside it, and the limit that 前 makes', () => {
    expect(read('船舶进港前装卸货物，应当事先报告')).toEqual([
      ['船舶进港前', 'deadline', null, null, null, '船舶进港', 'event'],
      ['事先', 'deadline', null, null, null, '船舶进港前装卸货物', 'event'],
    ]);
  });
});

describe('a term extended from its end (期满后可延长6个月)', () => {
  it('reads 期满 as well as 到期, from the event named before it', () => {
    expect(read('，协议期满后可延长6个月')).toEqual([
      ['协议期满后可延长6个月', 'deadline', null, null, null, '协议期满', 'event'],
    ]);
    expect(read('政策到期后再延长两年')).toEqual([
      ['政策到期后再延长两年', 'deadline', null, null, null, '政策到期', 'event'],
    ]);
  });

  it('anchors on the end itself when no event can be named before it', () => {
    const [match] = findTimeExpressions('5年期满后可延长6个月', in2023);
    expect(match.value.kind).toBe('deadline');
    expect(match.value.anchor).toMatch(/期满$/);
    expect(match.text.endsWith('期满后可延长6个月')).toBe(true);
  });
});

describe('points with limit words', () => {
  it('reads a month alone with 前 as a deadline, not a target (9月前, 三季度前)', () => {
    expect(read('9月前')).toEqual([['9月前', 'deadline', null, '2023-09-30', '2023-09-30', null, 'reference-year']]);
    expect(read('三季度前')).toEqual([
      ['三季度前', 'deadline', null, '2023-09-30', '2023-09-30', null, 'reference-year'],
    ]);
    expect(read('到2025年6月')).toEqual([
      ['到2025年6月', 'deadline', null, '2025-06-30', '2025-06-30', null, 'explicit'],
    ]);
  });

  it('reads a list of days with 前 as a deadline on the last day (9月10日、11日、12日前)', () => {
    expect(read('9月10日、11日、12日前')).toEqual([
      ['9月10日、11日、12日前', 'deadline', '2023-09-10', '2023-09-12', '2023-09-12', null, 'reference-year'],
    ]);
  });

  it('reads no list of days after a month that has no day (6月、10日)', () => {
    const [first] = findTimeExpressions('6月、10日', in2023);
    expect(first.text).toBe('6月');
    expect(first.value).toMatchObject({ kind: 'date', start: '2023-06-01', end: '2023-06-30' });
  });

  it('reads 前后 and 左右 as about the time, not a limit (9月前后, 2025年左右)', () => {
    expect(read('9月前后')).toEqual([['9月前后', 'date', '2023-09-01', '2023-09-30', null, null, 'reference-year']]);
    expect(read('2025年左右')).toEqual([['2025年左右', 'date', '2025-01-01', '2025-12-31', null, null, 'explicit']]);
  });

  it('reads 至 a year as a target (fixtures/corpus/shanghai/2024-2026-refined-management-plan.md:54)', () => {
    expect(read('，逐步释放金山铁路运能，至2026年金山铁路全天开行列车38对。', { referenceYear: 2024 })).toEqual([
      ['至2026年', 'target', null, '2026-12-31', '2026-12-31', null, 'explicit'],
    ]);
  });

  it('reads 截至 a year as a deadline, not a target (截至2022年)', () => {
    expect(read('截至2022年')).toEqual([
      ['截至2022年', 'deadline', null, '2022-12-31', '2022-12-31', null, 'explicit'],
    ]);
  });

  it('keeps an explicit limit explicit when read against a reference day', () => {
    expect(read('2023年9月30日前', { referenceDate: '2023-03-01' })).toEqual([
      ['2023年9月30日前', 'deadline', '2023-03-01', '2023-09-30', '2023-09-30', null, 'explicit'],
    ]);
  });
});

describe('from a day on, and over a period', () => {
  it('reads 自…起 as a period from that day (fixtures/corpus/shanghai/2022-shipping-services-call.md:70)', () => {
    expect(read('自2022年8月1日起开通在线申报，2022年9月12日17:', { referenceYear: 2022 })).toEqual([
      ['自2022年8月1日起', 'period', '2022-08-01', null, null, null, 'explicit'],
      ['2022年9月12日', 'date', '2022-09-12', '2022-09-12', null, null, 'explicit'],
    ]);
  });

  it('reads 起 with no prefix too (fixtures/formats/rules/input.txt:13)', () => {
    expect(read('第五条 本办法自2023年6月1日起施行。')).toEqual([
      ['自2023年6月1日起', 'period', '2023-06-01', null, null, null, 'explicit'],
    ]);
    expect(read('2023年5月1日起')).toEqual([['2023年5月1日起', 'period', '2023-05-01', null, null, null, 'explicit']]);
  });

  it('reads 开始 after a day as 起 (自2024年1月1日开始施行)', () => {
    expect(read('自2024年1月1日开始施行')).toEqual([
      ['自2024年1月1日开始', 'period', '2024-01-01', null, null, null, 'explicit'],
    ]);
    expect(read('2023年5月1日开始')).toEqual([
      ['2023年5月1日开始', 'period', '2023-05-01', null, null, null, 'explicit'],
    ]);
  });

  it('reads a range with 期间 or 时期 as that range (fixtures/corpus/shanghai/2022-shipping-services-call.md:30)', () => {
    expect(read('申报项目须为2019年1月1日至2021年12月31日期间完成的，航运服务领域', { referenceYear: 2022 })).toEqual([
      ['2019年1月1日至2021年12月31日期间', 'range', '2019-01-01', '2021-12-31', null, null, 'explicit'],
    ]);
    expect(read('2016年至2020年时期')).toEqual([
      ['2016年至2020年时期', 'range', '2016-01-01', '2020-12-31', null, null, 'explicit'],
    ]);
  });

  it('reads a range with clock times to its second clock time', () => {
    const [match] = findTimeExpressions('9月1日8:00至9月2日17:30', in2023);
    expect(match.text).toBe('9月1日8:00至9月2日17:30');
    expect(match.value).toMatchObject({ kind: 'range', start: '2023-09-01', end: '2023-09-02', time: '08:00' });
  });
});

describe('n years within, in a plan of a year (两年内)', () => {
  it('reads 两年内 in the 2019 report as by the end of 2020 (fixtures/work-reports/2019.txt:116)', () => {
    expect(
      read('对客货运车辆不合理审批和乱收费、乱罚款。两年内基本取消全国高速公路省界收费站', { referenceYear: 2019 }),
    ).toEqual([['两年内', 'deadline', null, '2020-12-31', '2020-12-31', null, 'reference-year']]);
  });

  it('reads 三年内 as by the end of 2021 (fixtures/work-reports/2019.txt:106)', () => {
    expect(read('城镇登记失业半年以上人员的各类企业，三年内给予定额税费减免。', { referenceYear: 2019 })).toEqual([
      ['三年内', 'deadline', null, '2021-12-31', '2021-12-31', null, 'reference-year'],
    ]);
  });

  it('reads 一年内 as within the plan year, and 五十年内 still by its count', () => {
    expect(read('一年内完成', { referenceYear: 2019 })).toEqual([
      ['一年内', 'deadline', null, '2019-12-31', '2019-12-31', null, 'reference-year'],
    ]);
    expect(read('50年内', { referenceYear: 2019 })).toEqual([
      ['50年内', 'deadline', null, '2068-12-31', '2068-12-31', null, 'reference-year'],
    ]);
  });

  it('leaves 两年内 unresolved with neither a year nor a day to count from', () => {
    expect(read('两年内基本取消', {})).toEqual([['两年内', 'deadline', null, null, null, null, 'unresolved']]);
  });
});

describe('where expressions start and end', () => {
  it('reads no time from a decimal count (1.5年内 is not 5年内)', () => {
    const texts = findTimeExpressions('1.5年内完成', in2023).map((m) => m.text);
    expect(texts).not.toContain('5年内');
  });

  it('reads no 上年 inside 以上年龄', () => {
    expect(findTimeExpressions('60周岁以上年龄', in2023)).toEqual([]);
  });

  it('reads no 年底 where the segmenter reads 年|底层, and nothing shorter either', () => {
    expect(findTimeExpressions('年底层', in2023)).toEqual([]);
    expect(findTimeExpressions('，年底层级', in2023)).toEqual([]);
  });

  it('reads no limit 核准前 before 前置审批', () => {
    expect(findTimeExpressions('核准前置审批', in2023)).toEqual([]);
  });

  it('finds matches in order that never overlap, each at its own index', () => {
    for (const text of ['明年开工前', '计划于9月底前完成，港口开放前验收', '2024年上半年，在验收之前报批以前']) {
      const found = findTimeExpressions(text, in2023);
      expect(found.length).toBeGreaterThan(0);
      let lastEnd = 0;
      for (const match of found) {
        expect(match.index).toBeGreaterThanOrEqual(lastEnd);
        expect(text.slice(match.index, match.index + match.text.length)).toBe(match.text);
        lastEnd = match.index + match.text.length;
      }
    }
  });
});

describe('atWordBoundary and endsBetweenWords', () => {
  it('sees inside a word of Han characters, 一 included', () => {
    expect(atWordBoundary('中央', 1)).toBe(false);
    expect(atWordBoundary('中央。', 1)).toBe(false);
    expect(atWordBoundary('第一', 1)).toBe(false);
    expect(atWordBoundary('今年中央', 2)).toBe(true);
    expect(atWordBoundary('今年中央', 3)).toBe(false);
  });

  it('takes every place not between two Han characters as a boundary', () => {
    expect(atWordBoundary('ab', 1)).toBe(true);
    expect(atWordBoundary('ＡＢ', 1)).toBe(true);
    expect(atWordBoundary('2023', 2)).toBe(true);
    expect(atWordBoundary('中央', 0)).toBe(true);
    expect(atWordBoundary('中央', 2)).toBe(true);
  });

  it('corrects the dictionary after 前 both ways', () => {
    expect(endsBetweenWords('核准前置审批', 3)).toBe(false);
    expect(endsBetweenWords('年底前线上办理', 3)).toBe(true);
    expect(endsBetweenWords('开工前期工作', 3)).toBe(false);
  });

  it('leaves ends not after 前 to the segmenter (年|内容 is inside 年内)', () => {
    expect(endsBetweenWords('年内容易', 1)).toBe(false);
    expect(endsBetweenWords('年内容易', 2)).toBe(true);
  });

  it('segments by words when endsBetweenWords is the first to segment', async () => {
    vi.resetModules();
    const fresh = await import('../src/time/parse-time.js');
    expect(fresh.endsBetweenWords('开工前期工作', 3)).toBe(false);
    expect(fresh.atWordBoundary('开工前期工作', 3)).toBe(false);
  });
});
