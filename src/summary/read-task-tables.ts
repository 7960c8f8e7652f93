/**
 * Task tables (任务分工表) that reached kepu flattened, one cell a line, as web pages turned into
 * text and Markdown leave them:
 *
 *   分类 / 主要方向 / 重点任务 / 2024年工作项目 / … / 牵头部门 / 配合部门   ← the header, a line a cell
 *   （一）/ 提升交通设施环境品质 / 1、改善城市道路环境                     ← group cells (merged over rows)
 *   （1）建设精品道路300条。/ 建设精品道路100条。/ … / 设施养护处 / …      ← a row, from its numbered task
 *
 * The header is found as a run of short lines that read as header words (table-columns.ts), with
 * a unit column among them. Rows start at the numbering style that recurs most below it (or at the
 * bare numbers of a 序号 column); numbered lines of the shallower styles seen before the first row
 * are group cells, carried down until the next. Each row's lines are aligned with the columns
 * (align-row-cells.ts), and a unit or limit cell left empty is carried down from the row above in
 * the same top group: the merged cell of the printed table.
 */
import type { Attachment, BodyContent, Document, Part, Position, RootContent, Section } from '../types.js';
import { sourceOf } from '../source-of.js';
import { matchMarker } from '../numbering-styles.js';
import {
  type TableColumn,
  columnRole,
  couldBeHeaderPiece,
  isTaskTableHeader,
  readHeaderCells,
  startsHeader,
} from './table-columns.js';
import { type CellKind, alignRowCells, cellKind } from './align-row-cells.js';
import { splitUnitList } from '../passes/read-responsible.js';

/**
 * A line of a container as a table reads it: its text, where it is, and the section whose heading it is.
 *
 * @example
 * const line: TableLine = { text: '设施养护处', line: 136, position, section: null }
 */
export interface TableLine {
  text: string;
  line: number;
  position: Position;
  /** The section this line is the heading of, or null. */
  section: Section | null;
  /** Where the innermost section around the line ends (else its container): a table begun here ends there. */
  scopeEnd: number;
}

/**
 * One cell of a row: its column, its text (lines joined), and whether it is the merged cell of the row above.
 *
 * @example
 * row.cells[4] // { column: 6, text: '设施养护处', lines: [136], carried: false, position: {…} }
 */
export interface TaskTableCell {
  column: number;
  text: string;
  /** The lines it was written on (for a carried cell: those of the row above's). */
  lines: number[];
  /** True when the row has no cell of its own here and the one above (merged over rows) is carried down. */
  carried: boolean;
  /** From its first line to its last; null when empty. */
  position: Position | null;
}

/**
 * A row of a task table: the line of its task, the section that line starts (when the task is
 * numbered), the group cells in force, and one cell per column.
 *
 * @example
 * table.rows[0].cells.find((cell) => table.columns[cell.column].role === 'lead')?.text // '设施养护处'
 */
export interface TaskTableRow {
  line: number;
  section: Section | null;
  /** The group cells over it, outermost first (（一）提升交通设施环境品质, 1、改善城市道路环境). */
  groups: string[];
  cells: TaskTableCell[];
  /** From its first line to its last. */
  position: Position;
}

/**
 * A task table found in a container (the letter's body, or an attachment).
 *
 * @example
 * readTaskTables(tree)[0].columns.map((column) => column.role) // ['group', 'group', 'task', 'year', …]
 */
export interface TaskTable {
  /** The attachment it is in, or null for the document's own body. */
  attachment: Attachment | null;
  /** The header's first line. */
  line: number;
  columns: TableColumn[];
  rows: TaskTableRow[];
}

/**
 * The last line of a title wrapped over several lines when it is a header word: a title may run
 * over up to four lines, and the first cell of the table under it (序号, 任务) is short enough to be
 * read as the title's last line (任务分工表 / 序号 → title 任务分工表序号). That line is the table's.
 */
function lastLineOfTitle(title: Part, source: string): { text: string; position: Position } | null {
  const { start, end } = title.position;
  if (start.line === end.line) return null;
  const from = source.lastIndexOf('\n', end.offset - 1) + 1;
  const text = source.slice(from, end.offset).trim();
  if (text === '' || columnRole(text) === null) return null;
  const column = end.column - (end.offset - from);
  return { text, position: { start: { line: end.line, column, offset: from }, end } };
}

