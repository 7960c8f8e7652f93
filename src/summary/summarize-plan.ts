/**
 * The plan summary: every task of a plan (a section without subsections, or a row of a task
 * table) with its responsible units, its time limits and its initiatives, and the outline with
 * what falls under each section. It runs the library's passes (deadlines, initiatives, responsible
 * units) and joins what they give by position; it reads nothing they read itself, so what they
 * learn reaches every view.
 */
import type { Attachment, BodyContent, Document, DiagnosticCode, RootContent, Section } from '../types.js';
import { sourceOf } from '../source-of.js';
import { extractDeadlines, responsibleOfSection, type Deadline } from '../passes/extract-deadlines.js';
import { extractInitiatives, type Initiative } from '../passes/extract-initiatives.js';
import { readResponsibleInProse, splitUnitList } from '../passes/read-responsible.js';
import { readTaskTables, type TaskTable, type TaskTableRow } from './read-task-tables.js';
import type {
  OutlineContainer,
  OutlineSection,
  PlanInitiative,
  PlanSummary,
  Task,
  TaskLimit,
  TaskResponsible,
} from './plan-summary.js';

/**
 * Options of summarizePlan: the source (for a tree read back from JSON) and the year or day
 * relative limits count from, as for `extractDeadlines`.
 *
 * @example
 * summarizePlan(tree, { referenceYear: 2024 })
 */
export interface SummaryOptions {
  source?: string;
  referenceYear?: number;
  referenceDate?: string;
}

/**
 * Kinds the initiatives pass keeps apart from initiatives (slogans, plan periods): listed in the
 * summary with their kind, but neither counted nor given to tasks as initiatives.
 */
const NOT_INITIATIVES = new Set<string>(['formulation', 'period']);

/** The numbering diagnostics an outline marks on a heading. */
const NUMBERING_CODES = new Set<DiagnosticCode>([
  'numbering-gap',
  'duplicate-marker',
  'numbering-reversal',
  'level-skipped',
]);

/** A container of sections: the document's body, or an attachment with its number. */
interface Container {
  attachment: Attachment | null;
  number: number | null;
  nodes: Array<RootContent | BodyContent>;
  start: number;
  end: number;
}

function containersOf(document: Document): Container[] {
  const attachments = document.children.filter((node): node is Attachment => node.type === 'attachment');
  return [
    {
      attachment: null,
      number: null,
      nodes: document.children.filter((node) => node.type !== 'attachment'),
      start: document.position.start.offset,
      end: document.position.end.offset,
    },
    ...attachments.map((attachment, index) => ({
      attachment,
      number: attachment.index ?? index + 1,
      nodes: attachment.children,
      start: attachment.position.start.offset,
      end: attachment.position.end.offset,
    })),
  ];
}

/** Offsets sorted, to count those in a span by two binary searches. */
function counter(offsets: number[]): (start: number, end: number) => number {
  const sorted = Float64Array.from(offsets).sort();
  const lowerBound = (value: number) => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] < value) low = middle + 1;
      else high = middle;
    }
    return low;
  };
  return (start, end) => lowerBound(end) - lowerBound(start);
}

function taskId(number: number | null, id: string): string {
  return number === null ? id : `附件${number}:${id}`;
}

function ownText(section: Section): string {
  return section.children
    .filter((child) => child.type === 'paragraph')
    .map((child) => (child.type === 'paragraph' ? child.text : ''))
    .join('\n');
}

/** The units of one table cell: names split when the cell names only units, else the cell as written. */
function unitsOfCell(text: string): string[] {
  if (text === '') return [];
  return splitUnitList(text) ?? [text];
}

function responsibleOfRow(table: TaskTable, row: TaskTableRow): TaskResponsible | null {
  const units = { lead: [] as string[], others: [] as string[], implementers: [] as string[] };
  const written: string[] = [];
  for (const cell of row.cells) {
    const role = table.columns[cell.column].role;
    if (role !== 'lead' && role !== 'others' && role !== 'implementers') continue;
    units[role].push(...unitsOfCell(cell.text));
    if (cell.text) written.push(`${table.columns[cell.column].text}：${cell.text}`);
  }
  if (written.length === 0) return null;
  return { ...units, from: 'table', text: written.join('；') };
}

