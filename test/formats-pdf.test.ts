/**
 * The eleven real Shanghai notices printed to PDF by Chromium, as a reader prints a page (A4, the
 * title centred, "— N —" folios) and as GB/T 9704 sets a circular (red issuer mark, 22pt bold
 * title, 28 characters a line), each in two font families: WenQuanYi Zen Hei, and Noto Sans CJK,
 * whose text layer gives Kangxi radicals for the ideographs that share their glyph (⼀ for 一).
 * Each parses to the meta and outline of its text, with the folios in `layout`. CI installs
 * Chromium and both fonts (.ci/run); elsewhere a missing tool fails with the package to install.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { extractText, parseCircular } from '../src/index.js';
import type { Document, Node } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
import { SHANGHAI_NOTICES } from './helpers/shanghai.js';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { gbtHtml, linesOf, pdfOptions, printHtml } from '../scripts/render-formats.js';
import { browserDescribe, chromiumPath, pdfFonts, requireTools } from './helpers/browser.js';
import { toSimplified } from '../src/normalize.js';

const run = browserDescribe('formats-pdf.test.ts');

function summary(document: Document) {
  const outline: string[] = [];
  const visit = (node: Node, depth: number) => {
    if (node.type === 'section') outline.push(`${depth} ${node.marker}${node.heading}`);
    if ('children' in node)
      for (const child of node.children) visit(child as Node, depth + (node.type === 'section' ? 1 : 0));
  };
  visit(document, 0);
  const { title, docNumber, addressees, date, signatory, attachments } = document.meta;
  return { title, docNumber, addressees, date, signatory, attachments, outline };
}

run('the real Shanghai notices printed to PDF parse like their text', () => {
  let browser: Browser;
  beforeAll(async () => {
    requireTools({ fonts: true });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  // As a reader prints the page, and as GB/T 9704 sets a circular (display type for the title).
  const layouts = [
    ['page', printHtml],
    ['GB/T 9704', gbtHtml],
  ] as const;
  for (const { file, text } of SHANGHAI_NOTICES) {
    for (const [layout, render] of layouts) {
      for (const { family } of pdfFonts) {
        it(`${file} (${layout}, ${family})`, async () => {
          const expected = parseCircular(text);
          const page = await browser.newPage();
          await page.setContent(render(linesOf(text, parseCircular), family), { waitUntil: 'load' });
          const pdf = new Uint8Array(await page.pdf(pdfOptions(family)));
          await page.close();
          const extracted = (await extractText(pdf, { name: 'notice.pdf' }))!;
          const document = parseCircular(extracted, { name: 'notice.pdf', format: 'pdf' });
          checkTree(document, extracted.text);
          expect(extracted.text).not.toMatch(/[\u2e80-\u2fdf\uf900-\ufaff]/);
          // Noto Sans CJK SC draws 户 and 戶 with one glyph, and its text layer names the lower
          // code point, 戶: a reader of the PDF cannot tell them apart either.
          expect(folded(summary(document))).toEqual(folded(summary(expected)));
          const folios = document.layout.filter((item) => item.kind === 'page-number');
          expect(folios.map((item) => item.value)).toEqual(folios.map((_, i) => i + 1));
        });
      }
    }
  }
});

run('a paragraph printed across a page break', () => {
  let browser: Browser;
  beforeAll(async () => {
    requireTools({ fonts: true });
    browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });
  // Paragraphs long enough that page breaks fall inside them, and a first line that justification
  // spreads out (the bracketed period after it cannot start the next line).
  // Each sentence its own (a line repeated at the top of every page would be a running head).
  const sentences = (n: number) =>
    Array.from(
      { length: 6 },
      (_, k) => `第${n * 6 + k + 1}项任务要加强组织领导，明确责任分工，完善工作机制，强化条件保障，确保落到实处。`,
    ).join('');
  const text = [
    '临江市人民政府办公室关于印发临江市科普工作实施方案的通知',
    '临政办发〔2022〕18号',
    '各区人民政府，市政府各部门：',
    '　　现将《临江市全民科学素质行动规划纲要实施方案（2021—2025年）》印发给你们，请认真组织实施。',
    ...Array.from({ length: 6 }, (_, i) => `　　${'一二三四五六'[i]}、${sentences(i)}`),
    '临江市人民政府办公室',
    '2022年4月18日',
  ].join('\n');
  for (const [layout, render] of [
    ['page', printHtml],
    ['GB/T 9704', gbtHtml],
  ] as const) {
    it(`rejoins it (${layout}), and drops the spaces justification put in a line`, async () => {
      const page = await browser.newPage();
      await page.setContent(render(linesOf(text, parseCircular)), { waitUntil: 'load' });
      const pdf = new Uint8Array(await page.pdf(pdfOptions()));
      await page.close();
      const extracted = (await extractText(pdf, { name: 'plan.pdf' }))!;
      const document = parseCircular(extracted, { name: 'plan.pdf', format: 'pdf' });
      checkTree(document, extracted.text);
      expect(document.layout.filter((item) => item.kind === 'page-number').length).toBeGreaterThan(1);
      const sections = document.children.filter((node) => node.type === 'section');
      expect(sections).toHaveLength(6);
      sections.forEach((section, i) => {
        expect(
          section.type === 'section' && section.heading + '。' + (section.children[0] as { text: string }).text,
        ).toBe(sentences(i));
      });
      expect(extracted.text).toContain('现将《临江市全民科学素质行动规划纲要实施方案（2021—2025年）》印发给你们');
      expect(document.meta).toMatchObject({ signatory: '临江市人民政府办公室', date: '2022-04-18' });
    });
  }
});

/** A summary with traditional forms simplified (see above). */
function folded(value: ReturnType<typeof summary>) {
  return JSON.parse(toSimplified(JSON.stringify(value)));
}
