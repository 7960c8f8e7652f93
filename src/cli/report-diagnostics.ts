/** Prints diagnostics in compiler style: `file:line:column  warning  numbering-gap  message`. */
import type { ChalkInstance } from 'chalk';
import type { Diagnostic } from '../types.js';

export function formatDiagnostic(file: string, diagnostic: Diagnostic, paint: ChalkInstance): string {
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