/** A task's units from its own prose (区规划资源局负责……, 由街镇负责……), when no note names them. */
function responsibleOfProse(section: Section): TaskResponsible | null {
  const found = readResponsibleInProse([section.heading, ownText(section)]);
  if (!found) return null;
  return {
    lead: found.lead ? [found.lead] : [],
    others: found.others,
    implementers: [],
    from: 'text',
    text: found.text,
  };
}

/** A task's units from the notes of the library's pass: its own, else its sections', innermost first. */
function responsibleOfPath(path: Section[]): TaskResponsible | null {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const found = responsibleOfSection(path[depth]);
    if (found) {
      return {
        lead: found.lead ? [found.lead] : [],
        others: found.others,
        implementers: [],
        from: 'note',
        text: found.text,
      };
    }
  }
  return null;
}

function limitOfDeadline(deadline: Deadline, from: TaskLimit['from']): TaskLimit {
  return {
    text: deadline.text,
    kind: deadline.kind,
    start: deadline.start,
    end: deadline.end,
    date: deadline.date,
    time: deadline.time,
    recurrence: deadline.recurrence,
    anchor: deadline.anchor,
    resolvedBy: deadline.resolvedBy,
    from,
    role: deadline.role,
    item: null,
    line: deadline.position.start.line,
    position: deadline.position,
  };
}

/** The limits a task table gives a row: the periods its columns are dated with, and carried limit cells. */
function limitsOfRow(table: TaskTable, row: TaskTableRow, deadlines: Deadline[], task: Task): TaskLimit[] {
  const limits: TaskLimit[] = [];
  for (const cell of row.cells) {
    const column = table.columns[cell.column];
    if (column.period && (cell.text !== '' || column.role === 'task')) {
      limits.push({
        ...column.period,
        text: column.text,
        from: cell.carried ? 'carried' : 'column',
        role: null,
        item: column.role === 'task' ? null : cell.text,
        line: cell.carried || cell.lines.length === 0 ? task.line : cell.lines[0],
        position: cell.carried || !cell.position ? task.position : cell.position,
      });
    }
    // A limit cell merged over rows: the deadlines of the row above's cell hold here too.
    if (column.role === 'limit' && cell.carried) {
      const lines = new Set(cell.lines);
      for (const deadline of deadlines) {
        if (lines.has(deadline.position.start.line)) limits.push(limitOfDeadline(deadline, 'carried'));
      }
    }
  }
  return limits;
}

function earliestAndLatest(limits: TaskLimit[]): { earliest: string | null; latest: string | null } {
  let earliest: string | null = null;
  let latest: string | null = null;
  for (const limit of limits) {
    // A limit or a target falls on its day (its start is only the day it was set: the plan's date).
    const point = limit.kind === 'deadline' || limit.kind === 'target';
    const first = point ? (limit.date ?? limit.end) : (limit.start ?? limit.date ?? limit.end);
    const last = limit.date ?? limit.end ?? limit.start;
    // --09-30 (a plan without a year) cannot be ordered with dated limits.
    if (first && !first.startsWith('--') && (earliest === null || first < earliest)) earliest = first;
    if (last && !last.startsWith('--') && (latest === null || last > latest)) latest = last;
  }
  return { earliest, latest };
}

/** What the outline counts: deadlines and initiative mentions by offset, numbering diagnostics by line. */
interface Counts {
  deadlines: (start: number, end: number) => number;
  initiatives: (start: number, end: number) => number;
  diagnosticsByLine: Map<number, DiagnosticCode[]>;
}

function emptyTask(fields: Pick<Task, 'id' | 'sectionId' | 'attachment' | 'path' | 'marker' | 'heading'>): Task {
  return {
    ...fields,
    text: '',
    line: 0,
    position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } },
    responsible: null,
    limits: [],
    earliest: null,
    latest: null,
    initiatives: [],
    table: null,
  };
}

