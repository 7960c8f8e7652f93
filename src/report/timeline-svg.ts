/**
 * The report's timeline as an SVG string: one row a task with a time limit, the plan's years
 * across, periods as bars, limits as marks, recurring duties as ticks, limits after the years
 * shown as arrows at the right edge. Every mark has a `<title>` (shown on hover) with the limit
 * as written; each row's label links to the task in the outline. The geometry is
 * timeline-geometry.ts; colours come from the page's CSS (classes), so that the dark scheme
 * reaches the figure.
 */
import type { TaskLimit } from '../summary/plan-summary.js';
import { truncate } from '../output/table.js';
import { type Placement, type TimeDomain, dayNumber, placeLimit, timeScale, timeTicks } from './timeline-geometry.js';
import { escapeHtml } from './escape-html.js';

/**
 * One row of the timeline: a task's label, where it links, and its limits.
 *
 * @example
 * const row: TimelineRow = { label: '（一）推进科技馆建设', title: '1.1 …', href: '#s-1-1', limits: task.limits }
 */
export interface TimelineRow {
  label: string;
  /** The task as the tooltip names it. */
  title: string;
  href: string;
  limits: TaskLimit[];
}

/** The layout, in SVG user units (pixels at 100%). */
export const TIMELINE_LAYOUT = {
  width: 960,
  labelWidth: 300,
  /** Room at the right for the arrows and years of limits after the years shown. */
  rightMargin: 56,
  top: 34,
  rowHeight: 22,
  bottom: 8,
  /** Label width in terminal columns (a CJK character is two): about 12 px each at 12 px type. */
  labelColumns: 46,
} as const;

/** What a limit says, for its tooltip: 9月底前 (by 2023-09-30) — what is due. */
export function describeLimit(limit: TaskLimit): string {
  const when =
    limit.kind === 'recurring'
      ? `every ${limit.recurrence ?? 'time'}`
      : limit.date
        ? `by ${limit.date}`
        : limit.start && limit.end
          ? `${limit.start} – ${limit.end}`
          : limit.start
            ? `from ${limit.start}`
            : (limit.end ?? 'no day');
  const item = limit.item ? ` — ${limit.item}` : '';
  return `${limit.text} (${when})${item}`;
}

/** The marks of one limit on a row whose middle is at `y`. */
function drawLimit(
  limit: TaskLimit,
  placement: Placement,
  x: (iso: string, edge?: 'start' | 'end') => number,
  y: number,
  span: number,
): string {
  const { width, rightMargin, labelWidth } = TIMELINE_LAYOUT;
  const title = `<title>${escapeHtml(describeLimit(limit))}</title>`;
  switch (placement.kind) {
    case 'bar': {
      const x0 = x(placement.first);
      const x1 = x(placement.last, 'end');
      // A bar over all the years shown is the background of the row's yearly bars: thinner.
      const long = dayNumber(placement.last) - dayNumber(placement.first) + 1 >= span * 0.9;
      const height = long ? 6 : 12;
      const classes = `tl-bar${long ? ' tl-span' : ''}${placement.clippedLeft ? ' tl-clipped-left' : ''}${placement.clippedRight ? ' tl-clipped-right' : ''}`;
      return `<rect class="${classes}" x="${x0.toFixed(1)}" y="${(y - height / 2).toFixed(1)}" width="${Math.max(2, x1 - x0 - 1).toFixed(1)}" height="${height}" rx="2">${title}</rect>`;
    }
    case 'mark': {
      const at = x(placement.day, 'end');
      return `<path class="tl-mark" d="M${at.toFixed(1)} ${y - 7}l6 7-6 7-6-7z">${title}</path>`;
    }
    case 'ticks':
      return `<g class="tl-ticks">${title}${placement.days
        .map((day) => {
          const at = x(day, 'end').toFixed(1);
          return `<line x1="${at}" y1="${y - 7}" x2="${at}" y2="${y + 7}"/>`;
        })
        .join('')}</g>`;
    case 'beyond': {
      const at = width - rightMargin + 4;
      return `<g class="tl-beyond">${title}<path d="M${at} ${y - 6}l9 6-9 6z"/><text x="${at + 12}" y="${y + 4}">${placement.day.slice(0, 4)}</text></g>`;
    }
    case 'before': {
      const at = labelWidth + 2;
      return `<g class="tl-beyond">${title}<path d="M${at + 9} ${y - 6}l-9 6 9 6z"/></g>`;
    }
    default:
      return '';
  }
}

/**
 * Draws the timeline of some tasks over a domain: an SVG with `role="img"`, its title and
 * description (the text alternative; the page lists the same limits in a table).
 *
 * @example
 * drawTimeline(rows, { start: '2023-01-01', end: '2023-12-31' }, { id: 'timeline', title: '…', description: '…' })
 */
export function drawTimeline(
  rows: TimelineRow[],
  domain: TimeDomain,
  text: { id: string; title: string; description: string },
): string {
  const { width, labelWidth, rightMargin, top, rowHeight, bottom, labelColumns } = TIMELINE_LAYOUT;
  const left = labelWidth + 10;
  const right = width - rightMargin;
  const height = top + rows.length * rowHeight + bottom;
  const x = timeScale(domain, left, right);
  const span = dayNumber(domain.end) - dayNumber(domain.start) + 1;
  const parts: string[] = [];
  // The axis: a grid line per tick, labels above.
  for (const tick of timeTicks(domain)) {
    const at = x(tick.date).toFixed(1);
    parts.push(
      `<line class="tl-grid${tick.major ? ' tl-major' : ''}" x1="${at}" y1="${top - 6}" x2="${at}" y2="${height - bottom}"/>`,
    );
    if (tick.label)
      parts.push(
        `<text class="tl-tick" x="${(Number(at) + 3).toFixed(1)}" y="${top - 12}">${escapeHtml(tick.label)}</text>`,
      );
  }
  parts.push(`<line class="tl-grid tl-major" x1="${right}" y1="${top - 6}" x2="${right}" y2="${height - bottom}"/>`);
  rows.forEach((row, index) => {
    const y = top + index * rowHeight + rowHeight / 2;
    if (index % 2 === 1)
      parts.push(`<rect class="tl-zebra" x="0" y="${y - rowHeight / 2}" width="${width}" height="${rowHeight}"/>`);
    parts.push(
      `<a href="${escapeHtml(row.href)}"><text class="tl-label" x="4" y="${y + 4}"><title>${escapeHtml(row.title)}</title>${escapeHtml(truncate(row.label, labelColumns))}</text></a>`,
    );
    // Longer bars first, so that the shorter ones lie on them.
    const placed = row.limits
      .map((limit) => ({ limit, placement: placeLimit(limit, domain) }))
      .sort((a, b) => extent(b.placement) - extent(a.placement));
    for (const { limit, placement } of placed) parts.push(drawLimit(limit, placement, x, y, span));
  });
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${text.id}-title ${text.id}-desc">` +
    `<title id="${text.id}-title">${escapeHtml(text.title)}</title><desc id="${text.id}-desc">${escapeHtml(text.description)}</desc>` +
    parts.join('') +
    '</svg>'
  );
}

/** How long a placement is drawn, to lay the long bars under the short. */
function extent(placement: Placement): number {
  return placement.kind === 'bar' ? dayNumber(placement.last) - dayNumber(placement.first) : -1;
}
