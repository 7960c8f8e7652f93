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

describe('enclosed numbers, block by block', () => {
  // The first and last of each Unicode block kepu reads, and what each stands for.
  it.each([
    ['①', 1],
    ['⑳', 20],
    ['㉑', 21],
    ['㉟', 35],
    ['㊱', 36],
    ['㊿', 50],
    ['⑴', 1],
    ['⒇', 20],
    ['⒈', 1],
    ['⒛', 20],
    ['❶', 1],
    ['❿', 10],
    ['➀', 1],
    ['➉', 10],
    ['➊', 1],
    ['➓', 10],
  ])('%s is %i', (marker, ordinal) => {
    expect(matchMarker(`${marker}开展科普宣传`)).toMatchObject({ style: { name: 'enclosed' }, marker, ordinal });
  });

  it('runs ① to ㉒ as one list of 22 items, with no gap at 20', () => {
    const items = Array.from(
      { length: 22 },
      (_, i) => `${String.fromCodePoint(i < 20 ? 0x2460 + i : 0x3251 + i - 20)}第${i + 1}项任务。`,
    );
    const tree = parseCircular(`临江市2023年科普工作要点\n一、重点任务\n${items.join('\n')}\n`);
    const top = tree.children.find((node): node is Section => node.type === 'section')!;
    const list = top.children.filter((child): child is Section => child.type === 'section');
    expect(list.map((section) => section.ordinal)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
    expect(list.at(-1)).toMatchObject({ id: '1.22', marker: '㉒', heading: '第22项任务' });
    expect(tree.diagnostics).toEqual([]);
  });
});

describe('decimal numbering (GB/T 1.1)', () => {
  it.each([
    ['1　总则', 'decimal', '1', 1],
    ['2 工作目标', 'decimal', '2', 2],
    ['1.1 编制目的', 'decimal-2', '1.1', 1],
    ['3.12 应急保障', 'decimal-2', '3.12', 12],
    ['2.1.3 指挥部办公室', 'decimal-3', '2.1.3', 3],
    ['4.2.1.5 信息报送', 'decimal-4', '4.2.1.5', 5],
    ['１．２ 工作原则', 'decimal-2', '１．２', 2],
  ])('%s', (text, style, marker, ordinal) => {
    expect(matchMarker(text)).toMatchObject({ style: { name: style }, marker, ordinal });
  });

  it.each(['0 总则', '0.0 说明', '5 家单位参加', '3 月 5 日召开', '2024.3.5 召开会议', '1 各单位要加强领导，明确分工'])(
    'is not a heading: %s',
    (text) => {
      expect(matchMarker(text)?.style.name.startsWith('decimal') ?? false).toBe(false);
    },
  );
});

describe('markers written with Kangxi radicals', () => {
  // Text copied from a PDF set in Noto CJK: ⼀ U+2F00, ⼆ U+2F06, ⼗ U+2F17.
  it.each([
    ['⼀、总体要求', 'chinese-comma', '⼀、', 1],
    ['（⼆）重点任务', 'chinese-paren', '（⼆）', 2],
    ['第⼗条 本办法自印发之日起施行。', 'law-article', '第⼗条', 10],
    ['⼗⼀、其他', 'chinese-comma', '⼗⼀、', 11],
  ])('%s', (text, style, marker, ordinal) => {
    expect(matchMarker(text)).toMatchObject({ style: { name: style }, marker, ordinal });
  });

  it('reads a marker with a radical after the first character, and leaves the rest of the line as written', () => {
    const text = '（⼆）推进科普基础设施建设，⼴泛开展科普活动';
    const match = matchMarker(text)!;
    expect(match.marker).toBe('（⼆）');
    expect(text.startsWith(match.marker)).toBe(true);
  });

  it('reads a GB/T 1.1 heading whose first word starts with a radical, on a line of up to 30 characters', () => {
    // ⼯ U+2F2F, ⽬ U+2F6C.
    expect(matchMarker('1　⼯作原则')).toMatchObject({ style: { name: 'decimal' }, marker: '1', ordinal: 1 });
    expect(matchMarker('1　⼯作原则与主要⽬标任务及其分工')).toMatchObject({ style: { name: 'decimal' }, ordinal: 1 });
  });

  it('is no marker when the radical is no numeral', () => {
    expect(matchMarker('⼈民群众')).toBeNull();
    expect(matchMarker('⽉底前完成')).toBeNull();
  });
});

describe('Markdown headings', () => {
  it('nests ## under # and ### under ##, siblings at one depth, with no marker', () => {
    const text =
      '# 临江市2023年科普工作要点\n\n## 总体要求\n\n正文。\n\n## 重点任务\n\n### 阵地建设\n\n正文。\n\n### 品牌活动\n\n正文。\n';
    const tree = parseCircular(text, { name: 'plan.md' });
    const sections: Section[] = [];
    const visit = (node: { type: string; children?: unknown[] }) => {
      if (node.type === 'section') sections.push(node as Section);
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child);
    };
    visit(tree as unknown as { type: string; children?: unknown[] });
    expect(
      sections.map((section) => [section.id, section.style, section.marker, section.heading, section.level]),
    ).toEqual([
      ['1', 'markdown-h2', '', '总体要求', 1],
      ['2', 'markdown-h2', '', '重点任务', 1],
      ['2.1', 'markdown-h3', '', '阵地建设', 2],
      ['2.2', 'markdown-h3', '', '品牌活动', 2],
    ]);
  });
});

describe('Markdown headings among numbered items', () => {
  // A heading's depth is written: a deeper heading after numbered items belongs to the heading
  // above them, not to the last item, and a shallower one is never a subsection of a deeper one.
  it('closes the items under ## at ###, and everything at #', () => {
    const text =
      '# 临江市2023年科普工作要点\n\n## 重点任务\n\n一、阵地建设\n\n正文。\n\n二、品牌活动\n\n正文。\n\n### 保障措施\n\n正文。\n\n# 附则\n\n正文。\n';
    const tree = parseCircular(text, { name: 'plan.md' });
    const rows: string[] = [];
    const visit = (node: { type: string; children?: unknown[] }, parent: string) => {
      let here = parent;
      if (node.type === 'section') {
        const section = node as Section;
        rows.push(`${parent} > ${section.heading} (${section.style}, level ${section.level})`);
        here = section.heading;
      }
      for (const child of (node.children ?? []) as Array<{ type: string; children?: unknown[] }>) visit(child, here);
    };
    visit(tree as unknown as { type: string; children?: unknown[] }, '-');
    expect(rows).toEqual([
      '- > 重点任务 (markdown-h2, level 1)',
      '重点任务 > 阵地建设 (chinese-comma, level 2)',
      '重点任务 > 品牌活动 (chinese-comma, level 2)',
      '重点任务 > 保障措施 (markdown-h3, level 2)',
      '- > 附则 (markdown-h1, level 1)',
    ]);
  });
});
