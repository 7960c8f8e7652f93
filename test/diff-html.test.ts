/**
 * The HTML diff opened in headless Chromium (Debian's chromium, driven by playwright-core): what a
 * reader sees at a desktop's width and at a phone's — the titles, the folds, the heading row of a
 * renamed section — and that the page loads nothing from the network. Screenshots of both widths
 * are written to $KEPU_SCREENSHOTS (a temporary folder by default) for a person to look at.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCircular } from '../src/index.js';
import { diffPlans } from '../src/diff/diff-plans.js';
import { formatHtml, formatSeriesHtml } from '../src/diff/format-html.js';
import { diffSeries } from '../src/diff/diff-series.js';
import { browserDescribe, chromiumPath, requireTools } from './helpers/browser.js';

const run = browserDescribe('diff-html.test.ts');

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const screenshots = process.env.KEPU_SCREENSHOTS ?? mkdtempSync(join(tmpdir(), 'kepu-screenshots-'));
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1400, height: 1000 };

/** Writes a page to a file and opens it, counting every request that is not for a file. */
async function open(browser: Browser, html: string, viewport: { width: number; height: number }) {
  const file = join(mkdtempSync(join(tmpdir(), 'kepu-html-')), 'diff.html');
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport });
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(file).href);
  return { page, requests, errors };
}

/** Whether the page is wider than its window (a reader would have to scroll sideways). */
const overflows = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

