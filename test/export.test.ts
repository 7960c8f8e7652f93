/** Export → parse keeps the outline, on every fixture and real document; CSV and YAML are well formed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseCircular } from '../src/index.js';
import { toMarkdown } from '../src/output/to-markdown.js';
import { toCsv } from '../src/output/to-csv.js';
import { EXPORT_WRITERS } from '../src/output/export-writers.js';
import type { BodyContent, Document, RootContent } from '../src/types.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const inputs = [
  ...readdirSync(join(root, 'parse')).map((name) =>
    join(
      'parse',
      name,
      readdirSync(join(root, 'parse', name)).find((file) => file.startsWith('input.'))!,
    ),
  ),
  ...readdirSync(join(root, 'corpus', 'shanghai'))
    .filter((file) => file.endsWith('.md') && file !== 'SOURCES.md')
    .map((file) => join('corpus', 'shanghai', file)),
  ...readdirSync(join(root, 'corpus', 'laws')).map((file) => join('corpus', 'laws', file)),
  join('seed', 'cast-2022-kepu-plan-forwarded.txt'),
];

function outline(document: Document): string[] {
  const out: string[] = [];
  const walk = (nodes: Array<RootContent | BodyContent>, prefix: string) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        out.push(`${prefix}${node.id} ${node.marker}${node.heading}`);
        walk(node.children, prefix);
      } else if (node.type === 'attachment') walk(node.children, `${prefix}附件${node.index}/`);
    }
  };
  walk(document.children, '');
  return out;
}

// Lines made of the pieces circulars are made of, for the round-trip property.
const piece = fc.constantFrom(
  '一、',
  '二、',
  '（一）',
  '(二)',
  '1.',
  '2．',
  '（1）',
  '①',
  '第一章',
  '第二条',
  '总体要求',
  '加强组织领导。',
  '各地要',
  '“科学启蒙”计划',
  '《纲要》',
  '，',
  '。',
  '附件：',
  '2023年4月10日',
  '各区科协：',
  '关于印发',
  '的通知',
);
const line = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(''));
const circular = fc.array(line, { maxLength: 15 }).map((lines) => lines.join('\n'));

describe('export', () => {
  it('Markdown export parses back to the same outline (property)', () => {
    fc.assert(
      fc.property(circular, (text) => {
        const document = parseCircular(text);
        const again = parseCircular(toMarkdown(document), { format: 'md' });
        expect(outline(again)).toEqual(outline(document));
      }),
      { numRuns: process.env.CI ? 1000 : 300 },
    );
  });

  // Letters shaped as GB/T 9704 lays them out, with an attachment list of one to six items.
  const attachmentTitle = fc
    .tuple(
      fc.constantFrom('临江市', '全市', '2023年', '市科协'),
      fc.constantFrom('科普工作要点', '重点任务清单', '联系人名单', '申报表', '实施方案'),
    )
    .map((parts) => parts.join(''));
  const letter = fc
    .tuple(
      fc.array(attachmentTitle, { minLength: 1, maxLength: 6 }),
      fc.constantFrom('．', '.', '、'),
      fc.constantFrom('各区科协：', '各区科协、各有关单位：'),
    )
    .map(([titles, separator, addressees]) =>
      [
        '关于印发科普工作要点的通知',
        addressees,
        '现将有关文件印发给你们，请认真贯彻落实。',
        ...titles.map((title, index) => `${index === 0 ? '附件：' : ''}${index + 1}${separator}${title}`),
        '临江市科学技术协会',
        '2023年4月10日',
      ].join('\n'),
    );

  it('Markdown export keeps the meta of a letter, its attachment list included (property)', () => {
    fc.assert(
      fc.property(letter, (text) => {
        const document = parseCircular(text);
        const again = parseCircular(toMarkdown(document), { format: 'md' });
        expect(document.meta.attachments.length).toBeGreaterThan(0);
        expect(again.meta).toMatchObject({
          title: document.meta.title,
          addressees: document.meta.addressees,
          attachments: document.meta.attachments,
          signatory: document.meta.signatory,
          date: document.meta.date,
        });
        expect(outline(again)).toEqual(outline(document));
      }),
      { numRuns: process.env.CI ? 500 : 200 },
    );
  });

  for (const input of inputs) {
    it(`Markdown of ${input} parses back to the same outline and meta`, () => {
      const document = parseCircular(readFileSync(join(root, input)), { name: input });
      const again = parseCircular(toMarkdown(document), { format: 'md' });
      expect(outline(again)).toEqual(outline(document));
      expect(again.meta).toMatchObject({
        title: document.meta.title,
        date: document.meta.date,
        signatory: document.meta.signatory,
        attachments: document.meta.attachments,
        addressees: document.meta.addressees,
        docNumber: document.meta.docNumber,
      });
    });
  }

  it('writes CSV with a BOM, CRLF rows, and quotes fields that hold commas or quotes', () => {
    const document = parseCircular(readFileSync(join(root, 'parse', 'halfwidth', 'input.txt')), { name: 'x' });
    const csv = toCsv(document);
    expect(csv.startsWith('\ufefffile,attachment,kind,id,level,marker,heading,text,line\r\n')).toBe(true);
    const rows = csv.slice(1).trim().split('\r\n');
    expect(rows).toHaveLength(1 + 2 + 7);
    expect(rows[1]).toBe('x,,title,,0,,2023年临江市科普工作要点,,1');
    expect(rows[2]).toBe('x,,lead-in,,0,,,现将2023年科普工作要点印发给你们.,4');
    expect(rows[4]).toBe('x,,section,1.1,2,(一),指导思想,"坚持以人民为中心,推动科普工作高质量发展.",6');
    expect(rows[8]).toBe('x,,section,2.1.1,3,1),"实施""科学启蒙""计划",,10');
  });

  it('writes YAML that reads back to the same tree', async () => {
    const document = parseCircular(readFileSync(join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt')), {
      name: 'seed',
    });
    expect(parseYaml(await EXPORT_WRITERS.yaml([document]))).toEqual(JSON.parse(JSON.stringify(document)));
  });
});

describe('JSON written while it is serialised', () => {
  it('gives exactly the text of JSON.stringify(value, null, 2) (property)', async () => {
    const { jsonChunks } = await import('../src/output/json-chunks.js');
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonChunks(value)].join('')).toBe(JSON.stringify(value, null, 2) + '\n');
      }),
      { numRuns: 500 },
    );
  });

  it('cuts a large tree into chunks and keeps it identical', async () => {
    const { jsonChunks } = await import('../src/output/json-chunks.js');
    const document = parseCircular(readFileSync(join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt')));
    const chunks = [...jsonChunks([document, document, document])];
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.join('')).toBe(JSON.stringify([document, document, document], null, 2) + '\n');
  });
});
