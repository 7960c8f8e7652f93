/** The report timeline's geometry: the years it spans, the scale, the ticks, where each kind of limit falls. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dayNumber,
  isoOfDay,
  placeLimit,
  recurrenceDays,
  timeScale,
  timeTicks,
  timelineDomain,
  type DatedLimit,
} from '../src/report/timeline-geometry.js';
import { TIMELINE_LAYOUT, drawTimeline } from '../src/report/timeline-svg.js';
import type { TaskLimit } from '../src/summary/plan-summary.js';

const year2023 = { start: '2023-01-01', end: '2023-12-31' };
const limit = (fields: Partial<DatedLimit>): DatedLimit => ({
  kind: 'deadline',
  start: null,
  end: null,
  date: null,
  recurrence: null,
  ...fields,
});

describe('the years a timeline spans', () => {
  it('is the plan year, stretched to the limits of the next years, not to far targets', () => {
    expect(timelineDomain([], 2023)).toEqual(year2023);
    expect(timelineDomain([limit({ date: '2025-12-31', end: '2025-12-31' })], 2023)).toEqual({
      start: '2023-01-01',
      end: '2025-12-31',
    });
    expect(timelineDomain([limit({ kind: 'target', date: '2035-12-31', end: '2035-12-31' })], 2023)).toEqual(year2023);
    // 十四五期间 in a 2023 plan: the years before the plan's are not shown.
    expect(timelineDomain([limit({ kind: 'period', start: '2021-01-01', end: '2025-12-31' })], 2023)).toEqual({
      start: '2023-01-01',
      end: '2025-12-31',
    });
  });
  it('without a plan year, starts at the first limit; without any, is null', () => {
    expect(timelineDomain([limit({ kind: 'range', start: '2024-09-15', end: '2024-09-25' })], null)).toEqual({
      start: '2024-01-01',
      end: '2024-12-31',
    });
    expect(timelineDomain([limit({ date: '--09-30', end: '--09-30' })], null)).toBeNull();
  });
});

describe('the scale', () => {
  it('puts the first day at the left, the end of the last at the right, days evenly', () => {
    const x = timeScale(year2023, 100, 465);
    expect(x('2023-01-01')).toBe(100);
    expect(x('2023-12-31', 'end')).toBe(465);
    expect(x('2023-02-01')).toBe(131);
    expect(x('2023-09-30', 'end')).toBeCloseTo(100 + 273, 6);
  });
  it('is monotonic over any two days of a domain', () => {
    const domain = { start: '2022-01-01', end: '2026-12-31' };
    const x = timeScale(domain, 0, 1000);
    const day = fc.integer({ min: dayNumber(domain.start), max: dayNumber(domain.end) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        if (a < b) expect(x(isoOfDay(a))).toBeLessThan(x(isoOfDay(b)));
        expect(x(isoOfDay(a))).toBeGreaterThanOrEqual(0);
        expect(x(isoOfDay(a), 'end')).toBeLessThanOrEqual(1000 + 1e-9);
      }),
    );
  });
});

describe('the ticks', () => {
  it('marks every month of one year, January with the year', () => {
    const ticks = timeTicks(year2023);
    expect(ticks).toHaveLength(12);
    expect(ticks[0]).toEqual({ date: '2023-01-01', label: '2023年1月', major: true });
    expect(ticks[8]).toEqual({ date: '2023-09-01', label: '9月', major: false });
  });
  it('marks quarters over several years, the years labelled', () => {
    const ticks = timeTicks({ start: '2024-01-01', end: '2026-12-31' });
    expect(ticks).toHaveLength(12);
    expect(ticks.filter((tick) => tick.label).map((tick) => tick.label)).toEqual(['2024年', '2025年', '2026年']);
    expect(ticks[1]).toEqual({ date: '2024-04-01', label: '', major: false });
  });
});

describe('where a limit falls', () => {
  it('marks a limit or a target on its day', () => {
    expect(placeLimit(limit({ start: '2023-02-20', end: '2023-09-30', date: '2023-09-30' }), year2023)).toEqual({
      kind: 'mark',
      day: '2023-09-30',
    });
    expect(placeLimit(limit({ kind: 'target', date: '2035-12-31', end: '2035-12-31' }), year2023)).toEqual({
      kind: 'beyond',
      day: '2035-12-31',
    });
  });
  it('draws a period as a bar, clipped at the edges, and an open start to the edge', () => {
    expect(placeLimit(limit({ kind: 'period', start: '2023-01-01', end: '2023-06-30' }), year2023)).toEqual({
      kind: 'bar',
      first: '2023-01-01',
      last: '2023-06-30',
      clippedLeft: false,
      clippedRight: false,
    });
    expect(placeLimit(limit({ kind: 'period', start: '2021-01-01', end: '2025-12-31' }), year2023)).toEqual({
      kind: 'bar',
      first: '2023-01-01',
      last: '2023-12-31',
      clippedLeft: true,
      clippedRight: true,
    });
    expect(placeLimit(limit({ kind: 'period', start: '2023-07-01' }), year2023)).toMatchObject({
      kind: 'bar',
      first: '2023-07-01',
      last: '2023-12-31',
      clippedRight: true,
    });
    expect(placeLimit(limit({ kind: 'range', start: '2019-01-01', end: '2022-12-31' }), year2023)).toEqual({
      kind: 'before',
      day: '2022-12-31',
    });
  });
  it('ticks a recurring duty where it falls due, and leaves a limit without a day out', () => {
    expect(placeLimit(limit({ kind: 'recurring', recurrence: 'quarterly' }), year2023)).toEqual({
      kind: 'ticks',
      days: ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'],
    });
    expect(recurrenceDays('monthly', year2023)[1]).toBe('2023-02-28');
    expect(recurrenceDays('yearly', { start: '2024-01-01', end: '2026-12-31' })).toEqual([
      '2024-12-31',
      '2025-12-31',
      '2026-12-31',
    ]);
    expect(recurrenceDays('weekly', year2023)).toHaveLength(52);
    expect(recurrenceDays('ten-daily', year2023).slice(3, 6)).toEqual(['2023-02-10', '2023-02-20', '2023-02-28']);
    expect(placeLimit(limit({ kind: 'recurring', recurrence: null }), year2023)).toEqual({ kind: 'none' });
    expect(placeLimit(limit({ date: '--09-30', end: '--09-30' }), year2023)).toEqual({ kind: 'none' });
  });
});

describe('the SVG drawn from the geometry', () => {
  it('has a row per task, a title on every mark, the label linking to the task, and a text alternative', () => {
    const base: TaskLimit = {
      text: '9月底前',
      kind: 'deadline',
      start: null,
      end: '2023-09-30',
      date: '2023-09-30',
      time: null,
      recurrence: null,
      resolvedBy: 'reference-year',
      from: 'text',
      role: 'action',
      item: null,
      line: 5,
      position: { start: { line: 5, column: 1, offset: 0 }, end: { line: 5, column: 5, offset: 4 } },
    };
    const svg = drawTimeline(
      [
        { label: '（一）推进科技馆建设', title: '1.1', href: '#s-b-1-1', limits: [base] },
        {
          label: '（二）<建设>',
          title: '1.2',
          href: '#s-b-1-2',
          limits: [{ ...base, text: '上半年', kind: 'period', start: '2023-01-01', end: '2023-06-30', date: null }],
        },
      ],
      year2023,
      { id: 'tl', title: 'Timeline', description: 'Two tasks' },
    );
    expect(svg).toMatch(/^<svg class="timeline"[^>]* role="img" aria-labelledby="tl-title tl-desc">/);
    expect(svg).toContain('<title id="tl-title">Timeline</title><desc id="tl-desc">Two tasks</desc>');
    expect(svg).toContain('<a href="#s-b-1-1">');
    expect(svg).toContain('&lt;建设&gt;');
    const { top, rowHeight, labelWidth, width, rightMargin } = TIMELINE_LAYOUT;
    // The mark of 9月底前: the end of September 30 on a scale from the label column to the right margin.
    const x = timeScale(year2023, labelWidth + 10, width - rightMargin)('2023-09-30', 'end');
    expect(svg).toContain(
      `<path class="tl-mark" d="M${x.toFixed(1)} ${top + rowHeight / 2 - 7}l6 7-6 7-6-7z"><title>9月底前 (by 2023-09-30)</title>`,
    );
    expect(svg).toMatch(/<rect class="tl-bar" x="310\.0" [^>]*><title>上半年 \(2023-01-01 – 2023-06-30\)<\/title>/);
    expect(svg).toContain(`viewBox="0 0 ${width} ${top + 2 * rowHeight + TIMELINE_LAYOUT.bottom}"`);
  });
});
