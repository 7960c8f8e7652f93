/** `kepu deadlines`: the deadlines of one or more plans as a table, JSON, CSV or an iCalendar file. */
import type { Document } from '../types.js';
import { extractDeadlines, type Deadline, type DeadlineList } from '../passes/extract-deadlines.js';
import { csvTable } from '../export/to-csv.js';
import { renderTable } from './table.js';
import { addDays, fromIso, toIso } from '../time/calendar.js';
import { createPainter, decideColor } from './color.js';

export interface DeadlinesOptions {
  format: 'table' | 'json' | 'csv' | 'ics';
  after?: string;
  before?: string;
  sort: 'date' | 'document';
  color?: boolean;
}

export interface FileDeadlines {
  file: string;
  list: DeadlineList;
}

/** The day a deadline is sorted and filtered by: its limit, else its start, else its end. */
function keyDate(deadline: Deadline): string | null {
  return deadline.date ?? deadline.start ?? deadline.end;
}

/** Extracts and filters the deadlines of parsed documents. */
export function collectDeadlines(
  parsed: Array<{ file: string; document: Document; text: string }>,
  options: DeadlinesOptions,
): Array<FileDeadlines & { rows: Deadline[] }> {
  return parsed.map(({ file, document, text }) => {
    const list = extractDeadlines(document, { source: text });
    const rows = list.deadlines.filter((deadline) => {
      if (!options.after && !options.before) return true;
      const start = deadline.start ?? deadline.date ?? deadline.end;
      const end = deadline.date ?? deadline.end ?? deadline.start;
      if (!start || !end) return false;
      return (!options.after || end >= options.after) && (!options.before || start <= options.before);
    });
    return { file, list, rows };
  });
}

function sortRows(rows: Array<{ file: string; deadline: Deadline }>, sort: 'date' | 'document'): void {
  if (sort === 'document') return;
  rows.sort((a, b) => {
    const x = keyDate(a.deadline);
    const y = keyDate(b.deadline);
    if (x === y) return 0;
    if (x === null) return 1;
    if (y === null) return -1;
    return x < y ? -1 : 1;
  });
}

function describe(deadline: Deadline): string {
  if (deadline.kind === 'recurring') {
    const every: Record<string, string> = {
      yearly: 'year',
      'half-yearly': 'half year',
      quarterly: 'quarter',
      monthly: 'month',
      weekly: 'week',
      'ten-daily': 'ten days',
    };
    return `every ${every[deadline.recurrence ?? ''] ?? deadline.recurrence}`;
  }
  if (deadline.date) return `by ${deadline.date}${deadline.time ? ` ${deadline.time}` : ''}`;
  if (deadline.start && deadline.end)
    return deadline.start === deadline.end ? deadline.start : `${deadline.start}..${deadline.end}`;
  if (deadline.start) return `from ${deadline.start}`;
  return 'unresolved';
}

function item(deadline: Deadline): string {
  const last = deadline.sectionPath[deadline.sectionPath.length - 1];
  const where = deadline.attachment !== null ? `附件${deadline.attachment} ` : '';
  return last
    ? `${where}${deadline.sectionId} ${last.marker}${last.heading}`
    : `${where}${deadline.context === 'title' ? '(title)' : '(preamble)'}`;
}

