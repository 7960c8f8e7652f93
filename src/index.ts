/**
 * kepu's public library API. `parseCircular` turns a circular into a positioned tree; the other
 * exports are the pipeline's stages and the passes that read the tree.
 */

export type * from './types.js';
export {
  parseCircular,
  detectFormat,
  FORMAT_READERS,
  type ParseOptions,
  type FormatReader,
  type FormatReading,
} from './parse-circular.js';
export { readCircular, extractText } from './read/read-circular.js';
export { INPUT_FORMATS, pickFormat, type InputFormatSpec, type Extractor } from './read/input-formats.js';
export type { ExtractedText, LineHint } from './read/extracted.js';
export type { ReaderProblem } from './parse/build-document.js';
export { decodeBytes, InputError, SUPPORTED_ENCODINGS, type DecodedText } from './read/decode.js';
export { READ_LIMITS, DEFAULT_READ_LIMITS, type ReadLimits, type LimitSpec } from './read/limits.js';
export { NUMBERING_STYLES, matchMarker, type NumberingStyle, type MarkerMatch } from './numbering-styles.js';
export { parseChineseNumeral, parseOrdinal } from './numerals.js';
export { toSimplified, foldWidth } from './normalize.js';
export {
  extractDeadlines,
  type Deadline,
  type DeadlineList,
  type DeadlineOptions,
  type DeadlineRole,
} from './passes/extract-deadlines.js';
export {
  parseTimeExpression,
  findTimeExpressions,
  type TimeValue,
  type TimeOptions,
  type TimeKind,
  type TimeMatch,
  type Recurrence,
} from './time/parse-time.js';
export { readResponsible, type Responsible } from './passes/read-responsible.js';
export {
  extractInitiatives,
  type Initiative,
  type InitiativeList,
  type InitiativeOccurrence,
  type InitiativeOptions,
} from './passes/extract-initiatives.js';
export {
  initiativeKey,
  INITIATIVE_KINDS,
  type InitiativeKind,
  type InitiativeMark,
} from './passes/initiative-kinds.js';
export { diffPlans, hasDifferences, type DiffOptions, type PassLists, type PlanReference } from './diff/diff-plans.js';
export type { TextOptions } from './diff/format-text.js';
export type { DeadlineFacts } from './diff/diff-deadlines.js';
export type { InitiativeFacts } from './diff/diff-initiatives.js';
export { toMarkdown } from './output/to-markdown.js';
export { kepuParse, kepuStringify, type KepuParseOptions } from './unified-plugin.js';
export { diffSeries, type PlanSeries, type SeriesTopic, type SeriesCell } from './diff/diff-series.js';
export { jsonChunks } from './output/json-chunks.js';
export {
  createDocumentWriter,
  serializeDocument,
  type DocumentFormat,
  type ChunkSink,
} from './output/document-writer.js';
export { OUTPUT_FORMATS_BY_KIND, formatsOf, type OutputFormatOf, type OutputKind } from './output/output-formats.js';
export {
  DEADLINE_WRITERS,
  collectDeadlines,
  formatDeadlines,
  type DeadlinesOptions,
  type DeadlineWriter,
  type DeadlineRow,
  type FileDeadlines,
  type CollectedDeadlines,
} from './output/deadlines.js';
export {
  INITIATIVE_WRITERS,
  formatInitiatives,
  type InitiativesOptions,
  type InitiativeTable,
  type InitiativeRow,
} from './output/initiatives.js';
export { DIFF_WRITERS, runDiff, runSeries } from './output/diff.js';
export { sourceOf } from './source-of.js';
export type { Locator } from './parse/locate.js';
export type { PhysicalLine } from './parse/split-lines.js';
export type { MarkdownKind } from './parse/split-lines.js';
export { summarizePlan, type SummaryOptions } from './summary/summarize-plan.js';
export type {
  PlanSummary,
  Task,
  TaskLimit,
  TaskResponsible,
  TaskInitiative,
  TaskCell,
  OutlineContainer,
  OutlineSection,
  PlanInitiative,
  SummaryTable,
} from './summary/plan-summary.js';
export type { ColumnRole } from './summary/table-columns.js';
export { unitLoads, type UnitLoad } from './summary/unit-loads.js';
export { OUTLINE_WRITERS, type OutlineOptions } from './output/outline.js';
export { TASK_WRITERS, formatTasks, type TasksOptions, type TaskWriter } from './output/tasks.js';
export { formatReport, type ReportWriterOptions } from './output/report.js';
export { buildReport, type ReportOptions } from './report/build-report.js';
