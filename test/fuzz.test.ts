/**
 * Fuzzing every command with documents built from a circular's alphabet: markers of every style,
 * brackets, straight and curly quotes, 《》, dates and time words, 附件 and 抄送 lines, CR/LF/CRLF,
 * BOM, full- and half-width forms, traditional characters, lone surrogates, NUL. On every
 * document: parse, deadlines, initiatives, export and diff never throw; every position is inside
 * the input with line and column agreeing with its offset, and its slice is the text reported;
 * the tree validates and is lossless. Inputs that once failed are kept in fixtures/fuzz/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffPlans, extractDeadlines, extractInitiatives, parseCircular, toMarkdown } from '../src/index.js';
import { checkTree } from './helpers/check-tree.js';
import { checkPassPositions } from './helpers/check-positions.js';

const RUNS = process.env.CI ? 2000 : 300;

const piece = fc.constantFrom(
  // markers of every style
  '一、',
  '十二、',
  '（一）',
  '(二)',
  '〔三〕',
  '1.',
  '2．',
  '3、',
  '（1）',
  '(2)',
  '1)',
  '①',
  '⑵',
  '⒈',
  '第一章',
  '第二节',
  '第三条',
  '第四部分',
  '第一編',
  '第五條',
  '# ',
  '## ',
  '**',
  // brackets and quotes, balanced or not
  '（',
  '）',
  '(',
  ')',
  '【',
  '】',
  '〔',
  '〕',
  '《',
  '》',
  '〈',
  '〉',
  '“',
  '”',
  '‘',
  '’',
  '"',
  "'",
  '「',
  '」',
  // time words and dates
  '2023年',
  '9月底前',
  '年底前',
  '上半年',
  '第三季度',
  '2021—2025年',
  '9月15日至25日',
  '自印发之日起30日内',
  '45个工作日内',
  '每季度',
  '"十四五"期间',
  '到2025年',
  '二〇二三年三月十日',
  '农历八月二十三',
  '当年12月31日前',
  // parts of a circular
  '附件：',
  '附件1',
  '附件2：',
  '抄送：',
  '印发',
  '关于印发',
  '的通知',
  '各区科协：',
  '国办发〔2021〕9号',
  '临江市科学技术协会',
  '（此件公开发布）',
  '牵头单位：市科协；配合单位：市教委',
  '— 2 —',
  // names and text
  '“科学启蒙”计划',
  '全国科普日',
  '科普示范县',
  '以下简称《纲要》',
  '加强组织领导。',
  '各地要',
  // widths, variants, odd characters
  '，',
  '。',
  '；',
  ',',
  ':',
  '：',
  '１２３',
  'ＡＢ',
  '關於印發',
  '辦公廳',
  '號',
  ' ',
  '　　',
  '\t',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\uDC00',
  '\u200B',
  '\u00A0',
  '\r',
);
const line = fc
  .array(fc.oneof({ weight: 5, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), {
    maxLength: 8,
  })
  .map((pieces) => pieces.join(''));
const circular = fc
  .tuple(fc.array(line, { maxLength: 25 }), fc.constantFrom('\n', '\r\n', '\r'), fc.boolean())
  .map(([lines, end, bom]) => (bom ? '\uFEFF' : '') + lines.join(end));

describe('fuzz: every command on documents from a circular alphabet', () => {
  it(`parse gives a checked, lossless tree (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(circular, fc.constantFrom<'text' | 'md'>('text', 'md'), (text, format) => {
        checkTree(parseCircular(text, { format }), text);
      }),
      { numRuns: RUNS },
    );
  });

  it(`deadlines and initiatives never throw, and every position slices to its text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(circular, (text) => {
        const document = parseCircular(text);
        checkPassPositions(text, extractDeadlines(document, { all: true }).deadlines);
        const initiatives = extractInitiatives(document);
        checkPassPositions(text, [], initiatives.diagnostics);
        for (const initiative of initiatives.initiatives) checkPassPositions(text, [], initiative.occurrences);
      }),
      { numRuns: RUNS },
    );
  });

  it(`export and diff never throw (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(circular, circular, (before, after) => {
        const a = parseCircular(before);
        toMarkdown(a);
        const diff = diffPlans(a, parseCircular(after));
        expect(diff.summary.added + diff.summary.removed + diff.summary.unchanged).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: RUNS },
    );
  });

  const regressions = join(import.meta.dirname, '..', 'fixtures', 'fuzz');
  for (const name of readdirSync(regressions).filter((file) => file.endsWith('.txt'))) {
    it(`once failed: ${name}`, () => {
      const text = readFileSync(join(regressions, name), 'utf8');
      const document = parseCircular(text);
      checkTree(document, text);
      checkPassPositions(text, extractDeadlines(document, { all: true }).deadlines);
      extractInitiatives(document);
      diffPlans(document, parseCircular(text.split('').reverse().join('')));
    });
  }
});

describe('the position check itself', () => {
  it('fails on a position whose slice is not the text, and on a column that disagrees with the offset', () => {
    const text = '一、重点任务\n9月底前完成。';
    const document = parseCircular(text);
    const [deadline] = extractDeadlines(document).deadlines;
    expect(() => checkPassPositions(text, [deadline])).not.toThrow();
    const shifted = {
      ...deadline,
      position: { ...deadline.position, start: { ...deadline.position.start, offset: 0 } },
    };
    expect(() => checkPassPositions(text, [shifted])).toThrow();
    const column = { ...deadline, position: { ...deadline.position, end: { ...deadline.position.end, column: 1 } } };
    expect(() => checkPassPositions(text, [column])).toThrow();
  });
});
