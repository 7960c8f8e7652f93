/**
 * The openings pass of `alignSections` (`pairOpenings`) when the section it pairs is the first open
 * one of its side: 2015 四、协调推动经济稳定增长和结构优化 → 2017 （三）… (the readers' pair composed from
 * 2015→2016 and 2016→2017: 四、→ 2016 （三）深挖国内需求潜力 → 2017 （三）), with 2015's part 三、 (the other
 * open section before 四、) taken out. Written for the mutation run of src/diff/align-sections.ts
 * (docs/mutation.md): every alignment is computed inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');

/** The 2015 report without its part 三、把改革开放扎实推向纵深. */
function withoutReform(): string {
  const lines = report(2015).split('\n');
  const from = lines.findIndex((line) => line.startsWith('三、把改革开放'));
  const to = lines.findIndex((line) => line.startsWith('四、协调'));
  expect(to).toBeGreaterThan(from);
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}

describe('the openings pass, first in its list', () => {
  it('pairs 2015 四、 with 2017 （三） as written, and with 三、 taken out, both ways', () => {
    expect(alignPlans(report(2015), report(2017)).pairs.get('4')).toBe('3.3');
    const fewer = withoutReform();
    const forward = alignPlans(fewer, report(2017));
    expect(forward.pairs.get('4')).toBe('3.3');
    expect(forward.reason('4')).toBe('moved-from-parent');
    expect(alignPlans(report(2017), fewer).pairs.get('3.3')).toBe('4');
  });
});
