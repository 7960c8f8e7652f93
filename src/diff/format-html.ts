/**
 * One self-contained HTML page: the two plans side by side, a row per section, word changes
 * marked; inline CSS, CJK fonts declared, nothing loaded from the network.
 */
import type { PlanDiff, SectionChange, SectionRef, TextPiece } from '../types.js';
import type { PlanSeries, SeriesCell } from './diff-series.js';

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );
}

function heading(ref: SectionRef | null): string {
  return ref ? `<span class="marker">${escapeHtml(ref.marker)}</span>${escapeHtml(ref.heading)}` : '';
}

function side(pieces: TextPiece[], keep: 'insert' | 'delete'): string {
  return pieces
    .filter((piece) => piece.op === 'equal' || piece.op === keep)
    .map((piece) => {
      const value = escapeHtml(piece.value).replace(/\n/g, '<br>');
      return piece.op === 'equal' ? value : keep === 'insert' ? `<ins>${value}</ins>` : `<del>${value}</del>`;
    })
    .join('');
}

/** Splits a section's diff into its heading line and its body (the diff covers both). */
function splitHeading(pieces: TextPiece[], hasHeading: boolean): { head: TextPiece[]; body: TextPiece[] } {
  if (!hasHeading) return { head: [], body: pieces };
  const head: TextPiece[] = [];
  const body: TextPiece[] = [];
  let inBody = false;
  for (const piece of pieces) {
    if (inBody) {
      body.push(piece);
      continue;
    }
    const lineEnd = piece.value.indexOf('\n');
    if (lineEnd === -1) head.push(piece);
    else {
      if (lineEnd > 0) head.push({ op: piece.op, value: piece.value.slice(0, lineEnd) });
      if (lineEnd + 1 < piece.value.length) body.push({ op: piece.op, value: piece.value.slice(lineEnd + 1) });
      inBody = true;
    }
  }
  return { head, body };
}

