/** CSV, one row per section, with a BOM so that spreadsheet programs show Chinese. */
import type { Document } from '../types.js';
import { ownText, walkSections } from './walk.js';

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Joins rows into CSV text with a BOM and CRLF line ends. */
export function csvTable(header: string[], rows: Array<Array<string | number | null>>): string {
  return '\ufeff' + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function toCsv(document: Document): string {
  const rows = [...walkSections(document)].map(({ section, attachment }) => [
    attachment ? (attachment.index ?? attachment.title) : '',
    section.id,
    section.level,
    section.marker,
    section.heading,
    ownText(section),
    section.position.start.line,
  ]);
  return csvTable(['attachment', 'id', 'level', 'marker', 'heading', 'text', 'line'], rows);
}
