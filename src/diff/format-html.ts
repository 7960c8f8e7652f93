/**
 * One self-contained HTML page: both plans named (title, year, file), a summary bar whose counts
 * link to the first change of each kind, the plan's top levels as contents, the lists of changed
 * initiatives, deadlines and targets, then the two plans side by side, a row per section: headings
 * in the heading row on both sides (a renamed one with its words marked), word changes marked in
 * the text. Removed and added sections fold (`<details>`, closed), as do runs of unchanged ones;
 * changed ones are open. Inline CSS, nothing loaded from the network, no script.
 */
import type { ChangeKind, DeadlineRef, PlanDiff, SectionChange, SectionRef, TextPiece } from '../types.js';
import type { PlanSeries, SeriesCell } from './diff-series.js';
import { sectionName, sectionTitle } from './format-diff.js';
import { planLabels } from './format-series.js';
import { groupDigits, splitHeading } from './read-pieces.js';
import { diffWords } from './word-diff.js';
import { STYLE } from './html-style.js';
import { shortestTails } from '../output/path-tails.js';
import { escapeHtml } from '../report/escape-html.js';

/** One side of a diff (`delete` the old, `insert` the new), its own edits marked, paragraphs kept. */
function side(pieces: TextPiece[], keep: 'insert' | 'delete'): string {
  const html = pieces
    .filter((piece) => piece.op === 'equal' || piece.op === keep)
    .map((piece) => {
      const value = escapeHtml(piece.value);
      if (piece.op === 'equal') return value;
      // An edit across a paragraph break is marked on both sides of it.
      const tag = keep === 'insert' ? 'ins' : 'del';
      return value
        .split('\n')
        .map((line) => (line ? `<${tag}>${line}</${tag}>` : ''))
        .join('\n');
    })
    .join('');
  return html
    .split('\n')
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('');
}

/** Whether a side has a heading line of its own in the diff (a numbered section with a heading). */
const headed = (ref: SectionRef | null) => ref !== null && ref.role === 'section' && ref.heading.trim() !== '';

/** The number of characters of a text, spaces and line breaks left out. */
const countCharacters = (text: string) => text.replace(/\s/g, '').length;

/** A section's heading cell: its marker and heading, the heading's own edits marked when it was renamed. */
function headingCell(change: SectionChange, which: 'old' | 'new', head: TextPiece[] | null): string {
  const ref = change[which];
  if (!ref) return '';
  const marker = ref.marker ? `<span class="marker">${escapeHtml(ref.marker)}</span>` : '';
  const words = head && headed(ref) ? side(head, which === 'old' ? 'delete' : 'insert').replace(/<\/?p>/g, '') : '';
  const heading = words || escapeHtml(ref.heading);
  // A renumbered or renamed section says what it was, on the new side.
  const other = change.old;
  const was =
    which === 'new' && other && sectionName(other) !== sectionName(ref)
      ? `<span class="renamed-from">was ${escapeHtml(sectionName(other))}</span>`
      : '';
  return `${marker}<span class="heading">${heading}</span>${was}`;
}

/** One change as a row: a fold whose summary is the heading row and whose body is the text. */
function changeRow(change: SectionChange, id: string, context: boolean): string {
  const kind = change.kinds[0];
  const badges = context
    ? ''
    : change.kinds.map((item) => `<span class="badge ${item}">${item}</span>`).join(' ') +
      (change.similarity !== null && kind !== 'unchanged'
        ? ` <span class="similarity">${change.similarity.toFixed(2)}</span>`
        : '');
  const textual = change.kinds.includes('modified') || change.kinds.includes('renamed');
  const { head, body } = splitHeading(change.text, headed(change.old), headed(change.new));
  const size = kind === 'added' || kind === 'removed' ? countCharacters(body.map((piece) => piece.value).join('')) : 0;
  const sizeNote = size > 0 ? ` <span class="size">${groupDigits(size)} 字</span>` : '';
  const level = `level-${change.level}`;
  const summary = `<summary><div class="old head ${level}">${headingCell(change, 'old', textual ? head : null)}${kind === 'removed' ? sizeNote : ''}</div><div class="kinds">${badges}</div><div class="new head ${level}">${headingCell(change, 'new', textual ? head : null)}${kind === 'added' ? sizeNote : ''}</div></summary>`;
  const hasBody =
    (change.kinds.includes('modified') || kind === 'added' || kind === 'removed') && size + body.length > 0;
  const bodyRow = hasBody
    ? `<div class="body"><div class="old ${level}">${side(body, 'delete')}</div><div class="kinds"></div><div class="new ${level}">${side(body, 'insert')}</div></div>`
    : '';
  // Changed text is open; added and removed sections fold; a row with nothing inside stays as it is.
  const open = change.kinds.includes('modified') || change.kinds.includes('renamed') ? ' open' : '';
  const still = hasBody ? '' : ' still';
  return `<details class="change ${context ? 'context' : kind}${still}" id="${id}" data-kinds="${change.kinds.join(' ')}"${open}>${summary}${bodyRow}</details>`;
}

