// npm run bench (part): the scaling harness. For each family of unusual but legal inputs
// (scripts/scaling-families.js) and each command, the time and peak memory at n, 2n, 4n and 8n
// units, the largest input about SCALING_MB (default 1) MB, each run in a fresh process (runs under
// 200 ms five times, the median kept); then the growth per doubling. A growth near 2 is linear, near 4 quadratic.
// Then the largest input of each family through the built CLI, whole process (--no-cli leaves that out).
// Usage: node scripts/scaling.js [--mb N] [--family NAME] [--command NAME] [--no-cli] [--summary FILE]
// (--summary writes the slowest whole-process run as JSON, for the bench's target check, with the
// tables printed, for docs/performance.md)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAMILIES, commands, editedCopy } from './scaling-families.js';

// What the harness prints is also kept, for --summary (the bench records it in docs/performance.md).
const printed = [];
const print = console.log;
console.log = (...args) => {
  printed.push(args.join(' '));
  print(...args);
};

const argument = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
};

/** One run, in this process: prints {ms, rssMb, bytes}. */
async function runOne(familyName, commandName, n) {
  const kepu = await import('../dist/src/index.js');
  const family = FAMILIES.find((entry) => entry.name === familyName);
  // A decoded file's text is one flat string, as the CLI has it.
  const text = Buffer.from(family.build(n)).toString();
  const edited = Buffer.from(editedCopy(text)).toString();
  const start = performance.now();
  commands(kepu)[commandName](text, edited);
  const ms = performance.now() - start;
  process.stdout.write(
    JSON.stringify({ ms, rssMb: process.resourceUsage().maxRSS / 1024, bytes: Buffer.byteLength(text) }) + '\n',
  );
}

/**
 * One point of the table: a fresh process; a short run (under 200 ms, where start-up, the JIT and
 * the collector weigh as much as the work) is run five times and its median time kept.
 */
function measure(familyName, commandName, n) {
  const first = measureOnce(familyName, commandName, n);
  if (first.failed || first.ms >= 200) return first;
  const runs = [first];
  for (let i = 1; i < 5; i++) runs.push(measureOnce(familyName, commandName, n));
  if (runs.some((run) => run.failed)) return runs.find((run) => run.failed);
  const median = runs.map((run) => run.ms).sort((a, b) => a - b)[2];
  return { ...first, ms: median, rssMb: Math.max(...runs.map((run) => run.rssMb)) };
}

/** The table's n for a family: 8n units make about `megabytes` MB. */
function unitsFor(family, megabytes) {
  const unitBytes = Buffer.byteLength(family.build(1000)) / 1000;
  return Math.max(1, Math.round((megabytes * 1024 * 1024) / 8 / unitBytes));
}

function measureOnce(familyName, commandName, n) {
  const result = spawnSync(
    process.execPath,
    [fileURLToPath(import.meta.url), '--run', familyName, commandName, String(n)],
    { encoding: 'utf8', maxBuffer: 1 << 20, timeout: 120_000 },
  );
  if (result.status !== 0)
    return { ms: Infinity, rssMb: Infinity, bytes: 0, failed: result.stderr.split('\n')[0] || `exit ${result.status}` };
  return JSON.parse(result.stdout);
}

