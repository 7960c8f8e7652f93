/**
 * kepu report opened in headless Chromium (Debian's chromium, driven by playwright-core), as a
 * reader opens it: the seed, a real Shanghai plan with a task table, and the ten government work
 * reports as a series. Offline (no request leaves file:), no console error, no horizontal
 * scrolling at 390 px, every link resolving and followed to a visible target, headings in order,
 * the figure with a text alternative, text contrast of 4.5:1 or more in the light and the dark
 * scheme, and a printable A4 page. Screenshots at 1400 and 390 px are written to a temporary folder.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { parseCircular } from '../src/index.js';
import { formatReport } from '../src/output/report.js';
import { browserDescribe, chromiumPath, requireTools } from './helpers/browser.js';

const run = browserDescribe('report-html.test.ts');

const root = join(import.meta.dirname, '..');
const folder = mkdtempSync(join(tmpdir(), 'kepu-report-'));
const parse = (path: string) => parseCircular(readFileSync(join(root, path)), { name: path });

/** Writes the report of some files and gives its path. */
function report(name: string, files: string[]): string {
  const file = join(folder, `${name}.html`);
  writeFileSync(file, formatReport(files.map(parse), { generator: 'kepu test' }));
  return file;
}

/** Opens a page, recording requests that leave file: and console errors. */
async function open(browser: Browser, file: string, width: number, colorScheme: 'light' | 'dark' = 'light') {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) outside.push(request.url());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(pathToFileURL(file).href);
  return { page, outside, errors };
}

/** How much wider the page is than the window (0: no horizontal scrolling). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

/** Internal links whose target is missing, and links that go anywhere but into the page. */
function brokenLinks(page: Page): Promise<{ missing: string[]; external: string[]; count: number }> {
  return page.evaluate(() => {
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
    return {
      missing: hrefs.filter(
        (href) => href.startsWith('#') && !document.getElementById(decodeURIComponent(href.slice(1))),
      ),
      external: hrefs.filter((href) => !href.startsWith('#')),
      count: hrefs.length,
    };
  });
}

/** Heading levels in document order. */
function headingLevels(page: Page): Promise<number[]> {
  return page.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
}

/** Contrast of the text of each element matched against the background it is drawn on (WCAG 2). */
function contrasts(page: Page, selectors: string[]): Promise<Array<{ selector: string; ratio: number }>> {
  return page.evaluate((list) => {
    const parse = (color: string) => {
      const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const channel = (value: number) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const background = (element: Element | null): string => {
      for (let at = element; at; at = at.parentElement) {
        const color = getComputedStyle(at).backgroundColor;
        if (parse(color).a > 0) return color;
      }
      return getComputedStyle(document.documentElement).backgroundColor;
    };
    return list.flatMap((selector) => {
      const element = document.querySelector(selector);
      if (!element) return [];
      const style = getComputedStyle(element);
      const text = element instanceof SVGElement ? style.fill : style.color;
      const [a, b] = [luminance(parse(text)), luminance(parse(background(element)))];
      return [{ selector, ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) }];
    });
  }, selectors);
}

const TEXT_SELECTORS = [
  'body',
  'h1',
  'a',
  '.muted',
  '.note',
  '.card dt',
  '.legend',
  'th',
  'summary .marker',
  'summary .counts',
  '.diagnostic',
  'svg.timeline text.tl-tick',
  'svg.timeline a text',
  'svg.timeline .tl-beyond text',
  'td.heat.new',
  'td.heat.present',
  'td.heat.dropped',
  'td.series.dropped',
  'footer',
];

/** Clicks a link and says whether its target is then on screen. */
async function follow(page: Page, selector: string): Promise<boolean> {
  const link = page.locator(selector).first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  return page.evaluate(
    (id) => {
      const target = document.getElementById(id)!;
      const box = target.getBoundingClientRect();
      return box.height > 0 && box.top >= -1 && box.top < window.innerHeight;
    },
    decodeURIComponent(href.slice(1)),
  );
}