/** When a deadline falls. */
function when(item: DeadlineRef): string {
  if (item.date) return `by ${item.date}`;
  if (item.start && item.end) return item.start === item.end ? item.start : `${item.start}..${item.end}`;
  return item.kind;
}

/** A sentence, or two as a word diff, under a list item. */
function sentenceHtml(before: string | null, after: string): string {
  const pieces: TextPiece[] = before === null ? [{ op: 'equal', value: after }] : diffWords(before, after);
  const html = pieces
    .map((piece) => {
      const value = escapeHtml(piece.value.replace(/\n/g, ' '));
      return piece.op === 'equal' ? value : piece.op === 'insert' ? `<ins>${value}</ins>` : `<del>${value}</del>`;
    })
    .join('');
  return `<span class="sentence">${html}</span>`;
}

/** Items of a list shown before the rest folds. */
const LISTED = 10;

/** The lists of initiatives, deadlines and targets that changed, each with its place and sentence. */
function listsHtml(diff: PlanDiff, prefix: string): string {
  // A long list shows its first items; the rest fold.
  const list = (id: string, title: string, items: string[]) => {
    if (items.length === 0) return '';
    const entries = (some: string[]) => some.map((item) => `<li>${item}</li>`).join('');
    const rest =
      items.length > LISTED
        ? `<details class="more"><summary>${items.length - LISTED} more</summary><ul>${entries(items.slice(LISTED))}</ul></details>`
        : '';
    return `<div id="${prefix}${id}"><h2>${escapeHtml(title)} <small>${items.length}</small></h2><ul>${entries(items.slice(0, LISTED))}</ul>${rest}</div>`;
  };
  const where = (ref: SectionRef | null) => (ref ? ` <small>${escapeHtml(sectionName(ref))}</small>` : '');
  const { initiatives, deadlines, targets } = diff;
  return [
    list('initiatives', '举措 initiatives', [
      ...initiatives.added.map((item) => `<ins>${escapeHtml(item.name)}</ins> <small>${item.kind}</small>`),
      ...initiatives.removed.map((item) => `<del>${escapeHtml(item.name)}</del> <small>${item.kind}</small>`),
    ]),
    list('deadlines', '时限 deadlines', [
      ...deadlines.changed.map(
        (change) =>
          `<del>${escapeHtml(change.old.text)}</del> → <ins>${escapeHtml(change.new.text)}</ins> <small>${change.direction}: ${when(change.old)} → ${when(change.new)}</small>${where(change.new.section)}${sentenceHtml(change.old.sentence, change.new.sentence)}`,
      ),
      ...deadlines.added.map(
        (item) =>
          `<ins>${escapeHtml(item.text)}</ins> <small>${when(item)}</small>${where(item.section)}${sentenceHtml(null, item.sentence)}`,
      ),
      ...deadlines.removed.map(
        (item) =>
          `<del>${escapeHtml(item.text)}</del> <small>${when(item)}</small>${where(item.section)}${sentenceHtml(null, item.sentence)}`,
      ),
    ]),
    list('targets', '目标 targets', [
      ...targets.changed.map(
        (target) =>
          `${escapeHtml(target.subject)} <del>${escapeHtml(target.oldText)}</del> → <ins>${escapeHtml(target.newText)}</ins>${where(target.section)}${sentenceHtml(target.oldSentence, target.newSentence)}`,
      ),
      ...targets.added.map(
        (item) => `${escapeHtml(item.subject)} <ins>${escapeHtml(item.text)}</ins>${where(item.section)}`,
      ),
      ...targets.removed.map(
        (item) => `${escapeHtml(item.subject)} <del>${escapeHtml(item.text)}</del>${where(item.section)}`,
      ),
    ]),
  ].join('');
}

