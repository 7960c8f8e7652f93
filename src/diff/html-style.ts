/**
 * The style sheet of the HTML diff: inline in the page (it loads nothing), CJK fonts declared,
 * light and dark schemes with contrast, two columns side by side on a wide screen and one above
 * the other on a phone.
 */
export const STYLE = `
:root { color-scheme: light dark; --text: #1f2328; --muted: #59636e; --line: #d0d7de; --panel: #f6f8fa;
  --ins: #dafbe1; --del: #ffebe9; --add-row: #f0fff4; --remove-row: #fff5f5; --change: #fff8c5; --move: #ddf4ff; --link: #0550ae; }
@media (prefers-color-scheme: dark) {
  :root { --text: #e6edf3; --muted: #9198a1; --line: #3d444d; --panel: #151b23;
    --ins: #1c4428; --del: #542426; --add-row: #12261e; --remove-row: #2a1619; --change: #3b2e0a; --move: #0c2d4a; --link: #4493f8; }
  body { background: #0d1117; }
}
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", sans-serif;
  margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 110rem; color: var(--text); line-height: 1.65; }
a { color: var(--link); }
h1 { font-size: 1.3rem; margin: .5rem 0; }
h2 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
header .plans { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 1.5rem; margin: 0; }
header .plans div { border-left: .3rem solid var(--line); padding-left: .6rem; }
header .plans .old { border-color: #cf222e; } header .plans .new { border-color: #1a7f37; }
header dt { font-size: .8rem; color: var(--muted); } header dd { margin: 0; }
header .file { font-family: ui-monospace, monospace; font-size: .85rem; color: var(--muted); word-break: break-all; }
nav.summary { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; gap: .3rem .9rem; padding: .45rem .6rem;
  margin: .8rem 0; background: var(--panel); border: 1px solid var(--line); border-radius: .4rem; font-size: .9rem; }
nav.summary b { font-variant-numeric: tabular-nums; }
nav.contents ol { columns: 2 22rem; margin: .2rem 0; padding-left: 1.4rem; }
nav.contents li { break-inside: avoid; }
section.lists { display: grid; grid-template-columns: repeat(auto-fit, minmax(22rem, 1fr)); gap: 0 1.5rem; }
section.lists ul { padding-left: 1.2rem; margin: .2rem 0; } section.lists li { margin: .25rem 0; }
section.lists .sentence { display: block; color: var(--muted); font-size: .88rem; }
section.lists details.more > summary { cursor: pointer; color: var(--link); font-size: .88rem; margin-left: 1.2rem; }
.badge { display: inline-block; border-radius: 1rem; padding: 0 .45rem; margin: .1rem; font-size: .78rem; background: var(--panel); border: 1px solid var(--line); }
.badge.added { background: var(--ins); } .badge.removed { background: var(--del); }
.badge.modified, .badge.renamed { background: var(--change); } .badge.moved { background: var(--move); }
.columns, .change > summary, .change > .body, .folded > summary { display: grid; grid-template-columns: minmax(0, 1fr) 8.5rem minmax(0, 1fr); gap: 0 .8rem; }
.columns { font-weight: 600; border-bottom: 2px solid var(--line); padding: .3rem 0; }
.change { border-bottom: 1px solid var(--line); }
[id] { scroll-margin-top: 3.5rem; }
.change > summary { list-style: none; cursor: pointer; padding: .35rem 0; }
.change > summary::-webkit-details-marker { display: none; }
.change > summary .kinds::before { content: "▸ "; color: var(--muted); }
.change[open] > summary .kinds::before { content: "▾ "; }
.change.context > summary .kinds::before, .change.still > summary .kinds::before { content: ""; }
.head { font-weight: 600; overflow-wrap: anywhere; }
.kinds { text-align: center; font-size: .8rem; color: var(--muted); }
.marker { color: var(--muted); margin-right: .15rem; font-weight: 400; }
.body > div { font-size: .93rem; overflow-wrap: anywhere; padding-bottom: .5rem; }
.body p { margin: 0 0 .4rem; }
.level-2 { padding-left: 1.2rem; } .level-3 { padding-left: 2.4rem; } .level-4 { padding-left: 3.6rem; } .level-5 { padding-left: 4.8rem; }
ins { background: var(--ins); text-decoration: none; } del { background: var(--del); text-decoration-color: var(--muted); }
.change.added > summary .new, .change.added > .body .new { background: var(--add-row); }
.change.removed > summary .old, .change.removed > .body .old { background: var(--remove-row); }
.change.context, .change.unchanged { color: var(--muted); }
.renamed-from { display: block; font-size: .78rem; color: var(--muted); font-weight: 400; }
.size { font-size: .8rem; color: var(--muted); font-weight: 400; }
.folded { border-bottom: 1px solid var(--line); }
.folded > summary { list-style: none; cursor: pointer; color: var(--muted); font-size: .85rem; padding: .25rem 0; }
.folded > summary::-webkit-details-marker { display: none; }
.folded > summary span { grid-column: 1 / -1; text-align: center; }
table.lineage { border-collapse: collapse; width: 100%; }
table.lineage th, table.lineage td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; vertical-align: top; text-align: left; font-size: .9rem; }
td.series.empty { background: var(--panel); } td.series.dropped, td.series.gap { color: var(--muted); }
td.series.gap { background: repeating-linear-gradient(135deg, transparent 0 .4rem, var(--panel) .4rem .8rem); }
details.year { margin: 1rem 0; } details.year > summary { cursor: pointer; font-weight: 600; }
@media (max-width: 700px) {
  body { padding: .6rem .7rem 2rem; }
  header .plans { grid-template-columns: 1fr; }
  .columns { display: none; }
  .change > summary, .change > .body, .folded > summary { grid-template-columns: minmax(0, 1fr); }
  .change .kinds { text-align: left; order: -1; }
  .change > summary .old:not(:empty)::before { content: "旧 "; color: #cf222e; font-size: .75rem; font-weight: 600; }
  .change > summary .new:not(:empty)::before { content: "新 "; color: #1a7f37; font-size: .75rem; font-weight: 600; }
  .change > .body .old:not(:empty) { border-left: .2rem solid #cf222e; padding-left: .5rem; margin-bottom: .3rem; }
  .change > .body .new:not(:empty) { border-left: .2rem solid #1a7f37; padding-left: .5rem; }
  .change > .body .kinds { display: none; }
  .level-2, .level-3, .level-4, .level-5 { padding-left: .6rem; }
  nav.summary { position: static; }
}
@media print { nav.summary { position: static; } }
`;