run('kepu report in Chromium', () => {
  let browser: Browser;
  const pages: Record<string, string> = {};
  beforeAll(async () => {
    requireTools({ fonts: false });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
    });
    pages.seed = report('seed', ['fixtures/seed/cast-2022-kepu-plan-forwarded.txt']);
    pages.shanghai = report('shanghai', ['fixtures/corpus/shanghai/2024-2026-refined-management-plan.md']);
    pages.series = report(
      'series',
      Array.from({ length: 10 }, (_, index) => `fixtures/work-reports/${2010 + index}.txt`),
    );
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const name of ['seed', 'shanghai', 'series']) {
    it(`opens the ${name} report offline, without errors, without horizontal scrolling at 390 px`, async () => {
      for (const width of [1400, 390]) {
        const { page, outside, errors } = await open(browser, pages[name], width);
        expect(outside).toEqual([]);
        expect(errors).toEqual([]);
        expect(await overflow(page)).toBe(0);
        const shot = join(folder, `${name}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: width === 390 });
        expect(statSync(shot).size).toBeGreaterThan(10_000);
        await page.close();
      }
    });

    it(`has every link of the ${name} report resolving, headings in order, and contrast in both schemes`, async () => {
      for (const scheme of ['light', 'dark'] as const) {
        const { page } = await open(browser, pages[name], 1400, scheme);
        const links = await brokenLinks(page);
        expect(links.missing).toEqual([]);
        expect(links.external).toEqual([]);
        expect(links.count).toBeGreaterThan(20);
        const levels = await headingLevels(page);
        expect(levels.filter((level) => level === 1)).toHaveLength(1);
        expect(levels[0]).toBe(1);
        levels.forEach((level, index) => index > 0 && expect(level).toBeLessThanOrEqual(levels[index - 1] + 1));
        for (const { selector, ratio } of await contrasts(page, TEXT_SELECTORS)) {
          expect(ratio, `${scheme}: ${selector}`).toBeGreaterThanOrEqual(4.5);
        }
        const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
        expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
        await page.close();
      }
    });
  }

  it('shows the seed: header card, a timeline that says why it is empty, initiatives by kind, the folded outline', async () => {
    const { page } = await open(browser, pages.seed, 1400);
    expect(await page.locator('h1').innerText()).toBe('中国科协2022年科普工作要点');
    expect(await page.locator('header.card dl').innerText()).toContain('中国岩石力学与工程学会');
    expect(await page.locator('section:has(#timeline)').innerText()).toContain('No task of this plan has a time limit');
    expect(await page.locator('#initiatives-programme').innerText()).toMatch(/^计划·工程·项目 Programmes \(\d+\)$/);
    expect(await page.locator('details.task').count()).toBe(20);
    expect(await page.locator('details.task[open]').count()).toBe(0);
    expect(await follow(page, '.places a')).toBe(true);
    await page.close();
  });

  it('shows the Shanghai plan: the timeline as a figure, the unit × task matrix, links into the outline', async () => {
    const { page } = await open(browser, pages.shanghai, 1400);
    const svg = page.locator('svg.timeline');
    expect(await svg.getAttribute('role')).toBe('img');
    const [title, description] = (await svg.getAttribute('aria-labelledby'))!.split(' ');
    expect(await page.locator(`#${title}`).textContent()).toBe('Timeline of 40 tasks with time limits, 2024–2026');
    expect(await page.locator(`#${description}`).textContent()).toContain('periods as bars');
    expect(await svg.locator('a').count()).toBe(40);
    // Hovering a mark shows the limit as written.
    expect(await svg.locator('rect.tl-span title').first().textContent()).toMatch(/\(2024-01-01 – 2026-12-31\)/);
    const matrix = page.locator('table.matrix');
    expect(await matrix.locator('thead th.task').count()).toBe(35);
    expect(await matrix.locator('tbody th').first().innerText()).toBe('各相关部门和单位');
    expect(await matrix.locator('tr', { hasText: '设施养护处' }).first().locator('td.count').innerText()).toBe('14');
    // The timeline's label, the matrix's column and an initiative's place all open the task they name.
    expect(await follow(page, 'svg.timeline a')).toBe(true);
    // The task a link names is opened, though its <details> is closed.
    const opened = await page.evaluate(
      () => document.querySelector('details:target:not([open]) .task-body')?.getBoundingClientRect().height,
    );
    expect(opened).toBeGreaterThan(0);
    expect(await follow(page, 'table.matrix thead a')).toBe(true);
    expect(await follow(page, '.places a')).toBe(true);
    await page.close();
  });

  it('shows the ten work reports as a series: lineage, initiatives × plans, each plan folded', async () => {
    const { page } = await open(browser, pages.series, 1400);
    expect(await page.locator('#lineage').count()).toBe(1);
    expect(await page.locator('#lineage ~ .scroll thead th').allInnerTexts()).toHaveLength(10);
    const heat = page.locator('table.heat');
    expect(await heat.locator('thead th').count()).toBe(11);
    expect(await heat.locator('td.heat.new').count()).toBeGreaterThan(10);
    expect(await heat.locator('td.heat.dropped').count()).toBeGreaterThan(10);
    expect(await page.locator('section[id^="p"] > details').count()).toBe(10);
    // A lineage cell opens the plan's section, inside its folded part.
    expect(await follow(page, 'table.wide td.series a')).toBe(true);
    await page.close();
  });

  it('prints on A4: no overflow, the folded outline printed open, a PDF made', async () => {
    for (const name of ['seed', 'shanghai', 'series']) {
      const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
      await page.goto(pathToFileURL(pages[name]).href);
      await page.emulateMedia({ media: 'print' });
      expect(await overflow(page), name).toBe(0);
      const hidden = await page.evaluate(
        () => document.querySelector('details.task:not([open]) .task-body')!.getBoundingClientRect().height,
      );
      expect(hidden, name).toBeGreaterThan(0);
      if (name === 'shanghai') {
        const pdf = await page.pdf({ format: 'A4' });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      }
      await page.close();
    }
  });
});
