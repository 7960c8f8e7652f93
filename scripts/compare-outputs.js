// Runs two builds of kepu on the same inputs and reports every output that differs by one byte,
// so that a change meant to keep behaviour (a refactoring) can be checked, and checked again after
// each step and each rebase. An output is what one command writes: its standard output, its
// standard error and its exit status. The inputs: the seed in every command and format, the
// corpus (../shared/corpus), the real formats (HTML, Word, PDF), the nine work-report pairs and
// the ten-year series in every diff format, the scaling families, bad input, and the library.
//
//   node scripts/compare-outputs.js --record DIR [--kepu ROOT]   save ROOT's outputs in DIR
//   node scripts/compare-outputs.js --against DIR [--kepu ROOT]  compare ROOT's outputs with DIR
//   node scripts/compare-outputs.js BASE_ROOT [HEAD_ROOT]        run both and compare
//
// ROOT is a checkout with a build (bin/kepu.js, dist/; default: this one). A saved base lets the
// base's build be run once: e.g. copy main's bin/ and dist/ to /tmp/house-base (with a link to
// node_modules), record once, then check each step with --against.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FAMILIES, editedCopy } from './scaling-families.js';

const SEED = 'fixtures/seed/cast-2022-kepu-plan-forwarded.txt';
const CORPUS = '../shared/corpus';
const REPORTS = existsSync('fixtures/work-reports') ? 'fixtures/work-reports' : `${CORPUS}/work-reports`;
const YEARS = Array.from({ length: 10 }, (_, i) => `${REPORTS}/${2010 + i}.txt`);
/** The size the scaling families are built at: large enough to exercise their paths, quick to run. */
const FAMILY_SIZE = 300;

/** The command lines to run, each a name (the output's file name) and its arguments. */
function commandLines(familyFiles) {
  const lines = [];
  const add = (name, ...args) => lines.push({ name, args });
  addSeedLines(add);
  addCorpusLines(add);
  addDiffAndOtherLines(add, familyFiles);
  return lines;
}

/** The seed: every command, every format. */
function addSeedLines(add) {
  for (const format of ['json', 'yaml', 'ndjson']) add(`seed-parse-${format}`, 'parse', SEED, '-f', format);
  add('seed-parse-array', 'parse', SEED, '--array');
  for (const to of ['json', 'yaml', 'md', 'csv']) add(`seed-export-${to}`, 'export', SEED, '--to', to);
  for (const format of ['table', 'json', 'csv', 'ics', 'ndjson']) {
    add(`seed-deadlines-${format}`, 'deadlines', SEED, '-f', format);
    add(`seed-deadlines-${format}-all`, 'deadlines', SEED, '-f', format, '--all', '--sort', 'document');
  }
  add('seed-deadlines-window', 'deadlines', SEED, '--after', '2022-06-01', '--before', '2022-12-31');
  add('seed-deadlines-color', 'deadlines', SEED, '--color', 'always');
  for (const format of ['table', 'json', 'csv', 'ndjson'])
    add(`seed-initiatives-${format}`, 'initiatives', SEED, '-f', format);
  add('seed-initiatives-color', 'initiatives', SEED, '--color', 'always');
  add('seed-initiatives-kind', 'initiatives', SEED, '--kind', 'programme', 'campaign', '--min-count', '2');
  add('seed-outline', 'outline', SEED);
  add('seed-outline-levels', 'outline', SEED, '--levels', '2', '--width', '80');
  add('seed-outline-json', 'outline', SEED, '--json');
  add('seed-outline-color', 'outline', SEED, '--color', 'always');
  for (const format of ['table', 'csv', 'json', 'ndjson']) add(`seed-tasks-${format}`, 'tasks', SEED, '-f', format);
  add('seed-tasks-unit', 'tasks', SEED, '--by', 'unit');
  add('seed-tasks-color', 'tasks', SEED, '--color', 'always');
  add('seed-report', 'report', SEED);
  for (const of of ['document', 'diff', 'summary']) add(`schema-${of}`, 'schema', '--of', of);
}

