// Builds the HTML, Word and PDF fixtures in fixtures/formats/<case>/ from the text of each case
// (input.txt), so that they can be rebuilt and reviewed:
//
//   gov.html    a page shaped like gov.cn's: navigation, breadcrumb, the title centred across <br>,
//               a 来源/发布时间 line, the text in <p style="text-indent:2em">, a footer; GB2312
//   news.html   a page shaped like a news site's: menus, share buttons, related links, ads, comments
//   plan.docx   OOXML in a zip, the numbering as Word's automatic numbering (numbering.xml), the
//               title centred, first-line indents
//   plan.pdf    printed by Chromium (playwright-core) from a plain A4 layout with an embedded CJK
//               font (WenQuanYi Zen Hei, fonts-wqy-zenhei) and "— N —" folios in the footer
//   plan-noto.pdf
//               the same in Noto Sans CJK SC (fonts-noto-cjk), whose text layer gives Kangxi
//               radicals for the ideographs that share their glyph (⼀ for 一, ⽉ for 月)
//   plan.doc    plan.docx saved as Word 97–2003 by LibreOffice: the numbering stays Word lists
//   plan.doc-libreoffice.txt
//               LibreOffice's text export of plan.doc: its numbers as LibreOffice shows them, the
//               oracle for kepu's reading of the .doc's list tables
//   typed.doc   input.txt opened and saved as Word 97–2003 by LibreOffice: numbers typed in the text
//   plan-libreoffice.pdf
//               plan.docx exported to PDF by LibreOffice, as a Word user exports one: Chinese and
//               Western text set apart by space characters, lines that rarely fill the measure
//
// Usage: npm run build && node scripts/build-format-fixtures.js [--only FILE,FILE…] [case ...]
// (--only plan-noto.pdf rebuilds that rendering alone, leaving the others as they are.)
// Needs Chromium (/usr/bin/chromium, or CHROMIUM=path), fonts-wqy-zenhei and fonts-noto-cjk for the PDFs
// (a family that is missing fails the build: Chromium would print in another font), and
// LibreOffice (soffice; Debian's libreoffice-writer-nogui) for the .doc files. The tests read the
// files committed here: neither is needed to run them.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseCircular } from '../dist/src/index.js';
import { PDF_FONTS, docx, govHtml, linesOf, newsHtml, pdfOptions, printHtml } from './render-formats.js';
import { pdfOfObjects } from './pdf-objects.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'formats');
const args = process.argv.slice(2);
const onlyAt = args.indexOf('--only');
const only = onlyAt === -1 ? null : new Set(args.splice(onlyAt, 2)[1].split(','));
const cases = args.length > 0 ? args : readdirSync(root).filter((name) => !name.includes('.') && name !== 'bad');
/** Whether to build this file of each case (all of them without --only). */
const builds = (file) => only === null || only.has(file);

// ---- PDF ---------------------------------------------------------------------------------------

for (const { family, package: fontPackage } of PDF_FONTS) {
  try {
    execFileSync('fc-list', ['-q', family]);
  } catch {
    throw new Error(`the font family ${family} is missing: apt-get install ${fontPackage}`);
  }
}

async function pdf(lines, family) {
  return printPdf(printHtml(lines, family), true, family);
}

async function printPdf(html, folios, family) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ ...pdfOptions(family), displayHeaderFooter: folios });
  } finally {
    await browser.close();
  }
}

for (const name of cases) {
  const dir = join(root, name);
  const text = readFileSync(join(dir, 'input.txt'), 'utf8');
  const lines = linesOf(text, parseCircular);
  const built = [];
  const build = async (file, make) => {
    if (!builds(file)) return;
    const bytes = await make();
    if (bytes !== undefined) writeFileSync(join(dir, file), bytes);
    built.push(file);
  };
  await build('gov.html', () => encodeGb(govHtml(lines)));
  await build('news.html', () => newsHtml(lines));
  await build('plan.docx', () => docx(lines));
  for (const { family, suffix } of PDF_FONTS) await build(`plan${suffix}.pdf`, () => pdf(lines, family));
  await build('plan.doc', () => saveAsDoc(join(dir, 'plan.docx'), join(dir, 'plan.doc')));
  await build('plan.doc-libreoffice.txt', () =>
    convert(join(dir, 'plan.doc'), join(dir, 'plan.doc-libreoffice.txt'), 'txt:Text (encoded):UTF8'),
  );
  await build('typed.doc', () =>
    saveAsDoc(join(dir, 'input.txt'), join(dir, 'typed.doc'), 'Text (encoded):UTF8,LF,,,'),
  );
  await build('plan-libreoffice.pdf', () => convert(join(dir, 'plan.docx'), join(dir, 'plan-libreoffice.pdf'), 'pdf'));
  console.log(`fixtures/formats/${name}: ${built.join(', ')}`);
}

