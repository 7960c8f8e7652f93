/**
 * Similarity and word-level differences of Chinese text: character bigrams (Chinese has no
 * spaces to split on) for similarity, Intl.Segmenter words for the text diff.
 */
import { diffArrays } from 'diff';
import type { TextPiece } from '../types.js';

/** A multiset of character bigrams. */
export interface Profile {
  grams: Map<string, number>;
  size: number;
}

const PUNCTUATION = /[\s\p{P}\p{S}]/u;

/** Bigrams of the text's letters and digits (punctuation and spaces left out). */
export function profileOf(text: string): Profile {
  const chars = [...text].filter((ch) => !PUNCTUATION.test(ch));
  const grams = new Map<string, number>();
  if (chars.length === 1) grams.set(chars[0], 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i] + chars[i + 1];
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  let size = 0;
  for (const count of grams.values()) size += count;
  return { grams, size };
}

/** Dice coefficient of two bigram multisets: 1 for the same text, 0 for nothing in common. */
export function dice(a: Profile, b: Profile): number {
  if (a.size === 0 && b.size === 0) return 1;
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [gram, count] of small.grams) {
    const other = large.grams.get(gram);
    if (other) shared += Math.min(count, other);
  }
  return (2 * shared) / (a.size + b.size);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a Chinese text, punctuation and spaces kept as tokens of their own. */
export function words(text: string): string[] {
  return [...segmenter.segment(text)].map((segment) => segment.segment);
}

/** A word-level diff; neighbouring pieces of the same kind are merged. */
export function diffWords(before: string, after: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  for (const part of diffArrays(words(before), words(after))) {
    const op: TextPiece['op'] = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    const value = part.value.join('');
    const last = pieces[pieces.length - 1];
    if (last && last.op === op) last.value += value;
    else pieces.push({ op, value });
  }
  return pieces;
}

const SIGNATURE_SIZE = 48;
const SEEDS = Array.from(
  { length: SIGNATURE_SIZE },
  (_, i) => [Math.imul(i + 1, 0x9e3779b1) | 1, Math.imul(i + 7, 0x85ebca6b)] as const,
);

function hashGram(gram: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** A MinHash signature of a profile's bigram set: a cheap estimate of similarity for large groups. */
export function signatureOf(profile: Profile): Uint32Array {
  const signature = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (const gram of profile.grams.keys()) {
    const hash = hashGram(gram);
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      let value = Math.imul(hash ^ SEEDS[i][1], SEEDS[i][0]);
      value ^= value >>> 15;
      value = Math.imul(value, 0x2c1b3c6d) >>> 0;
      if (value < signature[i]) signature[i] = value;
    }
  }
  return signature;
}

/** Estimated Jaccard similarity of two bigram sets from their signatures. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