/** The corpus, the real formats (HTML, Word, PDF) and the files they refuse. */
function addCorpusLines(add) {
  // The corpus: a directory taken recursively, in-process and on workers.
  add('corpus-parse-json', 'parse', '-r', CORPUS, '-j', '1');
  add('corpus-parse-ndjson', 'parse', '-r', CORPUS, '-f', 'ndjson', '-j', '1');
  add('corpus-parse-ndjson-workers', 'parse', '-r', CORPUS, '-f', 'ndjson', '-j', '2');
  add('corpus-parse-yaml-glob', 'parse', '-r', CORPUS, '-f', 'yaml', '--glob', '**/20*.md');
  for (const format of ['table', 'json', 'csv', 'ics', 'ndjson'])
    add(`corpus-deadlines-${format}`, 'deadlines', '-r', CORPUS, '-f', format, '-j', '1');
  add('corpus-deadlines-ndjson-workers', 'deadlines', '-r', CORPUS, '-f', 'ndjson', '-j', '2');
  for (const format of ['table', 'json', 'csv', 'ndjson'])
    add(`corpus-initiatives-${format}`, 'initiatives', '-r', CORPUS, '-f', format, '-j', '1');
  add('corpus-initiatives-ndjson-workers', 'initiatives', '-r', CORPUS, '-f', 'ndjson', '-j', '2');
  add('corpus-tasks', 'tasks', `${CORPUS}/shanghai/2023-2025-vehicle-road-plan.md`);
  add('corpus-outline', 'outline', `${CORPUS}/shanghai/2023-2025-vehicle-road-plan.md`);
  // The real formats: HTML, Word (.docx, .doc) and PDF, and the files they refuse.
  add('formats-parse', 'parse', '-r', 'fixtures/formats', '-f', 'ndjson', '-j', '1');
  add('formats-parse-workers', 'parse', '-r', 'fixtures/formats', '-f', 'ndjson', '-j', '2');
  add('formats-deadlines', 'deadlines', '-r', 'fixtures/formats/seed', '-f', 'json', '-j', '1');
  add('formats-from-text', 'parse', 'fixtures/formats/seed/gov.html', '--from', 'text', '-f', 'ndjson');
  add('formats-docx-export', 'export', 'fixtures/formats/seed/plan.docx', '--to', 'md');
}

/** The work reports, the scaling families, bad usage and help. */
function addDiffAndOtherLines(add, familyFiles) {
  // The work reports: the nine consecutive pairs in every diff format, and the ten-year series.
  for (let i = 0; i + 1 < YEARS.length; i++) {
    const pair = `${2010 + i}-${2011 + i}`;
    for (const format of ['text', 'json', 'md', 'html'])
      add(`diff-${pair}-${format}`, 'diff', YEARS[i], YEARS[i + 1], '-f', format);
    add(`diff-${pair}-explain`, 'diff', YEARS[i], YEARS[i + 1], '--explain', '--all');
  }
  for (const format of ['text', 'json', 'md', 'html']) add(`diff-series-${format}`, 'diff', ...YEARS, '-f', format);
  add(
    'diff-ignore',
    'diff',
    YEARS[0],
    YEARS[1],
    '-w',
    '--ignore-punctuation-width',
    '--ignore-variants',
    '--levels',
    '1',
  );
  add('diff-exit-code', 'diff', YEARS[0], YEARS[1], '--exit-code', '--color', 'always');
  add('diff-fixture', 'diff', 'fixtures/diff/plan-2023.txt', 'fixtures/diff/plan-2024.txt', '-f', 'md');
  add('diff-width-context', 'diff', YEARS[8], YEARS[9], '--width', '60', '--context', '0');
  add('diff-all', 'diff', YEARS[0], YEARS[1], '--all');
  add('diff-year', 'diff', 'fixtures/diff/plan-2023.txt', 'fixtures/diff/plan-2024.txt', '--year', '2023,2024');
  add('diff-reference-date', 'diff', YEARS[3], YEARS[4], '-f', 'json', '--reference-date', '2013-03-05,2014-03-05');
  add('bad-diff-context', 'diff', YEARS[0], YEARS[1], '--context', 'x');
  add('bad-diff-year', 'diff', YEARS[0], YEARS[1], '--year', 'abc');
  add('report-series', 'report', ...YEARS.slice(0, 3));
  add('initiatives-years', 'initiatives', ...YEARS.slice(6));
  // The scaling families.
  for (const { name, file, edited } of familyFiles) {
    add(`family-${name}-parse`, 'parse', file, '-f', 'ndjson');
    add(`family-${name}-deadlines`, 'deadlines', file, '-f', 'json');
    add(`family-${name}-initiatives`, 'initiatives', file, '-f', 'json');
    add(`family-${name}-export`, 'export', file, '--to', 'md');
    add(`family-${name}-diff`, 'diff', file, edited, '-f', 'json');
  }
  // Bad usage and bad input: the message on standard error and the exit status.
  add('bad-no-command');
  add('bad-no-such-command', 'help', 'nosuch');
  add('bad-missing-file', 'parse', 'no-such-file.txt');
  add('bad-directory', 'parse', 'fixtures');
  add('bad-format', 'parse', SEED, '-f', 'xml');
  add('bad-jobs', 'parse', SEED, '-j', '0');
  add('bad-date', 'deadlines', SEED, '--after', '2022-13-01');
  add('bad-year', 'deadlines', SEED, '--year', '22');
  add('bad-min-count', 'initiatives', SEED, '--min-count', '-1');
  add('bad-levels', 'diff', YEARS[0], YEARS[1], '--levels', 'x');
  add('bad-export-to', 'export', SEED);
  add('bad-input', 'parse', 'fixtures/formats/bad/truncated.docx');
  add('bad-inputs-go-on', 'deadlines', 'fixtures/formats/bad/truncated.docx', SEED, '-f', 'json');
  add('bad-fail-fast', 'parse', 'no-such-file.txt', SEED, '--fail-fast');
  add('help', '--help');
  for (const command of [
    'parse',
    'export',
    'deadlines',
    'initiatives',
    'diff',
    'validate',
    'schema',
    'outline',
    'tasks',
    'report',
  ])
    add(`help-${command}`, command, '--help');
  add('version', '--version');
}

