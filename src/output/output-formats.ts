/**
 * The output formats, one table: for each kind of thing kepu writes (a parse tree, an export, the
 * deadlines, the initiatives, a diff, the tasks, the outline, the report), the formats it is
 * written in, in the order `--help` lists them. The commands take their `--format` choices from
 * here; the writers themselves are loaded only when a command writes (see each kind's module).
 * Adding a format is a row here plus its writer in that module.
 */

/**
 * The formats of each kind of output, in the order the commands list them.
 *
 * @example
 * OUTPUT_FORMATS_BY_KIND.deadlines // ['table', 'json', 'csv', 'ics', 'ndjson']
 */
export const OUTPUT_FORMATS_BY_KIND = {
  /** `kepu parse`: the tree (src/output/document-writer.ts). */
  document: ['json', 'yaml', 'ndjson'],
  /** `kepu export`: the tree as a reader wants it (src/output/export-writers.ts). */
  export: ['json', 'yaml', 'md', 'csv'],
  /** `kepu deadlines` (src/output/deadlines.ts; NDJSON streamed a file at a time). */
  deadlines: ['table', 'json', 'csv', 'ics', 'ndjson'],
  /** `kepu initiatives` (src/output/initiatives.ts; NDJSON streamed a file at a time). */
  initiatives: ['table', 'json', 'csv', 'ndjson'],
  /** `kepu diff` (src/output/diff.ts). */
  diff: ['text', 'json', 'md', 'html'],
  /** `kepu tasks` (src/output/tasks.ts). */
  tasks: ['table', 'csv', 'json', 'ndjson'],
  /** `kepu outline` (src/output/outline.ts; --json picks json). */
  outline: ['text', 'json'],
  /** `kepu report` (src/output/report.ts). */
  report: ['html'],
  /** `kepu validate`'s report: a line a problem, or a JSON list (src/cli/validate-command.ts). */
  validation: ['text', 'json'],
} as const;

/**
 * A kind of output: what a command writes.
 *
 * @example
 * const kind: OutputKind = 'deadlines'
 */
export type OutputKind = keyof typeof OUTPUT_FORMATS_BY_KIND;

/**
 * The formats a kind of output is written in.
 *
 * @example
 * const format: OutputFormatOf<'deadlines'> = 'ics'
 */
export type OutputFormatOf<Kind extends OutputKind> = (typeof OUTPUT_FORMATS_BY_KIND)[Kind][number];

/**
 * The formats of a kind of output, as a list commander's `choices` takes.
 *
 * @example
 * formatsOf('diff') // ['text', 'json', 'md', 'html']
 */
export function formatsOf<Kind extends OutputKind>(kind: Kind): Array<OutputFormatOf<Kind>> {
  return [...OUTPUT_FORMATS_BY_KIND[kind]];
}
