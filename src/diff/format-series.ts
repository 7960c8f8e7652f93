/** Writers for a series of plans: a table per format, one row per topic, one column per plan. */
import type { PlanSeries, SeriesCell } from './diff-series.js';

const MARK: Record<SeriesCell['status'], string> = { new: '+', changed: '~', same: '=', dropped: '-' };

/** A plan's column label: its year, else its file name without folders. */
function label(plan: PlanSeries['plans'][number]): string {
  return plan.year !== null ? String(plan.year) : plan.name.replace(/^.*[\\/]/, '');
}

/** A cell: the mark (none in the first plan, where everything is simply there) and the heading. */
function cellText(cell: SeriesCell | null, first: boolean): string {
  if (!cell) return '';
  if (cell.status === 'dropped') return '-';
  return `${first ? '' : `${MARK[cell.status]} `}${cell.ref.marker}${cell.ref.heading}`;
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
    series.plans
      .map((plan) => fit(label(plan)))
      .join(' ')
      .trimEnd(),
  ];
  for (const topic of series.topics) {
    lines.push(
      topic.cells
        .map((cell, index) => fit((topic.level > 1 ? '  ' : '') + cellText(cell, index === 0)))
        .join(' ')
        .trimEnd(),
    );
  }
  const counts = (status: SeriesCell['status']) =>
    series.topics.reduce((sum, topic) => sum + topic.cells.filter((cell) => cell?.status === status).length, 0);
  lines.push(
    '',
    `${series.topics.length} topics over ${series.plans.length} plans; marks: + new, ~ changed, = same, - dropped (${counts('new')} new, ${counts('changed')} changed, ${counts('dropped')} dropped)`,
  );
  return lines.join('\n') + '\n';
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\|*_`<>[\]]/g, (ch) => `\\${ch}`);
}

/** A Markdown table, for a pull-request comment or a report. */
export function formatSeriesMarkdown(series: PlanSeries): string {
  const lines = [
    `| ${series.plans.map((plan) => escapeMarkdown(label(plan))).join(' | ')} |`,
    `|${series.plans.map(() => '---').join('|')}|`,
  ];
  for (const topic of series.topics) {
    lines.push(`| ${topic.cells.map((cell, index) => escapeMarkdown(cellText(cell, index === 0))).join(' | ')} |`);
  }
  return lines.join('\n') + '\n\nMarks: + new, ~ changed, = same, - dropped.\n';
}

/** JSON: the plans, and each topic with its cells (the pairwise diffs are left out; diff two files for them). */
export function formatSeriesJson(series: PlanSeries): string {
  return JSON.stringify({ plans: series.plans, topics: series.topics }, null, 2) + '\n';
}
