/** `kepu deadlines`: the deadlines of one or more plans as a table, JSON, CSV or an iCalendar file. */
import type { Document } from '../types.js';
import { extractDeadlines, type Deadline, type DeadlineList } from '../passes/extract-deadlines.js';
import { csvTable } from './to-csv.js';
import { renderTable } from './table.js';
import { shortestTails } from './path-tails.js';
import { addDays, fromIso, toIso } from '../time/calendar.js';
import { createPainter } from './painter.js';
import { createHash } from 'node:crypto';
import { LEAD_IN_NAME } from '../passes/locate-in-tree.js';
import type { OutputFormatOf } from './output-formats.js';

/**
 * Options of the deadline writers: the format, the window, the order, colour, and how the
 * deadlines are read (every reference, the year or day they count from).
 *
 * @example
 * const options: DeadlinesOptions = { format: 'csv', sort: 'date', after: '2023-07-01' }
 */
export interface DeadlinesOptions {
  format: OutputFormatOf<'deadlines'>;
  after?: string;
  before?: string;
  sort: 'date' | 'document';
  /** Colour the table (decided by the caller for its destination). */
  color?: boolean;
  /** Also list time references that are not actions (see `Deadline.role`). */
  all?: boolean;
  /** The plan's year for plans that carry none. */
  year?: number;
  /** The day relative limits count from. */
  referenceDate?: string;
}

/**
 * A file's deadline list.
 *
 * @example
 * const entry: FileDeadlines = { file: 'plan.txt', list: extractDeadlines(tree) }
 */
export interface FileDeadlines {
  file: string;
  list: DeadlineList;
}

/**
 * One file's deadlines after filtering, with what the calendar needs to be reproducible.
 *
 * @example
 * collectDeadlines(parsed, options)[0].rows.length
 */
export interface CollectedDeadlines extends FileDeadlines {
  rows: Deadline[];
  /** The first 16 hex digits of the SHA-256 of the decoded text: stable UIDs whatever the path. */
  hash: string;
  /** The document's date, the calendar's DTSTAMP. */
  date: string | null;
}

/** The day a deadline is sorted and filtered by: its limit, else its start, else its end. */
function keyDate(deadline: Deadline): string | null {
  return deadline.date ?? deadline.start ?? deadline.end;
}

/**
 * Extracts and filters the deadlines of parsed documents (with their decoded texts).
 *
 * @example
 * collectDeadlines([{ file: 'plan.txt', document: tree, text }], { format: 'table', sort: 'date' })
 */
export function collectDeadlines(
  parsed: Array<{ file: string; document: Document; text: string }>,
  options: DeadlinesOptions,
): CollectedDeadlines[] {
  return parsed.map(({ file, document, text }) => {
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
    const list = extractDeadlines(document, {
      source: text,
      all: options.all,
      referenceYear: options.year,
      referenceDate: options.referenceDate,
    });
    const rows = list.deadlines.filter((deadline) => {
      if (!options.after && !options.before) return true;
      const start = deadline.start ?? deadline.date ?? deadline.end;
      const end = deadline.date ?? deadline.end ?? deadline.start;
      if (!start || !end) return false;
      return (!options.after || end >= options.after) && (!options.before || start <= options.before);
    });
    return { file, list, rows, hash, date: document.meta.date ?? document.meta.publishDate };
  });
}

/**
 * One file's deadlines as NDJSON lines (each with its `file`), for a streamed run over many files.
 *
 * @example
 * const [entry] = collectDeadlines([{ file: 'plan.txt', document: tree, text }], options)
 * deadlinesNdjson(entry) // '{"file":"plan.txt","text":"年底前",…}\n…'
 */
export function deadlinesNdjson(entry: CollectedDeadlines): string {
  let lines = '';
  for (const deadline of entry.rows) lines += JSON.stringify({ file: entry.file, ...deadline }) + '\n';
  return lines;
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
      daily: 'day',
    };
    // every 15 days, every 2 years: already said.
    const recurrence = deadline.recurrence ?? '';
    return recurrence.startsWith('every ') ? recurrence : `every ${every[recurrence] ?? recurrence}`;
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
    : `${where}${deadline.context === 'title' ? '(title)' : LEAD_IN_NAME}`;
}

/** Where the plan's year came from: (from the title), (from the heading 一、2018年工作回顾, the year after it reviews). */
function sourceNote(reference: DeadlineList['reference']): string {
  if (!reference.source) return '';
  if (reference.source === 'heading' && /回顾/.test(reference.evidence ?? ''))
    return ` (from the heading ${reference.evidence}: the year after the one it reviews)`;
  if (reference.source === 'heading') return ` (from the heading ${reference.evidence})`;
  if (reference.source === 'statement') return ` (from “${reference.evidence}……”)`;
  return ` (from the ${reference.source})`;
}

