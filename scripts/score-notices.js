#!/usr/bin/env node
/**
 * Scores kepu's header fields and outlines on the notices of fixtures/notices/ against the values
 * a reader wrote down for each (fixtures/notices/gold.json): one row a document, one column a
 * field, ✓ right, ✗ wrong; then the share right per kind of document.
 *
 *   node scripts/score-notices.js            every document (dev and check)
 *   node scripts/score-notices.js check      only the documents of check/
 *   node scripts/score-notices.js --json     the scores as JSON, with each wrong value
 *
 * Runs on the build (dist/): `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The folder of the notices and their gold.json. */
export const NOTICES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'notices');
const root = NOTICES;

/** White space runs as one space (a title's joint issuers), or none (names set with wide spaces). */
const oneSpace = (value) => (typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : (value ?? null));
const noSpace = (value) => (typeof value === 'string' ? value.replace(/\s+/g, '') : (value ?? null));

/** Top-level sections of the body and of each attachment, as "marker heading" without spaces. */
function outlineOf(document) {
  const top = (nodes) =>
    nodes.filter((node) => node.type === 'section').map((node) => noSpace(node.marker + node.heading));
  return {
    body: top(document.children),
    attachments: document.children.filter((node) => node.type === 'attachment').map((node) => top(node.children)),
  };
}

function paragraphsOf(document) {
  const texts = [];
  const visit = (node) => {
    if (node.type === 'paragraph') texts.push(node.text);
    if (node.children) node.children.forEach(visit);
  };
  visit(document);
  return texts;
}

/** The fields scored, each with how the document's value is read and compared. */
const FIELDS = [
  ['title', (m) => oneSpace(m.title), (g) => oneSpace(g.title)],
  ['docNumber', (m) => m.docNumber?.raw ?? null, (g) => g.docNumber],
  ['addressees', (m) => JSON.stringify(m.addressees.map(noSpace)), (g) => JSON.stringify(g.addressees.map(noSpace))],
  ['signatory', (m) => noSpace(m.signatory), (g) => noSpace(g.signatory)],
  ['signatoryNote', (m) => m.signatoryNote ?? null, (g) => g.signatoryNote],
  ['date', (m) => m.date, (g) => g.date],
  ['genre', (m) => m.genre, (g) => g.genre],
  ['issuerMark', (m) => m.issuerMark, (g) => g.issuerMark],
  [
    'attachments',
    (m) => JSON.stringify(m.attachments.map((a) => noSpace(a.title))),
    (g) => JSON.stringify(g.attachments.map(noSpace)),
  ],
];

/**
 * Each scored field of a parsed notice against what the reader wrote down: `{field: {got, want,
 * right}}`, values compared as the scorer reads them (white space as noted above).
 */
export function scoreDocument(document, gold) {
  const { meta } = document;
  const rows = {};
  for (const [name, read, want] of FIELDS) rows[name] = { got: read(meta), want: want(gold) };
  if (gold.outline) {
    const want = {
      body: gold.outline.body.map(noSpace),
      attachments: gold.outline.attachments.map((list) => list.map(noSpace)),
    };
    rows.outline = { got: JSON.stringify(outlineOf(document)), want: JSON.stringify(want) };
  }
  if (gold.subtitle) {
    for (const key of ['date', 'occasion', 'speaker'])
      rows[`subtitle.${key}`] = { got: noSpace(meta.subtitle?.[key] ?? null), want: noSpace(gold.subtitle[key]) };
    rows.year = { got: meta.year, want: gold.year };
  }
  if (gold.paragraphs) {
    const texts = paragraphsOf(document);
    rows.paragraphs = {
      got: gold.paragraphs.filter((text) => texts.includes(text)).length,
      want: gold.paragraphs.length,
    };
  }
  for (const row of Object.values(rows)) row.right = row.got === row.want;
  return rows;
}

async function main() {
  const { readCircular } = await import('../dist/src/index.js');
  const score = async (file, gold) =>
    scoreDocument(await readCircular(readFileSync(join(root, file)), { name: file }), gold);
  const args = process.argv.slice(2);
  const only = args.find((arg) => !arg.startsWith('--'));
  const gold = JSON.parse(readFileSync(join(root, 'gold.json'), 'utf8'));
  const files = Object.keys(gold).filter((file) => !only || file.startsWith(`${only}/`));
  const results = {};
  for (const file of files) results[file] = await score(file, gold[file]);

  if (args.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    const fields = [...new Set(files.flatMap((file) => Object.keys(results[file])))];
    const names = fields.map((field) => field.replace(/^subtitle\./, 'sub.'));
    console.log(`| document | ${names.join(' | ')} |`);
    console.log(`|---|${names.map(() => ':-:').join('|')}|`);
    for (const file of files) {
      const cells = fields.map((field) => (results[file][field] ? (results[file][field].right ? '✓' : '✗') : ''));
      console.log(`| ${file} | ${cells.join(' | ')} |`);
    }
    // Header fields (the meta rows), per kind; outline and the rest apart.
    const kinds = new Map();
    for (const file of files) {
      const kind = gold[file].kind;
      const entry = kinds.get(kind) ?? { header: [0, 0], outline: [0, 0], other: [0, 0] };
      for (const [field, row] of Object.entries(results[file])) {
        const bucket = FIELDS.some(([name]) => name === field) ? 'header' : field === 'outline' ? 'outline' : 'other';
        entry[bucket][0] += row.right ? 1 : 0;
        entry[bucket][1] += 1;
      }
      kinds.set(kind, entry);
    }
    console.log('');
    for (const [kind, entry] of kinds) {
      const part = (name) => `${name} ${entry[name][0]}/${entry[name][1]}`;
      console.log(`${kind.padEnd(14)} ${part('header')}  ${part('outline')}  ${part('other')}`);
    }
    const wrong = [];
    for (const file of files)
      for (const [field, row] of Object.entries(results[file]))
        if (!row.right) wrong.push(`${file} ${field}: got ${row.got} want ${row.want}`);
    if (args.includes('--wrong')) console.log('\n' + wrong.join('\n'));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await main();
