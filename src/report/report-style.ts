/**
 * The report's CSS: one stylesheet inlined in the page. Colours are variables with a dark scheme
 * (prefers-color-scheme); text colours have a contrast of at least 4.5:1 on their background in
 * both (the Chromium test measures them; print always takes the light ones); the timeline's SVG
 * takes its colours from the same variables. Printed on A4, the folded outline opens and the wide
 * figures shrink to the page.
 */
export const REPORT_STYLE = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #57606a; --link: #0550ae; --border: #d0d7de; --card: #f6f8fa;
  --bar: #2f6fb0; --span: #b9d3ef; --mark: #b3261e; --tick: #8a5300; --beyond: #6639ba;
  --zebra: #f6f8fa; --grid: #e1e6eb; --grid-major: #8c959f;
  --new-bg: #dafbe1; --new-fg: #0f5323; --present-bg: #ddf4ff; --present-fg: #0a3069;
  --dropped-bg: #ffebe9; --dropped-fg: #8a0b1f; --warn: #7d4e00;
}
@media screen and (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9da5ae; --link: #6cb6ff; --border: #30363d; --card: #161b22;
    --bar: #4c9be8; --span: #1d3a5c; --mark: #ff7b72; --tick: #e3b341; --beyond: #c297ff;
    --zebra: #151b23; --grid: #21262d; --grid-major: #6e7681;
    --new-bg: #12361f; --new-fg: #8ce99a; --present-bg: #0c2d6b; --present-fg: #b6dcff;
    --dropped-bg: #4c1416; --dropped-fg: #ffb3ab; --warn: #e3b341;
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body {
  font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
    "WenQuanYi Micro Hei", sans-serif;
  font-size: 15px; line-height: 1.6; margin: 0 auto; padding: 1rem; max-width: 72rem; overflow-wrap: anywhere;
}
a { color: var(--link); }
h1 { font-size: 1.45rem; line-height: 1.35; margin: .5rem 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
h4 { font-size: .98rem; margin: 1rem 0 .3rem; }
.muted, .note { color: var(--muted); }
.note { font-size: .9rem; }
nav.toc { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .92rem; margin: .5rem 0 1rem; }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: .8rem 1rem; }
.card dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem 1rem; margin: .5rem 0 0; }
.card dt { color: var(--muted); }
.card dd { margin: 0; }
.stats { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; margin: .6rem 0 0; padding: 0; list-style: none; }
.stats b { font-size: 1.1rem; }
.scroll { overflow-x: auto; max-width: 100%; position: relative; }
table { border-collapse: collapse; font-size: .9rem; }
th, td { border: 1px solid var(--border); padding: .25rem .45rem; text-align: left; vertical-align: top; }
th { background: var(--card); }
table.wide { width: 100%; }
svg.timeline { display: block; width: 100%; min-width: 760px; height: auto; }
svg.timeline text { font-size: 12px; fill: var(--fg); font-family: inherit; }
svg.timeline a text { fill: var(--link); }
svg.timeline a:hover text, svg.timeline a:focus text { text-decoration: underline; }
.tl-tick { fill: var(--muted); }
.tl-grid { stroke: var(--grid); stroke-width: 1; }
.tl-grid.tl-major { stroke: var(--grid-major); }
.tl-zebra { fill: var(--zebra); }
.tl-bar { fill: var(--bar); }
.tl-bar.tl-span { fill: var(--span); }
.tl-mark { fill: var(--mark); }
.tl-ticks line { stroke: var(--tick); stroke-width: 2; }
.tl-beyond path { fill: var(--beyond); }
svg.timeline .tl-beyond text { fill: var(--beyond); }
.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .88rem; color: var(--muted); margin: .4rem 0; }
.legend svg { vertical-align: middle; margin-right: .25rem; }
table.matrix th.task { writing-mode: vertical-rl; white-space: nowrap; font-weight: normal; padding: .4rem .1rem; }
table.matrix td.cell { text-align: center; padding: .1rem .25rem; }
table.matrix th.unit { white-space: nowrap; font-weight: normal; }
table.matrix td.count { text-align: right; color: var(--muted); white-space: nowrap; }
table.matrix thead th { white-space: nowrap; overflow-wrap: normal; }
.kind-list { padding-left: 1.2rem; }
.kind-list li { margin: .15rem 0; }
.places { font-size: .88rem; }
.places a { margin-right: .5rem; }
td.series { font-size: .88rem; min-width: 8rem; }
td.series.dropped, td.series.empty { color: var(--muted); }
.mark { font-weight: 600; margin-right: .2rem; }
table.heat td.heat { text-align: center; min-width: 2.6rem; }
td.heat.new { background: var(--new-bg); color: var(--new-fg); }
td.heat.present { background: var(--present-bg); color: var(--present-fg); }
td.heat.dropped { background: var(--dropped-bg); color: var(--dropped-fg); }
td.heat.absent { color: var(--muted); }
details { margin: .15rem 0; }
details details { margin-left: 1.1rem; }
summary { cursor: pointer; }
/* A link into the outline opens the section it names (the browser opens the ones around it). */
details:target::details-content { content-visibility: visible; display: block; }
:target > summary { outline: 2px solid var(--link); outline-offset: 1px; }
summary .marker, .marker { color: var(--muted); margin-right: .1rem; }
summary .counts { color: var(--muted); font-size: .85rem; margin-left: .4rem; }
.diagnostic { color: var(--warn); font-size: .85rem; margin-left: .4rem; }
.task-body { margin: .2rem 0 .6rem 1.1rem; font-size: .93rem; }
.task-body p { margin: .2rem 0; }
.task-body ul { margin: .2rem 0; padding-left: 1.2rem; }
.chip { display: inline-block; border: 1px solid var(--border); border-radius: 1rem; padding: 0 .5rem; margin: .1rem .2rem .1rem 0; }
.sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
footer { margin: 2rem 0 1rem; font-size: .85rem; color: var(--muted); }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { color-scheme: light; }
  html, body { background: #fff; color: #000; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav.toc { display: none; }
  .scroll { overflow: visible; }
  svg.timeline { width: 100%; min-width: 0; height: auto; }
  table.matrix { font-size: 7pt; width: 100%; table-layout: fixed; }
  table.matrix th.unit, table.matrix thead th:first-child { width: 8em; white-space: normal; }
  table.matrix thead th:nth-child(2) { width: 2.5em; }
  table.matrix td.cell, table.matrix th.task { padding: 1px; overflow: hidden; }
  table.wide, table.heat { width: 100%; table-layout: fixed; }
  td.series, table.heat td.heat { min-width: 0; }
  table.heat thead th:first-child { width: 12em; }
  details::details-content { content-visibility: visible; display: block; }
  a { text-decoration: none; }
  h2, h3 { break-after: avoid; }
  tr, .card { break-inside: avoid; }
}
`;