/** The outline of a container's sections, adding each leaf section to `tasks` on the way. */
function outlineSections(container: Container, counts: Counts, tasks: Task[]): OutlineSection[] {
  const visit = (section: Section, path: Section[]): OutlineSection => {
    const subsections = section.children.filter((child): child is Section => child.type === 'section');
    const children = subsections.map((child) => visit(child, [...path, section]));
    const start = section.position.start.offset;
    const end = section.position.end.offset;
    const line = section.headingPosition.start.line;
    let id: string | null = null;
    if (subsections.length === 0) {
      id = taskId(container.number, section.id);
      tasks.push({
        ...emptyTask({
          id,
          sectionId: section.id,
          attachment: container.number,
          path: path.map((above) => ({ marker: above.marker, heading: above.heading })),
          marker: section.marker,
          heading: section.heading,
        }),
        text: ownText(section),
        line,
        position: section.position,
      });
    }
    const firstParagraph = section.children.find((child) => child.type === 'paragraph');
    return {
      id: section.id,
      marker: section.marker,
      heading: section.heading,
      text: section.heading === '' && firstParagraph ? firstParagraph.text.slice(0, 60) : '',
      level: section.level,
      line,
      taskId: id,
      deadlines: counts.deadlines(start, end),
      initiatives: counts.initiatives(start, end),
      diagnostics: counts.diagnosticsByLine.get(line) ?? [],
      children,
    };
  };
  return container.nodes.filter((node): node is Section => node.type === 'section').map((node) => visit(node, []));
}

/** The outline of each container: its sections, and what falls in its lead-in and in all of it. */
function outlineContainers(document: Document, containers: Container[], counts: Counts, tasks: Task[]) {
  return containers.map((container): OutlineContainer => {
    const sections = outlineSections(container, counts, tasks);
    // The body's span holds the attachments: what is in them is theirs.
    const attachments = container.attachment ? [] : containers.filter((other) => other.attachment !== null);
    const inside = (count: Counts['deadlines']) =>
      count(container.start, container.end) -
      attachments.reduce((sum, other) => sum + count(other.start, other.end), 0);
    const deadlines = inside(counts.deadlines);
    const initiatives = inside(counts.initiatives);
    return {
      attachment: container.number,
      title: container.attachment?.title ?? document.meta.title,
      line: (container.attachment ?? document).position.start.line,
      leadIn: {
        deadlines: deadlines - sections.reduce((sum, section) => sum + section.deadlines, 0),
        initiatives: initiatives - sections.reduce((sum, section) => sum + section.initiatives, 0),
      },
      deadlines,
      initiatives,
      sections,
    };
  });
}

/** A task's row in a task table. */
type RowOfTask = Map<Task, { table: TaskTable; row: TaskTableRow }>;

/** Tasks for the rows of task tables that are not numbered sections (each noted in `rowOf`). */
function rowTasks(tables: TaskTable[], numberOf: Map<Attachment | null, number | null>, rowOf: RowOfTask): Task[] {
  return tables.flatMap((table) => {
    const number = numberOf.get(table.attachment) ?? null;
    return table.rows.flatMap((row, index) => {
      if (row.section) return [];
      const textOf = (roles: string[]) =>
        row.cells
          .filter((cell) => roles.includes(table.columns[cell.column].role) && cell.text !== '')
          .map((cell) => cell.text);
      const task: Task = {
        ...emptyTask({
          id: taskId(number, `r${index + 1}`),
          sectionId: null,
          attachment: number,
          path: row.groups.map((group) => ({ marker: '', heading: group })),
          marker: '',
          heading: textOf(['task'])[0] ?? '',
        }),
        text: textOf(['text', 'year']).join('\n'),
        line: row.line,
        position: row.position,
      };
      rowOf.set(task, { table, row });
      return [task];
    });
  });
}

