/** Writers for a series of plans: a table per format, one row per topic, one column per plan. */
import type { PlanSeries, SeriesCell } from './diff-series.js';
import { shortestTails } from '../output/path-tails.js';

/** The mark of each status (none in the first plan, where everything is simply there). */
const MARK: Record<SeriesCell['status'], string> = {
  first: '',
  new: '+ ',
  changed: '~ ',
  same: '= ',
  gap: '',
  dropped: '',
};

/**
 * The plans' column labels: each plan's year, else the shortest tail of its file's path that tells
 * it from the others (…/2019.txt); a year two plans share gets the file too.
 */
export function planLabels(plans: PlanSeries['plans']): string[] {
  const tails = shortestTails(plans.map((plan) => plan.name));
  return plans.map((plan, index) => {
    if (plan.year === null) return tails[index];
    return plans.filter((other) => other.year === plan.year).length > 1
      ? `${plan.year} ${tails[index]}`
      : String(plan.year);
  });
}

/** A cell: the mark and the heading; `-` where the topic was dropped, `…` where it is missing for a year. */
function cellText(cell: SeriesCell | null): string {
  if (!cell) return '';
  if (cell.status === 'dropped') return '-';
  if (cell.status === 'gap') return '…';
  return `${MARK[cell.status]}${cell.ref.marker}${cell.ref.heading}`;
}

/** A text table: columns of the given width, headings cut to fit. */
export function formatSeriesText(series: PlanSeries, width = 28): string {
  const fit = (text: string) => {
    let out = '';
    let used = 0;
    for (const ch of text) {
      const w = ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
      if (used + w > width - 1) return out + '…' + ' '.repeat(Math.max(0, width - used - 1));
      out += ch;
      used += w;
    }
    return out + ' '.repeat(width - used);
  };
  const lines = [
    planLabels(series.plans)
      .map((label) => fit(label))
      .join(' ')
      .trimEnd(),
  ];
  for (const topic of series.topics) {
    lines.push(
      topic.cells
        .map((cell) => fit((topic.level > 1 ? '  ' : '') + cellText(cell)))
        .join(' ')
        .trimEnd(),
    );
  }
  const counts = (status: SeriesCell['status']) =>
    series.topics.reduce((sum, topic) => sum + topic.cells.filter((cell) => cell?.status === status).length, 0);
  lines.push(
    '',
    `${series.topics.length} topics over ${series.plans.length} plans; marks: + new, ~ changed, = same, … missing that year and back the next, - dropped (${counts('new')} new, ${counts('changed')} changed, ${counts('gap')} gaps, ${counts('dropped')} dropped)`,
  );
  return lines.join('\n') + '\n';
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\|*_`<>[\]]/g, (ch) => `\\${ch}`);
}

/** A Markdown table, for a pull-request comment or a report. */
export function formatSeriesMarkdown(series: PlanSeries): string {
  const lines = [
    `| ${planLabels(series.plans)
      .map((label) => escapeMarkdown(label))
      .join(' | ')} |`,
    `|${series.plans.map(() => '---').join('|')}|`,
  ];
  for (const topic of series.topics) {
    lines.push(`| ${topic.cells.map((cell) => escapeMarkdown(cellText(cell))).join(' | ')} |`);
  }
  return lines.join('\n') + '\n\nMarks: + new, ~ changed, = same, … missing that year and back the next, - dropped.\n';
}

/** JSON: the plans, and each topic with its cells (the pairwise diffs are left out; diff two files for them). */
export function formatSeriesJson(series: PlanSeries): string {
  return JSON.stringify({ plans: series.plans, topics: series.topics }, null, 2) + '\n';
}
