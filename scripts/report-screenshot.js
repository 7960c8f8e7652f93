// Makes docs/report.png, the README's picture of `kepu report`: the report of the Shanghai
// transport plan (its task table read into units and yearly limits), the top of the page at
// 1000 px, in Chromium (`npm run build` first; Debian's chromium at /usr/bin/chromium).
// Usage: node scripts/report-screenshot.js
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { parseCircular } from '../dist/src/index.js';
import { formatReport } from '../dist/src/output/report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = 'fixtures/corpus/shanghai/2024-2026-refined-management-plan.md';
const html = formatReport([parseCircular(readFileSync(join(root, name)), { name })], { generator: 'kepu' });
const page = join(mkdtempSync(join(tmpdir(), 'kepu-shot-')), 'report.html');
writeFileSync(page, html);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const tab = await browser.newPage({ viewport: { width: 1000, height: 860 }, colorScheme: 'light' });
  await tab.goto(pathToFileURL(page).href);
  const out = join(root, 'docs', 'report.png');
  await tab.screenshot({ path: out });
  console.log(`docs/report.png: ${Math.round(statSync(out).size / 1024)} KB`);
} finally {
  await browser.close();
}
