/**
 * kindWordAt and kindPairAt (src/passes/initiative-names.ts) read a kind word at a place through one
 * sticky pattern of the kind words, where the passes had patterns of their own built from KIND_SOURCE:
 * ^(?:KIND_SOURCE) after a quoted head, and ^[、和][\u4e00-\u9fff]?(?:KIND_SOURCE) for a pair of names
 * sharing a kind of event. They must read what those patterns read, on every window the passes give them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KIND_SOURCE, kindPairAt, kindWordAt } from '../src/passes/initiative-names.js';
import { KIND_WORDS } from '../src/passes/initiative-kinds.js';

const KIND_AT_START = new RegExp(`^(?:${KIND_SOURCE})`);
const PAIR_AT_START = new RegExp(`^[、和][\\u4e00-\\u9fff]?(?:${KIND_SOURCE})`);

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const paragraphs = ['2017.txt', '2019.txt'].flatMap((name) =>
  readFileSync(join(reports, name), 'utf8').split('\n').filter(Boolean),
);

describe('kindWordAt', () => {
  it('reads at each place of two yearly reports what ^(?:KIND_SOURCE) reads in the four characters there', () => {
    let words = 0;
    for (const paragraph of paragraphs) {
      for (let index = 0; index < paragraph.length; index++) {
        const window = paragraph.slice(index, index + 4);
        const word = kindWordAt(window, 0);
        expect(word, window).toBe(KIND_AT_START.exec(window)?.[0] ?? '');
        if (word !== '') words++;
      }
    }
    expect(words).toBeGreaterThan(300);
  });

  it('reads inside a text, its lookaheads seeing what follows (工程, not the 工程局 a unit is named)', () => {
    expect(kindWordAt('实施科普工程。', 4)).toBe('工程');
    expect(kindWordAt('实施科普工程。', 3)).toBe('');
    expect(kindWordAt('建设工程局负责', 2)).toBe('');
    expect(kindWordAt('建设工程局长', 2)).toBe('工程');
  });
});

describe('kindPairAt', () => {
  it('reads at each 、 and 和 of two yearly reports what ^[、和][\\u4e00-\\u9fff]?(?:KIND_SOURCE) reads there', () => {
    let joints = 0;
    for (const paragraph of paragraphs) {
      for (let index = 0; index < paragraph.length; index++) {
        const window = paragraph.slice(index, index + 8);
        if (window[0] === '、' || window[0] === '和') joints++;
        expect(kindPairAt(window, 0), window).toBe(PAIR_AT_START.exec(window)?.[0] ?? '');
      }
    }
    expect(joints).toBeGreaterThan(1_000);
  });

  it('takes the character after the joint into the pair only when a kind word follows it', () => {
    expect(kindPairAt('冬奥会和冬残奥会', 3)).toBe('和冬残奥会');
    expect(kindPairAt('、冬残奥会', 0)).toBe('、冬残奥会');
    expect(kindPairAt('和残奥会', 0)).toBe('和残奥会');
    expect(kindPairAt('和平', 0)).toBe('');
  });

  it('agrees with the pattern on random joints, kind words and the characters around them', () => {
    const pieces = fc.constantFrom(
      '、',
      '和',
      '冬',
      '残',
      '部',
      '局',
      '科',
      ...KIND_WORDS.map(([word]) => word),
      ...KIND_WORDS.map(([word]) => word.slice(0, -1)),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }), (parts) => {
        const window = parts.join('').slice(0, 8);
        expect(kindPairAt(window, 0)).toBe(PAIR_AT_START.exec(window)?.[0] ?? '');
        expect(kindWordAt(window, 0)).toBe(KIND_AT_START.exec(window)?.[0] ?? '');
      }),
      { numRuns: 5000 },
    );
  });
});
