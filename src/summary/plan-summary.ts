/**
 * The shape of a plan summary: every task of a plan with its units, its time limits and its
 * initiatives, and the plan's outline with what falls under each section. `summarizePlan` makes
 * it; `kepu outline`, `kepu tasks` and `kepu report` are views of it; `schemas/summary.schema.json`
 * describes the same JSON.
 */
import type { DiagnosticCode, DocumentMeta, Position } from '../types.js';
import type { TimeValue } from '../time/parse-time.js';
import type { InitiativeKind } from '../passes/initiative-kinds.js';
import type { DeadlineList, DeadlineRole } from '../passes/extract-deadlines.js';
import type { ColumnRole } from './table-columns.js';

/**
 * Who a task names as responsible: the lead units (several when a 牵头 cell names joint leads),
 * the partners (配合), and, in a task table, who carries it out (实施主体).
 *
 * @example
 * task.responsible // { lead: ['设施养护处'], others: ['市道运中心'], implementers: ['市道运中心'], from: 'table', … }
 */
export interface TaskResponsible {
  lead: string[];
  others: string[];
  implementers: string[];
  /**
   * Where they were read: a note after the item (（牵头单位：…）), the unit cells of a task table, or the item's own
   * text (区规划资源局负责……, 由街镇负责……) when neither names them.
   */
  from: 'note' | 'table' | 'text';
  /** The note or the cells as written. */
  text: string;
}

/**
 * A time limit of a task: a deadline the deadline pass found in its text, or the period a task
 * table's column dates it with (2024年工作项目 → 2024), with the cell's text as what is due.
 *
 * @example
 * task.limits[0] // { text: '9月底前', kind: 'deadline', date: '2023-09-30', from: 'text', line: 12, … }
 */
export interface TaskLimit extends TimeValue {
  /** The expression as written, or the column's header. */
  text: string;
  /**
   * text: found in the task's text; column: a table column that dates the task (2024年工作项目);
   * carried: a merged cell of the row above.
   */
  from: 'text' | 'column' | 'carried';
  /** For a deadline of the text: why the deadline pass lists it (always `action` unless asked for all). */
  role: DeadlineRole | null;
  /** For a column: the cell's text, what is due in that period. */
  item: string | null;
  line: number;
  position: Position;
}

/**
 * A named initiative as a task names it.
 *
 * @example
 * task.initiatives[0] // { key: '全国科普日', name: '全国科普日', kind: 'event' }
 */
export interface TaskInitiative {
  key: string;
  name: string;
  kind: InitiativeKind;
}

/**
 * A cell of a task table, as read for a task.
 *
 * @example
 * task.table?.cells[0]
 * // { column: '重点任务（2024-2026）', role: 'task', text: '（1）建设精品道路300条。', line: 128, carried: false }
 */
export interface TaskCell {
  column: string;
  role: ColumnRole;
  text: string;
  /** The first line it was written on; null when carried from the row above or empty. */
  line: number | null;
  carried: boolean;
}

/**
 * One task of a plan: a section without subsections (or a row of a task table), with its units,
 * time limits and initiatives.
 *
 * @example
 * summarizePlan(tree).tasks[0] // { id: '附件1:1.1', heading: '…', responsible: {…}, limits: […], … }
 */
export interface Task {
  /** Unique in the plan: the section id, after `附件N:` inside an attachment. */
  id: string;
  /** The section's dotted id inside its container; null for a table row that is not numbered. */
  sectionId: string | null;
  /** The attachment's number (its 附件 index, else its place among the attachments), or null for the body. */
  attachment: number | null;
  /** The sections above it, outermost first (for a table row: its group cells, as sections when numbered). */
  path: Array<{ marker: string; heading: string }>;
  marker: string;
  heading: string;
  /** Its own text (paragraphs joined by line breaks), heading excluded. */
  text: string;
  line: number;
  position: Position;
  responsible: TaskResponsible | null;
  limits: TaskLimit[];
  /** The earliest day any of its dated limits starts or falls on (ISO 8601), or null. */
  earliest: string | null;
  /** The latest day any of its dated limits ends on, or null. */
  latest: string | null;
  initiatives: TaskInitiative[];
  /** For a row of a task table: its cells, column by column. */
  table: { line: number; cells: TaskCell[] } | null;
}

