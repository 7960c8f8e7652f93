import { it, expect } from 'vitest';
import fc from 'fast-check';
import { parseCircular } from '../src/index.js';
import { toMarkdown } from '../src/export/to-markdown.js';
import type { BodyContent, Document, RootContent } from '../src/types.js';
const piece = fc.constantFrom('一、', '二、', '（一）', '(二)', '1.', '2．', '（1）', '①', '第一章', '第二条', '总体要求', '加强组织领导。', '各地要', '“科学启蒙”计划', '《纲要》', '，', '。', '附件：', '2023年4月10日', '各区科协：', '关于印发', '的通知');
const line = fc.array(piece, { minLength: 1, maxLength: 5 }).map((p) => p.join(''));
const doc = fc.array(line, { maxLength: 15 }).map((l) => l.join('\n'));
function outline(document: Document): string[] {
  const out: string[] = [];
  const walk = (nodes: Array<RootContent | BodyContent>, prefix: string) => { for (const node of nodes) { if (node.type === 'section') { out.push(`${prefix}${node.id} ${node.marker}${node.heading}`); walk(node.children, prefix); } else if (node.type === 'attachment') walk(node.children, `${prefix}A/`); } };
  walk(document.children, ''); return out;
}
it('rt', () => {
  fc.assert(fc.property(doc, (text) => {
    const a = parseCircular(text);
    const b = parseCircular(toMarkdown(a), { format: 'md' });
    expect(outline(b)).toEqual(outline(a));
  }), { numRuns: 500 });
});
