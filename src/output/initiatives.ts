/** `kepu initiatives`: named programmes, documents and campaigns of one plan, or compared across years. */
import type { Document } from '../types.js';
import { extractInitiatives, type Initiative, type InitiativeList } from '../passes/extract-initiatives.js';
import { csvTable } from './to-csv.js';
import { renderTable } from './table.js';
import { shortestTails } from './path-tails.js';
import { createPainter } from './painter.js';
import type { OutputFormatOf } from './output-formats.js';

/**
 * Options of the initiative writers: the format, the kinds and the least count to list, colour.
 *
 * @example
 * const options: InitiativesOptions = { format: 'csv', kind: ['plan'], minCount: 2 }
 */
export interface InitiativesOptions {
  format: OutputFormatOf<'initiatives'>;
  kind?: string[];
  minCount: number;
  color?: boolean;
}

/**
 * One initiative across the plans compared: its count in each, and its status from the first plan
 * to the last (new, continued, dropped, intermittent).
 *
 * @example
 * const row: InitiativeRow = { key: '科学启蒙计划', name: '“科学启蒙”计划', kind: 'plan', counts: [0, 2],
 *   status: 'new', initiatives: [null, initiative] }
 */
export interface InitiativeRow {
  key: string;
  name: string;
  kind: string;
  counts: number[];
  status: 'new' | 'continued' | 'dropped' | 'intermittent' | null;
  initiatives: Array<Initiative | null>;
}

function statusOf(counts: number[]): InitiativeRow['status'] {
  if (counts.length < 2) return null;
  const first = counts[0] > 0;
  const last = counts[counts.length - 1] > 0;
  if (first && last) return counts.every((count) => count > 0) ? 'continued' : 'intermittent';
  if (last) return 'new';
  if (first) return 'dropped';
  return 'intermittent';
}

/**
 * Column labels: the plan's year when it has one, else the file name; a year that two files
 * share is told apart by the file (`2023 (a.txt)`), so that headers stay unique.
 */
export function columnLabels(entries: Array<{ file: string; document: Document }>, short = false): string[] {
  const years = entries.map(({ document }) => document.meta.year);
  // A table names each file by the shortest tail of its path that tells it from the others.
  const names = short ? shortestTails(entries.map(({ file }) => file)) : entries.map(({ file }) => file);
  return entries.map((_, index) => {
    const year = years[index];
    if (year === null) return names[index];
    return years.filter((other) => other === year).length > 1 ? `${year} (${names[index]})` : String(year);
  });
}

/** The initiatives of plans, one row per key with its count in each plan, in year order. */
function collectRows(
  given: Array<{ file: string; document: Document; text: string }>,
  options: InitiativesOptions,
): { parsed: typeof given; lists: InitiativeList[]; selected: InitiativeRow[] } {
  // Plans compared across years are put in year order when every one has a year.
  const parsed = given.every((entry) => entry.document.meta.year !== null)
    ? [...given].sort((a, b) => a.document.meta.year! - b.document.meta.year!)
    : given;
  const lists = parsed.map(({ document, text }) => extractInitiatives(document, { source: text }));
  const rows = new Map<string, InitiativeRow>();
  lists.forEach((list, index) => {
    for (const initiative of list.initiatives) {
      let row = rows.get(initiative.key);
      if (!row) {
        row = {
          key: initiative.key,
          name: initiative.name,
          kind: initiative.kind,
          counts: parsed.map(() => 0),
          status: null,
          initiatives: parsed.map(() => null),
        };
        rows.set(initiative.key, row);
      }
      row.counts[index] = initiative.count;
      row.initiatives[index] = initiative;
    }
  });
  const selected = [...rows.values()]
    .map((row) => ({ ...row, status: statusOf(row.counts) }))
    .filter(
      (row) =>
        (!options.kind || options.kind.includes(row.kind)) && row.counts.reduce((a, b) => a + b, 0) >= options.minCount,
    );
  return { parsed, lists, selected };
}

/** JSON: one shape for one file and for several, each initiative with its presence per file. */
function formatJson(
  parsed: Array<{ file: string; document: Document }>,
  lists: InitiativeList[],
  selected: InitiativeRow[],
): string {
  return (
    JSON.stringify(
      {
        files: parsed.map(({ file, document }) => ({ file, year: document.meta.year })),
        initiatives: selected.map((row) => ({
          key: row.key,
          name: row.name,
          kind: row.kind,
          status: row.status,
          presence: parsed.map(({ file }, index) => ({
            file,
            year: parsed[index].document.meta.year,
            count: row.counts[index],
            occurrences: row.initiatives[index]?.occurrences ?? [],
          })),
        })),
        diagnostics: parsed.flatMap(({ file }, index) =>
          lists[index].diagnostics.map((diagnostic) => ({ file, ...diagnostic })),
        ),
      },
      null,
      2,
    ) + '\n'
  );
}

