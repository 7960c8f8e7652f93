/**
 * The parts of one plan's report, each an HTML string: the header card, the timeline, the unit ×
 * task matrix, the initiatives by kind, and the outline folded with `<details>`. Each part reads
 * the plan summary only.
 */
import type { OutlineSection, Task, TaskLimit } from '../summary/plan-summary.js';
import { unitLoads } from '../summary/unit-loads.js';
import { INITIATIVE_KINDS } from '../passes/initiative-kinds.js';
import { escapeHtml } from './escape-html.js';
import { type ReportContext, containerAnchor, sectionAnchor, taskAnchor, taskLabel } from './report-anchors.js';
import { drawTimeline, describeLimit, type TimelineRow } from './timeline-svg.js';
import { placeLimit, timelineDomain } from './timeline-geometry.js';

/** The most rows the timeline draws, and the most tasks and units the matrix shows. */
const MAX_TIMELINE_ROWS = 300;
const MAX_MATRIX_TASKS = 120;
const MAX_MATRIX_UNITS = 150;

/** Kinds the initiatives pass keeps apart from initiatives (slogans, plan periods): listed last, folded. */
export const KEPT_APART = new Set<string>(['formulation', 'period']);

/** A heading of the part's level, with an id. */
function heading(context: ReportContext, offset: number, id: string, text: string): string {
  const level = context.level + offset;
  return `<h${level} id="${id}">${escapeHtml(text)}</h${level}>`;
}

function link(href: string, text: string, title?: string): string {
  return `<a href="#${escapeHtml(href)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${escapeHtml(text)}</a>`;
}

