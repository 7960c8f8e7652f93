/**
 * CSV, one row per piece of the outline: the title, the lead-in before the first section, each
 * attachment and each section, with the file it came from; a BOM so that spreadsheet programs
 * show Chinese.
 */
import type { Attachment, AttachmentContent, Document, RootContent } from '../types.js';
import { ownText } from './walk-sections.js';

/**
 * A text cell that a spreadsheet (Excel, WPS, LibreOffice) would run as a formula: one starting
 * with = + - @, a tab or a line break (a heading （二）=HYPERLINK(…), a file named =cmd|….txt).
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

/**
 * A CSV field: a text that would start a formula gets a leading ' (OWASP's advice against CSV
 * injection; a program reading the CSV drops it), then the field is quoted when it needs it
 * (RFC 4180). Numbers are written as they are.
 */
export function csvField(value: string | number | null): string {
  const text =
    value === null ? '' : typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with a BOM and CRLF line ends. */
export function csvTable(header: string[], rows: Array<Array<string | number | null>>): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The columns of the export CSV. */
export const EXPORT_CSV_HEADER = ['file', 'attachment', 'kind', 'id', 'level', 'marker', 'heading', 'text', 'line'];

type Row = Array<string | number | null>;

/** Rows of one container (the document's body, or an attachment), in reading order. */
function containerRows(
  file: string,
  nodes: Array<RootContent | AttachmentContent>,
  attachment: Attachment | null,
  rows: Row[],
): void {
  const label = attachment ? (attachment.index ?? attachment.title) : '';
  let leadIn: string[] = [];
  let leadInLine: number | null = null;
  const flushLeadIn = () => {
    if (leadIn.length > 0) rows.push([file, label, 'lead-in', '', 0, '', '', leadIn.join('\n'), leadInLine]);
    leadIn = [];
  };
  let seenSection = false;
  for (const node of nodes) {
    if (node.type === 'part' && node.role === 'title') {
      rows.push([file, label, 'title', '', 0, '', node.text, '', node.position.start.line]);
    } else if (node.type === 'paragraph' && !seenSection) {
      if (leadIn.length === 0) leadInLine = node.position.start.line;
      leadIn.push(node.text);
    } else if (node.type === 'section') {
      flushLeadIn();
      seenSection = true;
      const visit = (section: typeof node) => {
        rows.push([
          file,
          label,
          'section',
          section.id,
          section.level,
          section.marker,
          section.heading,
          ownText(section),
          section.position.start.line,
        ]);
        for (const child of section.children) if (child.type === 'section') visit(child);
      };
      visit(node);
    } else if (node.type === 'attachment') {
      flushLeadIn();
      rows.push([file, node.index ?? node.title, 'attachment', '', 0, '', node.title, '', node.position.start.line]);
      containerRows(file, node.children, node, rows);
    }
  }
  flushLeadIn();
}

/** The rows of one document (no header). */
export function csvRows(document: Document): Row[] {
  const rows: Row[] = [];
  containerRows(document.source.name, document.children, null, rows);
  return rows;
}

/** One document as CSV. */
export function toCsv(document: Document): string {
  return csvTable(EXPORT_CSV_HEADER, csvRows(document));
}
