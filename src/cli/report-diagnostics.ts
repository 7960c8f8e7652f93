/** Prints diagnostics in compiler style: `file:line:column  warning  numbering-gap  message`. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic, Document } from '../types.js';
import { colorOption } from './color-for-output.js';
import { escapeControls } from '../output/terminal-text.js';

/** One diagnostic as a line; the file name and the message (which quotes the document) with controls escaped. */
export function formatDiagnostic(name: string, given: Diagnostic, paint: ChalkInstance): string {
  const file = escapeControls(name);
  const diagnostic = { ...given, message: escapeControls(given.message) };
  const { line, column } = diagnostic.position.start;
  // Without colour, no styling calls (a document can have tens of thousands of diagnostics).
  if (paint.level === 0)
    return `${file}:${line}:${column}  ${diagnostic.severity}  ${diagnostic.code}  ${diagnostic.message}`;
  const severity =
    diagnostic.severity === 'error'
      ? paint.red('error')
      : diagnostic.severity === 'warning'
        ? paint.yellow('warning')
        : paint.blue('info');
  return `${paint.bold(`${file}:${line}:${column}`)}  ${severity}  ${paint.dim(diagnostic.code)}  ${diagnostic.message}`;
}

/**
 * Prints every document's diagnostics to stderr; returns how many are warnings or errors (what
 * --strict counts). Loads chalk only when there is something to print.
 */
export async function reportDiagnostics(
  documents: Document[],
  options: { quiet?: boolean; color?: string | boolean },
): Promise<number> {
  const count = documents.reduce(
    (sum, document) => sum + document.diagnostics.filter((diagnostic) => diagnostic.severity !== 'info').length,
    0,
  );
  if (options.quiet || documents.every((document) => document.diagnostics.length === 0)) return count;
  const { colorWhen, decideColor } = await import('./color.js');
  const { createPainter } = await import('../output/painter.js');
  const paint = createPainter(decideColor(process.stderr, colorWhen(colorOption(options))));
  // Written in batches: a document can have tens of thousands of diagnostics, and a write each
  // costs a system call each.
  let batch = '';
  for (const document of documents) {
    for (const diagnostic of document.diagnostics) {
      batch += formatDiagnostic(document.source.name, diagnostic, paint) + '\n';
      if (batch.length >= 8192) {
        process.stderr.write(batch);
        batch = '';
      }
    }
  }
  if (batch) process.stderr.write(batch);
  return count;
}
