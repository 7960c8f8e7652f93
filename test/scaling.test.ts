/**
 * The scaling harness in small (inputs up to about 240 KB): for every family of unusual inputs
 * and every command, the work at 8n over the work at n stays under 24, where linear growth gives
 * 8 and quadratic 64. A growth check, never a time limit: the work is the CPU time this test's
 * process spends (process.cpuUsage, user and system), not the wall clock, so other processes
 * on a busy machine do not count (the wall clock did: at a load of 15 on 2 cores it failed two
 * or three families a run). The bound stays generous because a garbage collection can still
 * double a short run. `npm run bench` measures the real figures up to 1 MB.
 */
import { describe, expect, it } from 'vitest';
import { leastCpuMs } from './helpers/cpu-time.js';
import * as kepu from '../src/index.js';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { FAMILIES, commands, editedCopy } from '../scripts/scaling-families.js';

const RUN = commands(kepu) as Record<string, (text: string, edited: string) => unknown>;
/** Bytes of the larger input. */
const LARGE = 240 * 1024;

describe('scaling (growth from n to 8n)', () => {
  for (const family of FAMILIES as Array<{ name: string; build: (n: number) => string }>) {
    it(`${family.name}: every command grows less than ×24 from n to 8n`, () => {
      const unit = Buffer.byteLength(family.build(1000)) / 1000;
      const n = Math.max(1, Math.round(LARGE / 8 / unit));
      const small = Buffer.from(family.build(n)).toString();
      const large = Buffer.from(family.build(8 * n)).toString();
      const smallEdited = editedCopy(small);
      const largeEdited = editedCopy(large);
      for (const [name, run] of Object.entries(RUN)) {
        run(small, smallEdited); // warm up
        const timeSmall = leastCpuMs(() => run(small, smallEdited));
        const timeLarge = leastCpuMs(() => run(large, largeEdited));
        // Below a few milliseconds the clock and garbage collection, not the algorithm, set the ratio: 8 ms is
        // the least n counts for (as in the views' check). Quadratic work still fails: 64× of 3.4 ms is 218 ms,
        // 27× the floor.
        if (timeLarge < 25) continue;
        expect(
          timeLarge / Math.max(timeSmall, 8),
          `${family.name} ${name}: ${timeSmall.toFixed(1)} → ${timeLarge.toFixed(1)} ms`,
        ).toBeLessThan(24);
      }
    });
  }
});
