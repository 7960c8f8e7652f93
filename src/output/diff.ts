/** The writers of `kepu diff`: a table of formats for two plans, and the series of several. */
import type { Document, PlanDiff } from '../types.js';
import { diffPlans, hasDifferences, type DiffOptions } from '../diff/diff-plans.js';
import { planYear } from '../diff/plan-view.js';
import { formatMarkdown } from '../diff/format-diff.js';
import { formatText, type TextOptions } from '../diff/format-text.js';
import { formatHtml } from '../diff/format-html.js';
import { createPainter } from './painter.js';
import { escapeStrings } from './terminal-text.js';

/**
 * The writers of `kepu diff` for two plans, one a format.
 *
 * @example
 * DIFF_WRITERS.md(diffPlans(old, new), { color: false }) // '## …'
 */
export const DIFF_WRITERS: Record<
  'text' | 'json' | 'md' | 'html',
  (diff: PlanDiff, options: TextOptions & { color?: boolean }) => string
> = {
  json: (diff) => JSON.stringify(diff, null, 2) + '\n',
  md: (diff) => formatMarkdown(diff),
  html: (diff) => formatHtml(diff),
  // Text is for a terminal: the documents' control characters are shown escaped.
  text: (diff, options) => formatText(escapeStrings(diff), createPainter(options.color === true), options),
};

/**
 * Diffs two plans and writes the result in a format; says whether anything changed (for --exit-code).
 *
 * @example
 * (await runDiff(old, new, { format: 'json' })).changed // true
 */
export async function runDiff(
  before: Document,
  after: Document,
  options: DiffOptions &
    TextOptions & {
      format: 'text' | 'json' | 'md' | 'html';
      color?: boolean;
      output?: string;
    },
): Promise<{ text: string; changed: boolean }> {
  // Text wraps at the terminal's width when it goes to one, else at 100 columns.
  const terminal = options.output === undefined && process.stdout.isTTY ? process.stdout.columns : undefined;
  const writerOptions = { ...options, width: options.width ?? terminal ?? 100 };
  const diff = diffPlans(before, after, options);
  return { text: DIFF_WRITERS[options.format](diff, writerOptions), changed: hasDifferences(diff) };
}

/**
 * Several plans: each task's lineage across the years, in year order when every plan has a year
 * (a writer per format: text, JSON, Markdown, HTML).
 *
 * @example
 * (await runSeries([plan2022, plan2023, plan2024], { format: 'md' })).text
 */
export async function runSeries(
  documents: Document[],
  options: DiffOptions & { format: 'text' | 'json' | 'md' | 'html' },
): Promise<{ text: string; changed: boolean }> {
  const { diffSeries } = await import('../diff/diff-series.js');
  const { formatSeriesJson, formatSeriesMarkdown, formatSeriesText } = await import('../diff/format-series.js');
  const { formatSeriesHtml } = await import('../diff/format-html.js');
  // Each plan with the year and day given for it (--year, --reference-date), in year order when every plan has a year.
  const plans = documents.map((document, index) => {
    const reference = options.references?.[index] ?? {};
    return { document, reference, year: planYear(document, reference) };
  });
  if (plans.every((plan) => plan.year !== null)) plans.sort((a, b) => a.year! - b.year!);
  const series = diffSeries(
    plans.map((plan) => plan.document),
    { ...options, levels: options.levels ?? 2, references: plans.map((plan) => plan.reference) },
  );
  const changed = series.diffs.some(hasDifferences);
  const writers = {
    json: formatSeriesJson,
    md: formatSeriesMarkdown,
    html: formatSeriesHtml,
    text: (value: typeof series) =>
      formatSeriesText({ ...value, plans: escapeStrings(value.plans), topics: escapeStrings(value.topics) }),
  };
  return { text: writers[options.format](series), changed };
}