/** The header card's facts: issuer, 发文字号, date, addressees, attachments, the plan's year. */
export function headerFacts(context: ReportContext): string {
  const { summary } = context;
  const meta = summary.meta;
  const facts: Array<[string, string | null]> = [
    ['文件 file', summary.file],
    ['发文机关 issuer', meta.signatory ?? meta.issuerMark],
    ['发文字号 number', meta.docNumber],
    ['成文日期 date', meta.date],
    ['主送 addressees', meta.addressees.length > 0 ? meta.addressees.join('；') : null],
    [
      '附件 attachments',
      meta.attachments.length > 0
        ? meta.attachments.map((item) => `${item.index ?? ''}${item.index ? '. ' : ''}${item.title}`).join('；')
        : null,
    ],
    ['年度 year', meta.year === null ? null : `${meta.year} (from the ${meta.yearSource})`],
  ];
  const tasks = summary.tasks;
  const stats: Array<[number, string]> = [
    [tasks.length, 'tasks'],
    [tasks.filter((task) => task.responsible).length, 'with units'],
    [tasks.filter((task) => task.limits.length > 0).length, 'with time limits'],
    [summary.initiatives.filter((item) => !KEPT_APART.has(item.kind)).length, 'initiatives'],
  ];
  return (
    `<dl>${facts
      .filter(([, value]) => value !== null && value !== '')
      .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value!)}</dd>`)
      .join('')}</dl>` +
    `<ul class="stats">${stats.map(([count, name]) => `<li><b>${count}</b> ${name}</li>`).join('')}</ul>`
  );
}

/** The legend of the timeline: what each mark means. */
function timelineLegend(after: string): string {
  const item = (shape: string, text: string) =>
    `<span><svg width="18" height="12" aria-hidden="true">${shape}</svg>${escapeHtml(text)}</span>`;
  return `<div class="legend">${[
    item('<rect class="tl-bar" x="1" y="2" width="16" height="8" rx="2"/>', 'period 期间'),
    item('<path class="tl-mark" d="M9 0l6 6-6 6-6-6z"/>', 'limit 时限'),
    item(
      '<g class="tl-ticks"><line x1="6" y1="0" x2="6" y2="12"/><line x1="12" y1="0" x2="12" y2="12"/></g>',
      'recurring 定期',
    ),
    item('<g class="tl-beyond"><path d="M4 1l9 5-9 5z"/></g>', `after ${after} 之后`),
  ].join('')}</div>`;
}

/** The limits of the timeline as a table: its text alternative. */
function limitsTable(context: ReportContext, rows: Array<{ task: Task; limit: TaskLimit }>): string {
  const body = rows
    .map(
      ({ task, limit }) =>
        `<tr><td>${link(taskAnchor(context, task), taskLabel(task), task.id)}</td><td>${escapeHtml(limit.text)}</td>` +
        `<td>${escapeHtml(describeLimit({ ...limit, text: '', item: null }).replace(/^ \(|\)$/g, ''))}</td>` +
        `<td>${escapeHtml(limit.item ?? '')}</td><td>${limit.line}</td></tr>`,
    )
    .join('');
  return (
    `<details><summary>The ${rows.length} time limits as a table 时限列表</summary><div class="scroll"><table class="wide">` +
    `<thead><tr><th>task 任务</th><th>as written 原文</th><th>when 时间</th><th>what is due 事项</th><th>line</th></tr></thead>` +
    `<tbody>${body}</tbody></table></div></details>`
  );
}

/** The timeline: one row a task with a limit that can be placed, its limits as a table below. */
export function timelineSection(context: ReportContext): string {
  const { summary, prefix } = context;
  const id = `${prefix}timeline`;
  const withLimits = summary.tasks.filter((task) => task.limits.length > 0);
  const domain = timelineDomain(
    withLimits.flatMap((task) => task.limits),
    summary.reference.year,
  );
  const placeable = domain
    ? withLimits.filter((task) => task.limits.some((limit) => placeLimit(limit, domain).kind !== 'none'))
    : [];
  const rows: TimelineRow[] = placeable.slice(0, MAX_TIMELINE_ROWS).map((task) => ({
    label: taskLabel(task),
    title: `${task.id} ${taskLabel(task)}`,
    href: `#${taskAnchor(context, task)}`,
    limits: task.limits,
  }));
  const notes: string[] = [];
  if (placeable.length > rows.length) {
    notes.push(
      `The timeline shows the first ${rows.length} of ${placeable.length} tasks with limits; the table lists them all.`,
    );
  }
  if (summary.deadlinesOutsideTasks > 0) {
    notes.push(
      `${summary.deadlinesOutsideTasks} more time limit${summary.deadlinesOutsideTasks === 1 ? ' is' : 's are'} in no task (the lead-in, or a section's own text): kepu deadlines lists them.`,
    );
  }
  if (summary.omittedTimeReferences > 0) {
    notes.push(
      `${summary.omittedTimeReferences} time reference${summary.omittedTimeReferences === 1 ? ' is' : 's are'} not a limit (a cited title, a label, the plan's own year): kepu deadlines --all lists them.`,
    );
  }
  const noteText = notes.map((note) => `<p class="note">${escapeHtml(note)}</p>`).join('');
  if (!domain || rows.length === 0) {
    const year = summary.reference.year;
    return `<section>${heading(context, 0, id, '时间轴 Timeline')}<p>No task of this plan has a time limit kepu reads${
      year ? `; the plan as a whole is for ${year}` : ''
    }.</p>${noteText}</section>`;
  }
  const first = domain.start.slice(0, 4);
  const last = domain.end.slice(0, 4);
  const years = first === last ? first : `${first}–${last}`;
  const svg = drawTimeline(rows, domain, {
    id: `${prefix}timeline-svg`,
    title: `Timeline of ${rows.length} tasks with time limits, ${years}`,
    description: `${rows.length} tasks, one row each, over ${years}: periods as bars, limits as marks, recurring duties as ticks, limits after ${last} as arrows at the right edge. The same limits are listed in the table below.`,
  });
  const listed = withLimits.flatMap((task) => task.limits.map((limit) => ({ task, limit })));
  return `<section>${heading(context, 0, id, `时间轴 Timeline ${years}`)}${timelineLegend(last)}<div class="scroll">${svg}</div>${noteText}${limitsTable(context, listed)}</section>`;
}