run('kepu diff --format html in Chromium', () => {
  let browser: Browser;
  const parse = (path: string) => parseCircular(readFileSync(join(fixtures, path)), { name: path });
  beforeAll(async () => {
    requireTools({ fonts: false });
    mkdirSync(screenshots, { recursive: true });
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

  it('names both plans, links its counts, folds what did not change, offline', async () => {
    const html = formatHtml(diffPlans(parse('diff/plan-2023.txt'), parse('diff/plan-2024.txt')));
    const { page, requests, errors } = await open(browser, html, DESKTOP);
    expect(requests).toEqual([]);
    expect(await overflows(page)).toBe(false);
    // The title and the header name both plans: title, year and file.
    expect(await page.title()).toBe(
      'kepu diff: 临江市科协2023年科普工作要点 2023 (…/plan-2023.txt) → 临江市科协2024年科普工作要点 2024 (…/plan-2024.txt)',
    );
    const header = await page.locator('header .plans').innerText();
    for (const part of ['临江市科协2023年科普工作要点', '2023', 'diff/plan-2023.txt', '2024', 'diff/plan-2024.txt'])
      expect(header).toContain(part);
    // Each count of the summary bar leads to the first change of its kind.
    const added = page.locator('nav.summary a.added');
    expect(await added.innerText()).toBe('added: 3');
    const target = (await added.getAttribute('href'))!;
    expect(await page.locator(`${target}`).getAttribute('data-kinds')).toContain('added');
    await added.click();
    expect(await page.evaluate(() => location.hash)).toBe(target);
    // The contents list the plan's top levels.
    expect(await page.locator('nav.contents li').count()).toBe(6);
    // Modified sections are open with their words marked; removed and added ones are folded.
    const museum = page.locator('details.change', { hasText: '推进科技馆建设' });
    expect(await museum.getAttribute('open')).not.toBeNull();
    expect(await museum.locator('.body .old del').allInnerTexts()).toEqual(['9', '50']);
    expect(await museum.locator('.body .new ins').allInnerTexts()).toEqual(['10', '60']);
    const removed = page.locator('details.change.removed', { hasText: '发展科普教育基地' });
    expect(await removed.getAttribute('open')).toBeNull();
    expect(await removed.locator('.body').isVisible()).toBe(false);
    await removed.locator('summary').click();
    expect(await removed.locator('.body .old').isVisible()).toBe(true);
    expect(await removed.locator('.body .old').innerText()).toContain('科普教育基地');
    // Added sections fold as removed ones do.
    const addedSections = page.locator('details.change.added');
    expect(await addedSections.count()).toBe(3);
    const addedSection = addedSections.last();
    expect(await addedSection.getAttribute('open')).toBeNull();
    expect(await addedSection.locator('.body').isVisible()).toBe(false);
    // A run of unchanged sections is one fold, closed, its sections inside.
    const folded = page.locator('details.folded').first();
    expect(await folded.count()).toBe(1);
    expect(await folded.getAttribute('open')).toBeNull();
    await folded.locator('summary').first().click();
    expect(await folded.getAttribute('open')).not.toBeNull();
    // The lists give each changed deadline with its dates and its sentence.
    expect(await page.locator('#deadlines').innerText()).toContain('by 2023-09-30 → by 2024-10-31');
    // CJK fonts are declared, and the text renders with a real width.
    const fontFamily = await page.locator('body').evaluate((element) => getComputedStyle(element).fontFamily);
    expect(fontFamily).toContain('Noto Sans CJK SC');
    expect((await page.locator('h1').boundingBox())!.width).toBeGreaterThan(200);
    await page.screenshot({ path: join(screenshots, 'plan-1400.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
    // At a phone's width: one column, nothing wider than the window, no error.
    const phone = await open(browser, html, PHONE);
    expect(await overflows(phone.page)).toBe(false);
    await phone.page.screenshot({ path: join(screenshots, 'plan-390.png'), fullPage: true });
    expect(phone.errors).toEqual([]);
    await phone.page.close();
  });

  it('names real reports by title, year and file, and by year and file when they carry no title', async () => {
    const report = (year: number) => parse(`work-reports/${year}.txt`);
    const titles: string[] = [];
    for (const [from, references] of [
      [2016, undefined],
      [2018, [{ year: 2018 }, { year: 2019 }]],
    ] as const) {
      const html = formatHtml(diffPlans(report(from), report(from + 1), { references: references && [...references] }));
      const { page, errors } = await open(browser, html, DESKTOP);
      titles.push(await page.title());
      expect(errors).toEqual([]);
      await page.close();
    }
    // 2016.txt has neither title nor year; 2017.txt reads both from its first lines.
    expect(titles).toEqual([
      'kepu diff: …/2016.txt → 政府工作报告 2017 (…/2017.txt)',
      'kepu diff: 2018 (…/2018.txt) → 2019 (…/2019.txt)',
    ]);
  });

  it('puts a renamed heading in the heading row on both sides, at a desktop width and a phone width', async () => {
    const html = formatHtml(diffPlans(parse('work-reports/2018.txt'), parse('work-reports/2019.txt')));
    for (const [viewport, name] of [
      [DESKTOP, '1400'],
      [PHONE, 'phone'],
    ] as const) {
      const { page, requests, errors } = await open(browser, html, viewport);
      expect(requests).toEqual([]);
      expect(await overflows(page)).toBe(false);
      // 二、2018年经济社会发展总体要求和政策取向 ⇒ 二、2019年…: the marker and the heading together in
      // the heading row on each side, the changed year marked, and the body below without the heading.
      const row = page.locator('details.change[data-kinds~="renamed"]', { hasText: '经济社会发展总体要求和政策取向' });
      expect(await row.count()).toBe(1);
      const oldHead = row.locator('summary .old.head');
      const newHead = row.locator('summary .new.head');
      expect(await oldHead.locator('.heading').innerText()).toBe('2018年经济社会发展总体要求和政策取向');
      expect(await newHead.locator('.heading').innerText()).toBe('2019年经济社会发展总体要求和政策取向');
      expect(await oldHead.locator('del').allInnerTexts()).toEqual(['2018']);
      expect(await newHead.locator('ins').allInnerTexts()).toEqual(['2019']);
      expect(await newHead.locator('.marker').innerText()).toBe('二、');
      expect(await newHead.locator('.renamed-from').innerText()).toContain('2018年经济社会发展总体要求和政策取向');
      const newBody = row.locator('.body .new');
      expect(await newBody.innerText()).not.toContain('经济社会发展总体要求和政策取向\n');
      expect((await newBody.innerText()).startsWith('今年是')).toBe(true);
      // The marker and the heading sit on one line; the body starts below the heading.
      const markerBox = (await newHead.locator('.marker').boundingBox())!;
      const headingBox = (await newHead.locator('.heading').boundingBox())!;
      expect(Math.abs(markerBox.y - headingBox.y)).toBeLessThan(8);
      expect((await newBody.boundingBox())!.y).toBeGreaterThan(headingBox.y + headingBox.height - 1);
      if (viewport === DESKTOP) {
        // Side by side: both headings on one row, the old one to the left.
        const oldBox = (await oldHead.boundingBox())!;
        const newBox = (await newHead.boundingBox())!;
        expect(Math.abs(oldBox.y - newBox.y)).toBeLessThan(4);
        expect(oldBox.x + oldBox.width).toBeLessThan(newBox.x);
      } else {
        // On a phone: one column, the old heading above the new one, both the page's width at most.
        const oldBox = (await oldHead.boundingBox())!;
        const newBox = (await newHead.boundingBox())!;
        expect(newBox.y).toBeGreaterThan(oldBox.y);
        expect(newBox.x + newBox.width).toBeLessThanOrEqual(PHONE.width);
      }
      await row.evaluate((element) => element.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: join(screenshots, `work-reports-${name}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    }
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
      const parse = (name: string) => parseCircular(readFileSync(join(fixtures, 'work-reports', name)), { name });
      const html = formatSeriesHtml(diffSeries(['2017.txt', '2018.txt', '2019.txt'].map(parse)));
      const { page } = await open(browser, html, DESKTOP);
      // The 2017 report is labelled by the year of its subtitle; the other two have no year.
      expect(await page.locator('#series thead th').allInnerTexts()).toEqual(['2017', '2018.txt', '2019.txt']);
      // 积极主动扩大对外开放 (2017) → 推动形成全面开放新格局 (2018) → 推动全方位对外开放 (2019): one row.
      const opening = page.locator('#series tr', { hasText: '积极主动扩大对外开放' });
      expect(await opening.count()).toBe(1);
      expect(await opening.innerText()).toContain('推动形成全面开放新格局');
      expect(await opening.innerText()).toContain('推动全方位对外开放');
      // The first column is each topic as written, with no mark.
      expect(await page.locator('#series tbody tr td:first-child .badge').count()).toBe(0);
      expect(await page.locator('details.year').count()).toBe(2);
      // Each year's diff has ids of its own: the second one's summary links into the second one.
      const href = await page.locator('details.year').nth(1).locator('nav.summary a').first().getAttribute('href');
      expect(href).toMatch(/^#d1-/);
    } finally {
      await browser.close();
    }
  });
});
