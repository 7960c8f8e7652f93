/** Tables of several files name each by the shortest tail of its path that tells it apart, never cut. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shortestTails } from '../src/output/path-tails.js';

const root = join(import.meta.dirname, '..');

describe('shortestTails', () => {
  it('keeps as many parts as tell the paths apart', () => {
    expect(shortestTails(['fixtures/work-reports/2018.txt', 'fixtures/work-reports/2019.txt'])).toEqual([
      '…/2018.txt',
      '…/2019.txt',
    ]);
    expect(shortestTails(['a/x/plan.txt', 'b/x/plan.txt', 'c/notes.md'])).toEqual([
      'a/x/plan.txt',
      'b/x/plan.txt',
      '…/notes.md',
    ]);
    expect(shortestTails(['p/a/plan.txt', 'p/b/plan.txt'])).toEqual(['…/a/plan.txt', '…/b/plan.txt']);
    // A path that is the tail of another is shown whole; the same path twice gets one name.
    expect(shortestTails(['a/p.txt', 'x/a/p.txt', 'a/p.txt'])).toEqual(['a/p.txt', 'x/a/p.txt', 'a/p.txt']);
    expect(shortestTails(['C:\\plans\\2019.txt', 'C:\\plans\\2020.txt'])).toEqual(['…/2019.txt', '…/2020.txt']);
  });

  it('gives every file of a deadlines table its own name', () => {
    // Two copies of one plan under the same name in two folders, and a third plan.
    const work = mkdtempSync(join(tmpdir(), 'kepu-tails-'));
    const plan = join(root, 'fixtures', 'deadlines', 'plan-2023.txt');
    for (const folder of ['east', 'west']) {
      mkdirSync(join(work, folder, 'plans'), { recursive: true });
      copyFileSync(plan, join(work, folder, 'plans', 'plan.txt'));
    }
    const files = [
      join(work, 'east', 'plans', 'plan.txt'),
      join(work, 'west', 'plans', 'plan.txt'),
      join(root, 'fixtures', 'work-reports', '2019.txt'),
    ];
    const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), 'deadlines', ...files, '-q'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(result.status).toBe(0);
    const names = new Set(
      result.stdout
        .split('\n')
        .slice(1, -1)
        .map((line) => line.split(/\s{2,}/)[0]),
    );
    expect([...names].sort()).toEqual(['…/2019.txt', '…/east/plans/plan.txt', '…/west/plans/plan.txt']);
  });
});