/** The sections an initiative is named in (up to four). */
function whereOf(row: InitiativeRow): string {
  const initiative = row.initiatives.find((item) => item !== null)!;
  const sections = [
    ...new Set(
      initiative.occurrences.map(
        (occurrence) =>
          (occurrence.attachment !== null ? `附件${occurrence.attachment}:` : '') + (occurrence.sectionId ?? '-'),
      ),
    ),
  ];
  return sections.slice(0, 4).join(' ') + (sections.length > 4 ? ' …' : '');
}

/** CSV: a count column per plan (labels unique), or the details of one plan's initiatives. */
function formatCsv(selected: InitiativeRow[], labels: string[], many: boolean): string {
  const header = many
    ? ['name', 'key', 'kind', ...labels, 'status']
    : ['name', 'key', 'kind', 'mark', 'count', 'sections'];
  return csvTable(
    header,
    selected.map((row) =>
      many
        ? [row.name, row.key, row.kind, ...row.counts, row.status]
        : [row.name, row.key, row.kind, row.initiatives[0]!.mark, row.counts[0], whereOf(row)],
    ),
  );
}

/** The table for a terminal: one plan's initiatives, or one column per plan and a status. */
function formatTable(selected: InitiativeRow[], labels: string[], many: boolean, options: InitiativesOptions): string {
  const paint = createPainter(options.color === true);
  const statusColour: Record<string, (text: string) => string> = {
    new: paint.green,
    dropped: paint.red,
    continued: (text) => text,
    intermittent: paint.yellow,
  };
  if (!many) {
    return renderTable(
      ['name', 'kind', 'count', 'sections'],
      selected.map((row) => [row.name, row.kind, String(row.counts[0]), whereOf(row)]),
      {
        limits: [40, 12, 5, 30],
        paint: (column, text, index) => (index < 0 ? paint.bold(text) : column === 1 ? paint.cyan(text) : text),
      },
    );
  }
  const statusColumn = 2 + labels.length;
  return renderTable(
    ['name', 'kind', ...labels, 'status'],
    selected.map((row) => [
      row.name,
      row.kind,
      ...row.counts.map((count) => (count > 0 ? String(count) : '·')),
      row.status ?? '',
    ]),
    {
      limits: [40, 12],
      paint: (column, text, index) =>
        index < 0
          ? paint.bold(text)
          : column === statusColumn
            ? (statusColour[text.trim()] ?? ((value: string) => value))(text)
            : text,
    },
  );
}

/**
 * One file's initiatives as NDJSON lines (each with its `file` and the plan's `year`), those of the
 * kinds asked for (all when none) and named at least `minCount` times.
 *
 * @example
 * initiativesNdjson('plan.txt', tree, { minCount: 2 }) // '{"file":"plan.txt","year":2023,"name":"科普中国",…}\n…'
 */
export function initiativesNdjson(
  file: string,
  document: Document,
  options: { kind?: readonly string[]; minCount: number },
): string {
  let lines = '';
  for (const initiative of extractInitiatives(document).initiatives) {
    if (options.kind && !options.kind.includes(initiative.kind)) continue;
    if (initiative.count < options.minCount) continue;
    lines += JSON.stringify({ file, year: document.meta.year, ...initiative }) + '\n';
  }
  return lines;
}

/**
 * Writes the initiatives of one or more plans in the chosen format, with each one's status from
 * year to year when there are several.
 *
 * @example
 * const plans = [{ file: '2023.txt', document: tree2023, text }, { file: '2024.txt', document: tree2024, text: text2 }]
 * formatInitiatives(plans, { format: 'table', minCount: 1 })
 */
export function formatInitiatives(
  given: Array<{ file: string; document: Document; text: string }>,
  options: InitiativesOptions,
): string {
  const { parsed, lists, selected } = collectRows(given, options);
  const writer = INITIATIVE_WRITERS[options.format === 'json' || options.format === 'csv' ? options.format : 'table'];
  return writer({ parsed, lists, rows: selected, labels: columnLabels(parsed) }, options);
}

/**
 * What the initiative writers write: the files, their lists, the selected rows and the files'
 * column labels.
 *
 * @example
 * INITIATIVE_WRITERS.csv(table, options)
 */
export interface InitiativeTable {
  parsed: Array<{ file: string; document: Document }>;
  lists: InitiativeList[];
  rows: InitiativeRow[];
  labels: string[];
}

/**
 * The writers of `kepu initiatives`, one a format: a table with the year-over-year status of each
 * initiative, JSON, and CSV with a column per file.
 *
 * @example
 * Object.keys(INITIATIVE_WRITERS) // ['json', 'csv', 'table']
 */
export const INITIATIVE_WRITERS: Record<
  Exclude<OutputFormatOf<'initiatives'>, 'ndjson'>,
  (table: InitiativeTable, options: InitiativesOptions) => string
> = {
  json: ({ parsed, lists, rows }) => formatJson(parsed, lists, rows),
  csv: ({ parsed, rows, labels }) => formatCsv(rows, labels, parsed.length > 1),
  table: ({ parsed, rows }, options) => formatTable(rows, columnLabels(parsed, true), parsed.length > 1, options),
};