/** What relative dates were resolved against, and what `--all` would add: notes for standard error. */
export function describeReferences(collected: CollectedDeadlines[], options: DeadlinesOptions): string {
  return collected
    .map(({ file, list }) => {
      const year = list.reference.year;
      const resolved =
        year === null
          ? `${file}: the plan gives no year; dates without one are listed as --MM-DD (give --year N to resolve them)`
          : `${file}: relative dates resolved against ${year}${sourceNote(list.reference)}`;
      const omitted =
        !options.all && list.omitted > 0
          ? `; ${list.omitted} more time reference${list.omitted === 1 ? '' : 's'} (past, forecasts, cited titles, labels, the plan's own year) with --all`
          : '';
      return resolved + omitted;
    })
    .join('\n');
}

/** The CSV columns of a deadline row. */
const CSV_COLUMNS: Array<[string, (row: { file: string; deadline: Deadline }) => string | number | null]> = [
  ['file', (row) => row.file],
  ['text', (row) => row.deadline.text],
  ['kind', (row) => row.deadline.kind],
  ['role', (row) => row.deadline.role],
  ['start', (row) => row.deadline.start],
  ['end', (row) => row.deadline.end],
  ['date', (row) => row.deadline.date],
  ['time', (row) => row.deadline.time],
  ['recurrence', (row) => row.deadline.recurrence],
  ['resolvedBy', (row) => row.deadline.resolvedBy],
  ['attachment', (row) => row.deadline.attachment],
  ['section', (row) => row.deadline.sectionId],
  ['heading', (row) => row.deadline.sectionPath.map((step) => step.marker + step.heading).join(' / ')],
  ['lead', (row) => row.deadline.responsible?.lead ?? null],
  ['others', (row) => row.deadline.responsible?.others.join('、') ?? null],
  ['context', (row) => row.deadline.context],
  ['line', (row) => row.deadline.position.start.line],
  ['column', (row) => row.deadline.position.start.column],
];

/**
 * A deadline with the file it comes from, as the writers list it.
 *
 * @example
 * const row: DeadlineRow = { file: 'plan.txt', deadline: extractDeadlines(tree).deadlines[0] }
 */
export interface DeadlineRow {
  file: string;
  deadline: Deadline;
}

/**
 * A writer of deadlines in one format.
 *
 * @example
 * const writer: DeadlineWriter = DEADLINE_WRITERS.ics
 */
export type DeadlineWriter = (
  rows: DeadlineRow[],
  collected: CollectedDeadlines[],
  options: DeadlinesOptions,
) => string;

/**
 * The writers of `kepu deadlines`, one a format: a table for the terminal, JSON, CSV with a file
 * column, and an iCalendar file (NDJSON is streamed by the command, a line a file).
 *
 * @example
 * DEADLINE_WRITERS.csv(rows, collected, options) // 'file,text,kind,…\n'
 */
export const DEADLINE_WRITERS: Record<Exclude<OutputFormatOf<'deadlines'>, 'ndjson'>, DeadlineWriter> = {
  json: (rows, collected) =>
    JSON.stringify(
      {
        files: collected.map(({ file, list }) => ({ file, reference: list.reference, omitted: list.omitted })),
        deadlines: rows.map(({ file, deadline }) => ({ file, ...deadline })),
      },
      null,
      2,
    ) + '\n',
  csv: (rows) =>
    csvTable(
      CSV_COLUMNS.map(([name]) => name),
      rows.map((row) => CSV_COLUMNS.map(([, read]) => read(row))),
    ),
  ics: (rows, collected, options) => toIcs(rows, collected, options),
  table: (rows, collected, options) => {
    const many = collected.length > 1;
    const paint = createPainter(options.color === true);
    const header = [...(many ? ['file'] : []), 'when', 'kind', 'text', 'item', 'responsible'];
    // Each file by the shortest tail of its path that tells it from the others, never cut.
    const files = collected.map((entry) => entry.file);
    const tails = shortestTails(files);
    const shortName = new Map(files.map((file, index) => [file, tails[index]]));
    const body = rows.map(({ file, deadline }) => [
      ...(many ? [shortName.get(file) ?? file] : []),
      describe(deadline),
      options.all && deadline.role !== 'action' ? `${deadline.kind} (${deadline.role})` : deadline.kind,
      deadline.text,
      item(deadline),
      deadline.responsible?.lead ?? '',
    ]);
    const kindColumn = many ? 2 : 1;
    return renderTable(header, body, {
      limits: many ? [undefined, 26, 22, 24, 40, 16] : [26, 22, 24, 40, 16],
      paint: (column, text, row) => (row < 0 ? paint.bold(text) : column === kindColumn ? paint.cyan(text) : text),
    });
  },
};

