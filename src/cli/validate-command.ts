/** `kepu validate` and `kepu schema`: loaded only when those commands run. */
import validateDocument from '../generated/validate-document.js';
import validateDiff from '../generated/validate-diff.js';
import validateSummary from '../generated/validate-summary.js';
import { SCHEMA_TEXTS } from '../generated/schemas.js';
import { FileError, readInput, withFile } from './io.js';
import { displayPath } from './paths.js';
import type { OutputFormatOf } from '../output/output-formats.js';

interface SchemaError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * Keeps the errors a reader needs. Nodes are checked by type (if type is X then schema X), so the
 * only noise left is the `if` that says a `then` failed; the same line is said once.
 */
function relevantErrors(errors: SchemaError[]): SchemaError[] {
  const specific = errors.filter((error) => error.keyword !== 'if');
  return specific.length > 0 ? specific : errors;
}

/** One line for a schema error: the JSON path, then the problem. */
function describeError(error: SchemaError): string {
  const extra = error.params.additionalProperty
    ? ` (${String(error.params.additionalProperty)})`
    : error.params.allowedValues
      ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
      : '';
  return `${error.instancePath === '' ? '/' : error.instancePath}: ${error.message ?? 'is invalid'}${extra}`;
}

/**
 * Checks a value against its schema (a diff when it has `changes`, else a document tree); returns
 * one line per problem, naming the JSON path. A value that is neither gets one line saying so.
 */
export function validateTree(value: unknown): string[] {
  const record = typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
  const isDiff = record !== null && 'changes' in record && !('type' in record);
  // A plan summary (kepu tasks --format json) has tasks and containers.
  const isSummary = record !== null && 'tasks' in record && 'containers' in record && !('type' in record);
  if (
    !isDiff &&
    !isSummary &&
    (record === null || (record as { type?: unknown }).type !== 'document' || !('kepuVersion' in record))
  ) {
    return [
      '/: not a kepu tree (a tree has "type": "document" and "kepuVersion"; a diff has "changes"; a summary "tasks")',
    ];
  }
  const validate = isDiff ? validateDiff : isSummary ? validateSummary : validateDocument;
  if (validate(value)) return [];
  const errors = ((validate as unknown as { errors?: SchemaError[] }).errors ?? []) as SchemaError[];
  return [...new Set(relevantErrors(errors).map(describeError))];
}

/** A problem found by validate, for `--format json`. */
interface Problem {
  file: string;
  path: string;
  message: string;
}

/** Validates kepu JSON files; prints problems; returns the exit status (0 valid, 1 problems). */
export function validateFiles(files: string[], format: OutputFormatOf<'validation'> = 'text'): number {
  const report: Array<{ file: string; valid: boolean; problems: Problem[] }> = [];
  for (const file of files) {
    const bytes = withFile(file, () => readInput(file));
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new FileError(file, `is not JSON (${(error as Error).message})`);
    }
    const values = Array.isArray(value) ? value : [value];
    const lines = values.flatMap((item, index) =>
      validateTree(item).map((line) =>
        values.length > 1 ? `/${index}${line.startsWith('/:') ? line.slice(1) : line}` : line,
      ),
    );
    const problems = lines.map((line) => {
      const cut = line.indexOf(': ');
      return { file, path: line.slice(0, cut), message: line.slice(cut + 2) };
    });
    report.push({ file, valid: problems.length === 0, problems });
    if (format === 'json') continue;
    const shown = displayPath(file);
    if (problems.length === 0) process.stdout.write(`${shown}: valid\n`);
    for (const problem of problems) process.stderr.write(`${shown}: ${problem.path}: ${problem.message}\n`);
  }
  if (format === 'json') process.stdout.write(JSON.stringify(report, null, 2) + '\n');
  return report.every((entry) => entry.valid) ? 0 : 1;
}

/** The text of a schema by name (document, diff, summary). */
export function readSchemaText(name: string): string {
  const text = SCHEMA_TEXTS[name];
  if (!text) throw new FileError(name, 'no such schema');
  return text.endsWith('\n') ? text : text + '\n';
}