function row(change: SectionChange): string {
  const kind = change.kinds[0];
  const badges = change.kinds.map((item) => `<span class="badge ${item}">${item}</span>`).join(' ');
  const similarity =
    change.similarity !== null && kind !== 'unchanged'
      ? `<span class="similarity">${change.similarity.toFixed(2)}</span>`
      : '';
  const pseudo = (change.new ?? change.old)!.role !== 'section';
  const shown =
    change.kinds.includes('modified') || change.kinds.includes('renamed') || kind === 'removed' || kind === 'added';
  const { head, body } = splitHeading(change.text, !pseudo);
  const renamed = change.kinds.includes('renamed');
  const cell = (ref: SectionRef | null, keep: 'insert' | 'delete') => {
    if (!ref) return '';
    const title = renamed ? `<span class="marker">${escapeHtml(ref.marker)}</span>${side(head, keep)}` : heading(ref);
    return `<div class="head">${title}</div><div class="body">${shown ? side(body, keep) : ''}</div>`;
  };
  return `<tr class="change ${kind}" data-kinds="${change.kinds.join(' ')}">
<td class="old level-${change.level}">${cell(change.old, 'delete')}</td>
<td class="kinds">${badges}${similarity}</td>
<td class="new level-${change.level}">${cell(change.new, 'insert')}</td>
</tr>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif; margin: 1.5rem; color: #1f2328; line-height: 1.6; }
h1 { font-size: 1.25rem; margin: 0 0 .5rem; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border-bottom: 1px solid #d0d7de; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; position: sticky; top: 0; }
td.kinds { width: 9rem; text-align: center; font-size: .8rem; }
col.side { width: calc(50% - 4.5rem); }
.head { font-weight: 600; }
.body { font-size: .92rem; color: #3d444d; white-space: normal; }
.marker { color: #59636e; margin-right: .15rem; }
.level-2 .head { padding-left: 1.2rem; } .level-3 .head { padding-left: 2.4rem; } .level-4 .head { padding-left: 3.6rem; } .level-5 .head { padding-left: 4.8rem; }
ins { background: #dafbe1; text-decoration: none; } del { background: #ffebe9; }
tr.added td.new { background: #f0fff4; } tr.removed td.old { background: #fff5f5; }
tr.unchanged { color: #59636e; } tr.unchanged .body { display: none; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .45rem; margin: .1rem; background: #eaeef2; }
.badge.added { background: #dafbe1; } .badge.removed { background: #ffebe9; } .badge.modified, .badge.renamed { background: #fff8c5; } .badge.moved { background: #ddf4ff; }
.similarity { display: block; color: #59636e; }
.summary span { margin-right: 1rem; }
section.lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; margin: 1rem 0; }
section.lists h2 { font-size: 1rem; }
td.series { font-size: .9rem; } td.series.empty { background: #f6f8fa; } td.series.dropped { color: #8c959f; }
details { margin: 1rem 0; } summary { cursor: pointer; font-weight: 600; }
`;

/** The lists, summary and side-by-side table of one diff (the inside of its page). */
function diffSection(diff: PlanDiff): string {
  const { summary } = diff;
  const list = (title: string, items: string[]) =>
    items.length === 0
      ? ''
      : `<div><h2>${escapeHtml(title)}</h2><ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul></div>`;
  const lists = [
    list(
      '新增举措 initiatives added',
      diff.initiatives.added.map((item) => `<ins>${escapeHtml(item.name)}</ins> <small>${item.kind}</small>`),
    ),
    list(
      '删除举措 initiatives removed',
      diff.initiatives.removed.map((item) => `<del>${escapeHtml(item.name)}</del> <small>${item.kind}</small>`),
    ),
    list(
      '时限变化 deadlines changed',
      diff.deadlines.changed.map(
        (change) =>
          `<del>${escapeHtml(change.old.text)}</del> → <ins>${escapeHtml(change.new.text)}</ins> <small>${change.direction}</small>`,
      ),
    ),
    list(
      '新增时限 deadlines added',
      diff.deadlines.added.map((item) => `<ins>${escapeHtml(item.text)}</ins>`),
    ),
    list(
      '删除时限 deadlines removed',
      diff.deadlines.removed.map((item) => `<del>${escapeHtml(item.text)}</del>`),
    ),
    list(
      '目标变化 targets changed',
      diff.targets.changed.map(
        (target) => `<del>${escapeHtml(target.oldText)}</del> → <ins>${escapeHtml(target.newText)}</ins>`,
      ),
    ),
  ].join('');
  return `<p class="summary" id="summary">${(['added', 'removed', 'modified', 'renamed', 'moved', 'unchanged'] as const).map((kind) => `<span class="${kind}">${kind}: <b>${summary[kind]}</b></span>`).join('')}</p>
${lists ? `<section class="lists">${lists}</section>` : ''}
<table>
<colgroup><col class="side"><col style="width: 9rem"><col class="side"></colgroup>
<thead><tr><th>${escapeHtml(diff.old.name)}</th><th>change</th><th>${escapeHtml(diff.new.name)}</th></tr></thead>
<tbody>
${diff.changes.map(row).join('\n')}
</tbody>
</table>`;
}

const label = (side: PlanDiff['old']) => escapeHtml(`${side.title ?? side.name}${side.year ? ` (${side.year})` : ''}`);

/** A whole page around a body. */
function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/** The diff as one HTML page. */
export function formatHtml(diff: PlanDiff): string {
  return page(
    `kepu diff: ${label(diff.old)} → ${label(diff.new)}`,
    `<h1>${label(diff.old)} → ${label(diff.new)}</h1>\n${diffSection(diff)}`,
  );
}

const SERIES_MARK: Record<SeriesCell['status'], string> = {
  new: 'new',
  changed: 'changed',
  same: 'same',
  dropped: 'dropped',
};

/** A series as one HTML page: the lineage table (a row per topic, a column per plan), then each year's diff. */
export function formatSeriesHtml(series: PlanSeries): string {
  const plans = series.plans.map(
    (plan) => `<th>${escapeHtml(plan.year !== null ? String(plan.year) : plan.name)}</th>`,
  );
  const rows = series.topics.map(
    (topic) =>
      `<tr>${topic.cells
        .map((cell) =>
          cell
            ? `<td class="series ${SERIES_MARK[cell.status]} level-${topic.level}"><span class="badge ${cell.status === 'new' ? 'added' : cell.status === 'dropped' ? 'removed' : cell.status === 'changed' ? 'modified' : 'unchanged'}">${cell.status}</span> ${cell.status === 'dropped' ? '' : heading(cell.ref)}</td>`
            : '<td class="series empty"></td>',
        )
        .join('')}</tr>`,
  );
  const diffs = series.diffs
    .map(
      (diff) => `<details><summary>${label(diff.old)} → ${label(diff.new)}</summary>\n${diffSection(diff)}\n</details>`,
    )
    .join('\n');
  return page(
    `kepu series: ${series.plans.map(label).join(' → ')}`,
    `<h1>${series.plans.map(label).join(' → ')}</h1>
<table class="lineage" id="series">
<thead><tr>${plans.join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<h2>Year by year</h2>
${diffs}`,
  );
}
