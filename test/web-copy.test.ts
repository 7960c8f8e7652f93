/**
 * Web copies of real circulars: each Shanghai notice of the corpus (the text of its page), copied
 * as people copy it — with the site's furniture above and below, with an empty line after every
 * line, with half-width punctuation, in traditional characters, with the title in 《》 and repeated
 * under a 来源 line, and with CRLF line ends, trailing spaces and no-break-space indents — must keep
 * the meta and outline of the clean text.
 */
import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { parseCircular } from '../src/index.js';
import type { Document, Node } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
import { SHANGHAI_NOTICES } from './helpers/shanghai.js';

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const HEAD = ['首页 > 政务公开 > 政策文件', '来源：上海市人民政府　　发布时间：2023-03-03 10:00', '【字体：大 中 小】'];
const FOOT = ['【打印本页】【关闭窗口】', '责任编辑：张三', '版权所有：上海市人民政府办公厅 沪ICP备12345678号'];
const halfWidth = (text: string) =>
  text
    .replace(/，/g, ', ')
    .replace(/：/g, ': ')
    .replace(/。/g, '. ')
    .replace(/；/g, '; ')
    .replace(/（/g, '(')
    .replace(/）/g, ')');

/** Each way of copying, with what it does to the clean text's values (to compare like with like). */
const COPIES: Array<[string, (text: string) => string, (value: string) => string]> = [
  ['furniture above and below', (text) => [...HEAD, text, ...FOOT].join('\n'), (value) => value],
  [
    'an empty line after every line',
    (text) => [...HEAD, ...text.split('\n').flatMap((line) => [line, ''])].join('\n'),
    (value) => value,
  ],
  ['half-width punctuation', (text) => [...HEAD, halfWidth(text)].join('\n'), halfWidth],
  ['traditional characters', (text) => toTraditional(text), (value) => toTraditional(value)],
  [
    'CRLF line ends, trailing spaces and no-break-space indents',
    (text) => [...HEAD, ...text.split('\n').map((line) => (line ? `\u00a0\u00a0${line}   ` : line))].join('\r\n'),
    (value) => value,
  ],
  [
    'the title in 《》, then repeated under a 来源 line',
    (text) => {
      const [title, ...rest] = text.split('\n');
      return [`《${title}》`, HEAD[1], title, ...rest].join('\n');
    },
    (value) => value,
  ],
];

function fields(document: Document, map: (value: string) => string) {
  const { title, docNumber, addressees, date, signatory } = document.meta;
  const outline: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'section') outline.push(map(`${node.marker}${node.heading}`));
    if ('children' in node) for (const child of node.children) visit(child as Node);
  };
  visit(document);
  return {
    title: title && map(title),
    docNumber: docNumber && map(docNumber.raw),
    addressees: addressees.map(map),
    date,
    signatory: signatory && map(signatory),
    outline,
  };
}

describe('web copies of the real Shanghai notices keep their header fields and outline', () => {
  it('has the eleven notices', () => expect(SHANGHAI_NOTICES).toHaveLength(11));
  for (const { file, text } of SHANGHAI_NOTICES) {
    const clean = parseCircular(text);
    for (const [name, copy, map] of COPIES) {
      it(`${file}: ${name}`, () => {
        const copied = copy(text);
        const document = parseCircular(copied);
        checkTree(document, copied);
        expect(fields(document, (value) => value)).toEqual(fields(clean, map));
        expect(clean.meta.title).not.toBeNull();
      });
    }
  }
});
