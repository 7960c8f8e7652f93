/** Prints diagnostics in compiler style: `file:line:column  warning  numbering-gap  message`. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../types.js';
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
