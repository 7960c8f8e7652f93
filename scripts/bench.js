// npm run bench: parse throughput on a large input built from the seed, beside remark-parse on
// the same bytes and a bare line split; the cold start of `kepu parse <seed>` beside `node -e 0`;
// the readers, the diff, memory, the corpus runs and the scaling harness. Each figure with a target
// is checked against docs/performance.md; `npm run bench -- --check` exits 1 when one is missed.
// `--quick` leaves the scaling harness out. What the run prints is written into docs/performance.md
// ("Last run", with the machine and the date), replacing the run before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseCircular, diffPlans, readCircular } from '../dist/src/index.js';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { createTargetCheck, projectTargets } from './bench-targets.js';
import { recordLastRun } from './bench-record.js';

// Everything the bench prints is also kept, for docs/performance.md.
const printed = [];
const print = console.log;
console.log = (...args) => {
  printed.push(args.join(' '));
  print(...args);
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targets = createTargetCheck(projectTargets(root));
const seedPath = join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const seed = readFileSync(seedPath, 'utf8');
const targetBytes = Number(process.env.BENCH_MB ?? 8) * 1024 * 1024;
let big = seed;
while (Buffer.byteLength(big) < targetBytes) big += '\n' + seed;
const bytes = Buffer.from(big);
const megabytes = bytes.length / 1024 / 1024;

function measure(label, run, rounds = 5) {
  run(); // warm up
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const rate = megabytes / (median / 1000);
  console.log(`${label.padEnd(34)} ${median.toFixed(0).padStart(6)} ms   ${rate.toFixed(1).padStart(7)} MB/s`);
  return rate;
}

console.log(`input: the seed repeated to ${megabytes.toFixed(1)} MB (${big.split('\n').length} lines)\n`);
measure('kepu parseCircular (bytes → tree)', () => parseCircular(bytes, { name: 'big.txt' }));
const kepuRate = measure('kepu parseCircular (string → tree)', () => parseCircular(big, { name: 'big.txt' }));
const remarkRate = measure('remark-parse (string → mdast)', () => unified().use(remarkParse).parse(big), 3);
measure('bare line split', () => big.split(/\r\n|\r|\n/));
console.log(
  `\nkepu / remark-parse, both from a string: ${(kepuRate / remarkRate).toFixed(1)}× (target ${targets.measure('parse-vs-remark', kepuRate / remarkRate)}×; remark-parse reads ${remarkRate.toFixed(1)} MB/s on this input)`,
);

function coldStart(args) {
  const runs = [];
  for (let i = 0; i < 25; i++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)];
}
const bare = coldStart(['-e', '0']);
const cli = coldStart([join(root, 'bin', 'kepu.js'), 'parse', seedPath]);
console.log(`\ncold start, median of 25:`);
console.log(`node -e 0                          ${bare.toFixed(1)} ms`);
console.log(
  `kepu parse <seed>                  ${cli.toFixed(1)} ms   (${(cli / bare).toFixed(2)}× bare node; target ${targets.measure('cold-start', cli / bare)}×)`,
);

// ---- readers: HTML, Word and PDF, bytes → tree (extraction and parse), in MB/s of the input file.
{
  const formats = join(root, 'fixtures', 'formats', 'seed');
  const grow = (make, target) => {
    let copies = 1;
    while (make(copies).length < target) copies *= 2;
    return make(copies);
  };
  // A page with the seed's article repeated: the same markup as the fixture, 8 MB of it.
  const page = readFileSync(join(formats, 'news.html'), 'utf8');
  const [head, rest] = page.split('<div class="content">');
  const [article, tail] = rest.split('</div>\n<div class="share">');
  const html = grow(
    (n) => Buffer.from(`${head}<div class="content">${article.repeat(n)}</div>\n<div class="share">${tail}`),
    8 << 20,
  );
  // A .docx with the seed's paragraphs (automatic numbering and all) repeated to 8 MB, stored
  // uncompressed so that the file's size is the XML's (repeated text would compress to nothing).
  const files = unzipSync(readFileSync(join(formats, 'plan.docx')));
  const xml = strFromU8(files['word/document.xml']);
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.indexOf('<w:sectPr'));
  const docx = grow(
    (n) => zipSync({ ...files, 'word/document.xml': strToU8(xml.replace(body, body.repeat(n))) }, { level: 0 }),
    8 << 20,
  );
  const pdf = readFileSync(join(formats, 'plan.pdf'));
  console.log('\nreaders, bytes → tree (extraction and parse), median:');
  const time = async (label, bytes, name, rounds, key) => {
    await readCircular(bytes, { name });
    const times = [];
    for (let i = 0; i < rounds; i++) {
      const start = performance.now();
      await readCircular(bytes, { name });
      times.push(performance.now() - start);
    }
    times.sort((x, y) => x - y);
    const median = times[Math.floor(times.length / 2)];
    const mb = bytes.length / 1024 / 1024;
    const rate = mb / (median / 1000);
    console.log(
      `${label.padEnd(34)} ${mb.toFixed(2).padStart(6)} MB ${median.toFixed(0).padStart(6)} ms ${rate.toFixed(1).padStart(7)} MB/s   (target ${targets.measure(key, rate)} MB/s)`,
    );
  };
  await time('HTML page (news.html × n)', html, 'big.html', 3, 'read-html-mbps');
  await time('Word .docx (plan.docx × n)', docx, 'big.docx', 3, 'read-docx-mbps');
  await time('PDF, 6 pages printed by Chromium', pdf, 'plan.pdf', 5, 'read-pdf-mbps');
}

