/**
 * The figures of the README and of the pages of docs/ that a check can compute, computed: each test
 * reads the figure from the pages' own words and holds it to what kepu does now, or to the bound a
 * test or the bench uses, so that the two cannot drift apart. docs/figures.md lists every figure and
 * where it comes from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { extractInitiatives } from '../src/passes/extract-initiatives.js';
import { initiativeKey } from '../src/passes/initiative-kinds.js';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { projectTargets } from '../scripts/bench-targets.js';

const root = join(import.meta.dirname, '..');
/** The README and the pages of docs/ (but docs/figures.md, which lists the figures), as one text. */
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md') && name !== 'figures.md')
    .sort()
    .map((name) => `docs/${name}`),
];
const readme = pages
  .map((page) => readFileSync(join(root, page), 'utf8'))
  .join('\n')
  .replace(/\s+/g, ' ');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** The first capture of `pattern` in the pages; fails when they no longer say it. */
function said(pattern: RegExp): string {
  const match = pattern.exec(readme);
  expect(match, `the README or docs/ says ${pattern}`).not.toBeNull();
  return match![1];
}

describe('README figures', () => {
  it('the seed’s initiative precision and recall', () => {
    const text = read('fixtures/seed/cast-2022-kepu-plan-forwarded.txt');
    const gold = JSON.parse(read('fixtures/initiatives/seed-gold.json')) as { initiatives: string[] };
    const goldKeys = new Set(gold.initiatives.map(initiativeKey));
    const found = extractInitiatives(parseCircular(text), { source: text }).initiatives.filter(
      (initiative) => initiative.kind !== 'formulation' && initiative.kind !== 'period',
    );
    const hits = found.filter((initiative) => goldKeys.has(initiative.key)).length;
    const [precision, recall] = said(/seed-gold\.json`\): (precision [0-9.]+, recall [0-9.]+)/)
      .match(/[0-9.]+/g)!
      .map(Number);
    expect((hits / found.length).toFixed(2)).toBe(precision.toFixed(2));
    expect((hits / goldKeys.size).toFixed(2)).toBe(recall.toFixed(2));
    expect(said(/recall [0-9.]+ \(([0-9]+ of [0-9]+);/)).toBe(`${hits} of ${goldKeys.size}`);
  });

  it('the judged pairs: the README, the test and the bench say the same', () => {
    const [found, total] = said(/kepu finds ([0-9]+ of the [0-9]+) pairs a reader judged/)
      .split(' of the ')
      .map(Number);
    expect(read('test/diff-real.test.ts')).toContain(`expect(found).toBe(${found});`);
    expect(read('test/diff-real.test.ts')).toContain(`expect(total).toBe(${total});`);
    expect(projectTargets(root).get('judged-pairs-found').bound).toBe(found);
  });

  it('the scaling test’s bound', () => {
    const bound = said(/growth from n to 8n under ×([0-9]+)/);
    expect(read('test/scaling.test.ts')).toContain(`.toBeLessThan(${bound});`);
  });

  it('the fuzzing and Markdown property runs in CI', () => {
    const fuzz = said(/fuzzing of every command \(([0-9,]+) documents each in CI/).replace(',', '');
    expect(read('test/fuzz.test.ts')).toContain(`const RUNS = process.env.CI ? ${fuzz} :`);
    const markdown = said(/real document and ([0-9,]+) generated ones per CI run/).replace(',', '');
    expect(read('test/markdown-lines.test.ts')).toContain(`numRuns: process.env.CI ? ${markdown} :`);
  });

  it('the diagnostics listed one by one, and the input that starts workers', () => {
    expect(said(/listed one by one up to ([0-9]+) of each code/)).toBe(
      /PER_TEXT_LIMIT = ([0-9]+)/.exec(read('src/parse/capped-diagnostics.ts'))![1],
    );
    const kilobytes = said(/with several files and more than ([0-9]+) KB of input/);
    expect(read('src/cli/pool.ts')).toContain(`PARALLEL_MIN_BYTES = ${kilobytes} * 1024;`);
  });

  it('the main-text finder’s share and the pairing constants', () => {
    expect(said(/the smallest element holding ([0-9]+)% of the page's Chinese text/)).toBe('80');
    expect(read('src/read/read-html.ts')).toContain('text < total * 0.8');
    const align = read('src/diff/align-sections.ts');
    const [heading, body] = said(/A pair's score is ([0-9.]+ × the cosine of the headings \+ [0-9.]+)/)
      .split(/ × the cosine of the headings \+ /)
      .map(Number);
    expect(align).toContain(`HEADING_WEIGHT = ${heading};`);
    expect(heading + body).toBe(1);
    expect(align).toContain(`POSITION_WEIGHT = ${said(/a small prior \(at most ([0-9.]+)\)/)};`);
    expect(align).toContain(
      `MOVE_THRESHOLD = ${said(/What is left pairs across parents \(a move\) at ([0-9.]+) or more/)};`,
    );
    expect(align).toContain(`WEAK_THRESHOLD = ${said(/\(score under ([0-9.]+)\) is reported/)};`);
  });

  it('the bench’s aims, as docs/performance.md sets them', () => {
    const targets = projectTargets(root);
    expect(targets.get('parse-8mb-json-mbps').bound).toBe(Number(said(/the aim is ([0-9]+) MB\/s/)));
    expect(targets.get('memory-initiatives').bound).toBe(Number(said(/the aim was under ([0-9]+)× for every command/)));
    expect(targets.get('scaling-slowest-seconds').bound).toBe(Number(said(/under the ([0-9]+) s limit/)));
    // The corpus run is two laws copied, and the README says so wherever it gives its count.
    for (const match of readme.matchAll(/1,584 (law[^ ,.]*)/g)) expect(match[1]).toBe('law-like');
    expect(read('scripts/bench.js')).toContain('for (let i = 0; i < 1584; i++)');
  });
});
