// Scores kepu diff's section pairing on the government work reports against the pairs readers
// judged (fixtures/work-reports/pairs.json for 2016-2017 and 2018-2019, pairs-more.json for the
// other seven year pairs): found, wrong, and missed pairs per year pair, and the pairs made at the
// top two levels that the readers did not make (they judged those levels throughout).
// With --all, also prints every pair kepu makes in every year, for reading. With --composed, scores
// the two-year pairs composed from the judged ones instead (2011→2012 and 2012→2013 give 2011→2013
// where both links exist): only the five two-year pairs below, the others are held out.
// Usage: node scripts/evaluate-pairs.js [--all] [--composed]
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

/**
 * The two-year pairs that may be composed from the judged ones. 2010→2012, 2014→2016 and
 * 2017→2019 are held out (they check the work and are never composed or scored here).
 */
export const COMPOSED_KEYS = ['2011-2013', '2012-2014', '2013-2015', '2015-2017', '2016-2018'];

/** The pairs of `from`→`to` two years apart that both judged links give: a→b and b→c make a→c. */
export function composedPairs(key) {
  const [from, to] = key.split('-').map(Number);
  const first = judged[`${from}-${from + 1}`];
  const second = judged[`${from + 1}-${to}`];
  const pairs = {};
  for (const [a, b] of Object.entries(first)) if (b in second) pairs[a] = second[b];
  return pairs;
}

/** Found, wrong and missed pairs for one judged (or composed) year pair. */
export function scorePairs(key, expected = judged[key]) {
  const [oldYear, newYear] = key.split('-');
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
  const composed = process.argv.includes('--composed');
  let found = 0;
  let total = 0;
  let wrong = 0;
  let unjudged = 0;
  for (const key of composed ? COMPOSED_KEYS : Object.keys(judged).sort()) {
    const result = composed ? scorePairs(key, composedPairs(key)) : scorePairs(key);
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
  // Composed pairs are fewer than a reader would make (a chain breaks where either link is missing),
  // so a pair outside them is not wrong as such: it is listed for reading.
  console.log(
    `${composed ? 'all composed' : 'all judged'}: ${found}/${total} found (recall ${(found / total).toFixed(2)}); ${wrong + unjudged} of the ${made} pairs made at the judged levels are not the readers' (precision ${(found / made).toFixed(2)})`,
  );
  if (process.argv.includes('--all')) {
    for (const key of composed ? COMPOSED_KEYS : Object.keys(judged).sort()) {
      const [year, next] = key.split('-');
      const { pairs, diff } = pairsOf(year, next);
      void pairs;
      console.log(`\n${key}:`);
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