/** The task whose span holds an offset (spans sorted and disjoint), or null. */
function findTask(spans: Task[], offset: number): Task | null {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (spans[middle].position.end.offset <= offset) low = middle + 1;
    else if (spans[middle].position.start.offset > offset) high = middle - 1;
    else return spans[middle];
  }
  return null;
}

/** Gives each task the deadlines and initiatives in its span; the plan's initiatives with their places. */
function joinPasses(
  tasks: Task[],
  deadlines: Deadline[],
  initiatives: Initiative[],
  containerAt: (offset: number) => number | null,
): { outside: number; planInitiatives: PlanInitiative[] } {
  let outside = 0;
  for (const deadline of deadlines) {
    const task = findTask(tasks, deadline.position.start.offset);
    if (task) task.limits.push(limitOfDeadline(deadline, 'text'));
    else outside++;
  }
  const planInitiatives = initiatives.map((initiative): PlanInitiative => {
    const places = initiative.occurrences.map((occurrence) => {
      const task = findTask(tasks, occurrence.position.start.offset);
      const counted = !NOT_INITIATIVES.has(initiative.kind);
      if (task && counted && !task.initiatives.some((known) => known.key === initiative.key)) {
        task.initiatives.push({ key: initiative.key, name: initiative.name, kind: initiative.kind });
      }
      return {
        taskId: task?.id ?? null,
        sectionId: occurrence.sectionId,
        attachment: containerAt(occurrence.position.start.offset),
        line: occurrence.position.start.line,
      };
    });
    const { key, name, kind, count } = initiative;
    return { key, name, kind, count, places };
  });
  return { outside, planInitiatives };
}

/** Every section of the containers by task id, with the sections above it. */
function sectionPaths(containers: Container[]): Map<string, Section[]> {
  const paths = new Map<string, Section[]>();
  for (const container of containers) {
    const walk = (nodes: Array<RootContent | BodyContent>, path: Section[]) => {
      for (const node of nodes) {
        if (node.type !== 'section') continue;
        paths.set(taskId(container.number, node.id), [...path, node]);
        walk(node.children, [...path, node]);
      }
    };
    walk(container.nodes, []);
  }
  return paths;
}

/** Units, and for table rows their cells and dated columns; then each task's earliest and latest limit. */
function completeTasks(
  tasks: Task[],
  containers: Container[],
  tables: TaskTable[],
  deadlines: Deadline[],
  rowOf: RowOfTask,
): void {
  const rowOfSection = new Map<Section, { table: TaskTable; row: TaskTableRow }>();
  for (const table of tables)
    for (const row of table.rows) if (row.section) rowOfSection.set(row.section, { table, row });
  const paths = sectionPaths(containers);
  for (const task of tasks) {
    const path = task.sectionId === null ? undefined : paths.get(task.id);
    const tableRow = path ? rowOfSection.get(path[path.length - 1]) : rowOf.get(task);
    if (tableRow) {
      const { table, row } = tableRow;
      task.responsible = responsibleOfRow(table, row);
      task.limits.push(...limitsOfRow(table, row, deadlines, task));
      task.table = {
        line: table.line,
        cells: row.cells.map((cell) => ({
          column: table.columns[cell.column].text,
          role: table.columns[cell.column].role,
          text: cell.text,
          line: cell.carried ? null : (cell.lines[0] ?? null),
          carried: cell.carried,
        })),
      };
    } else if (path) {
      task.responsible = responsibleOfPath(path) ?? responsibleOfProse(path[path.length - 1]);
    }
    task.limits.sort((a, b) => a.position.start.offset - b.position.start.offset);
    Object.assign(task, earliestAndLatest(task.limits));
  }
}

function summaryMeta(document: Document): PlanSummary['meta'] {
  const { title, genre, issuerMark, signatory, date, addressees, attachments, year, yearSource } = document.meta;
  const docNumber = document.meta.docNumber?.raw ?? null;
  return { title, genre, issuerMark, signatory, docNumber, date, addressees, attachments, year, yearSource };
}

