// The work-report part of `npm run bench`: kepu diff of two pairs of real yearly reports, whole
// process, each run paired with `node -e 0` just before it so that both meet the same machine
// state; the figure is the median of the seven ratios (target ≤ 3.5× bare node), with the judged
// pairs of those years. bench.js runs it in its place; alone, `node scripts/bench-diff.js [--check]`
// runs only this part (for a machine shared with others), the other targets reported as not measured.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTargetCheck, projectTargets } from './bench-targets.js';

/** Measures the work-report diffs against `targets` (see bench-targets.js), printing a line each. */
export async function benchWorkReportDiffs(root, targets) {
  const reports = join(root, 'fixtures', 'work-reports');
  const { scorePairs } = await import('./evaluate-pairs.js');
  console.log('\nkepu diff on real yearly plans (fixtures/work-reports), whole process, 7 runs paired with node -e 0:');
  const timeRun = (args) => {
    const start = performance.now();
    const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
    return performance.now() - start;
  };
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const judged = { found: 0, total: 0, wrong: 0 };
  for (const [from, to] of [
    [2016, 2017],
    [2018, 2019],
  ]) {
    const args = [join(root, 'bin', 'kepu.js'), 'diff', join(reports, `${from}.txt`), join(reports, `${to}.txt`), '-q'];
    timeRun(args); // warm the file cache
    const bareRuns = [];
    const diffRuns = [];
    for (let i = 0; i < 7; i++) {
      bareRuns.push(timeRun(['-e', '0']));
      diffRuns.push(timeRun(args));
    }
    const ratio = median(diffRuns.map((ms, i) => ms / bareRuns[i]));
    const score = scorePairs(`${from}-${to}`);
    judged.found += score.found;
    judged.total += score.total;
    judged.wrong += score.wrong.length;
    console.log(
      `${from} → ${to} (${(readFileSync(join(reports, `${from}.txt`)).length / 1024).toFixed(0)} KB, ${(readFileSync(join(reports, `${to}.txt`)).length / 1024).toFixed(0)} KB): ${median(diffRuns).toFixed(0)} ms beside node -e 0 ${median(bareRuns).toFixed(0)} ms: ${ratio.toFixed(2)}× (target ${targets.measure(`diff-${from}-${to}-ratio`, ratio)}×); judged pairs ${score.found}/${score.total} found, ${score.wrong.length} wrong`,
    );
  }
  console.log(
    `judged pairs, both years: ${judged.found}/${judged.total} found (target ${targets.measure('judged-pairs-found', judged.found)}), ${judged.wrong} wrong (target ${targets.measure('judged-pairs-wrong', judged.wrong)})`,
  );
}

/** The keys this part measures. */
export const WORK_REPORT_KEYS = [
  'diff-2016-2017-ratio',
  'diff-2018-2019-ratio',
  'judged-pairs-found',
  'judged-pairs-wrong',
];

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const all = projectTargets(root);
  const targets = createTargetCheck(new Map(WORK_REPORT_KEYS.map((key) => [key, all.get(key)])));
  await benchWorkReportDiffs(root, targets);
  const { ok, lines } = targets.report();
  console.log(`\ntargets (docs/performance.md), this part only:\n${lines.join('\n')}`);
  if (process.argv.includes('--check') && !ok) process.exitCode = 1;
}
