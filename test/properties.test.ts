/** Invariants on any input: parse never throws, positions stay in bounds and ordered, nothing is lost. */
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { parseCircular } from '../src/index.js';
import { foldWidth } from '../src/normalize.js';
import { checkTree } from './helpers/check-tree.js';

// Lines built from the pieces circulars are made of, so that the parser's paths are exercised.
const piece = fc.constantFrom(
  '一、',
  '二、',
  '十一、',
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
  '第一章',
  '第二条',
  '第三部分',
  '总体要求',
  '加强组织领导。',
  '各地要',
  '“科学启蒙”计划',
  '《纲要》',
  '（',
  '）',
  '“',
  '"',
  '附件：',
  '附件1',
  '1．',
  '抄送：',
  '印发',
  '2023年4月10日',
  '二〇二三年三月十日',
  '临江市科协',
  '各区科协：',
  '关于印发',
  '的通知',
  '，',
  '。',
  ' ',
  '　　',
  '— 2 —',
  '-',
  '国办发〔2021〕9号',
  '**',
  '# ',
  '## ',
  '> ',
  '---',
  '\t',
);
const line = fc.array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((pieces) => pieces.join(''));
const circular = fc
  .tuple(fc.array(line, { maxLength: 30 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, end]) => lines.join(end));

describe('properties', () => {
  it('parses any text into a checked, lossless tree', () => {
    fc.assert(
      fc.property(circular, fc.constantFrom<'text' | 'md'>('text', 'md'), (text, format) => {
        checkTree(parseCircular(text, { format }), text);
      }),
      { numRuns: process.env.CI ? 400 : 200 },
    );
  });

  it('folds width as the one-pattern definition does, short texts (scanned) and long ones (replaced)', () => {
    // The definition: every full-width form U+FF01–FF5E to its ASCII character, U+3000 to a space.
    const reference = (text: string) =>
      text.replace(/[\uff01-\uff5e\u3000]/g, (ch) =>
        ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
      );
    const unit = fc.oneof(
      fc.constantFrom('（', '）', '１', '：', '，', '\u3000', '～', '！', '\uff00', '\uff5f', '一', 'a', ' '),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join('');
        if (foldWidth(text) !== reference(text)) throw new Error(`foldWidth(${JSON.stringify(text)})`);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        checkTree(parseCircular(text), text);
      }),
      { numRuns: 300 },
    );
  });
});
