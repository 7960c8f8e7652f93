/**
 * The fast Markdown path marks lines exactly as the remark path does, on every Markdown fixture
 * and real document that it takes, and on generated Markdown (a property).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLocator } from '../src/parse/locate.js';
import { splitLines } from '../src/parse/split-lines.js';
import { readMarkdown } from '../src/read/read-markdown.js';
import { needsFullParser } from '../src/read/read-markdown-lines.js';

/** The marks of both paths, and whether the fast path takes the text. */
function marksOf(text: string) {
  const read = (fullParser: boolean) => {
    const lines = splitLines(text, createLocator(text).lineStarts);
    readMarkdown(text, lines, { fullParser });
    return lines.map((line) => ({ markdown: line.markdown ?? null, syntaxLength: line.syntaxLength }));
  };
  const lines = splitLines(text, createLocator(text).lineStarts);
  const front = /^\uFEFF?---[ \t]*\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return {
    remark: read(true),
    fast: read(false),
    fastTaken: !needsFullParser(text, lines, front ? front[0].length : 0),
  };
}

const root = join(import.meta.dirname, '..', 'fixtures');
const files = [
  ...readdirSync(join(root, 'corpus', 'shanghai'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => join(root, 'corpus', 'shanghai', file)),
  ...readdirSync(join(root, 'corpus', 'laws')).map((file) => join(root, 'corpus', 'laws', file)),
  join(root, 'parse', 'markdown-front-matter', 'input.md'),
];

describe('Markdown: the line-by-line path', () => {
  let taken = 0;
  for (const file of files) {
    it(`marks ${file.split('/fixtures/')[1]} as remark does`, () => {
      const { remark, fast, fastTaken } = marksOf(readFileSync(file, 'utf8'));
      if (fastTaken) taken++;
      expect(fast).toEqual(remark);
    });
  }
  it('is taken by most real documents', () => {
    expect(taken).toBeGreaterThanOrEqual(files.length / 2);
  });

  const piece = fc.constantFrom(
    '# ',
    '## ',
    '###',
    '- ',
    '* ',
    '+ ',
    '1. ',
    '2. ',
    '1) ',
    '**',
    '__',
    '<!-- 注 -->',
    '一、',
    '（一）',
    '总体要求',
    '加强领导。',
    '　　',
    ' ',
    '  ',
    '*',
    '-',
    '#标题',
    '10. ',
    '0. ',
  );
  const line = fc.array(piece, { maxLength: 5 }).map((pieces) => pieces.join(''));
  const markdown = fc.array(fc.oneof(line, fc.constant('')), { maxLength: 20 }).map((lines) => lines.join('\n'));
  it('marks generated Markdown as remark does (property)', () => {
    fc.assert(
      fc.property(markdown, (text) => {
        const { remark, fast } = marksOf(text);
        expect(fast).toEqual(remark);
      }),
      { numRuns: process.env.CI ? 3000 : 1000 },
    );
  });
});