/** The unit × task matrix: a row a unit (the most loaded first), a column a task with units. */
export function matrixSection(context: ReportContext): string {
  const { summary, prefix } = context;
  const id = `${prefix}units`;
  const loads = unitLoads(summary);
  const title = '责任单位 Units × tasks';
  if (loads.length === 0) {
    return `<section>${heading(context, 0, id, title)}<p>No task of this plan names responsible units kepu reads (牵头, 配合, 负责 notes, or the unit columns of a task table).</p></section>`;
  }
  // A figure a reader can take in: the first tasks and the most loaded units, said so when cut.
  const withUnits = summary.tasks.filter((task) => task.responsible);
  const tasks = withUnits.slice(0, MAX_MATRIX_TASKS);
  const shownLoads = loads.slice(0, MAX_MATRIX_UNITS);
  const cut =
    tasks.length < withUnits.length || shownLoads.length < loads.length
      ? `<p class="note">The matrix shows ${shownLoads.length} of ${loads.length} units and ${tasks.length} of ${withUnits.length} tasks with units (kepu tasks --by unit lists them all).</p>`
      : '';
  const head = tasks
    .map(
      (task) =>
        `<th class="task" scope="col">${link(taskAnchor(context, task), task.marker || task.id, `${task.id} ${task.heading}`)}</th>`,
    )
    .join('');
  const symbol = {
    lead: ['●', 'lead 牵头'],
    others: ['○', 'partner 配合'],
    implementers: ['◇', 'implementer 实施'],
  } as const;
  const body = shownLoads
    .map((load) => {
      const cells = tasks
        .map((task) => {
          const roles = (['lead', 'others', 'implementers'] as const).filter((name) => load[name].includes(task.id));
          if (roles.length === 0) return '<td class="cell"></td>';
          const names = roles.map((role) => symbol[role][1]).join(', ');
          const marks = roles.map((role) => symbol[role][0]).join('');
          return `<td class="cell" title="${escapeHtml(`${load.unit}: ${names}, ${task.id}`)}">${marks}<span class="sr-only"> ${names}</span></td>`;
        })
        .join('');
      const total = new Set([...load.lead, ...load.others, ...load.implementers]).size;
      return `<tr><th class="unit" scope="row">${escapeHtml(load.unit)}</th><td class="count">${total}</td>${cells}</tr>`;
    })
    .join('');
  const legend = `<div class="legend"><span>● lead 牵头</span><span>○ partner 配合</span><span>◇ implementer 实施主体</span><span>${loads.length} units, ${withUnits.length} tasks with units</span></div>`;
  return `<section>${heading(context, 0, id, title)}${legend}${cut}<div class="scroll"><table class="matrix"><thead><tr><th scope="col">unit 单位</th><th scope="col">tasks</th>${head}</tr></thead><tbody>${body}</tbody></table></div></section>`;
}

/** What each kind of initiative is called. */
const KIND_NAMES: Record<string, string> = {
  document: '文件 Documents',
  programme: '计划·工程·项目 Programmes',
  campaign: '行动 Campaigns',
  event: '活动 Events',
  platform: '平台 Platforms',
  organisation: '机构 Bodies',
  formulation: '提法 Formulations',
  period: '时期 Periods',
  other: '其他 Other',
};

/** Where an initiative is named: links to its tasks, else to its sections, else to its container. */
function initiativePlaces(context: ReportContext, places: ReportContext['summary']['initiatives'][number]['places']) {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const place of places) {
    const task = place.taskId ? context.tasks.get(place.taskId) : undefined;
    const href = task
      ? taskAnchor(context, task)
      : place.sectionId
        ? sectionAnchor(context, place.attachment, place.sectionId)
        : containerAnchor(context, place.attachment);
    if (seen.has(href)) continue;
    seen.add(href);
    const text = task ? taskLabel(task) : place.sectionId ? `${place.sectionId}` : `(lead-in) line ${place.line}`;
    links.push(link(href, text.length > 18 ? `${text.slice(0, 17)}…` : text, task?.id));
  }
  return links.join('');
}

/** The initiatives, grouped by kind, each linking to where it is named. */
export function initiativesSection(context: ReportContext): string {
  const { summary, prefix } = context;
  const id = `${prefix}initiatives`;
  const title = '举措 Initiatives';
  if (summary.initiatives.length === 0) {
    return `<section>${heading(context, 0, id, title)}<p>No named initiative in this plan.</p></section>`;
  }
  const groups = INITIATIVE_KINDS.map((kind) => ({
    kind,
    items: summary.initiatives.filter((item) => item.kind === kind).sort((a, b) => b.count - a.count),
  })).filter((group) => group.items.length > 0);
  const list = (items: (typeof summary.initiatives)[number][]) =>
    `<ul class="kind-list">${items
      .map(
        (item) =>
          `<li><b>${escapeHtml(item.name)}</b> <span class="muted">×${item.count}</span> <span class="places">${initiativePlaces(context, item.places)}</span></li>`,
      )
      .join('')}</ul>`;
  const body = groups
    .filter(({ kind }) => !KEPT_APART.has(kind))
    .map(
      ({ kind, items }) =>
        heading(context, 1, `${prefix}initiatives-${kind}`, `${KIND_NAMES[kind] ?? kind} (${items.length})`) +
        list(items),
    )
    .join('');
  const others = groups.filter(({ kind }) => KEPT_APART.has(kind));
  const folded = others.length
    ? `<details><summary>Kept apart: ${others.map(({ kind, items }) => `${KIND_NAMES[kind]} (${items.length})`).join(', ')} — slogans and plan periods, not initiatives</summary>${others.map(({ items }) => list(items)).join('')}</details>`
    : '';
  return `<section>${heading(context, 0, id, title)}${body}${folded}</section>`;
}