/** Numbering diagnostics by the line they are on. */
function numberingDiagnostics(document: Document): Map<number, DiagnosticCode[]> {
  const byLine = new Map<number, DiagnosticCode[]>();
  for (const diagnostic of document.diagnostics) {
    if (!NUMBERING_CODES.has(diagnostic.code)) continue;
    const codes = byLine.get(diagnostic.position.start.line) ?? [];
    if (!codes.includes(diagnostic.code)) codes.push(diagnostic.code);
    byLine.set(diagnostic.position.start.line, codes);
  }
  return byLine;
}

/**
 * Summarises a plan: its tasks with units, limits and initiatives, and its outline with counts.
 *
 * @example
 * const summary = summarizePlan(parseCircular(readFileSync('plan.txt'), { name: 'plan.txt' }))
 * summary.tasks.filter((task) => task.responsible?.lead.includes('市科协'))
 */
export function summarizePlan(document: Document, options: SummaryOptions = {}): PlanSummary {
  // The library's passes, run once.
  const source = sourceOf(document, options.source)?.text;
  const { referenceYear, referenceDate } = options;
  const { deadlines, reference, omitted } = extractDeadlines(document, { source, referenceYear, referenceDate });
  const { initiatives } = extractInitiatives(document, { source });
  const tables = readTaskTables(document, { source });
  // The outline, and the tasks: leaf sections, then table rows that are not numbered.
  const containers = containersOf(document);
  const counts: Counts = {
    deadlines: counter(deadlines.map((deadline) => deadline.position.start.offset)),
    initiatives: counter(
      initiatives
        .filter((one) => !NOT_INITIATIVES.has(one.kind))
        .flatMap((one) => one.occurrences.map((place) => place.position.start.offset)),
    ),
    diagnosticsByLine: numberingDiagnostics(document),
  };
  const sectionTasks: Task[] = [];
  const outline = outlineContainers(document, containers, counts, sectionTasks);
  const numberOf = new Map(containers.map((container) => [container.attachment, container.number]));
  const rowOf: RowOfTask = new Map();
  const rows = rowTasks(tables, numberOf, rowOf);
  // A section that holds unnumbered rows is their container, not a task of its own.
  const rowStarts = rows.map((row) => row.position.start.offset).sort((a, b) => a - b);
  const holdsRows = (task: Task) => {
    let low = 0;
    let high = rowStarts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (rowStarts[middle] < task.position.start.offset) low = middle + 1;
      else high = middle;
    }
    return low < rowStarts.length && rowStarts[low] < task.position.end.offset;
  };
  const tasks = [...sectionTasks.filter((task) => !holdsRows(task)), ...rows].sort(
    (a, b) => a.position.start.offset - b.position.start.offset,
  );
  // What the passes found, joined by position; then units and table cells.
  // The attachment an offset is in (attachments are in order and apart), or null for the body.
  const attachments = containers.filter((one) => one.attachment !== null);
  const containerAt = (offset: number) => {
    let low = 0;
    let high = attachments.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (attachments[middle].end <= offset) low = middle + 1;
      else if (attachments[middle].start > offset) high = middle - 1;
      else return attachments[middle].number;
    }
    return null;
  };
  const { outside, planInitiatives } = joinPasses(tasks, deadlines, initiatives, containerAt);
  completeTasks(tasks, containers, tables, deadlines, rowOf);
  // The plan, as kepu diff takes it: the first attachment with sections, else the body.
  const plan = containers.find((one) => one.attachment && one.nodes.some((node) => node.type === 'section'));
  return {
    kepuVersion: 1,
    file: document.source.name,
    meta: summaryMeta(document),
    planAttachment: plan?.number ?? null,
    planTitle: plan?.attachment?.title ?? null,
    reference,
    containers: outline,
    tasks,
    initiatives: planInitiatives,
    tables: tables.map((table) => ({
      attachment: numberOf.get(table.attachment) ?? null,
      line: table.line,
      columns: table.columns.map((column) => ({ text: column.text, role: column.role })),
      rows: table.rows.length,
    })),
    deadlinesOutsideTasks: outside,
    omittedTimeReferences: omitted,
  };
}