// ---- Old Word .doc, saved by LibreOffice -------------------------------------------------------

function saveAsDoc(from, to, filter) {
  convert(from, to, 'doc', filter);
}

/** LibreOffice's --convert-to, from one file to another. */
function convert(from, to, target, filter) {
  const out = mkdtempSync(join(tmpdir(), 'kepu-doc-'));
  try {
    const source = join(out, `source${from.slice(from.lastIndexOf('.'))}`);
    copyFileSync(from, source);
    execFileSync(
      process.env.SOFFICE ?? 'soffice',
      ['--headless', ...(filter ? [`--infilter=${filter}`] : []), '--convert-to', target, '--outdir', out, source],
      { stdio: 'ignore' },
    );
    const extension = target.split(':')[0];
    copyFileSync(join(out, `source.${extension}`), to);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

// ---- Bad input: each must give one line on stderr and exit 2 -----------------------------------

/** A PDF whose only page is a picture (a drawn box): no text layer, as a scan has none. */
const SCAN_HTML = '<!doctype html><body><div style="width:300px;height:400px;background:#333"></div></body>';

/** A minimal PDF encrypted with the standard handler and a user password (not the empty one). */
function encryptedPdf() {
  const hex = (n) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>`,
  ];
  return pdfOfObjects(objects, ` /Encrypt 4 0 R /ID [<${hex(16)}> <${hex(16)}>]`);
}

async function buildBad() {
  const dir = join(root, 'bad');
  const good = readFileSync(join(root, 'four-levels', 'plan.docx'));
  writeFileSync(join(dir, 'scan.pdf'), await printPdf(SCAN_HTML, false));
  writeFileSync(join(dir, 'encrypted.pdf'), encryptedPdf());
  writeFileSync(join(dir, 'truncated.docx'), good.subarray(0, Math.floor(good.length / 2)));
  // An old Word file renamed: the OLE compound-file signature, then what follows it in a .doc.
  writeFileSync(
    join(dir, 'renamed-doc.docx'),
    Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]),
  );
  // A .doc cut short: the compound-file header and half of what follows.
  const doc = readFileSync(join(root, 'four-levels', 'typed.doc'));
  writeFileSync(join(dir, 'truncated.doc'), doc.subarray(0, Math.floor(doc.length / 2)));
  writeFileSync(
    join(dir, 'english.html'),
    '<!doctype html><html><head><meta charset="utf-8"><title>Not found</title></head><body><h1>404 Not Found</h1><p>The page you asked for is gone.</p></body></html>\n',
  );
  console.log(
    'fixtures/formats/bad: scan.pdf, encrypted.pdf, truncated.docx, renamed-doc.docx, truncated.doc, english.html',
  );
}
if (process.argv.length === 2) await buildBad();

// ---- The real Shanghai notices as a Word user exports them: .docx → PDF by LibreOffice ------------

async function buildLibreOfficePdfs() {
  const { SHANGHAI_PAGES } = await import('./shanghai-pages.js');
  const dir = join(root, '..', 'formats-libreoffice');
  for (const { file, text } of SHANGHAI_PAGES) {
    const docxFile = join(tmpdir(), file.replace(/\.md$/, '.docx'));
    writeFileSync(docxFile, docx(linesOf(text, parseCircular)));
    convert(docxFile, join(dir, file.replace(/\.md$/, '.pdf')), 'pdf');
    rmSync(docxFile, { force: true });
  }
  console.log(`fixtures/formats-libreoffice: ${SHANGHAI_PAGES.length} notices, .docx exported to PDF by LibreOffice`);
}
if (process.argv.length === 2) await buildLibreOfficePdfs();

/** GB2312 bytes, through iconv (Node has no GB encoder). */
function encodeGb(html) {
  return execFileSync('iconv', ['-f', 'utf-8', '-t', 'gb18030'], { input: html });
}
