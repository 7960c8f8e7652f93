/** When `kepu diff` hands the parsed plans to its pass worker, and when it runs the passes itself. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { worthCopying } from '../src/cli/pass-worker.js';
import { FAMILIES, editedCopy } from '../scripts/scaling-families.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const parsed = (text: string, name: string) => ({ document: parseCircular(text, { name }), text });

describe('worthCopying', () => {
  it('hands two yearly reports to the worker (a few hundred nodes for 40,000 characters)', () => {
    const plans = ['2018', '2019'].map((year) => parsed(readFileSync(join(reports, `${year}.txt`), 'utf8'), year));
    expect(worthCopying(plans)).toBe(true);
  });

  it('keeps plans of tens of thousands of one-line sections in-process (their copy costs more than their passes)', () => {
    const markers = FAMILIES.find((family) => family.name === 'random-markers')!;
    const text = markers.build(20_000);
    const plans = [parsed(text, 'a.txt'), parsed(editedCopy(text), 'b.txt')];
    expect(worthCopying(plans)).toBe(false);
  });

  it('weighs both plans together: one report beside a plan of many short sections stays in-process', () => {
    const report = parsed(readFileSync(join(reports, '2019.txt'), 'utf8'), '2019');
    const markers = FAMILIES.find((family) => family.name === 'random-markers')!;
    expect(worthCopying([report, parsed(markers.build(20_000), 'b.txt')])).toBe(false);
    expect(worthCopying([report, parsed(markers.build(20), 'b.txt')])).toBe(true);
  });
});
