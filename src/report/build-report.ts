/**
 * `kepu report`: one self-contained HTML page for one plan or several — inline CSS and SVG, no
 * script, nothing loaded from the network. One plan: a header card, the timeline, the unit ×
 * task matrix, the initiatives by kind and the folded outline, each linking into the outline.
 * Several: a card per plan, the series' lineage table and an initiatives × plans heat map (from
 * `diffSeries`), then each plan's parts, folded.
 */
import type { PlanSummary } from '../summary/plan-summary.js';
import type { PlanSeries, SeriesCell } from '../diff/diff-series.js';
import { escapeHtml } from './escape-html.js';
import { REPORT_STYLE } from './report-style.js';
import { type ReportContext, reportContext, sectionAnchor } from './report-anchors.js';
import {
  KEPT_APART,
  headerFacts,
  initiativesSection,
  matrixSection,
  outlineSection,
  timelineSection,
} from './report-sections.js';
import { initiativePresence, type PresenceStatus } from './initiative-presence.js';

/**
 * Options of buildReport: the series of the plans (for several), and the line that says what made the page.
 *
 * @example
 * buildReport(summaries, { series: diffSeries(trees) })
 */
export interface ReportOptions {
  /** The series of the plans, in the order of `summaries` (needed for the lineage and the heat map). */
  series?: PlanSeries;
  /** The footer's note (kepu's version); left out when absent, so that the page is reproducible. */
  generator?: string;
}

function page(title: string, body: string, generator: string | undefined): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
${body}
<footer>${escapeHtml(generator ?? 'kepu report')}: made from the plan's text alone; every figure is a view of <code>kepu tasks --format json</code>.</footer>
</body>
</html>
`;
}

/** The parts of one plan, after its header. */
function planParts(context: ReportContext): string {
  return [timelineSection(context), matrixSection(context), initiativesSection(context), outlineSection(context)].join(
    '\n',
  );
}

function planName(summary: PlanSummary): string {
  return summary.planTitle ?? summary.meta.title ?? summary.file;
}

/** The report of one plan. */
function singleReport(summary: PlanSummary, options: ReportOptions): string {
  const context = reportContext(summary, '', 2);
  const letter =
    summary.planTitle && summary.meta.title ? `<p class="muted">${escapeHtml(summary.meta.title)}</p>` : '';
  const nav = `<nav class="toc" aria-label="parts">${[
    ['timeline', '时间轴 Timeline'],
    ['units', '责任单位 Units'],
    ['initiatives', '举措 Initiatives'],
    ['outline', '提纲 Outline'],
  ]
    .map(([id, text]) => `<a href="#${id}">${text}</a>`)
    .join('')}</nav>`;
  const body = `<header class="card"><h1>${escapeHtml(planName(summary))}</h1>${letter}${headerFacts(context)}</header>\n${nav}\n<main>\n${planParts(context)}\n</main>`;
  return page(`kepu report: ${planName(summary)}`, body, options.generator);
}

/** A plan's column label: its year, else its file name. */
function planLabel(summary: PlanSummary): string {
  return summary.meta.year !== null ? String(summary.meta.year) : summary.file.replace(/^.*[\\/]/, '');
}

const MARKS: Record<SeriesCell['status'], string> = {
  first: '',
  new: '+',
  changed: '~',
  same: '=',
  gap: '…',
  dropped: '−',
};

/** The lineage table: a row a topic, a column a plan, each cell linking to that plan's section. */
function lineageSection(contexts: ReportContext[], series: PlanSeries, anchors: Set<string>): string {
  const head = contexts.map((context) => `<th scope="col">${escapeHtml(planLabel(context.summary))}</th>`).join('');
  const rows = series.topics
    .map((topic) => {
      const cells = topic.cells
        .map((cell, index) => {
          if (!cell) return '<td class="series empty"></td>';
          const context = contexts[index];
          const text = `${cell.ref.marker}${cell.ref.heading}`;
          const mark =
            cell.status === 'first' ? '' : `<span class="mark" title="${cell.status}">${MARKS[cell.status]}</span>`;
          if (cell.status === 'dropped' || cell.status === 'gap')
            return `<td class="series ${cell.status}">${mark}<span class="sr-only">${cell.status === 'gap' ? 'missing this year' : 'dropped'}</span></td>`;
          const anchor =
            cell.ref.role === 'section' ? sectionAnchor(context, context.summary.planAttachment, cell.ref.id) : null;
          const shown =
            anchor && anchors.has(anchor) ? `<a href="#${anchor}">${escapeHtml(text)}</a>` : escapeHtml(text);
          return `<td class="series ${cell.status}">${mark}${shown}</td>`;
        })
        .join('');
      return `<tr class="level-${topic.level}">${cells}</tr>`;
    })
    .join('');
  return (
    `<section><h2 id="lineage">脉络 Lineage of the tasks</h2>` +
    `<p class="note">A row a topic, followed from plan to plan (kepu diff's pairing, two levels deep): + new, ~ changed, = same, … missing that year and back the next, − dropped.</p>` +
    `<div class="scroll"><table class="wide"><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div></section>`
  );
}

