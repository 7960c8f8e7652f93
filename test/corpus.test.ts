/**
 * The real documents of fixtures/corpus/ as regression inputs: no crash, the tree checker
 * passes, the outline is the one a reader sees, and well-formed documents get no diagnostics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import type { Document, Section } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';

const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus');

function parse(path: string): Document {
  const text = readFileSync(join(corpus, path), 'utf8');
  const document = parseCircular(text, { name: path });
  checkTree(document, text);
  return document;
}

/** Top-level sections of the body (or of the plan attachment), as "marker heading". */
function topLevel(document: Document, attachment?: number): string[] {
  const nodes =
    attachment === undefined
      ? document.children
      : (document.children.filter((node) => node.type === 'attachment')[attachment] as { children: unknown[] })
          .children;
  return (nodes as Section[]).filter((node) => node.type === 'section').map((node) => `${node.marker}${node.heading}`);
}

// [file, number of top-level sections, meta checks]
const documents: Array<[string, number, Partial<Document['meta']>]> = [
  [
    'shanghai/2022-shipping-services-call.md',
    4,
    { date: '2022-07-29', signatory: '上海市交通委员会', addressees: ['各相关单位'] },
  ],
  ['shanghai/2023-shipping-services-call.md', 4, { date: '2023-04-24', publishDate: '2023-04-27' }],
  ['shanghai/2024-shipping-services-call.md', 3, { date: '2024-06-05' }],
  ['shanghai/2023-2025-vehicle-road-plan.md', 0, { date: '2022-11-01', genre: '通知' }],
  [
    'shanghai/2024-2026-digital-transformation-opinion.md',
    0,
    { date: '2024-04-08', addressees: ['各相关处室、各有关单位'] },
  ],
  ['shanghai/2024-2026-refined-management-plan.md', 0, { date: '2024-12-31' }],
  ['shanghai/2022q1-collection-structure-call.md', 2, { date: '2022-06-06', signatory: null }],
  ['shanghai/2023q1-collection-structure-call.md', 2, {}],
  ['shanghai/2023-waterway-inspection.md', 3, { date: null }],
  [
    'shanghai/2025-waterway-inspection.md',
    3,
    { date: '2025-02-11', addressees: ['临港新片区管委会、各区交通主管部门、市港航中心、委执法总队、各有关单位'] },
  ],
  ['shanghai/jiading-urban-renewal-opinion.md', 0, {}],
  [
    'laws/1985-port-opening-provisions.md',
    12,
    { title: '国务院关于口岸开放的若干规定', genre: '规定', date: '1985-09-18', year: 1985 },
  ],
  [
    'laws/2002-missile-export-control-regulations.md',
    24,
    {
      genre: '条例',
      date: '2002-08-22',
      docNumber: { raw: '中华人民共和国国务院令第361号', agency: '中华人民共和国国务院令', year: null, serial: 361 },
    },
  ],
];

describe('real documents', () => {
  for (const [path, sections, meta] of documents) {
    it(path, () => {
      const document = parse(path);
      expect(document.diagnostics.map((d) => `${d.position.start.line}:${d.code}`)).toEqual([]);
      expect(topLevel(document)).toHaveLength(sections);
      expect(document.meta).toMatchObject(meta);
    });
  }

  it('reads 文号 from the front matter', () => {
    expect(parse('shanghai/2022-shipping-services-call.md').meta.docNumber).toEqual({
      raw: '沪交航〔2022〕454号',
      agency: '沪交航',
      year: 2022,
      serial: 454,
    });
  });

  it('finds the plan embedded after the signature, and its task table', () => {
    const document = parse('shanghai/2024-2026-refined-management-plan.md');
    const attachments = document.children.filter((node) => node.type === 'attachment');
    expect(attachments.map((node) => node.title)).toEqual([
      '上海市交通领域精细化管理工作方案（2024-2026年）',
      '交通领域精细化管理工作三年行动计划任务清单（2024-2026年）',
    ]);
    expect(topLevel(document, 0)).toEqual([
      '一、提升交通设施环境品质',
      '二、提升交通出行服务体验',
      '三、提高交通综合管理效能',
      '四、建设绿色安全交通运输体系',
      '五、保障措施',
    ]);
    // （一）–（二十三） run on across 一、–五、 without a numbering diagnostic.
    const second = (attachments[0] as { children: Section[] }).children.find((node) => node.marker === '二、')!;
    expect(second.children.filter((node) => node.type === 'section').map((node) => node.marker)[0]).toBe('（七）');
  });

  it('reads the four levels of the 2023 inspection and its 附件 list of 11 wrapped titles', () => {
    const document = parse('shanghai/2023-waterway-inspection.md');
    expect(document.meta.attachments).toHaveLength(11);
    expect(document.meta.attachments[0]).toEqual({ index: 1, title: '国内水路运输（辅助业）经营者2023年度核查报告书' });
    expect(document.meta.attachments[10].title).toBe('《国内核查报告书》附表1-4：企业经营情况及运力登记表');
    expect(document.meta.note).toMatch(/^联系人：市港航中心/);
    const first = document.children.find((node): node is Section => node.type === 'section')!;
    const deepest = first.children
      .find((node): node is Section => node.type === 'section')!
      .children.find((node): node is Section => node.type === 'section' && node.marker === '3．')!;
    expect(deepest.children.filter((node) => node.type === 'section').map((node) => (node as Section).marker)).toEqual([
      '（1）',
      '（2）',
      '（3）',
      '（4）',
      '（5）',
    ]);
  });

  it('runs 条 ordinals on across chapters and nests the 清单 under its parts', () => {
    const document = parse('laws/2002-missile-export-control-regulations.md');
    const attachment = document.children.find((node) => node.type === 'attachment')!;
    expect(attachment.title).toBe('导弹及相关物项和技术出口管制清单');
    expect(topLevel(document, 0)).toEqual(['一、前言', '二、定义', '第一部分', '第二部分']);
  });

  it('reads a date written in Chinese numerals with ○', () => {
    expect(parse('shanghai/2022q1-collection-structure-call.md').meta.date).toBe('2022-06-06');
  });
});
