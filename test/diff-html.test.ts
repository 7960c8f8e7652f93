/**
 * The HTML diff opened in headless Chromium (Debian's chromium, driven by playwright-core):
 * what a reader sees, and that the page loads nothing from the network.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { parseCircular } from '../src/index.js';
import { diffPlans } from '../src/diff/diff-plans.js';
import { formatHtml, formatSeriesHtml } from '../src/diff/format-html.js';
import { diffSeries } from '../src/diff/diff-series.js';
import { readFileSync } from 'node:fs';

import { browserDescribe, chromiumPath, requireTools } from './helpers/browser.js';

const run = browserDescribe('diff-html.test.ts');

run('kepu diff --format html in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    requireTools({ fonts: false });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows both plans side by side with the changes marked, offline', async () => {
    const root = join(import.meta.dirname, '..', 'fixtures', 'diff');
    const parse = (name: string) => parseCircular(readFileSync(join(root, name)), { name });
    const html = formatHtml(diffPlans(parse('plan-2023.txt'), parse('plan-2024.txt')));
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-html-')), 'diff.html');
    writeFileSync(file, html);

    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url());
    });
    await page.goto(pathToFileURL(file).href);
    expect(requests).toEqual([]);
    expect(await page.title()).toBe(
      'kepu diff: 临江市科协2023年科普工作要点 (2023) → 临江市科协2024年科普工作要点 (2024)',
    );
    expect(await page.locator('#summary').innerText()).toContain('added: 3');
    expect(await page.locator('thead th').allInnerTexts()).toEqual(['plan-2023.txt', 'change', 'plan-2024.txt']);
    // The modified item: the old side shows the deleted 9, the new side the inserted 10.
    const museum = page.locator('tr.change', { hasText: '推进科技馆建设' });
    expect(await museum.locator('td.old del').allInnerTexts()).toEqual(['9', '50']);
    expect(await museum.locator('td.new ins').allInnerTexts()).toEqual(['10', '60']);
    // An added section has nothing on the old side.
    const added = page.locator('tr.added', { hasText: '深化科普供给侧改革' });
    expect(await added.locator('td.old').innerText()).toBe('');
    expect(await page.locator('tr[data-kinds~="moved"]').count()).toBe(2);
    // Lists of changed initiatives and deadlines are visible.
    expect(await page.locator('section.lists').innerText()).toContain('9月底前 → 10月底前');
    // CJK fonts are declared, and the text renders with a real width.
    const fontFamily = await page.locator('body').evaluate((element) => getComputedStyle(element).fontFamily);
    expect(fontFamily).toContain('Noto Sans CJK SC');
    const box = await page.locator('h1').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    await page.close();
  });
});

run('kepu diff of a series as HTML in Chromium', () => {
  it('shows each task across the years, with each year diff below', async () => {
    requireTools({ fonts: false });
    const browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const root = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
      const parse = (name: string) => parseCircular(readFileSync(join(root, name)), { name });
      const html = formatSeriesHtml(diffSeries(['2017.txt', '2018.txt', '2019.txt'].map(parse)));
      const file = join(mkdtempSync(join(tmpdir(), 'kepu-series-')), 'series.html');
      writeFileSync(file, html);
      const page = await browser.newPage();
      await page.goto(pathToFileURL(file).href);
      // The 2017 report is labelled by the year of its subtitle; the other two have no year.
      expect(await page.locator('#series thead th').allInnerTexts()).toEqual(['2017', '2018.txt', '2019.txt']);
      // 积极主动扩大对外开放 (2017) → 推动形成全面开放新格局 (2018) → 推动全方位对外开放 (2019): one row.
      const opening = page.locator('#series tr', { hasText: '积极主动扩大对外开放' });
      expect(await opening.count()).toBe(1);
      expect(await opening.innerText()).toContain('推动形成全面开放新格局');
      expect(await opening.innerText()).toContain('推动全方位对外开放');
      expect(await page.locator('details').count()).toBe(2);
    } finally {
      await browser.close();
    }
  });
});
