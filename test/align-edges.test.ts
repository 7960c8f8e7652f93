/**
 * The alignment's paths that the other alignment tests did not reach, found by mutation testing of
 * src/diff/align-sections.ts (docs/mutation.md, fix-26-align-mutants-4). Each alignment is computed
 * inside its test: Stryker switches a mutant on for a test, and an alignment computed while the
 * file is collected runs without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');

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

const align = (oldText: string, newText: string) => alignPlans(oldText, newText);