/** The lines of a run of nodes in reading order: a section's heading line, then its children's. */
export function tableLines(
  nodes: Array<RootContent | BodyContent | Part>,
  source: string | undefined,
  containerEnd: number,
): TableLine[] {
  const lines: TableLine[] = [];
  const add = (text: string, position: Position, section: Section | null, scopeEnd: number) => {
    const last = lines[lines.length - 1];
    // A heading and the text after it on the same line are one cell: （28）完善……要求。道路……水平。
    if (last && last.line === position.start.line) {
      last.text += text;
      last.position = { start: last.position.start, end: position.end };
      return;
    }
    lines.push({ text, line: position.start.line, position, section, scopeEnd });
  };
  const visit = (list: Array<RootContent | BodyContent | Part>, scopeEnd: number) => {
    for (const node of list) {
      if (node.type === 'paragraph') add(node.text, node.position, null, scopeEnd);
      else if (node.type === 'part' && node.role === 'title' && source) {
        const last = lastLineOfTitle(node, source);
        if (last) add(last.text, last.position, null, scopeEnd);
      } else if (node.type === 'section') {
        const written = source
          ? source.slice(node.headingPosition.start.offset, node.headingPosition.end.offset)
          : node.marker + node.heading;
        add(written.replace(/\s*\n\s*/g, ''), node.headingPosition, node, scopeEnd);
        visit(node.children, node.position.end.offset);
      }
    }
  };
  visit(nodes, containerEnd);
  return lines;
}

/** A header has at most this many lines (some twenty columns, each over two lines at most). */
const MAX_HEADER_LINES = 40;

/** The header at `start`, if a run of short lines there reads as one: its columns and how many lines it takes. */
function readHeaderAt(lines: TableLine[], start: number): { columns: TableColumn[]; length: number } | null {
  if (!startsHeader(lines[start].text, lines[start + 1]?.text)) return null;
  let end = start;
  const last = Math.min(lines.length, start + MAX_HEADER_LINES);
  while (end < last && lines[end].section === null && couldBeHeaderPiece(lines[end].text)) end++;
  if (end - start < 3) return null;
  const pieces = lines.slice(start, end).map((line) => line.text);
  // A header ends at its last header word: a short first cell of the body is not part of it.
  let columns = readHeaderCells(pieces);
  while (columns.length > 0 && columnRole(columns[columns.length - 1].text) === null) columns = columns.slice(0, -1);
  // A header starts with a header word (a run that starts otherwise is tried again a line further).
  if (columns.length === 0 || columnRole(columns[0].text) === null || !isTaskTableHeader(columns)) return null;
  return { columns, length: columns.reduce((sum, column) => sum + column.cells, 0) };
}

const KIND_OF_ROLE: Record<TableColumn['role'], CellKind> = {
  serial: 'text',
  group: 'text',
  task: 'text',
  text: 'text',
  year: 'text',
  limit: 'time',
  lead: 'unit',
  others: 'unit',
  implementers: 'unit',
};

/** A serial number alone on its line: 1, 2、, 3. */
const SERIAL = /^[0-9０-９]{1,4}[、.．]?$/;

/** Where rows start and which numbered lines are group cells, read from the numbering below a header. */
interface RowMarks {
  /** The numbering style of each line, or null. */
  styleOf: Array<string | null>;
  isRowStart: (index: number) => boolean;
  /** Group styles, outermost first. */
  groupStyles: string[];
  isGroupLine: (index: number) => boolean;
}

function readRowMarks(body: TableLine[], serial: boolean): RowMarks | null {
  const styleOf = body.map((line) => (serial ? null : (matchMarker(line.text)?.style.name ?? null)));
  // The rows' numbering style: the one that recurs most (ties: the one met last, the deeper).
  const counts = new Map<string, { count: number; first: number }>();
  styleOf.forEach((style, index) => {
    if (style === null) return;
    const entry = counts.get(style) ?? { count: 0, first: index };
    entry.count++;
    counts.set(style, entry);
  });
  let rowStyle: string | null = null;
  for (const [style, entry] of counts) {
    const chosen = rowStyle === null ? null : counts.get(rowStyle)!;
    if (!chosen || entry.count > chosen.count || (entry.count === chosen.count && entry.first > chosen.first))
      rowStyle = style;
  }
  const isRowStart = (index: number) =>
    serial ? SERIAL.test(body[index].text.trim()) : rowStyle !== null && styleOf[index] === rowStyle;
  const firstRow = body.findIndex((_, index) => isRowStart(index));
  if (firstRow === -1) return null;
  // Group styles: the other numbering styles met before the first row, outermost first.
  const groupStyles: string[] = [];
  for (const style of styleOf.slice(0, firstRow))
    if (style !== null && !groupStyles.includes(style)) groupStyles.push(style);
  const isGroupLine = (index: number) =>
    styleOf[index] !== null && groupStyles.includes(styleOf[index]!) && !/[。；;]/.test(body[index].text);
  return { styleOf, isRowStart, groupStyles, isGroupLine };
}

