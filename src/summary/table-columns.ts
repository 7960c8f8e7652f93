/**
 * The columns of a task table (任务分工表) as its header names them: which column holds the task,
 * which the lead unit, the partners, the time limit, a year's work. One table of header words,
 * each with the role its column plays; a header cell broken over two lines (牵头 / 部门) is joined
 * when the two pieces make a known word.
 */
import { findTimeExpressions, type TimeValue } from '../time/parse-time.js';

/**
 * What a column of a task table holds.
 *
 * @example
 * const role: ColumnRole = 'lead' // 牵头部门
 */
export type ColumnRole =
  /** 序号: the row's number. */
  | 'serial'
  /** 分类, 主要方向, 领域: a heading over several rows (a merged cell). */
  | 'group'
  /** 重点任务, 工作任务: the task itself. */
  | 'task'
  /** 具体措施, 工作目标, 备注: more text about the task. */
  | 'text'
  /** 2024年工作项目, 2025年计划: what is due in that year. */
  | 'year'
  /** 完成时限, 时间节点: the time limit. */
  | 'limit'
  /** 牵头单位, 责任部门: who leads. */
  | 'lead'
  /** 配合单位, 协办部门: who supports. */
  | 'others'
  /** 实施主体: who carries it out. */
  | 'implementers';

/** Header words and the role of their column; a header is matched whole, after any bracketed note. */
export const HEADER_WORDS: ReadonlyArray<readonly [RegExp, ColumnRole]> = [
  [/^(?:序号|编号)$/, 'serial'],
  [/^(?:任务分类|分类|类别|任务类别|工作类别|主要方向|重点方向|方向|领域|重点领域|板块|专项)$/, 'group'],
  [/^(?:牵头(?:责任)?(?:单位|部门|处室)?|责任(?:单位|部门|处室)|主责(?:单位|部门)|主办(?:单位|部门))$/, 'lead'],
  [/^(?:配合(?:单位|部门|处室)?|协办(?:单位|部门)?|参与(?:单位|部门)|协同(?:单位|部门)|协助(?:单位|部门))$/, 'others'],
  [/^(?:实施主体|实施单位|责任主体|承办单位)$/, 'implementers'],
  [/^(?:完成时限|完成时间|完成期限|时间节点|时间安排|进度安排|时限|时间)$/, 'limit'],
  // 2024年工作项目, 2025年计划, 2026年, 2024年度目标
  [/^(?:19|20)\d{2}年度?(?:工作)?(?:项目|计划|任务|目标|安排|重点|进度|完成情况)?$/, 'year'],
  [
    /^(?:重点任务|主要任务|工作任务|具体任务|任务|任务内容|工作内容|重点工作|工作事项|主要内容|任务名称|项目名称|事项)$/,
    'task',
  ],
  [/^(?:具体措施|工作措施|主要措施|措施|工作目标|目标任务|目标|预期成果|工作要求|完成标准|备注)$/, 'text'],
];

/**
 * A column of a task table.
 *
 * @example
 * readHeaderCells(['牵头', '部门'])[0] // { text: '牵头部门', role: 'lead', period: null, cells: 2 }
 */
export interface TableColumn {
  /** The header as written, pieces joined. */
  text: string;
  role: ColumnRole;
  /** The period a header dates its column with: 2024年工作项目 → 2024; 重点任务（2024-2026） → 2024..2026. */
  period: TimeValue | null;
  /** How many header lines it was written over. */
  cells: number;
}

/** The role of one header text, or null when no header word matches. */
export function columnRole(text: string): ColumnRole | null {
  const core = text.replace(/\s+/g, '').replace(/[（(][^（）()]*[）)]$/, '');
  for (const [pattern, role] of HEADER_WORDS) if (pattern.test(core)) return role;
  return null;
}

/**
 * The period a header dates its column with, read by the time grammar: 2024年工作项目 → 2024;
 * 重点任务（2024-2026）, where the years stand without 年, is read as 2024-2026年.
 */
export function headerPeriod(text: string): TimeValue | null {
  const written = text.replace(/((?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)\d{2})(?!\s*年)/, '$1年');
  for (const match of findTimeExpressions(written)) {
    const value = match.value;
    if (value.start && value.end && value.start.endsWith('-01-01') && value.end.endsWith('-12-31')) return value;
  }
  return null;
}

/** Header pieces longer than this are not header words (a task's text is longer). */
const MAX_HEADER_PIECE = 20;

/**
 * Reads header lines as columns: a piece that does not make a header word alone, but does with
 * the next (牵头 / 部门, 任务 / 分类), is joined with it. Pieces that match nothing stay columns of
 * unknown role (`text`), counted by `known`.
 */
export function readHeaderCells(pieces: string[]): TableColumn[] {
  const columns: TableColumn[] = [];
  for (let index = 0; index < pieces.length; index++) {
    const piece = pieces[index].trim();
    const joined = index + 1 < pieces.length ? piece + pieces[index + 1].trim() : null;
    const joinedRole = joined !== null && joined.length <= MAX_HEADER_PIECE ? columnRole(joined) : null;
    if (joinedRole !== null) {
      columns.push({ text: joined!, role: joinedRole, period: null, cells: 2 });
      index++;
    } else {
      columns.push({ text: piece, role: columnRole(piece) ?? 'text', period: null, cells: 1 });
    }
  }
  // Only the columns of a header are dated (the time grammar is the costly part).
  for (const column of columns) column.period = headerPeriod(column.text);
  return columns;
}

/** Whether a header can start at these pieces: the first, alone or joined with the next, is a header word. */
export function startsHeader(first: string, second: string | undefined): boolean {
  return (
    columnRole(first.trim()) !== null || (second !== undefined && columnRole(first.trim() + second.trim()) !== null)
  );
}

/** Whether a line could be a piece of a header: short, and no sentence in it. */
export function couldBeHeaderPiece(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && trimmed.length <= MAX_HEADER_PIECE && !/[。；;！？!?：:，,]/.test(trimmed);
}

/**
 * Whether columns read from a run of short lines make a task table's header: three columns or
 * more, one naming units (牵头, 责任, 配合, 实施主体), one the task or a year's work, and at least
 * 60% of them header words.
 *
 * @example
 * isTaskTableHeader(readHeaderCells(['序号', '工作任务', '责任单位', '完成时限'])) // true
 */
export function isTaskTableHeader(columns: TableColumn[]): boolean {
  const recognised = columns.filter((column) => columnRole(column.text) !== null).length;
  return (
    columns.length >= 3 &&
    columns.some((column) => column.role === 'lead' || column.role === 'others' || column.role === 'implementers') &&
    columns.some((column) => column.role === 'task' || column.role === 'year') &&
    recognised >= Math.max(3, Math.ceil(columns.length * 0.6))
  );
}
