// Scores kepu diff's section pairing on the government work reports against the pairs readers
// judged (fixtures/work-reports/pairs.json for 2016-2017 and 2018-2019, pairs-more.json for the
// other seven year pairs): found, wrong, and missed pairs per year pair, and the pairs made at the
// top two levels that the readers did not make (they judged those levels throughout).
// With --all, also prints every pair kepu makes in every year, for reading.
// Usage: node scripts/evaluate-pairs.js [--all]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffPlans, parseCircular } from '../dist/src/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'work-reports');
const judged = {
  ...JSON.parse(readFileSync(join(folder, 'pairs.json'), 'utf8')),
  ...JSON.parse(readFileSync(join(folder, 'pairs-more.json'), 'utf8')).pairs,
};

/** The pairs a diff made, old id → new id, sections only. */
export function pairsOf(oldYear, newYear) {
  const read = (year) => parseCircular(readFileSync(join(folder, `${year}.txt`)), { name: `${year}.txt` });
  const diff = diffPlans(read(oldYear), read(newYear));
  const pairs = new Map();
  for (const change of diff.changes)
    if (change.old?.role === 'section' && change.new?.role === 'section') pairs.set(change.old.id, change);
  return { pairs, diff };
}

/** Found, wrong and missed pairs for one judged year pair. */
export function scorePairs(key) {
  const [oldYear, newYear] = key.split('-');
  const expected = judged[key];
  const { pairs } = pairsOf(oldYear, newYear);
  const expectedNew = new Map(Object.entries(expected).map(([a, b]) => [b, a]));
  let found = 0;
  const wrong = [];
  const missed = [];
  for (const [a, b] of Object.entries(expected)) {
    const made = pairs.get(a);
    if (made && made.new.id === b) found++;
    else {
      missed.push(`${a}→${b}`);
      if (made) wrong.push(`${a}→${made.new.id} (expected ${b})`);
    }
  }
  const unjudged = [];
  for (const [a, change] of pairs) {
    const b = change.new.id;
    if (!(a in expected) && expectedNew.has(b)) wrong.push(`${a}→${b} (expected ${expectedNew.get(b)}→${b})`);
    else if (!(a in expected) && a.split('.').length <= 2 && b.split('.').length <= 2) unjudged.push(`${a}→${b}`);
  }
  return { key, total: Object.keys(expected).length, found, wrong, missed, unjudged };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = 0;
  let total = 0;
  let wrong = 0;
  let unjudged = 0;
  for (const key of Object.keys(judged).sort()) {
    const result = scorePairs(key);
    found += result.found;
    total += result.total;
    wrong += result.wrong.length;
    unjudged += result.unjudged.length;
    console.log(
      `${key}: ${result.found}/${result.total} found, ${result.wrong.length} wrong, ${result.unjudged.length} pairs the reader did not make`,
    );
    if (result.wrong.length) console.log(`  wrong: ${result.wrong.join(', ')}`);
    if (result.unjudged.length) console.log(`  not the reader's: ${result.unjudged.join(', ')}`);
    if (result.missed.length) console.log(`  missed: ${result.missed.join(', ')}`);
  }
  const made = found + wrong + unjudged;
  console.log(
    `all judged: ${found}/${total} found (recall ${(found / total).toFixed(2)}); ${wrong + unjudged} of the ${made} pairs made at the judged levels are not the readers' (precision ${(found / made).toFixed(2)})`,
  );
  if (process.argv.includes('--all')) {
    for (let year = 2010; year < 2019; year++) {
      const { pairs, diff } = pairsOf(year, year + 1);
      void pairs;
      console.log(`\n${year}-${year + 1}:`);
      for (const change of diff.changes) {
        if (change.old && change.new)
          console.log(
            `  ${change.old.id} ${change.old.marker}${change.old.heading.slice(0, 24)}  →  ${change.new.id} ${change.new.marker}${change.new.heading.slice(0, 24)}  ${change.score ?? change.similarity}`,
          );
      }
      void pairs;
    }
  }
}
