/** Every marker variant of circulars.md §2, read by the numbering-style table. */
import { describe, expect, it } from 'vitest';
import { matchMarker } from '../src/numbering-styles.js';
import { parseCircular } from '../src/index.js';
import type { Section } from '../src/types.js';

describe('matchMarker', () => {
  it.each([
    ['一、总体要求', 'chinese-comma', '一、', 1],
    ['十一、其他', 'chinese-comma', '十一、', 11],
    ['二十三、附则', 'chinese-comma', '二十三、', 23],
    ['一. 总体要求', 'chinese-comma', '一.', 1],
    ['一．总体要求', 'chinese-comma', '一．', 1],
    ['一，总体要求', 'chinese-comma', '一，', 1],
    ['第一部分 总体要求', 'part', '第一部分', 1],
    ['（一）指导思想', 'chinese-paren', '（一）', 1],
    ['(二)指导思想', 'chinese-paren', '(二)', 2],
    ['(三) 指导思想', 'chinese-paren', '(三)', 3],
    ['〔四〕指导思想', 'chinese-paren', '〔四〕', 4],
    ['（二十一）提升服务', 'chinese-paren', '（二十一）', 21],
    ['1.完善设施', 'arabic-dot', '1.', 1],
    ['2．完善设施', 'arabic-dot', '2．', 2],
    ['3、完善设施', 'arabic-dot', '3、', 3],
    ['１．完善设施', 'arabic-dot', '１．', 1],
    ['12. 完善设施', 'arabic-dot', '12.', 12],
    ['（1）配置展品', 'arabic-paren', '（1）', 1],
    ['(2)配置展品', 'arabic-paren', '(2)', 2],
    ['3)配置展品', 'arabic-half-paren', '3)', 3],
    ['①突出基层', 'enclosed', '①', 1],
    ['⑵突出基层', 'enclosed', '⑵', 2],
    ['⒊突出基层', 'enclosed', '⒊', 3],
    ['第一编 总则', 'law-book', '第一编', 1],
    ['第二章 认定', 'law-chapter', '第二章', 2],
    ['第三节 一般规定', 'law-section', '第三节', 3],
    ['第十二条 为了……', 'law-article', '第十二条', 12],
    ['第一百零五条 本法自公布之日起施行。', 'law-article', '第一百零五条', 105],
    ['第一條 為了規範……', 'law-article', '第一條', 1],
    ['第二節 認定', 'law-section', '第二節', 2],
  ])('%s', (text, style, marker, ordinal) => {
    expect(matchMarker(text)).toMatchObject({ style: { name: style }, marker, ordinal });
  });

  it.each([
    '2022年是党的二十大召开之年',
    '2022.3.3召开',
    '1.5亿人次',
    '一是加强领导',
    '十九大精神',
    '（此件公开发布）',
    '(2019-2022年)',
    '第八届全国大赛',
    '——加强组织领导',
  ])('is not a marker: %s', (text) => {
    expect(matchMarker(text)).toBeNull();
  });
});

describe('nesting', () => {
  it('nests by the order styles appear in, not by a fixed table', () => {
    const tree = parseCircular('一、甲\n1．乙\n（1）丙\n二、丁\n1．戊\n');
    const top = tree.children.filter((node): node is Section => node.type === 'section');
    expect(
      top.map((section) => [
        section.id,
        section.children.filter((child) => child.type === 'section').map((child) => (child as Section).id),
      ]),
    ).toEqual([
      ['1', ['1.1']],
      ['2', ['2.1']],
    ]);
    expect(tree.diagnostics).toEqual([]);
  });

  it('closes deeper levels when a container style (第二部分) appears after items', () => {
    const tree = parseCircular('第一部分 甲\n一、乙\n（一）丙\n1．丁\n第二部分 戊\n一、己\n');
    const parts = tree.children.filter((node): node is Section => node.type === 'section');
    expect(parts.map((section) => section.marker)).toEqual(['第一部分', '第二部分']);
    expect(parts[1].children.map((child) => (child as Section).id)).toEqual(['2.1']);
  });
});