// ---- kepu diff: two plans of growing size (a tenth of the sections changed, inserted, removed or moved).
const sentences = seed
  .split(/[。\n]/)
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length > 8);
const cn = (n) => {
  const d = '零一二三四五六七八九';
  if (n < 10) return d[n];
  if (n < 20) return '十' + (n % 10 ? d[n % 10] : '');
  if (n < 100) return d[Math.floor(n / 10)] + '十' + (n % 10 ? d[n % 10] : '');
  return String(n);
};
function makePlan(year, sections, mutate) {
  const perTop = 10;
  const tops = Math.ceil(sections / (perTop + 1));
  let k = 0;
  const lines = [`临江市科协${year}年科普工作要点`, ''];
  const items = [];
  for (let t = 1; t <= tops; t++) {
    const children = [];
    for (let c = 1; c <= perTop; c++)
      children.push({
        heading: `任务${t}-${c}${sentences[(t * 7 + c) % sentences.length].slice(0, 8)}`,
        body: sentences[(k++ * 13) % sentences.length] + `，完成${t * c}项。`,
      });
    items.push({ heading: `重点领域${t}${sentences[(t * 3) % sentences.length].slice(0, 6)}`, children });
  }
  if (mutate) {
    items.forEach((item, t) =>
      item.children.forEach((child, c) => {
        const r = (t * 31 + c * 17) % 40;
        if (r === 0) child.body = child.body.replace(/，/, '，进一步');
        if (r === 1) child.removed = true;
        if (r === 2) child.body += '年底前完成。';
      }),
    );
    for (let t = 0; t + 1 < items.length; t += 9) {
      const moved = items[t].children.pop();
      items[t + 1].children.unshift(moved);
    }
    for (let t = 0; t < items.length; t += 7)
      items[t].children.push({ heading: `新增任务${t}`, body: '新增内容，推动科普工作。' });
  }
  items.forEach((item, t) => {
    lines.push(`${cn(t + 1)}、${item.heading}`);
    item.children
      .filter((child) => !child.removed)
      .forEach((child, c) => lines.push(`（${cn(c + 1)}）${child.heading}。${child.body}`));
  });
  return lines.join('\n') + '\n';
}
function countSections(tree) {
  let n = 0;
  const walk = (nodes) => {
    for (const node of nodes)
      if (node.type === 'section') {
        n++;
        walk(node.children);
      }
  };
  walk(tree.children);
  return n;
}
function timeDiff(a, b, rounds = 5) {
  diffPlans(a, b);
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    diffPlans(a, b);
    times.push(performance.now() - start);
  }
  return times.sort((x, y) => x - y)[Math.floor(rounds / 2)];
}
console.log('\nkepu diff (parse excluded), median of 5:');
// Plans of about 20 KB, the size of a real yearly 科普工作要点.
let sectionsFor20k = 60;
while (Buffer.byteLength(makePlan(2023, sectionsFor20k, false)) < 20 * 1024) sectionsFor20k += 10;
const twenty = makePlan(2023, sectionsFor20k, false);
const oldSmall = parseCircular(twenty);
const newSmall = parseCircular(makePlan(2024, sectionsFor20k, true));
console.log(
  `two plans of ${(Buffer.byteLength(twenty) / 1024).toFixed(0)} KB (${countSections(oldSmall)} sections): ${timeDiff(oldSmall, newSmall).toFixed(1)} ms`,
);
let previous = null;
for (const size of [250, 500, 1000, 2000]) {
  const a = parseCircular(makePlan(2023, size, false));
  const b = parseCircular(makePlan(2024, size, true));
  const ms = timeDiff(a, b, size >= 2000 ? 3 : 5);
  console.log(
    `${String(countSections(a)).padStart(5)} sections each: ${ms.toFixed(1).padStart(8)} ms${previous ? `   (×${(ms / previous).toFixed(2)} for twice the sections)` : ''}`,
  );
  previous = ms;
}