/** Builds the scaling families' documents (and their edited copies) in a temporary directory. */
function buildFamilies() {
  const directory = mkdtempSync(join(tmpdir(), 'kepu-compare-'));
  return FAMILIES.map((family) => {
    const text = family.build(FAMILY_SIZE);
    const file = join(directory, `${family.name}.txt`);
    const edited = join(directory, `${family.name}-edited.txt`);
    writeFileSync(file, text);
    writeFileSync(edited, editedCopy(text));
    return { name: family.name, file, edited };
  });
}

/** What the library gives on the seed (parseCircular, readCircular, the passes), as JSON lines. */
async function libraryOutputs(root) {
  const kepu = await import(pathToFileURL(join(root, 'dist/src/index.js')).href);
  const bytes = readFileSync(SEED);
  const text = bytes.toString();
  const document = kepu.parseCircular(text, { name: 'seed.txt' });
  const outputs = {
    'library-parse': JSON.stringify(document),
    'library-read': JSON.stringify(await kepu.readCircular(bytes, { name: 'seed.txt' })),
    'library-read-docx': JSON.stringify(
      await kepu.readCircular(readFileSync('fixtures/formats/seed/plan.docx'), { name: 'plan.docx' }),
    ),
    'library-deadlines': JSON.stringify(kepu.extractDeadlines(document, { source: text })),
    'library-initiatives': JSON.stringify(kepu.extractInitiatives(document, { source: text })),
    'library-markdown': kepu.toMarkdown(document),
  };
  return outputs;
}

/** Runs every command with the build at `root`; the outputs by name. */
async function runAll(root) {
  const kepu = join(resolve(root), 'bin/kepu.js');
  const outputs = new Map();
  const familyFiles = buildFamilies();
  for (const { name, args } of commandLines(familyFiles)) {
    const run = spawnSync(process.execPath, [kepu, ...args], {
      maxBuffer: 1 << 30,
      env: { ...process.env, FORCE_COLOR: '', NO_COLOR: '', COLUMNS: '100' },
    });
    // The families' temporary paths differ from run to run: named by their family instead.
    let stderr = run.stderr.toString();
    let stdout = run.stdout.toString();
    for (const family of familyFiles) {
      stdout = stdout.split(family.edited).join(`<${family.name}-edited>`).split(family.file).join(`<${family.name}>`);
      stderr = stderr.split(family.edited).join(`<${family.name}-edited>`).split(family.file).join(`<${family.name}>`);
    }
    outputs.set(
      name,
      `exit ${run.status}${run.signal ? ` signal ${run.signal}` : ''}\n--- stderr\n${stderr}\n--- stdout\n${stdout}`,
    );
  }
  for (const [name, text] of Object.entries(await libraryOutputs(resolve(root)))) outputs.set(name, text);
  return outputs;
}

/** The outputs saved in a directory by --record. */
function readSaved(directory) {
  const outputs = new Map();
  for (const name of readdirSync(directory)) outputs.set(name, readFileSync(join(directory, name), 'utf8'));
  return outputs;
}

/** Reports the outputs that differ (the first differing line of each); exit 1 when any does. */
function compare(base, head) {
  let differing = 0;
  for (const name of new Set([...base.keys(), ...head.keys()])) {
    const before = base.get(name);
    const after = head.get(name);
    if (before === after) continue;
    differing++;
    if (before === undefined || after === undefined) {
      console.log(`${name}: only in the ${before === undefined ? 'new' : 'base'} build`);
      continue;
    }
    const a = before.split('\n');
    const b = after.split('\n');
    let line = 0;
    while (line < a.length && a[line] === b[line]) line++;
    console.log(
      `${name}: differs at line ${line + 1}\n  base: ${(a[line] ?? '<end>').slice(0, 200)}\n  new:  ${(b[line] ?? '<end>').slice(0, 200)}`,
    );
  }
  const total = new Set([...base.keys(), ...head.keys()]).size;
  console.log(
    differing === 0 ? `all ${total} outputs are the same, byte for byte` : `${differing} of ${total} outputs differ`,
  );
  process.exitCode = differing === 0 ? 0 : 1;
}

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const root = option('--kepu') ?? '.';
if (option('--record')) {
  const directory = option('--record');
  mkdirSync(directory, { recursive: true });
  const outputs = await runAll(root);
  for (const [name, text] of outputs) writeFileSync(join(directory, name), text);
  console.log(`recorded ${outputs.size} outputs in ${directory}`);
} else if (option('--against')) {
  compare(readSaved(option('--against')), await runAll(root));
} else if (args.length >= 1) {
  compare(await runAll(args[0]), await runAll(args[1] ?? '.'));
} else {
  console.error(
    'usage: node scripts/compare-outputs.js --record DIR | --against DIR [--kepu ROOT] | BASE_ROOT [HEAD_ROOT]',
  );
  process.exitCode = 2;
}