const KINDS: ChangeKind[] = ['modified', 'renamed', 'moved', 'added', 'removed', 'unchanged'];

/**
 * The rows of a diff: each change, runs of unchanged sections folded into one row (the unchanged
 * parent of a change stays out, as its context), ids `${prefix}c${index}`.
 */
function rowsHtml(diff: PlanDiff, prefix: string): string {
  const { changes } = diff;
  // The unchanged ancestors of each change are its context: they are shown.
  const context = new Set<number>();
  const ancestors: number[] = [];
  changes.forEach((change, index) => {
    ancestors.length = change.level - 1;
    if (change.kinds[0] !== 'unchanged') for (const at of ancestors) if (at !== undefined) context.add(at);
    ancestors[change.level - 1] = index;
  });
  const rows: string[] = [];
  let run: string[] = [];
  const endRun = () => {
    if (run.length === 0) return;
    rows.push(
      `<details class="folded"><summary><span>${run.length} unchanged section${run.length > 1 ? 's' : ''}</span></summary>${run.join('')}</details>`,
    );
    run = [];
  };
  changes.forEach((change, index) => {
    const id = `${prefix}c${index}`;
    if (change.kinds[0] === 'unchanged' && !context.has(index)) {
      run.push(changeRow(change, id, false));
      return;
    }
    endRun();
    rows.push(changeRow(change, id, change.kinds[0] === 'unchanged'));
  });
  endRun();
  return rows.join('\n');
}

/** The summary bar: each count links to the first change of its kind (and to each list). */
function summaryHtml(diff: PlanDiff, prefix: string): string {
  const { summary, changes } = diff;
  const items = KINDS.map((kind) => {
    const first = changes.findIndex((change) => change.kinds.includes(kind));
    const label = `${kind}: <b>${summary[kind]}</b>`;
    return first === -1
      ? `<span class="${kind}">${label}</span>`
      : `<a class="${kind}" href="#${prefix}c${first}">${label}</a>`;
  });
  const lists: Array<[string, string, number]> = [
    [
      'initiatives',
      `initiatives: <b>+${summary.initiativesAdded} −${summary.initiativesRemoved}</b>`,
      summary.initiativesAdded + summary.initiativesRemoved,
    ],
    [
      'deadlines',
      `deadlines: <b>+${summary.deadlinesAdded} −${summary.deadlinesRemoved} ~${summary.deadlinesChanged}</b>`,
      summary.deadlinesAdded + summary.deadlinesRemoved + summary.deadlinesChanged,
    ],
    [
      'targets',
      `targets: <b>~${summary.targetsChanged} +${summary.targetsAdded} −${summary.targetsRemoved}</b>`,
      summary.targetsChanged + summary.targetsAdded + summary.targetsRemoved,
    ],
  ];
  for (const [id, label, count] of lists)
    items.push(count > 0 ? `<a href="#${prefix}${id}">${label}</a>` : `<span>${label}</span>`);
  return `<nav class="summary" id="${prefix}summary" aria-label="summary">${items.join('')}</nav>`;
}

/** The plan's top levels, each linked to its row, with what became of it. */
function contentsHtml(diff: PlanDiff, prefix: string): string {
  const items = diff.changes.flatMap((change, index) =>
    change.level === 1
      ? [
          `<li><a href="#${prefix}c${index}">${escapeHtml(sectionTitle(change))}</a> <span class="badge ${change.kinds[0]}">${change.kinds[0]}</span></li>`,
        ]
      : [],
  );
  return items.length === 0
    ? ''
    : `<nav class="contents" aria-label="contents"><h2>目录 contents</h2><ol>${items.join('')}</ol></nav>`;
}

