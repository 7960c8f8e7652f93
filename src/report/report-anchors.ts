/**
 * Where things are in the report: the id of each plan's sections, tasks and containers, so that
 * the timeline, the matrix, the initiatives and the series tables link into the outline. In a
 * report of several plans every id starts with the plan's prefix (p2-).
 */
import type { PlanSummary, Task } from '../summary/plan-summary.js';

/**
 * What the parts of one plan's report share: the ids' prefix, the level of their headings, and
 * the plan's tasks by id.
 *
 * @example
 * const context = reportContext(summary, '', 2)
 */
export interface ReportContext {
  summary: PlanSummary;
  /** '' for a report of one plan; 'p1-', 'p2-' … for several. */
  prefix: string;
  /** The level of the headings of the parts (2 in a report of one plan, 3 under each plan of several). */
  level: number;
  tasks: Map<string, Task>;
}

/** The context of one plan's report. */
export function reportContext(summary: PlanSummary, prefix: string, level: number): ReportContext {
  return { summary, prefix, level, tasks: new Map(summary.tasks.map((task) => [task.id, task])) };
}

/** A container's key in ids: b for the body, a2 for 附件2. */
function containerKey(attachment: number | null): string {
  return attachment === null ? 'b' : `a${attachment}`;
}

/** The id of a container's part of the outline. */
export function containerAnchor(context: ReportContext, attachment: number | null): string {
  return `${context.prefix}c-${containerKey(attachment)}`;
}

/** The id of a section in the outline: s-a1-2-1 for 附件1's 2.1 (1.3~2 → 1-3_2). */
export function sectionAnchor(context: ReportContext, attachment: number | null, sectionId: string): string {
  return `${context.prefix}s-${containerKey(attachment)}-${sectionId.replace(/\./g, '-').replace(/~/g, '_')}`;
}

/** The id of a task in the outline: its section's, or for a table row without a number its own. */
export function taskAnchor(context: ReportContext, task: Task): string {
  if (task.sectionId !== null) return sectionAnchor(context, task.attachment, task.sectionId);
  return `${context.prefix}t-${containerKey(task.attachment)}-${task.id.slice(task.id.lastIndexOf(':') + 1)}`;
}

/** How a task is named in a link: its marker and heading (its first cell for an unnumbered row). */
export function taskLabel(task: Task): string {
  return `${task.marker}${task.heading}` || task.id;
}
