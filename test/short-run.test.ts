/** Which runs of `kepu diff` keep V8 at its baseline compiler (src/cli/short-run.ts). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineForShortRun } from '../src/cli/short-run.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
/** Node 20's V8, on which the flag was measured; other versions are left as they are. */
const measured = process.versions.v8.startsWith('11.');

describe('baselineForShortRun', () => {
  // (A case that says true sets the flag for the rest of this test file's process.)
  it('leaves a run over 512 KB of input to every tier, counting all its files together', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kepu-short-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, '一、总体要求\n'.repeat(20_000)); // 380 KB
    expect(baselineForShortRun([big, big])).toBe(false);
    expect(baselineForShortRun([big])).toBe(measured);
  });

  it('leaves standard input to every tier (its size is not known)', () => {
    expect(baselineForShortRun([join(reports, '2018.txt'), '-'])).toBe(false);
  });

  it('keeps a diff of two yearly reports at the baseline compiler, a file that cannot be read counting nothing', () => {
    expect(baselineForShortRun([join(reports, '2018.txt'), join(reports, 'no-such-year.txt')])).toBe(measured);
  });
});
