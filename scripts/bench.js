// npm run bench: parse throughput on a large input built from the seed, beside remark-parse on
// the same bytes and a bare line split; the cold start of `kepu parse <seed>` beside `node -e 0`.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseCircular } from '../dist/src/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
const kepuRate = measure('kepu parseCircular (bytes → tree)', () => parseCircular(bytes, { name: 'big.txt' }));
const remarkRate = measure('remark-parse (same text)', () => unified().use(remarkParse).parse(big), 3);
measure('bare line split', () => big.split(/\r\n|\r|\n/));
console.log(`\nkepu / remark-parse: ${(kepuRate / remarkRate).toFixed(1)}× (target ≥ 10×)`);

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
console.log(`kepu parse <seed>                  ${cli.toFixed(1)} ms   (${(cli / bare).toFixed(2)}× bare node; target ≤ 1.5×)`);
