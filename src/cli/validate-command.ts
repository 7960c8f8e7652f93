/** `kepu validate` and `kepu schema`: loaded only when those commands run. */
import validateDocument from '../generated/validate-document.js';
import validateDiff from '../generated/validate-diff.js';
import { SCHEMA_TEXTS } from '../generated/schemas.js';
import { FileError, readInput, withFile } from './io.js';

interface SchemaError {
  instancePath: string;
  message?: string;
  params: Record<string, unknown>;
}

/**
 * Checks a value against its schema (a diff when it has `changes`, else a document tree); returns
 * one line per problem, naming the JSON path.
 */
export function validateTree(value: unknown): string[] {
  const isDiff = typeof value === 'object' && value !== null && 'changes' in value && !('type' in value);
  const validate = isDiff ? validateDiff : validateDocument;
  if (validate(value)) return [];
  const errors = ((validate as unknown as { errors?: SchemaError[] }).errors ?? []) as SchemaError[];
  return errors.map((error) => {
    const extra = error.params.additionalProperty
      ? ` (${String(error.params.additionalProperty)})`
      : error.params.allowedValues
        ? ` (${(error.params.allowedValues as unknown[]).join(', ')})`
        : '';
    return `${error.instancePath === '' ? '/' : error.instancePath}: ${error.message ?? 'is invalid'}${extra}`;
  });
}

/** Validates kepu JSON files; prints problems; returns the exit status (0 valid, 1 problems). */
export function validateFiles(files: string[]): number {
  let status = 0;
  for (const file of files) {
    const bytes = withFile(file, () => readInput(file));
    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder().decode(bytes));
    } catch (error) {
      throw new FileError(file, `is not JSON (${(error as Error).message})`);
    }
    const values = Array.isArray(value) ? value : [value];
    const problems = values.flatMap((item, index) =>
      validateTree(item).map((line) => (values.length > 1 ? `/${index}${line === '/' ? '' : line}` : line)),
    );
    if (problems.length === 0) {
      process.stdout.write(`${file}: valid\n`);
    } else {
      status = 1;
      for (const problem of problems) process.stderr.write(`${file}: ${problem}\n`);
    }
  }
  return status;
}

/** The text of a schema by name (document, diff). */
export function readSchemaText(name: string): string {
  const text = SCHEMA_TEXTS[name];
  if (!text) throw new FileError(name, 'no such schema');
  return text.endsWith('\n') ? text : text + '\n';
}
