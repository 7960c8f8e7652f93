/**
 * The bench's targets: docs/performance.md is the one list, the bench measures every row of it by
 * its key, and `npm run bench -- --check` fails on a target missed or not measured. The bench
 * itself is never run here (it measures speed: `npm run bench`); its check is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { createTargetCheck, projectTargets, readTargets } from '../scripts/bench-targets.js';

const root = join(import.meta.dirname, '..');

type Check = {
  measure(key: string, value: number): string;
  report(skipped?: Set<string>): { ok: boolean; lines: string[] };
};

describe('the targets of docs/performance.md', () => {
  const targets: Map<string, { operator: string; bound: number; text: string }> = projectTargets(root);

  it('lists every figure the bench checks, each with a bound', () => {
    expect(targets.size).toBe(21);
    expect(targets.get('parse-8mb-json-mbps')).toMatchObject({ operator: '≥', bound: 25 });
    expect(targets.get('memory-initiatives')).toMatchObject({ operator: '<', bound: 10 });
    expect(targets.get('scaling-slowest-seconds')).toMatchObject({ operator: '≤', bound: 2 });
    // The README's judged-pair figure (18 of 19) is the bench's target.
    expect(targets.get('judged-pairs-found')).toMatchObject({ operator: '≥', bound: 18 });
  });

  it('has a key in the bench for every row, and no key in the bench without a row', () => {
    // The bench and its work-report part (bench-diff.js, which bench.js runs in its place).
    const bench = ['bench.js', 'bench-diff.js']
      .map((name) => readFileSync(join(root, 'scripts', name), 'utf8'))
      .join('\n');
    expect(bench).toContain("await (await import('./bench-diff.js')).benchWorkReportDiffs(root, targets);");
    // Keys are literal, or built from the years, commands and thread counts the bench runs.
    const expanded = new Set<string>();
    for (const [, key] of bench.matchAll(/targets\.measure\((?:'([^']+)'|`[^`]+`)/g)) if (key) expanded.add(key);
    // The readers' keys go through time(label, bytes, name, rounds, key).
    for (const [, key] of bench.matchAll(/await time\(.*, '([a-z-]+-mbps)'\);/g)) expanded.add(key);
    for (const years of ['2016-2017', '2018-2019']) expanded.add(`diff-${years}-ratio`);
    for (const command of ['parse', 'deadlines', 'initiatives']) expanded.add(`memory-${command}`);
    for (const run of ['laws-1', 'laws-workers'])
      for (const what of ['seconds', 'mb', 'lines']) expanded.add(`${run}-${what}`);
    expect([...expanded].sort()).toEqual([...targets.keys()].sort());
    expect(bench).toMatch(/\$\{from\}-\$\{to\}-ratio/);
    expect(bench).toMatch(/memory-\$\{command\}/);
    expect(bench).toMatch(/\$\{key\}-seconds.*\$\{key\}-mb.*\$\{key\}-lines/s);
  });
});

describe('the check', () => {
  const doc = [
    '| key | what is measured | target |',
    '|---|---|---|',
    '| fast | MB/s | ≥ 25 |',
    '| small | MB | ≤ 300 |',
    '| lean | × the input | < 10 |',
  ].join('\n');

  it('passes when every target is met', () => {
    const check: Check = createTargetCheck(readTargets(doc));
    expect(check.measure('fast', 25.6)).toBe('≥ 25');
    check.measure('small', 300);
    check.measure('lean', 9.9);
    expect(check.report().ok).toBe(true);
  });

  it('fails when one is missed, and says which', () => {
    const check: Check = createTargetCheck(readTargets(doc));
    check.measure('fast', 24.9);
    check.measure('small', 120);
    check.measure('lean', 10);
    const { ok, lines } = check.report();
    expect(ok).toBe(false);
    expect(lines.filter((line) => line.includes('✗')).map((line) => line.trim().split(/\s+/)[1])).toEqual([
      'fast',
      'lean',
    ]);
  });

  it('fails when a target is not measured, unless the run left it out on purpose (--quick)', () => {
    const check: Check = createTargetCheck(readTargets(doc));
    check.measure('fast', 30);
    check.measure('small', 1);
    expect(check.report().ok).toBe(false);
    expect(check.report(new Set(['lean'])).ok).toBe(true);
  });

  it('refuses a figure without a target, and a target it cannot read', () => {
    const check: Check = createTargetCheck(readTargets(doc));
    expect(() => check.measure('unknown', 1)).toThrow(/no target for it/);
    expect(() => readTargets('| key | what | target |\n|---|---|---|\n| odd | x | about 3 |')).toThrow(/odd/);
  });

  it('makes the bench exit 1 under --check when the report is not ok', () => {
    const bench = readFileSync(join(root, 'scripts', 'bench.js'), 'utf8');
    expect(bench).toContain("if (process.argv.includes('--check') && !ok) process.exitCode = 1;");
  });
});
