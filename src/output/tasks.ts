/**
 * `kepu tasks`: the task breakdown of plans (任务分工表), one row a task — its id, heading, lead
 * and partner units, earliest and latest limit, every limit, initiatives, line — as a table, CSV,
 * JSON (the plan summary) or NDJSON; and pivoted by unit (`--by unit`), one row a unit with the
 * tasks it leads, supports and carries out.
 */
import type { PlanSummary, Task, TaskLimit } from '../summary/plan-summary.js';
import { unitLoads, type UnitLoad } from '../summary/unit-loads.js';
import { csvTable } from './to-csv.js';
import { renderTable } from './table.js';
import { createPainter } from './painter.js';
import type { OutputFormatOf } from './output-formats.js';

/**
 * Options of the task writers: the format, whether pivoted by unit, colour.
 *
 * @example
 * const options: TasksOptions = { format: 'csv', by: 'unit' }
 */
export interface TasksOptions {
  format: OutputFormatOf<'tasks'>;
  /** `unit`: one row a unit instead of one a task. */
  by?: 'task' | 'unit';
  color?: boolean;
}

/** A limit in a line: its text and when (9月底前 2023-09-30; 2024年工作项目 2024-01-01..2024-12-31). */
export function limitText(limit: TaskLimit): string {
  const when =
    limit.kind === 'recurring'
      ? (limit.recurrence ?? 'recurring')
      : limit.date
        ? limit.date
        : limit.start && limit.end
          ? `${limit.start}..${limit.end}`
          : (limit.start ?? limit.end ?? 'no day');
  return `${limit.text} ${when}${limit.from === 'carried' ? ' (merged cell)' : ''}`;
}

function units(list: string[] | undefined): string {
  return (list ?? []).join('、');
}

/** The CSV columns of a task row. */
const TASK_COLUMNS: Array<[string, (file: string, task: Task) => string | number | null]> = [
  ['file', (file) => file],
  ['id', (_, task) => task.id],
  ['attachment', (_, task) => task.attachment],
  ['section', (_, task) => task.sectionId],
  ['path', (_, task) => task.path.map((step) => step.marker + step.heading).join(' / ')],
  ['marker', (_, task) => task.marker],
  ['heading', (_, task) => task.heading],
  ['lead', (_, task) => units(task.responsible?.lead)],
  ['others', (_, task) => units(task.responsible?.others)],
  ['implementers', (_, task) => units(task.responsible?.implementers)],
  ['units_from', (_, task) => task.responsible?.from ?? null],
  ['earliest', (_, task) => task.earliest],
  ['latest', (_, task) => task.latest],
  ['limits', (_, task) => task.limits.map(limitText).join('; ')],
  ['initiatives', (_, task) => task.initiatives.map((item) => item.name).join('、')],
  ['line', (_, task) => task.line],
];

/** The CSV columns of a unit row. */
const UNIT_COLUMNS: Array<[string, (file: string, load: UnitLoad) => string | number]> = [
  ['file', (file) => file],
  ['unit', (_, load) => load.unit],
  ['tasks', (_, load) => new Set([...load.lead, ...load.others, ...load.implementers]).size],
  ['lead', (_, load) => load.lead.length],
  ['others', (_, load) => load.others.length],
  ['implementers', (_, load) => load.implementers.length],
  ['lead_tasks', (_, load) => load.lead.join(' ')],
  ['others_tasks', (_, load) => load.others.join(' ')],
  ['implementer_tasks', (_, load) => load.implementers.join(' ')],
];

/**
 * A writer of task breakdowns in one format.
 *
 * @example
 * const writer: TaskWriter = TASK_WRITERS.unit.csv
 */
export type TaskWriter = (summaries: PlanSummary[], options: TasksOptions) => string;