/** What a task says: its text, its units, its limits, its initiatives, its table cells. */
function taskBody(task: Task): string {
  const parts: string[] = [];
  for (const paragraph of task.text.split('\n').filter((line) => line !== ''))
    parts.push(`<p>${escapeHtml(paragraph)}</p>`);
  const units = task.responsible;
  if (units) {
    const roles: Array<[string, string[]]> = [
      ['牵头 lead', units.lead],
      ['配合 partners', units.others],
      ['实施 implementers', units.implementers],
    ];
    const written = roles.filter(([, list]) => list.length > 0);
    parts.push(
      `<p>${written.map(([name, list]) => `<span class="muted">${name}:</span> ${escapeHtml(list.join('、'))}`).join('；')} <span class="muted">(${units.from === 'table' ? 'task table' : 'note'})</span></p>`,
    );
  }
  if (task.limits.length > 0) {
    parts.push(`<ul>${task.limits.map((limit) => `<li>${escapeHtml(describeLimit(limit))}</li>`).join('')}</ul>`);
  }
  if (task.initiatives.length > 0) {
    parts.push(
      `<p>${task.initiatives.map((item) => `<span class="chip">${escapeHtml(item.name)}</span>`).join('')}</p>`,
    );
  }
  if (task.earliest)
    parts.push(`<p class="muted">${escapeHtml(`earliest ${task.earliest}, latest ${task.latest}`)}</p>`);
  parts.push(`<p class="muted">${escapeHtml(`${task.id}, line ${task.line}`)}</p>`);
  return `<div class="task-body">${parts.join('')}</div>`;
}

/** One section of the outline, folded, its subsections inside. */
function outlineNode(context: ReportContext, attachment: number | null, section: OutlineSection): string {
  const counts = [
    section.deadlines > 0 ? `${section.deadlines} limit${section.deadlines === 1 ? '' : 's'}` : '',
    section.initiatives > 0 ? `${section.initiatives} initiative${section.initiatives === 1 ? '' : 's'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const diagnostics = section.diagnostics.map((code) => `<span class="diagnostic">⚠ ${code}</span>`).join('');
  const text = section.heading || section.text;
  const summaryLine = `<summary><span class="marker">${escapeHtml(section.marker)}</span>${escapeHtml(text)}${counts ? `<span class="counts">${counts}</span>` : ''}${diagnostics}</summary>`;
  const task = section.taskId ? context.tasks.get(section.taskId) : undefined;
  const inside = task
    ? taskBody(task)
    : section.children.map((child) => outlineNode(context, attachment, child)).join('');
  return `<details id="${sectionAnchor(context, attachment, section.id)}"${task ? ' class="task"' : ''}>${summaryLine}${inside}</details>`;
}

/** The outline: each container open, its sections folded; table rows without a number after. */
export function outlineSection(context: ReportContext): string {
  const { summary, prefix } = context;
  // Table rows without a number, by container.
  const unnumbered = new Map<number | null, Task[]>();
  for (const task of summary.tasks) {
    if (task.sectionId === null) {
      const list = unnumbered.get(task.attachment) ?? [];
      list.push(task);
      unnumbered.set(task.attachment, list);
    }
  }
  const containers = summary.containers
    .map((container) => {
      const label = container.attachment === null ? 'Body 正文' : `附件${container.attachment}`;
      const rows = (unnumbered.get(container.attachment) ?? [])
        .map(
          (task) =>
            `<details id="${taskAnchor(context, task)}" class="task"><summary>${escapeHtml(taskLabel(task))}</summary>${taskBody(task)}</details>`,
        )
        .join('');
      const leadIn =
        container.leadIn.deadlines + container.leadIn.initiatives > 0
          ? `<p class="note">Lead-in 导语: ${container.leadIn.deadlines} limits, ${container.leadIn.initiatives} initiatives</p>`
          : '';
      return `<details open id="${containerAnchor(context, container.attachment)}"><summary><b>${escapeHtml(label)}</b> ${escapeHtml(container.title ?? '')}</summary>${leadIn}${container.sections.map((section) => outlineNode(context, container.attachment, section)).join('')}${rows}</details>`;
    })
    .join('');
  return `<section>${heading(context, 0, `${prefix}outline`, '提纲 Outline')}<p class="note">Every task opens to its units, limits and initiatives.</p>${containers}</section>`;
}
