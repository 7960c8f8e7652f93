/**
 * The alignment's paths that the other alignment tests did not reach, found by mutation testing of
 * src/diff/align-sections.ts (docs/mutation.md, fix-26-align-mutants-4). Each alignment is computed
 * inside its test: Stryker switches a mutant on for a test, and an alignment computed while the
 * file is collected runs without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { alignPlans, sectionPairs, siblingGroups, swapSections } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');
const align = (oldText: string, newText: string) => alignPlans(oldText, newText);

/** Sentences of one clause or more of two reports' running text (no heading, none opening with a figure). */
const sentencesOf = (...years: number[]) => [
  ...new Set(
    years
      .flatMap((year) => report(year).split('\n'))
      .filter((line) => !/^[一二三四五六七八九十（]/.test(line))
      .flatMap((line) => line.split('。'))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 30 && sentence.indexOf('，') > 0 && !/^\d|[：；]/.test(sentence)),
  ),
];

describe('a long list whose items kept their own text', () => {
  it('pairs each of 20 items whose lead stayed with its own, though one of its two subitems was replaced', () => {
    // 20 items (1．…20．) of sentences of the 2010 and 2011 reports, each with two subitems （1）（2）;
    // the new list replaces every item's second subitem with another sentence. No item is identical,
    // and each keeps its heading and own text: a reader pairs each with its own, the first subitem
    // as identical. Twenty open siblings are more than the short lists' scan (16): the items pair in
    // the pass that maps each text to its one section on either side.
    const sentences = sentencesOf(2010, 2011);
    expect(sentences.length).toBeGreaterThanOrEqual(320);
    const count = 20;
    const list = (second: number) =>
      Array.from(
        { length: count },
        (_, i) => `${i + 1}．${sentences[i]}。\n（1）${sentences[100 + i]}。\n（2）${sentences[second + i]}。`,
      ).join('\n');
    const { pairs, reason, alignment, old } = align(list(200), list(300));
    for (let i = 1; i <= count; i++) {
      expect(pairs.get(String(i)), `${i}`).toBe(String(i));
      expect(reason(String(i)), `${i}`).toBe('heading');
      expect(pairs.get(`${i}.1`), `${i}.1`).toBe(`${i}.1`);
      expect(reason(`${i}.1`), `${i}.1`).toBe('identical');
    }
    // An item's text is its own: none is scored as identical to its new version.
    expect(alignment.scores.get(old('1'))!.score).toBeLessThan(1);
  });
});

describe('the same pairs whichever report is read first, two years apart', () => {
  // The five two-year pairs composed from the readers' consecutive ones (2010→2012, 2014→2016 and
  // 2017→2019 are held out), each aligned both ways: test/align-leftovers.test.ts holds them forward
  // to the composed pairs. A reader who compares two editions pairs the same sections whichever is
  // read first; the alignment is not written symmetrically (a split is looked for from the old side
  // and a merge from the new, a leftover's rivals row by row), so each rule's two halves are held
  // to each other here, on the pairs where the leftover passes do most.
  const keys = ['2011-2013', '2012-2014', '2013-2015', '2015-2017', '2016-2018'];

  it('pairs every section the same both ways, at every level, for the same reason', () => {
    const differ: string[] = [];
    const reasons: string[] = [];
    let count = 0;
    for (const key of keys) {
      const [from, to] = key.split('-').map(Number);
      const forward = align(report(from), report(to));
      const backward = align(report(to), report(from));
      const there = [...forward.pairs].map(([a, b]) => `${a}→${b}`);
      const back = [...backward.pairs].map(([b, a]) => `${a}→${b}`);
      for (const pair of there) if (!back.includes(pair)) differ.push(`${key} ${pair} forward only`);
      for (const pair of back) if (!there.includes(pair)) differ.push(`${key} ${pair} backward only`);
      for (const [a, b] of forward.pairs)
        if (backward.pairs.get(b) === a && forward.reason(a) !== backward.reason(b))
          reasons.push(`${key} ${a}→${b} ${forward.reason(a)}/${backward.reason(b)}`);
      count += forward.pairs.size;
    }
    expect(differ).toEqual([]);
    expect(reasons).toEqual([]);
    // 30 pairs in all (the composed ones kepu finds, 28 of 31, among them), none made one way only.
    expect(count).toBe(30);
  });
});

describe('a merged section whose heading of one clause names its lead piece by a word', () => {
  it('leads with the one piece that has the heading’s first word, else the next word’s, and none when two have it', () => {
    // 2014 （一）推动重要领域改革取得新突破 and （二）开创高水平对外开放新局面 were merged into 2015
    // 三、把改革开放扎实推向纵深, a heading of one clause: its first word, 改革, is in （一）'s heading only,
    // and a reader pairs 三、 with （一） (the other piece is removed).
    const report2014 = report(2014);
    expect(align(report2014, report(2015)).pairs.get('3.1')).toBe('3');
    // With 改革 in both pieces' headings (（二）以改革开创…), the first word names two pieces: the heading does not
    // tell which it leads with, and neither pairs with 三、 (not its next word 开放's piece either).
    const both = report2014.replace('（二）开创高水平对外开放新局面。', '（二）以改革开创高水平对外开放新局面。');
    const twoNamed = align(both, report(2015)).pairs;
    expect(twoNamed.has('3.1')).toBe(false);
    expect(twoNamed.has('3.2')).toBe(false);
    // With 改革 in neither (（一）推动重要领域取得新突破), the next word, 开放, names （二） alone: 三、 leads with it.
    const neither = report2014.replace('（一）推动重要领域改革取得新突破。', '（一）推动重要领域取得新突破。');
    const nextWord = align(neither, report(2015)).pairs;
    expect(nextWord.get('3.2')).toBe('3');
    expect(nextWord.has('3.1')).toBe(false);
  });
});

describe('two sibling tasks of one year in the other order, that the year before had as one', () => {
  it('pairs a merged section with the piece its heading leads with, wherever its place puts it', () => {
    // test/align-parts.test.ts reads 2010 → 2011 with 2011 （七）文化 and （八）改革 in the other order: 2010
    // （七）坚定不移推进改革，进一步扩大开放, split into （八）改革 and （九）开放, pairs with 改革, which its heading
    // leads with, though its place made （九）开放 sure. Read from 2011 to 2010, the same two pieces were merged
    // into 2010 （七）: the same pair, and 文化 with 文化.
    const source = report(2011);
    const tasks = siblingGroups(parseCircular(source, { name: '2011.txt' })).find((group) =>
      group.some((node) => node.id === '3.7'),
    )!;
    const [culture, reform] = ['3.7', '3.8'].map((id) => tasks.find((node) => node.id === id)!);
    const swapped = parseCircular(swapSections(source, culture, reform), { name: '2011.txt' });
    const pairs = sectionPairs(swapped, parseCircular(report(2010), { name: '2010.txt' }));
    expect(pairs.get('3.7')?.id).toBe('2.7');
    expect(pairs.get('3.8')?.id).toBe('2.5');
    expect(pairs.has('3.9')).toBe(false);
  });
});