function taskTable(summaries: PlanSummary[], options: TasksOptions): string {
  const many = summaries.length > 1;
  const paint = createPainter(options.color === true);
  const header = [
    ...(many ? ['file'] : []),
    'id',
    'task',
    'lead',
    'others',
    'earliest',
    'latest',
    'limits',
    'initiatives',
    'line',
  ];
  const rows = summaries.flatMap((summary) =>
    summary.tasks.map((task) => [
      ...(many ? [summary.file] : []),
      task.id,
      task.marker + task.heading,
      units(task.responsible?.lead),
      units(task.responsible?.others),
      task.earliest ?? '',
      task.latest ?? '',
      task.limits.length === 0 ? '' : `${task.limits.length}: ${task.limits.map((limit) => limit.text).join(', ')}`,
      task.initiatives.map((item) => item.name).join('、'),
      String(task.line),
    ]),
  );
  const limits = [...(many ? [40] : []), 16, 28, 16, 20, 10, 10, 24, 20, 6];
  return renderTable(header, rows, {
    limits,
    paint: (column, text, row) => (row < 0 ? paint.bold(text) : column === (many ? 3 : 2) ? paint.cyan(text) : text),
  });
}

function unitTable(summaries: PlanSummary[], options: TasksOptions): string {
  const many = summaries.length > 1;
  const paint = createPainter(options.color === true);
  const header = [...(many ? ['file'] : []), 'unit', 'tasks', 'lead', 'others', 'implementers', 'leads'];
  const rows = summaries.flatMap((summary) =>
    unitLoads(summary).map((load) => [
      ...(many ? [summary.file] : []),
      load.unit,
      String(new Set([...load.lead, ...load.others, ...load.implementers]).size),
      String(load.lead.length),
      String(load.others.length),
      String(load.implementers.length),
      load.lead.join(' '),
    ]),
  );
  return renderTable(header, rows, {
    limits: [...(many ? [40] : []), 28, 5, 4, 6, 12, 40],
    paint: (_column, text, row) => (row < 0 ? paint.bold(text) : text),
  });
}

/**
 * The writers of `kepu tasks`, one a format: by task, and by unit (`--by unit`).
 *
 * @example
 * TASK_WRITERS.task.csv([summarizePlan(tree)], { format: 'csv' }) // '\ufefffile,id,…'
 */
export const TASK_WRITERS: Record<'task' | 'unit', Record<TasksOptions['format'], TaskWriter>> = {
  task: {
    table: taskTable,
    csv: (summaries) =>
      csvTable(
        TASK_COLUMNS.map(([name]) => name),
        summaries.flatMap((summary) =>
          summary.tasks.map((task) => TASK_COLUMNS.map(([, read]) => read(summary.file, task))),
        ),
      ),
    // The whole plan summary (schemas/summary.schema.json): one object for one file, an array for several.
    json: (summaries) => JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2) + '\n',
    ndjson: (summaries) =>
      summaries
        .flatMap((summary) => summary.tasks.map((task) => JSON.stringify({ file: summary.file, ...task }) + '\n'))
        .join(''),
  },
  unit: {
    table: unitTable,
    csv: (summaries) =>
      csvTable(
        UNIT_COLUMNS.map(([name]) => name),
        summaries.flatMap((summary) =>
          unitLoads(summary).map((load) => UNIT_COLUMNS.map(([, read]) => read(summary.file, load))),
        ),
      ),
    json: (summaries) => {
      const pivots = summaries.map((summary) => ({ file: summary.file, units: unitLoads(summary) }));
      return JSON.stringify(pivots.length === 1 ? pivots[0] : pivots, null, 2) + '\n';
    },
    ndjson: (summaries) =>
      summaries
        .flatMap((summary) => unitLoads(summary).map((load) => JSON.stringify({ file: summary.file, ...load }) + '\n'))
        .join(''),
  },
};

/**
 * Writes the task breakdown of summarised plans in a format, by task or by unit.
 *
 * @example
 * formatTasks([summarizePlan(tree)], { format: 'table' })
 */
export function formatTasks(summaries: PlanSummary[], options: TasksOptions): string {
  return TASK_WRITERS[options.by ?? 'task'][options.format](summaries, options);
}