/** The columns a row's lines are aligned with: from the task's on, group and serial columns aside. */
function alignedColumns(columns: TableColumn[]): Array<{ column: TableColumn; index: number }> {
  const first = columns.findIndex((column) => column.role === 'task');
  const start =
    first !== -1 ? first : columns.findIndex((column) => column.role !== 'serial' && column.role !== 'group');
  return columns
    .map((column, index) => ({ column, index }))
    .filter(({ column, index }) => index >= start && column.role !== 'serial' && column.role !== 'group');
}

/** Kinds of unit, by how the name ends: which unit column a lone unit line belongs in is told by them. */
const UNIT_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:公司|集团|企业|银行)$/, 'enterprise'],
  [/(?:处|科|室|股)$/, 'division'],
  [/(?:中心|协会|学会|研究院|院|所|站|馆|队|社)$/, 'institution'],
  [/(?:部门|单位|机构)$/, 'generic'],
  [/(?:局|委|办|厅|部|署|府|区|县|市|镇|乡|街道|委员会|小组)$/, 'government'],
];

function unitKinds(text: string): string[] {
  return (splitUnitList(text) ?? []).map((unit) => {
    const bare = unit.replace(/[（(][^（）()]*[）)]$/, '');
    return UNIT_KINDS.find(([pattern]) => pattern.test(bare))?.[1] ?? 'other';
  });
}

/**
 * How well a unit line fits each unit column: 0.3 × (1 − the share of its kinds of unit among the
 * units written in that column in rows that fill every unit column). A lone 随申行公司 goes with
 * the 实施主体 where the other companies stand, not the 牵头 column of 处室.
 */
function unitFit(
  rows: TableLine[][],
  aligned: Array<{ column: TableColumn; index: number }>,
): (text: string, position: number) => number {
  const unitColumns = aligned.flatMap(({ column }, position) =>
    KIND_OF_ROLE[column.role] === 'unit' ? [position] : [],
  );
  const profiles = new Map<number, Map<string, number>>(unitColumns.map((position) => [position, new Map()]));
  for (const lines of rows) {
    const units = lines.filter((line) => cellKind(line.text.trim()) === 'unit');
    if (units.length !== unitColumns.length) continue;
    units.forEach((line, order) => {
      const profile = profiles.get(unitColumns[order])!;
      for (const kind of unitKinds(line.text)) profile.set(kind, (profile.get(kind) ?? 0) + 1);
    });
  }
  return (text, position) => {
    const profile = profiles.get(position);
    const total = profile ? [...profile.values()].reduce((sum, count) => sum + count, 0) : 0;
    const kinds = unitKinds(text);
    if (!profile || total === 0 || kinds.length === 0) return 0.15;
    const share = kinds.reduce((sum, kind) => sum + (profile.get(kind) ?? 0) / total, 0) / kinds.length;
    return 0.3 * (1 - share);
  };
}

/**
 * A row's cells: its lines aligned with the columns. A unit cell it lacks is merged with the row
 * above's when its lead cell is missing too (every task has a lead), else empty (a task without
 * partners); a limit cell it lacks is merged.
 */
function rowCells(
  rowLines: TableLine[],
  aligned: Array<{ column: TableColumn; index: number }>,
  above: TaskTableCell[],
  fit: (text: string, position: number) => number,
): TaskTableCell[] {
  const kinds = aligned.map(({ column }) => KIND_OF_ROLE[column.role]);
  const texts = rowLines.map((line) => line.text.trim());
  const spans =
    texts.length > 0 ? alignRowCells(texts, kinds, { fit: (line, column) => fit(texts[line], column) }) : null;
  const leadPosition = aligned.findIndex(({ column }) => column.role === 'lead');
  const leadMissing = leadPosition === -1 || (spans !== null && spans[leadPosition][0] === spans[leadPosition][1]);
  return aligned.map(({ column, index: columnIndex }, position) => {
    // A row too long to align keeps all its lines in the task's cell.
    const span = spans?.[position] ?? (position === 0 ? [0, rowLines.length] : [0, 0]);
    const taken = rowLines.slice(span[0], span[1]);
    if (taken.length === 0) {
      const carried = above.find((cell) => cell.column === columnIndex);
      const merged = column.role === 'limit' || (KIND_OF_ROLE[column.role] === 'unit' && leadMissing);
      if (merged && spans !== null && carried && carried.text !== '') return { ...carried, carried: true };
      return { column: columnIndex, text: '', lines: [], carried: false, position: null };
    }
    const joiner = KIND_OF_ROLE[column.role] === 'unit' ? '、' : '';
    return {
      column: columnIndex,
      text: taken.map((line) => line.text.trim()).join(joiner),
      lines: taken.map((line) => line.line),
      carried: false,
      position: { start: taken[0].position.start, end: taken[taken.length - 1].position.end },
    };
  });
}