/**
 * A section in the outline, with how many deadlines and initiative mentions fall under it.
 *
 * @example
 * summary.containers[1].sections[0]
 * // { id: '1', marker: '一、', heading: '…', deadlines: 2, initiatives: 5, children: […] }
 */
export interface OutlineSection {
  id: string;
  marker: string;
  heading: string;
  /** The first words of its text, for a section whose heading is empty (a bare （一） line). */
  text: string;
  level: number;
  line: number;
  /** The task it is, when it is one. */
  taskId: string | null;
  /** Deadlines (actions) in its whole span, subsections included. */
  deadlines: number;
  /** Initiative mentions in its whole span (formulations and plan periods, which the pass keeps apart, not counted). */
  initiatives: number;
  /** Numbering diagnostics on its heading line (numbering-gap, duplicate-marker …). */
  diagnostics: DiagnosticCode[];
  children: OutlineSection[];
}

/**
 * The document's body or one of its attachments, as the outline shows it.
 *
 * @example
 * summary.containers.map((container) => container.title) // [null, '2023年科普工作要点']
 */
export interface OutlineContainer {
  /** Null for the document's body (the letter); else the attachment's number. */
  attachment: number | null;
  title: string | null;
  line: number;
  /** Deadlines and initiative mentions before its first section (the lead-in). */
  leadIn: { deadlines: number; initiatives: number };
  deadlines: number;
  initiatives: number;
  sections: OutlineSection[];
}

/**
 * An initiative of the plan, with the tasks and sections that name it. The plan's initiatives list
 * every kind the initiatives pass gives, formulations and plan periods included (by their kind);
 * tasks and counts leave those two out.
 *
 * @example
 * summary.initiatives[0] // { key: '全国科普日', name: '全国科普日', kind: 'event', count: 2, places: […] }
 */
export interface PlanInitiative {
  key: string;
  name: string;
  kind: InitiativeKind;
  count: number;
  places: Array<{ taskId: string | null; sectionId: string | null; attachment: number | null; line: number }>;
}

/**
 * A task table kepu read (a 任务分工表 written one cell a line): where, its columns, how many rows.
 *
 * @example
 * summary.tables[0] // { attachment: 2, line: 96, columns: [{ text: '牵头部门', role: 'lead' }, …], rows: 35 }
 */
export interface SummaryTable {
  attachment: number | null;
  line: number;
  columns: Array<{ text: string; role: ColumnRole }>;
  rows: number;
}

/**
 * Everything the views of a plan show: who must do what by when.
 *
 * @example
 * const summary: PlanSummary = summarizePlan(parseCircular(text))
 */
export interface PlanSummary {
  kepuVersion: 1;
  /** The file name the tree was read from. */
  file: string;
  meta: Pick<
    DocumentMeta,
    'title' | 'genre' | 'issuerMark' | 'signatory' | 'date' | 'addressees' | 'attachments' | 'year' | 'yearSource'
  > & { docNumber: string | null };
  /**
   * The plan a letter forwards, as `kepu diff` takes it: the first attachment with sections (its
   * number and title); null when there is none and the body is the plan.
   */
  planAttachment: number | null;
  planTitle: string | null;
  /** What relative dates were resolved against (as the deadline pass says). */
  reference: DeadlineList['reference'];
  containers: OutlineContainer[];
  tasks: Task[];
  initiatives: PlanInitiative[];
  tables: SummaryTable[];
  /** Deadlines of the plan in no task (the lead-in, a parent's own text). */
  deadlinesOutsideTasks: number;
  /** Time references the deadline pass leaves out, not being limits (cited titles, labels, the plan's own year). */
  omittedTimeReferences: number;
}
