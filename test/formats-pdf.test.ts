/**
 * The eleven real Shanghai notices printed to PDF by Chromium, as a reader prints a page (A4, the
 * title centred, WenQuanYi Zen Hei, "— N —" folios) and as GB/T 9704 sets a circular (red issuer
 * mark, 22pt bold title, 28 characters a line), parse to the meta and outline of their text, with
 * the folios in `layout`. CI installs Chromium and the font (.ci/run).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { extractText, parseCircular } from '../src/index.js';
import type { Document, Node } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
import { SHANGHAI_NOTICES } from './helpers/shanghai.js';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { PDF_OPTIONS, gbtHtml, linesOf, printHtml } from '../scripts/render-formats.js';

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
// CI installs chromium (.ci/run); a developer machine without it skips, and says so.
const run = executablePath || process.env.CI ? describe : describe.skip;
if (!executablePath)
  console.warn('formats-pdf.test.ts: no chromium at /usr/bin/chromium; install it with apt-get install chromium');

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
    browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
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
      it(`${file} (${layout})`, async () => {
        const expected = parseCircular(text);
        const page = await browser.newPage();
        await page.setContent(render(linesOf(text, parseCircular)), { waitUntil: 'load' });
        const pdf = new Uint8Array(await page.pdf(PDF_OPTIONS));
        await page.close();
        const extracted = (await extractText(pdf, { name: 'notice.pdf' }))!;
        const document = parseCircular(extracted, { name: 'notice.pdf', format: 'pdf' });
        checkTree(document, extracted.text);
        expect(summary(document)).toEqual(summary(expected));
        const folios = document.layout.filter((item) => item.kind === 'page-number');
        expect(folios.map((item) => item.value)).toEqual(folios.map((_, i) => i + 1));
      });
    }
  }
});
