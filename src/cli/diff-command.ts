/** `kepu diff`: loaded only when that command runs. */
import type { Document } from '../types.js';
import { diffPlans, hasDifferences, type DiffOptions } from '../diff/diff-plans.js';
import { formatMarkdown, formatText } from '../diff/format-diff.js';
import { formatHtml } from '../diff/format-html.js';
import { createPainter } from './color.js';

export async function runDiff(
  before: Document,
  after: Document,
  options: DiffOptions & { format: 'text' | 'json' | 'md' | 'html'; color?: boolean; all?: boolean; explain?: boolean },
): Promise<{ text: string; changed: boolean }> {
  const diff = diffPlans(before, after, options);
  const changed = hasDifferences(diff);
  switch (options.format) {
    case 'json':
      return { text: JSON.stringify(diff, null, 2) + '\n', changed };
    case 'md':
      return { text: formatMarkdown(diff), changed };
    case 'html':
      return { text: formatHtml(diff), changed };
    default:
      return {
        text: formatText(diff, createPainter(options.color === true), { all: options.all, explain: options.explain }),
        changed,
      };
  }
}

/** Several plans: each task's lineage across the years (a table per format). */
export async function runSeries(
  documents: Document[],
  options: DiffOptions & { format: 'text' | 'json' | 'md' | 'html' },
): Promise<{ text: string; changed: boolean }> {
  const { diffSeries } = await import('../diff/diff-series.js');
  const { formatSeriesJson, formatSeriesMarkdown, formatSeriesText } = await import('../diff/format-series.js');
  const { formatSeriesHtml } = await import('../diff/format-html.js');
  // Plans in year order when every one has a year; else in the order given.
  const ordered = documents.every((document) => document.meta.year !== null)
    ? [...documents].sort((a, b) => a.meta.year! - b.meta.year!)
    : documents;
  const series = diffSeries(ordered, { ...options, levels: options.levels ?? 2 });
  const changed = series.diffs.some(hasDifferences);
  const writers = { json: formatSeriesJson, md: formatSeriesMarkdown, html: formatSeriesHtml, text: formatSeriesText };
  return { text: writers[options.format](series), changed };
}