const HEAT: Record<PresenceStatus, [string, string]> = {
  new: ['+', 'new 新增'],
  present: ['●', 'present 延续'],
  dropped: ['−', 'dropped 删去'],
  absent: ['', 'absent'],
};

/** The heat map: initiatives named in two plans or more × plans; the others listed below it. */
function heatmapSection(contexts: ReportContext[], series: PlanSeries): string {
  const presence = initiativePresence(series).filter((row) => !KEPT_APART.has(row.kind));
  const shown = presence.filter((row) => row.plans >= 2);
  const once = presence.filter((row) => row.plans < 2);
  const head = contexts.map((context) => `<th scope="col">${escapeHtml(planLabel(context.summary))}</th>`).join('');
  const rows = shown
    .map((row) => {
      const cells = row.cells
        .map((cell, index) => {
          const [mark, name] = HEAT[cell.status];
          const title = `${row.name}, ${planLabel(contexts[index].summary)}: ${name}${cell.count ? `, ×${cell.count}` : ''}`;
          return `<td class="heat ${cell.status}" title="${escapeHtml(title)}">${mark}<span class="sr-only">${cell.status === 'absent' ? 'absent' : name}</span></td>`;
        })
        .join('');
      return `<tr><th scope="row">${escapeHtml(row.name)} <span class="muted">${escapeHtml(row.kind)}</span></th>${cells}</tr>`;
    })
    .join('');
  const legend = `<div class="legend"><span>+ new 新增</span><span>● present 延续</span><span>− dropped 删去</span><span>${shown.length} initiatives in two plans or more</span></div>`;
  const onceList = once.length
    ? `<details><summary>${once.length} initiatives named in one plan only</summary><ul class="kind-list">${once
        .map((row) => {
          const index = row.cells.findIndex((cell) => cell.status === 'new' || cell.status === 'present');
          return `<li>${escapeHtml(row.name)} <span class="muted">${escapeHtml(planLabel(contexts[index].summary))}</span></li>`;
        })
        .join('')}</ul></details>`
    : '';
  return `<section><h2 id="heatmap">举措 Initiatives across the plans</h2>${legend}<div class="scroll"><table class="heat"><thead><tr><th scope="col">initiative 举措</th>${head}</tr></thead><tbody>${rows}</tbody></table></div>${onceList}</section>`;
}

/** Every id a report of these contexts gives a section (so that the lineage links only to what exists). */
function sectionAnchors(contexts: ReportContext[]): Set<string> {
  const anchors = new Set<string>();
  for (const context of contexts) {
    for (const container of context.summary.containers) {
      const visit = (section: (typeof container.sections)[number]) => {
        anchors.add(sectionAnchor(context, container.attachment, section.id));
        section.children.forEach(visit);
      };
      container.sections.forEach(visit);
    }
  }
  return anchors;
}

/** The report of several plans. */
function seriesReport(summaries: PlanSummary[], options: ReportOptions): string {
  const contexts = summaries.map((summary, index) => reportContext(summary, `p${index + 1}-`, 3));
  const labels = summaries.map(planLabel);
  const title = `kepu report: ${summaries.length} plans (${labels[0]} – ${labels[labels.length - 1]})`;
  const cards = contexts
    .map(
      (context, index) =>
        `<li><a href="#p${index + 1}">${escapeHtml(`${planLabel(context.summary)} ${planName(context.summary)}`)}</a> <span class="muted">${context.summary.tasks.length} tasks, ${context.summary.initiatives.filter((item) => !KEPT_APART.has(item.kind)).length} initiatives</span></li>`,
    )
    .join('');
  const nav = `<nav class="toc" aria-label="parts"><a href="#plans">Plans</a>${options.series ? '<a href="#lineage">Lineage</a><a href="#heatmap">Initiatives</a>' : ''}</nav>`;
  const seriesParts = options.series
    ? lineageSection(contexts, options.series, sectionAnchors(contexts)) + heatmapSection(contexts, options.series)
    : '';
  const plans = contexts
    .map(
      (context, index) =>
        `<section id="p${index + 1}"><h2>${escapeHtml(`${planLabel(context.summary)} ${planName(context.summary)}`)}</h2><div class="card">${headerFacts(context)}</div>` +
        `<details><summary>Timeline, units, initiatives and outline of this plan</summary>${planParts(context)}</details></section>`,
    )
    .join('\n');
  const body = `<header class="card"><h1>${escapeHtml(title)}</h1><ol id="plans">${cards}</ol></header>\n${nav}\n<main>\n${seriesParts}\n${plans}\n</main>`;
  return page(title, body, options.generator);
}

/**
 * The report of one plan, or of several (with their series, for the lineage and the heat map).
 *
 * @example
 * writeFileSync('report.html', buildReport([summarizePlan(tree)]))
 */
export function buildReport(summaries: PlanSummary[], options: ReportOptions = {}): string {
  if (summaries.length === 0) throw new Error('buildReport: no plan to report on');
  return summaries.length === 1 ? singleReport(summaries[0], options) : seriesReport(summaries, options);
}