/**
 * Writes the deadlines in the chosen format, sorted as asked (data only: notes go through
 * `describeReferences`).
 *
 * @example
 * formatDeadlines(collectDeadlines(parsed, { format: 'csv', sort: 'date' }), { format: 'csv', sort: 'date' })
 */
export function formatDeadlines(collected: CollectedDeadlines[], options: DeadlinesOptions): string {
  const rows = collected.flatMap(({ file, rows: list }) => list.map((deadline) => ({ file, deadline })));
  sortRows(rows, options.sort);
  const writer = options.format === 'ndjson' ? DEADLINE_WRITERS.json : DEADLINE_WRITERS[options.format];
  return writer(rows, collected, options);
}

/**
 * A TEXT value of iCalendar (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, every line
 * break (CRLF, CR or LF) as \n, and the controls TEXT may not hold (C0 but tab, and DEL) as their
 * visible pictures (ESC → ␛), so that nothing the document says is lost or breaks the line.
 */
function icsEscape(text: string): string {
  return (
    text
      .replace(/[\\;,]/g, (ch) => `\\${ch}`)
      .replace(/\r\n|\r|\n/g, '\\n')
      // eslint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, (ch) =>
        String.fromCharCode(ch === '\u007f' ? 0x2421 : 0x2400 + ch.charCodeAt(0)),
      )
  );
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
  daily: 'FREQ=DAILY',
};

/** The RRULE of a recurrence: the table's, or every N years, months, weeks or days (working days have none). */
function ruleOf(recurrence: string | null): string | undefined {
  const every = /^every ([0-9]+) (years|months|weeks|days)$/.exec(recurrence ?? '');
  if (!every) return RECURRENCE_RULES[recurrence ?? ''];
  const frequency = { years: 'YEARLY', months: 'MONTHLY', weeks: 'WEEKLY', days: 'DAILY' }[every[2]];
  return `FREQ=${frequency};INTERVAL=${every[1]}`;
}

/** Days from `first` to `last`, inclusive. */
function daysBetween(first: string, last: string): number {
  return Math.round((Date.parse(last) - Date.parse(first)) / 86_400_000) + 1;
}

/** DTSTAMP: SOURCE_DATE_EPOCH when set, else the latest document date, else the Unix epoch; never "now". */
function stampOf(collected: CollectedDeadlines[]): string {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^[0-9]+$/.test(epoch)) {
    return new Date(Number(epoch) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
  }
  const dates = collected.map((entry) => entry.date).filter((date): date is string => date !== null);
  const latest = dates.sort().at(-1);
  return latest ? `${compact(latest)}T000000Z` : '19700101T000000Z';
}

/**
 * One all-day VEVENT per deadline: a limit on its day, a range or period over its days, a
 * recurring one (每季度) repeating through the plan's year. Deadlines with no day at all
 * (an unresolved 自印发之日起30日内, or --09-30 in a plan without a year) cannot be placed in a
 * calendar and are left out, and so are periods longer than a month ("十四五"期间) unless --all.
 * The file is reproducible: DTSTAMP from the documents, UIDs from the text's hash and offset.
 */
function toIcs(
  rows: Array<{ file: string; deadline: Deadline }>,
  collected: CollectedDeadlines[],
  options: DeadlinesOptions,
): string {
  const stamp = stampOf(collected);
  const byFile = new Map(collected.map((entry) => [entry.file, entry]));
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//kepu//deadlines//ZH', 'CALSCALE:GREGORIAN'];
  for (const { file, deadline } of rows) {
    const entry = byFile.get(file)!;
    const year = entry.list.reference.year;
    const recurring = deadline.kind === 'recurring' && year !== null ? ruleOf(deadline.recurrence) : undefined;
    const first = recurring ? `${year}-01-01` : (deadline.date ?? deadline.start);
    const last = recurring ? first : (deadline.date ?? deadline.end ?? deadline.start);
    if (!first || !last || first.startsWith('--') || last.startsWith('--')) continue;
    if (!options.all && !deadline.date && daysBetween(first, last) > 31) continue;
    const heading = deadline.sectionPath.map((step) => step.marker + step.heading).join(' / ');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.hash}-${deadline.position.start.offset}@kepu`,
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
