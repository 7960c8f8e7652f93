/** `kepu report`: the HTML report of one plan, or of several with their series. */
import type { Document } from '../types.js';
import { summarizePlan } from '../summary/summarize-plan.js';
import { diffSeries } from '../diff/diff-series.js';
import { buildReport } from '../report/build-report.js';

/**
 * Options of the report writer: the footer's note (kepu's version).
 *
 * @example
 * const options: ReportWriterOptions = { generator: 'kepu 0.1.0' }
 */
export interface ReportWriterOptions {
  generator?: string;
}

/**
 * The report of parsed plans: one plan's page, or, for several (in year order when every plan has
 * a year, as `kepu diff` orders a series), the series' lineage and heat map with each plan's parts.
 *
 * @example
 * writeFileSync('report.html', formatReport([parseCircular(text)]))
 */
export function formatReport(documents: Document[], options: ReportWriterOptions = {}): string {
  const ordered = documents.every((document) => document.meta.year !== null)
    ? [...documents].sort((a, b) => a.meta.year! - b.meta.year!)
    : documents;
  const summaries = ordered.map((document) => summarizePlan(document));
  // Two levels deep, as kepu diff's series: the lineage of the tasks, not of every item.
  const series = ordered.length > 1 ? diffSeries(ordered, { levels: 2 }) : undefined;
  return buildReport(summaries, { series, generator: options.generator });
}
