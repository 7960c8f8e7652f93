/** Paragraph rejoining in hard-wrapped (PDF-extracted) text: by sentence ends, not by line length alone. */
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';

// 64 columns a line; the line that ends in （牵 is six short, because it holds half-width digits.
const WRAPPED = [
  '　　一、重点任务',
  '　　（一）开展科普日活动。各区要在9月中旬前组织开展全国科普日主',
  '题活动，做好2023年科普日活动宣传和组织工作，各区科协（牵',
  '头单位：市教育局）要及时报送活动开展的总结材料，确保活动实效。',
  '　　（二）建设科普基地。认定一批市级科普教育基地，推动科普基地',
  '向公众开放，提升基地科普服务的能力和水平，形成一批示范基地。',
  '　　二、保障措施',
  '　　各单位要加强组织领导，明确责任分工，确保各项任务落到实处，',
  '取得实效，按时报送工作进展情况和年度总结，接受社会监督检查。',
].join('\n');

describe('rejoining wrapped lines', () => {
  const document = parseCircular(WRAPPED);
  const text = JSON.stringify(document);
  it('keeps a line that ends mid-sentence with the next, even when digits made it shorter', () => {
    expect(document.source.hardWrapped).toBe(true);
    expect(text).toContain('各区科协（牵头单位：市教育局）要及时');
    expect(document.diagnostics.filter((d) => d.code.includes('bracket'))).toEqual([]);
  });
  it('still ends a paragraph at a sentence end and a heading at its short line', () => {
    const sections = document.children.filter((node) => node.type === 'section');
    expect(sections.map((s) => s.type === 'section' && s.heading)).toEqual(['重点任务', '保障措施']);
    const first = sections[0].type === 'section' ? sections[0].children : [];
    expect(first.map((node) => node.type === 'section' && node.marker)).toEqual(['（一）', '（二）']);
  });
});

describe('rejoining lines broken out around links, in a text whose paragraphs are apart by empty lines', () => {
  it('joins the pieces of a sentence, and never takes the text under a heading into it', () => {
    const text = [
      '关于开展科普日活动的通知',
      '',
      '各区科协：',
      '',
      '过去一年，全市科普工作取得新进展，',
      '科技馆',
      '接待观众',
      '50万人次，完成年度目标。',
      '',
      '（一）加强组织领导，完善工作机制',
      '各单位要高度重视，认真组织实施。',
      '',
      '（二）做好宣传工作',
      '',
    ].join('\n');
    const document = parseCircular(text);
    const json = JSON.stringify(document);
    expect(json).toContain('全市科普工作取得新进展，科技馆接待观众50万人次，完成年度目标。');
    const sections = document.children.filter((node) => node.type === 'section');
    expect(sections.map((node) => node.type === 'section' && node.heading)).toEqual([
      '加强组织领导，完善工作机制',
      '做好宣传工作',
    ]);
    expect(document.meta.title).toBe('关于开展科普日活动的通知');
  });
});
