/** A reviewable summary of a tree for golden files: meta, source, parts, outline, diagnostics. */
import type { BodyContent, Document, RootContent } from '../../src/types.js';

export function summarize(document: Document) {
  const outline: string[] = [];
  const parts: string[] = [];
  const walk = (nodes: Array<RootContent | BodyContent>, prefix: string) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        outline.push(`${prefix}${node.id} L${node.level} ${node.marker} ${node.heading}`.trimEnd());
        walk(node.children, prefix);
      } else if (node.type === 'attachment') {
        outline.push(`附件${node.index ?? '?'} ${node.title}`);
        walk(node.children, `${prefix}附件${node.index ?? '?'}/`);
      } else if (node.type === 'part') {
        parts.push(`${prefix}${node.role}@${node.position.start.line}`);
      }
    }
  };
  walk(document.children, '');
  const { name: _name, length: _length, ...source } = document.source;
  return {
    source,
    meta: document.meta,
    parts,
    outline,
    layout: document.layout.map(
      (item) => `${item.kind}@${item.position.start.line}${item.value === null ? '' : `=${item.value}`}`,
    ),
    diagnostics: document.diagnostics.map((d) => `${d.position.start.line}:${d.position.start.column} ${d.code}`),
  };
}
