// Scores kepu diff's section pairing on the government work reports against the pairs a reader
// judged (fixtures/work-reports/pairs.json): found, wrong, and missed pairs per year pair.
// Also prints, for the years without a judged list, the pairs kepu makes, for reading.
// Usage: node scripts/evaluate-pairs.js [--all]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffPlans, parseCircular } from '../dist/src/index.js';

const folder = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'work-reports');
const judged = JSON.parse(readFileSync(join(folder, 'pairs.json'), 'utf8'));

/** The pairs a diff made, old id → new id, sections only. */
export function pairsOf(oldYear, newYear) {
  const read = (year) => parseCircular(readFileSync(join(folder, `${year}.txt`)), { name: `${year}.txt` });
  const diff = diffPlans(read(oldYear), read(newYear));
  const pairs = new Map();
  for (const change of diff.changes) if (change.old && change.new && !change.role) pairs.set(change.old.id, change);
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
  for (const [a, change] of pairs) {
    const b = change.new.id;
    if (!(a in expected) && expectedNew.has(b)) wrong.push(`${a}→${b} (expected ${expectedNew.get(b)}→${b})`);
  }
  return { key, total: Object.keys(expected).length, found, wrong, missed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let found = 0;
  let total = 0;
  let wrong = 0;
  for (const key of Object.keys(judged)) {
    const result = scorePairs(key);
    found += result.found;
    total += result.total;
    wrong += result.wrong.length;
    console.log(`${key}: ${result.found}/${result.total} found, ${result.wrong.length} wrong`);
    if (result.wrong.length) console.log(`  wrong: ${result.wrong.join(', ')}`);
    if (result.missed.length) console.log(`  missed: ${result.missed.join(', ')}`);
  }
  console.log(`all judged: ${found}/${total} found (recall ${(found / total).toFixed(2)}), ${wrong} wrong`);
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