/** A row's lines and the group cells over it, before its cells are read. */
interface RowLines {
  start: number;
  end: number;
  groups: string[];
  lines: TableLine[];
}

/** Splits the lines below a header into group cells and rows. */
function splitRows(body: TableLine[], marks: RowMarks, serial: boolean): RowLines[] {
  const { styleOf, isRowStart, groupStyles, isGroupLine } = marks;
  const rows: RowLines[] = [];
  const groups: string[] = [];
  for (let index = 0; index < body.length;) {
    if (isGroupLine(index)) {
      const depth = groupStyles.indexOf(styleOf[index]!);
      let text = body[index].text.trim();
      // A group's number alone on its line, its words on the next: （一） / 提升交通设施环境品质.
      if (matchMarker(text)?.marker === text && index + 1 < body.length && styleOf[index + 1] === null) {
        text += body[++index].text.trim();
      }
      groups.length = depth;
      groups[depth] = text;
      index++;
    } else if (isRowStart(index)) {
      let end = index + 1;
      while (end < body.length && !isRowStart(end) && !isGroupLine(end)) end++;
      const lines = body.slice(serial ? index + 1 : index, end);
      rows.push({ start: index, end, groups: groups.filter((group) => group !== undefined), lines });
      index = end;
    } else {
      index++; // a line before the first row that is no group is no cell of any row
    }
  }
  return rows;
}

/** Reads the rows below a header. */
function readRows(body: TableLine[], columns: TableColumn[]): TaskTableRow[] {
  const serial = columns.some((column) => column.role === 'serial');
  const marks = readRowMarks(body, serial);
  if (!marks) return [];
  const aligned = alignedColumns(columns);
  const split = splitRows(body, marks, serial);
  const fit = unitFit(
    split.map((row) => row.lines),
    aligned,
  );
  let above: TaskTableCell[] = [];
  let topGroup: string | undefined;
  return split.map((row) => {
    // Merged cells do not reach across a top group.
    if (row.groups[0] !== topGroup) {
      topGroup = row.groups[0];
      above = [];
    }
    const cells = rowCells(row.lines, aligned, above, fit);
    above = cells;
    const task = row.lines[0] ?? body[row.start];
    return {
      line: task.line,
      section: task.section,
      groups: row.groups,
      cells,
      position: { start: body[row.start].position.start, end: body[row.end - 1].position.end },
    };
  });
}

/**
 * Finds the task tables of a document written one cell a line, and reads their rows.
 *
 * @example
 * readTaskTables(parseCircular(text)).flatMap((table) => table.rows).length // rows found
 */
export function readTaskTables(document: Document, options: { source?: string } = {}): TaskTable[] {
  const source = sourceOf(document, options.source)?.text;
  const containers: Array<{ attachment: Attachment | null; nodes: Array<RootContent | BodyContent>; end: number }> = [
    {
      attachment: null,
      nodes: document.children.filter((node) => node.type !== 'attachment'),
      end: document.position.end.offset,
    },
  ];
  for (const node of document.children) {
    if (node.type === 'attachment')
      containers.push({ attachment: node, nodes: node.children, end: node.position.end.offset });
  }
  const tables: TaskTable[] = [];
  for (const container of containers) {
    const lines = tableLines(container.nodes, source, container.end);
    for (let start = 0; start < lines.length; start++) {
      if (!couldBeHeaderPiece(lines[start].text) || lines[start].section !== null) continue;
      const header = readHeaderAt(lines, start);
      if (!header) continue;
      const end = lines[start].scopeEnd;
      let stop = start + header.length;
      while (stop < lines.length && lines[stop].position.start.offset < end) stop++;
      const body = lines.slice(start + header.length, stop);
      tables.push({
        attachment: container.attachment,
        line: lines[start].line,
        columns: header.columns,
        rows: readRows(body, header.columns),
      });
      start = stop - 1;
    }
  }
  return tables;
}
