/**
 * allMatches (src/passes/all-matches.ts) stands in for String.prototype.matchAll where the passes match
 * their longest word lists: it must list the same matches, at the same places, from the same start, and
 * leave the pattern as it found it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allMatches } from '../src/passes/all-matches.js';
import { INNER_BREAKS, KIND_SOURCE } from '../src/passes/initiative-names.js';

/** What a match is, for comparing: where it is, its text and its groups. */
const shape = (matches: Iterable<RegExpMatchArray>) =>
  [...matches].map((match) => ({ index: match.index, groups: [...match], named: match.groups }));

const PATTERNS = [
  new RegExp(KIND_SOURCE, 'g'),
  INNER_BREAKS,
  /[和与及]/g,
  /(?<word>以及|[和与]|及(?!其))/g,
  /(?:)/g,
  /年?/g,
  /(?:)/gu,
  /\p{Script=Han}*/gu,
  /(?=科普)|。/g,
];

describe('allMatches', () => {
  it('lists the matches matchAll lists in every paragraph of a yearly report, for the passes’ patterns', () => {
    const report = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'work-reports', '2019.txt'), 'utf8');
    let matches = 0;
    for (const paragraph of report.split('\n')) {
      for (const pattern of PATTERNS.slice(0, 4)) {
        const found = allMatches(paragraph, pattern);
        matches += found.length;
        expect(shape(found)).toEqual(shape(paragraph.matchAll(pattern)));
      }
    }
    expect(matches).toBeGreaterThan(2_000);
  });

  it('moves on past empty matches as matchAll does, by a code point under the u flag', () => {
    const text = '科普𠀀工作年';
    for (const pattern of PATTERNS) expect(shape(allMatches(text, pattern))).toEqual(shape(text.matchAll(pattern)));
    expect(allMatches('a𠀀', /(?:)/gu).map((match) => match.index)).toEqual([0, 1, 3]);
    expect(allMatches('a𠀀', /(?:)/g).map((match) => match.index)).toEqual([0, 1, 2, 3]);
  });

  it('starts where the pattern’s lastIndex stands, and leaves it there', () => {
    const pattern = /[和与]/g;
    pattern.lastIndex = 3;
    expect(allMatches('和科普与技术和', pattern).map((match) => match.index)).toEqual([3, 6]);
    expect(pattern.lastIndex).toBe(3);
    pattern.lastIndex = 0;
  });

  it('agrees with matchAll on random text of Han characters, connectives, surrogate pairs and punctuation', () => {
    const characters = fc.constantFrom(...'科普工作和与及以其计划工程行动方案试点年。，、', '𠀀', '\ud800', 'a');
    fc.assert(
      fc.property(
        fc.array(characters, { maxLength: 40 }),
        fc.nat(PATTERNS.length - 1),
        fc.nat(5),
        (chars, which, from) => {
          const text = chars.join('');
          const pattern = PATTERNS[which];
          pattern.lastIndex = from;
          const expected = shape(text.matchAll(pattern));
          expect(shape(allMatches(text, pattern))).toEqual(expected);
          expect(pattern.lastIndex).toBe(from);
          pattern.lastIndex = 0;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('refuses a pattern without the g flag, as matchAll does', () => {
    expect(() => allMatches('和', /和/)).toThrow(TypeError);
    expect(() => '和'.matchAll(/和/)).toThrow(TypeError);
  });
});