/** The summary, contents, lists and side-by-side rows of one diff (the inside of its page). */
function diffSection(diff: PlanDiff, prefix = ''): string {
  const [oldName, newName] = shortestTails([diff.old.name, diff.new.name]);
  const lists = listsHtml(diff, prefix);
  return `${summaryHtml(diff, prefix)}
${contentsHtml(diff, prefix)}
${lists ? `<section class="lists">${lists}</section>` : ''}
<h2>章节 sections</h2>
<div class="columns"><div>${escapeHtml(oldName)}</div><div class="kinds">change</div><div>${escapeHtml(newName)}</div></div>
${rowsHtml(diff, prefix)}`;
}

/** A plan as the page names it: title, year, and file (the shortest tail that tells the two apart). */
function planLabel(plan: PlanDiff['old'], file: string): string {
  const named = [plan.title, plan.year].filter((part) => part !== null && part !== undefined).join(' ');
  // A plan without title or year is named by its file alone, not twice.
  return named ? `${named} (${file})` : file;
}

/** A whole page around a body. */
function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="kepu">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * The diff as one HTML page.
 *
 * @example
 * writeFileSync('diff.html', formatHtml(diffPlans(old, new)))
 */
export function formatHtml(diff: PlanDiff): string {
  const [oldFile, newFile] = shortestTails([diff.old.name, diff.new.name]);
  const plan = (which: 'old' | 'new', label: string, file: string) => {
    const { title, year, name } = diff[which];
    return `<div class="${which}"><dt>${label}</dt><dd><b>${escapeHtml(title ?? file)}</b>${year ? ` <span class="year">${year}</span>` : ''} <span class="file">${escapeHtml(name)}</span></dd></div>`;
  };
  const heading = `${diff.old.title ?? oldFile}${diff.old.year ? ` ${diff.old.year}` : ''} → ${diff.new.title ?? newFile}${diff.new.year ? ` ${diff.new.year}` : ''}`;
  return page(
    `kepu diff: ${planLabel(diff.old, oldFile)} → ${planLabel(diff.new, newFile)}`,
    `<header><h1>${escapeHtml(heading)}</h1><dl class="plans">${plan('old', '旧 old', oldFile)}${plan('new', '新 new', newFile)}</dl></header>
${diffSection(diff)}`,
  );
}

const BADGE: Record<SeriesCell['status'], string> = {
  first: '',
  new: 'added',
  changed: 'modified',
  same: 'unchanged',
  gap: '',
  dropped: 'removed',
};

/** A cell of the lineage table: the heading as written that year, its status (none in the first plan). */
function seriesCell(cell: SeriesCell | null, level: number): string {
  if (!cell) return '<td class="series empty"></td>';
  if (cell.status === 'gap')
    return `<td class="series gap level-${level}" title="missing this year, back the next">…</td>`;
  if (cell.status === 'dropped')
    return `<td class="series dropped level-${level}"><span class="badge removed">dropped</span></td>`;
  const badge = BADGE[cell.status] ? `<span class="badge ${BADGE[cell.status]}">${cell.status}</span> ` : '';
  const heading = `<span class="marker">${escapeHtml(cell.ref.marker)}</span>${escapeHtml(cell.ref.heading)}`;
  return `<td class="series ${cell.status} level-${level}">${badge}${heading}</td>`;
}

/**
 * A series as one HTML page: the lineage table (a row per topic, a column per plan), then each year's diff.
 *
 * @example
 * writeFileSync('series.html', formatSeriesHtml(diffSeries([plan2022, plan2023, plan2024])))
 */
export function formatSeriesHtml(series: PlanSeries): string {
  const labels = planLabels(series.plans);
  const rows = series.topics.map(
    (topic) => `<tr>${topic.cells.map((cell) => seriesCell(cell, topic.level)).join('')}</tr>`,
  );
  const diffs = series.diffs
    .map(
      (diff, index) =>
        `<details class="year"><summary>${escapeHtml(`${labels[index]} → ${labels[index + 1]}`)}</summary>\n${diffSection(diff, `d${index}-`)}\n</details>`,
    )
    .join('\n');
  const title = series.plans.map((plan, index) => `${plan.title ?? labels[index]} ${labels[index]}`).join(' → ');
  return page(
    `kepu series: ${title}`,
    `<header><h1>${escapeHtml(title)}</h1></header>
<table class="lineage" id="series">
<thead><tr>${labels.map((label) => `<th>${escapeHtml(label)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>逐年 year by year</h2>
${diffs}`,
  );
}
