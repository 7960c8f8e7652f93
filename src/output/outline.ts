/**
 * `kepu outline`: a plan's hierarchy for the terminal, one line a section (marker and heading,
 * cut to the width), with the deadlines and initiative mentions under each and its numbering
 * diagnostics marked; or the same outline as JSON.
 */
import type { OutlineContainer, OutlineSection, PlanSummary } from '../summary/plan-summary.js';
import { displayWidth } from '../display-width.js';
import { truncate } from './table.js';
import { createPainter } from './painter.js';
import type { OutputFormatOf } from './output-formats.js';

/**
 * Options of the outline writers: how deep, how wide, and whether to colour.
 *
 * @example
 * const options: OutlineOptions = { levels: 2, width: 100, color: false }
 */
export interface OutlineOptions {
  /** Sections down to this level (1: the top level only); all by default. */
  levels?: number;
  /** Columns of a line. */
  width: number;
  color?: boolean;
}

/** The counts' columns: their headers and widths. */
const COUNT_COLUMNS = [
  ['limits', 6],
  ['initiatives', 11],
] as const;
const COUNTS_WIDTH = COUNT_COLUMNS.reduce((sum, [, width]) => sum + 2 + width, 0);

function count(value: number, width: number): string {
  const text = value === 0 ? '·' : String(value);
  return ' '.repeat(Math.max(0, width - text.length)) + text;
}

/** One line: the label cut and padded to the width left by the counts, the counts, the marks. */
function line(label: string, counts: [number, number], width: number, marks: string): string {
  const room = Math.max(12, width - COUNTS_WIDTH);
  const cut = truncate(label, room);
  return (
    cut +
    ' '.repeat(room - displayWidth(cut)) +
    COUNT_COLUMNS.map(([, columnWidth], index) => '  ' + count(counts[index], columnWidth)).join('') +
    marks
  );
}

function containerLabel(container: OutlineContainer): string {
  return container.attachment === null ? '正文 (body)' : `附件${container.attachment} ${container.title ?? ''}`.trim();
}

/** The outline of one plan as lines of text. */
function outlineLines(summary: PlanSummary, options: OutlineOptions): string[] {
  const paint = createPainter(options.color === true);
  const lines: string[] = [];
  const visit = (section: OutlineSection, depth: number) => {
    if (options.levels !== undefined && section.level > options.levels) return;
    const label = '  '.repeat(depth) + section.marker + (section.heading || section.text);
    const marks = section.diagnostics.length > 0 ? '  ' + paint.yellow(`! ${section.diagnostics.join(', ')}`) : '';
    const text = line(label, [section.deadlines, section.initiatives], options.width, marks);
    lines.push(section.level === 1 ? paint.bold(text) : text);
    for (const child of section.children) visit(child, depth + 1);
  };
  for (const container of summary.containers) {
    // The letter of a forwarded plan: one line, what falls in it counted.
    lines.push(
      paint.bold(line(containerLabel(container), [container.deadlines, container.initiatives], options.width, '')),
    );
    if (container.sections.length > 0 && container.leadIn.deadlines + container.leadIn.initiatives > 0) {
      lines.push(
        paint.dim(line('  (lead-in)', [container.leadIn.deadlines, container.leadIn.initiatives], options.width, '')),
      );
    }
    for (const section of container.sections) visit(section, 1);
  }
  return lines;
}

/** The header of one plan: its file, its title, its year. */
function outlineHeader(summary: PlanSummary, options: OutlineOptions): string[] {
  const paint = createPainter(options.color === true);
  const title = summary.planTitle ?? summary.meta.title;
  const year = summary.meta.year !== null ? ` (${summary.meta.year})` : '';
  const head = line('', [0, 0], options.width, '').replace(/\S/g, ' ');
  const columns = COUNT_COLUMNS.map(([name, width]) => '  ' + ' '.repeat(width - name.length) + name).join('');
  return [
    paint.bold(summary.file),
    ...(title ? [truncate(`${title}${year}`, options.width)] : []),
    paint.dim(head.slice(0, head.length - COUNTS_WIDTH) + columns),
  ];
}

/** The closing line of one plan: how many tasks, with units, with limits. */
function outlineFooter(summary: PlanSummary): string {
  const tasks = summary.tasks;
  const withUnits = tasks.filter((task) => task.responsible).length;
  const withLimits = tasks.filter((task) => task.limits.length > 0).length;
  const tables =
    summary.tables.length > 0
      ? `; ${summary.tables.reduce((sum, table) => sum + table.rows, 0)} rows of task tables read`
      : '';
  return `${tasks.length} tasks (kepu tasks lists them), ${withUnits} with units, ${withLimits} with time limits${tables}`;
}

/**
 * The writers of `kepu outline`: text for the terminal, and JSON (the outline of the plan summary).
 *
 * @example
 * OUTLINE_WRITERS.text([summarizePlan(tree)], { width: 100 })
 */
export const OUTLINE_WRITERS: Record<
  OutputFormatOf<'outline'>,
  (summaries: PlanSummary[], options: OutlineOptions) => string
> = {
  text: (summaries, options) =>
    summaries
      .map((summary) =>
        [...outlineHeader(summary, options), ...outlineLines(summary, options), outlineFooter(summary)].join('\n'),
      )
      .join('\n\n') + '\n',
  json: (summaries, options) => {
    const prune = (sections: OutlineSection[]): OutlineSection[] =>
      sections
        .filter((section) => options.levels === undefined || section.level <= options.levels)
        .map((section) => ({ ...section, children: prune(section.children) }));
    const outlines = summaries.map((summary) => ({
      file: summary.file,
      title: summary.meta.title,
      planTitle: summary.planTitle,
      year: summary.meta.year,
      containers: summary.containers.map((container) => ({ ...container, sections: prune(container.sections) })),
    }));
    return JSON.stringify(outlines.length === 1 ? outlines[0] : outlines, null, 2) + '\n';
  },
};