/** Writes the deadlines in the chosen format. */
export function formatDeadlines(
  collected: Array<FileDeadlines & { rows: Deadline[] }>,
  options: DeadlinesOptions,
): string {
  const many = collected.length > 1;
  const rows = collected.flatMap(({ file, rows: list }) => list.map((deadline) => ({ file, deadline })));
  sortRows(rows, options.sort);
  switch (options.format) {
    case 'json':
      return (
        JSON.stringify(
          {
            files: collected.map(({ file, list }) => ({ file, reference: list.reference })),
            deadlines: rows.map(({ file, deadline }) => ({ file, ...deadline })),
          },
          null,
          2,
        ) + '\n'
      );
    case 'csv':
      return csvTable(
        [
          'file',
          'text',
          'kind',
          'start',
          'end',
          'date',
          'time',
          'recurrence',
          'attachment',
          'section',
          'heading',
          'lead',
          'others',
          'context',
          'line',
          'column',
        ],
        rows.map(({ file, deadline }) => [
          file,
          deadline.text,
          deadline.kind,
          deadline.start,
          deadline.end,
          deadline.date,
          deadline.time,
          deadline.recurrence,
          deadline.attachment,
          deadline.sectionId,
          deadline.sectionPath.map((step) => step.marker + step.heading).join(' / '),
          deadline.responsible?.lead ?? null,
          deadline.responsible?.others.join('、') ?? null,
          deadline.context,
          deadline.position.start.line,
          deadline.position.start.column,
        ]),
      );
    case 'ics':
      return toIcs(rows, new Map(collected.map(({ file, list }) => [file, list.reference.year])));
    default: {
      const paint = createPainter(decideColor(process.stdout, options.color));
      const header = [...(many ? ['file'] : []), 'when', 'kind', 'text', 'item', 'responsible'];
      const body = rows.map(({ file, deadline }) => [
        ...(many ? [file] : []),
        describe(deadline),
        deadline.kind,
        deadline.text,
        item(deadline),
        deadline.responsible?.lead ?? '',
      ]);
      const references = collected
        .map(
          ({ file, list }) =>
            `${file}: relative dates resolved against ${list.reference.year ?? 'nothing'}${list.reference.source ? ` (from the ${list.reference.source})` : ''}`,
        )
        .join('\n');
      const kindColumn = many ? 2 : 1;
      return (
        renderTable(header, body, {
          limits: many ? [30, 26, 10, 24, 40, 16] : [26, 10, 24, 40, 16],
          paint: (column, text, row) => (row < 0 ? paint.bold(text) : column === kindColumn ? paint.cyan(text) : text),
        }) +
        paint.dim(references) +
        '\n'
      );
    }
  }
}

function icsEscape(text: string): string {
  return text.replace(/[\\;,]/g, (ch) => `\\${ch}`).replace(/\n/g, '\\n');
}

/** Folds an iCalendar line at 75 octets (RFC 5545 §3.1). */
function fold(line: string): string {
  const parts: string[] = [];
  let current = '';
  for (const ch of line) {
    if (Buffer.byteLength(current + ch) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += ch;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function compact(date: string): string {
  return date.replace(/-/g, '');
}

function nextDay(date: string): string {
  return toIso(addDays(fromIso(date), 1));
}

/** How a recurring deadline repeats, as an iCalendar RRULE. */
const RECURRENCE_RULES: Record<string, string> = {
  yearly: 'FREQ=YEARLY',
  'half-yearly': 'FREQ=MONTHLY;INTERVAL=6',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
  monthly: 'FREQ=MONTHLY',
  weekly: 'FREQ=WEEKLY',
  'ten-daily': 'FREQ=DAILY;INTERVAL=10',
};

/**
 * One all-day VEVENT per deadline: a limit on its day, a range or period over its days, a
 * recurring one (每季度) repeating through the plan's year. Deadlines with no day at all
 * (an unresolved 自印发之日起30日内) cannot be placed in a calendar and are left out.
 */
function toIcs(rows: Array<{ file: string; deadline: Deadline }>, years: Map<string, number | null>): string {
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kepu//deadlines//ZH', 'CALSCALE:GREGORIAN'];
  for (const { file, deadline } of rows) {
    const year = years.get(file) ?? null;
    const recurring =
      deadline.kind === 'recurring' && year !== null ? RECURRENCE_RULES[deadline.recurrence ?? ''] : undefined;
    const first = recurring ? `${year}-01-01` : (deadline.date ?? deadline.start);
    const last = recurring ? first : (deadline.date ?? deadline.end ?? deadline.start);
    if (!first || !last) continue;
    const heading = deadline.sectionPath.map((step) => step.marker + step.heading).join(' / ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compact(first)}-${deadline.position.start.offset}-${Buffer.from(file).toString('hex').slice(0, 24)}@kepu`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(first)}`,
      `DTEND;VALUE=DATE:${compact(nextDay(last!))}`,
      ...(recurring ? [`RRULE:${recurring};UNTIL=${year}1231`] : []),
      fold(
        `SUMMARY:${icsEscape(`${deadline.text}${heading ? ` — ${deadline.sectionPath[deadline.sectionPath.length - 1].heading}` : ''}`)}`,
      ),
      fold(
        `DESCRIPTION:${icsEscape(`${deadline.kind}; ${heading || 'no section'}; ${file}:${deadline.position.start.line}:${deadline.position.start.column}${deadline.responsible?.lead ? `; 牵头: ${deadline.responsible.lead}` : ''}`)}`,
      ),
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.join('\r\n') + '\r\n';
}