if (process.argv[2] === '--run') {
  await runOne(process.argv[3], process.argv[4], Number(process.argv[5]));
} else {
  const megabytes = Number(argument('--mb', process.env.SCALING_MB ?? 1));
  const onlyFamily = argument('--family');
  const onlyCommand = argument('--command');
  const names = Object.keys(commands({}));
  console.log(
    `scaling: n, 2n, 4n, 8n units, the largest about ${megabytes} MB; time in ms (peak RSS in MB), growth per doubling`,
  );
  let worst = { growth: 0, what: '' };
  for (const family of FAMILIES) {
    if (onlyFamily && family.name !== onlyFamily) continue;
    const n = unitsFor(family, megabytes);
    console.log(`\n${family.name}: ${family.what} (n = ${n})`);
    for (const name of names) {
      if (onlyCommand && name !== onlyCommand) continue;
      const runs = [1, 2, 4, 8].map((factor) => measure(family.name, name, n * factor));
      const growth = runs.slice(1).map((run, i) => run.ms / Math.max(runs[i].ms, 1));
      // The growth that matters is at the larger sizes, where fixed costs no longer hide it.
      const last = growth[growth.length - 1];
      if (last > worst.growth && runs[3].ms > 50) worst = { growth: last, what: `${family.name} ${name}` };
      console.log(
        `  ${name.padEnd(12)} ${runs.map((run) => `${run.ms.toFixed(0)} (${run.rssMb.toFixed(0)})`.padStart(12)).join('')}` +
          `   ×${growth.map((value) => value.toFixed(1)).join(' ×')}   ${(runs[3].bytes / 1024 / 1024).toFixed(2)} MB` +
          (runs.some((run) => run.failed) ? `   FAILED: ${runs.find((run) => run.failed).failed}` : ''),
      );
    }
  }
  console.log(`\nlargest last growth over 50 ms: ×${worst.growth.toFixed(2)} (${worst.what})`);
  if (!process.argv.includes('--no-cli')) wholeProcess(megabytes, onlyFamily, onlyCommand, names);
}

/**
 * The largest input of each family through the built CLI, as a user runs it (start-up, reading the
 * file, writing the output to a pipe): the median of three runs and the slowest of them, for the
 * limit of the issue (no 1 MB input takes more than 2 s for any command, whole process).
 */
function wholeProcess(megabytes, onlyFamily, onlyCommand, names) {
  const bin = join(import.meta.dirname, '..', 'bin', 'kepu.js');
  const dir = mkdtempSync(join(tmpdir(), 'kepu-scaling-'));
  console.log(
    `\nwhole process, the largest input of each family through bin/kepu.js (-q, output to a pipe): median and slowest of 3, in s`,
  );
  let slowest = { seconds: 0, what: '' };
  try {
    for (const family of FAMILIES) {
      if (onlyFamily && family.name !== onlyFamily) continue;
      const n = 8 * unitsFor(family, megabytes);
      const text = family.build(n);
      const file = join(dir, `${family.name}.txt`);
      const edited = join(dir, `${family.name}-edited.txt`);
      writeFileSync(file, text);
      writeFileSync(edited, editedCopy(text));
      const cells = [];
      for (const name of names) {
        if (onlyCommand && name !== onlyCommand) continue;
        const args =
          name === 'diff' ? ['diff', file, edited] : name === 'export' ? ['export', file, '--to', 'md'] : [name, file];
        const times = [];
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          const result = spawnSync(process.execPath, [bin, ...args, '-q'], { stdio: ['ignore', 'ignore', 'ignore'] });
          const seconds = (performance.now() - start) / 1000;
          // 0, or 1 for a diff that found changes.
          if (result.status !== 0 && !(name === 'diff' && result.status === 1)) {
            times.push(Infinity);
            break;
          }
          times.push(seconds);
        }
        times.sort((x, y) => x - y);
        const worst = times[times.length - 1];
        if (worst > slowest.seconds) slowest = { seconds: worst, what: `${family.name} ${name}` };
        cells.push(`${name} ${times[Math.floor(times.length / 2)].toFixed(2)}/${worst.toFixed(2)}`);
      }
      console.log(
        `  ${family.name.padEnd(20)} ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB   ${cells.join('   ')}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`slowest whole-process run: ${slowest.seconds.toFixed(2)} s (${slowest.what}; limit 2 s)`);
  const summary = argument('--summary', null);
  if (summary)
    writeFileSync(
      summary,
      JSON.stringify({ slowestSeconds: slowest.seconds, slowest: slowest.what, log: printed.join('\n') }) + '\n',
    );
}