// ---- kepu diff on real yearly plans: the work reports, whole process, and the judged pairs (bench-diff.js).
await (await import('./bench-diff.js')).benchWorkReportDiffs(root, targets);

// ---- deadlines and initiatives against the hand-made gold of fixtures/gold (scripts/score-gold.js).
{
  const { report } = await import('./score-gold.js');
  const api = await import('../dist/src/index.js');
  console.log('\ndeadlines and initiatives against the hand-made gold (fixtures/gold), precision and recall:');
  console.log(report(api).text);
}

// ---- memory: parse a 10 MB plan (the seed repeated), peak RSS in a fresh process.
{
  const tenMb = join(tmpdir(), 'kepu-bench-10mb.txt');
  let text = seed;
  while (Buffer.byteLength(text) < 10 * 1024 * 1024) text += '\n' + seed;
  writeFileSync(tenMb, text);
  const measureRss = (args) => {
    const result = spawnSync('/usr/bin/time', ['-f', '%M %e', process.execPath, ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'ignore', 'pipe'],
      maxBuffer: 1 << 26,
    });
    const [kb, seconds] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { mb: kb / 1024, seconds };
  };
  const baseline = measureRss(['-e', '0']);
  console.log('\nmemory, peak RSS of a fresh process:');
  console.log(`node -e 0                          ${baseline.mb.toFixed(0)} MB`);
  for (const command of ['parse', 'deadlines', 'initiatives']) {
    const run = measureRss([join(root, 'bin', 'kepu.js'), command, tenMb, '-q']);
    const ratio = (run.mb - baseline.mb) / 10;
    console.log(
      `kepu ${command.padEnd(12)} 10 MB plan   ${run.mb.toFixed(0).padStart(5)} MB in ${run.seconds.toFixed(1)} s   (${ratio.toFixed(1)}× the input above baseline; target ${targets.measure(`memory-${command}`, ratio)}×)`,
    );
  }
}

// ---- corpus scale: whole process, as a user runs it.
{
  const { mkdirSync, rmSync } = await import('node:fs');
  const laws = join(root, 'fixtures', 'corpus', 'laws');
  const [short, long] = ['1985-port-opening-provisions.md', '2002-missile-export-control-regulations.md'].map((name) =>
    readFileSync(join(laws, name), 'utf8'),
  );
  // 1,584 law-like Markdown files, about 27 MB: the two real laws of fixtures/corpus/laws/, each
  // copied 792 times (the shorter one doubled in each copy). Two texts repeated, not 1,584 laws:
  // a measure of throughput and memory over many files, not of how kepu reads varied law texts.
  const dir = join(tmpdir(), 'kepu-bench-laws');
  rmSync(dir, { recursive: true, force: true });
  for (let i = 0; i < 1584; i++) {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(2, '0'));
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `law-${String(i).padStart(4, '0')}.md`), i % 2 === 0 ? long : short + '\n' + short);
  }
  const run = (args, outFile) => {
    const result = spawnSync(
      '/usr/bin/time',
      ['-f', '%M %e', process.execPath, join(root, 'bin', 'kepu.js'), ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, CI: '' },
      },
    );
    const [kb, seconds] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    return { mb: kb / 1024, seconds, status: result.status, outFile };
  };
  const bytesIn = spawnSync('du', ['-sb', dir], { encoding: 'utf8' }).stdout.split('\t')[0] / 1024 / 1024;
  console.log(`\ncorpus scale, whole process (${bytesIn.toFixed(1)} MB in 1,584 Markdown files):`);
  for (const jobs of ['1', String((await import('node:os')).availableParallelism())]) {
    const out = join(tmpdir(), `kepu-bench-laws-${jobs}.ndjson`);
    const result = run(['parse', '-r', dir, '--format', 'ndjson', '-o', out, '-q', '--jobs', jobs]);
    const lines = readFileSync(out, 'utf8').split('\n').filter(Boolean);
    rmSync(out, { force: true });
    const valid = lines.filter((line) => JSON.parse(line).type === 'document').length;
    const key = jobs === '1' ? 'laws-1' : 'laws-workers';
    console.log(
      `kepu parse -r laws --format ndjson --jobs ${jobs}   ${result.seconds.toFixed(1)} s, peak ${result.mb.toFixed(0)} MB, ${valid} valid lines   (target ${targets.measure(`${key}-seconds`, result.seconds)} s, ${targets.measure(`${key}-mb`, result.mb)} MB, ${targets.measure(`${key}-lines`, valid)} lines)`,
    );
  }
  // 10,000 copies of the seed through deadlines.
  const seeds = join(tmpdir(), 'kepu-bench-seeds');
  rmSync(seeds, { recursive: true, force: true });
  mkdirSync(seeds);
  for (let i = 0; i < 10000; i++) writeFileSync(join(seeds, `seed-${i}.txt`), seed);
  const deadlines = run([
    'deadlines',
    '-r',
    seeds,
    '--format',
    'ndjson',
    '-o',
    join(tmpdir(), 'kepu-bench-seeds.ndjson'),
    '-q',
  ]);
  console.log(
    `kepu deadlines -r 10,000 seeds --format ndjson   ${deadlines.seconds.toFixed(1)} s, peak ${deadlines.mb.toFixed(0)} MB   (target ${targets.measure('seeds-deadlines-mb', deadlines.mb)} MB)`,
  );
  rmSync(join(tmpdir(), 'kepu-bench-seeds.ndjson'), { force: true });
  // The seed repeated to 8 MB, parse --format json, whole process, output included.
  const eight = join(tmpdir(), 'kepu-bench-8mb.txt');
  let text = seed;
  while (Buffer.byteLength(text) < 8 * 1024 * 1024) text += '\n' + seed;
  writeFileSync(eight, text);
  // Seven runs, each writing a new file (replacing an existing 25 MB file costs the file system
  // about 5 ms more, to free the old one); the median, timed here to the millisecond. (A `sync`
  // before each run was tried: the runs after it were slower, 0.34–0.38 s against 0.32–0.36 s.)
  const jsonOut = join(tmpdir(), 'kepu-bench-8mb.json');
  const jsonRuns = [];
  for (let i = 0; i < 7; i++) {
    rmSync(jsonOut, { force: true });
    const start = performance.now();
    const result = run(['parse', eight, '--format', 'json', '-o', jsonOut, '-q']);
    jsonRuns.push({ ...result, seconds: (performance.now() - start) / 1000 });
  }
  jsonRuns.sort((x, y) => x.seconds - y.seconds);
  const json = jsonRuns[3];
  const size = Buffer.byteLength(text) / 1024 / 1024;
  console.log(
    `kepu parse 8 MB plan --format json               ${json.seconds.toFixed(3)} s, ${(size / json.seconds).toFixed(1)} MB/s, peak ${json.mb.toFixed(0)} MB   (median of 7, ${jsonRuns[0].seconds.toFixed(3)}–${jsonRuns[6].seconds.toFixed(3)} s; target ${targets.measure('parse-8mb-json-mbps', size / json.seconds)} MB/s)`,
  );
  rmSync(jsonOut, { force: true });
  rmSync(eight, { force: true });
  rmSync(dir, { recursive: true, force: true });
  rmSync(seeds, { recursive: true, force: true });
}

// ---- the scaling harness: every family of unusual inputs, every command, up to 1 MB.
const skipped = new Set();
if (!process.argv.includes('--quick')) {
  console.log('');
  const summary = join(mkdtempSync(join(tmpdir(), 'kepu-bench-scaling-')), 'summary.json');
  const result = spawnSync(
    process.execPath,
    [join(root, 'scripts', 'scaling.js'), '--mb', process.env.SCALING_MB ?? '1', '--summary', summary],
    {
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) process.exitCode = 1;
  else {
    const { slowestSeconds, log } = JSON.parse(readFileSync(summary, 'utf8'));
    // The harness printed its tables itself (as they were made); they go into the record here.
    if (log) printed.push(log);
    targets.measure('scaling-slowest-seconds', slowestSeconds);
  }
  rmSync(dirname(summary), { recursive: true, force: true });
} else skipped.add('scaling-slowest-seconds');

// ---- the targets of docs/performance.md, met or missed.
const { ok, lines } = targets.report(skipped);
console.log(`\ntargets (docs/performance.md): ${ok ? 'all met' : 'not all met'}`);
for (const line of lines) console.log(line);
if (process.argv.includes('--check') && !ok) process.exitCode = 1;
recordLastRun(root, printed.join('\n'), { quick: process.argv.includes('--quick') });
print('\ndocs/performance.md: last run written');
