/**
 * The word diff reuses the segmentation of the runs of Chinese characters that the term weights
 * made: a sentence is split as ICU splits it whole only if ICU splits each run inside it as it
 * splits the run alone, and always breaks at the run's ends. Checked on every sentence of the real
 * text in the repository, and on random mixtures of Han characters and the separable characters.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { forEachPiece, segmentPiece, segmentRuns, segmenter, termsOf } from '../src/diff/term-weights.js';

const whole = (piece: string) => [...segmenter.segment(piece)].map((segment) => segment.segment);
const composed = (piece: string) => {
  const into: string[] = [];
  segmentPiece(piece, into);
  return into;
};

function* textFiles(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* textFiles(path);
    else if (/\.(txt|md|html)$/.test(name)) yield path;
  }
}

describe('segmentPiece', () => {
  it('splits every sentence of the real text as the segmenter splits it whole', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    let pieces = 0;
    for (const file of textFiles(root)) {
      forEachPiece(readFileSync(file, 'utf8'), (piece) => {
        pieces++;
        expect(composed(piece), `${file}: ${piece}`).toEqual(whole(piece));
      });
    }
    expect(pieces).toBeGreaterThan(15_000);
  });

  it('splits mixtures of Han characters, digits, letters and punctuation as the segmenter does', () => {
    const parts = fc.constantFrom(
      ...'科普工作要点推进建设全国年底前完成二〇一九年々中华人民共和国国务院关于印发的通知粮食产量亿斤',
      ...'0123456789.%abcXYZ -_/:()',
      ...'，。、；：？！“”‘’（）《》【】〔〕—…·×　０１２３ＡＢｃ％．',
      '\u05b8',
      '\u200d',
      '\u0301',
      '①',
      '⑵',
      'ー',
      'カ',
    );
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 60 }), (chars) => {
        const piece = chars.join('');
        expect(composed(piece)).toEqual(whole(piece));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('segmentRuns', () => {
  it('splits each run of the real text in a batch as the segmenter splits it alone', async () => {
    // A fresh module: its cache of runs is filled by segmentRuns alone.
    vi.resetModules();
    const fresh = await import('../src/diff/term-weights.js');
    const root = join(import.meta.dirname, '..', 'fixtures');
    const texts = [...textFiles(root)].map((file) => readFileSync(file, 'utf8'));
    fresh.segmentRuns(texts);
    let runs = 0;
    for (const text of texts) {
      for (const run of text.match(/[\u3400-\u9fff\uf900-\ufaff]+/g) ?? []) {
        runs++;
        const alone: string[] = [];
        for (let from = 0; from < run.length; from += 200)
          for (const segment of segmenter.segment(run.slice(from, from + 200))) alone.push(segment.segment);
        const batched: string[] = [];
        fresh.segmentPiece(run, batched);
        if (run.length <= 200) expect(batched, run).toEqual(alone);
        expect(fresh.termsOf(run), run).toEqual(termsAlone(run));
      }
    }
    expect(runs).toBeGreaterThan(40_000);
  });

  it('splits random runs in a batch as the segmenter splits them alone', () => {
    const han = fc.constantFrom(
      ...'科普工作要点推进建设全国年底前完成二一九中华人民共和国国务院关于印发的通知粮食产量亿斤鹦鹉',
    );
    fc.assert(
      fc.property(fc.array(fc.array(han, { minLength: 1, maxLength: 250 }), { maxLength: 12 }), (chars) => {
        const runs = chars.map((run) => run.join(''));
        segmentRuns([runs.join('，'), runs.join('a')]);
        for (const run of runs) expect(termsOf(run), run).toEqual(termsAlone(run));
      }),
      { numRuns: 300 },
    );
  });
});

/** The terms of a run of Chinese characters segmented by itself (in pieces of 200, as termsOf cuts it). */
function termsAlone(run: string): string[] {
  const terms: string[] = [];
  for (let from = 0; from < run.length; from += 200)
    for (const segment of segmenter.segment(run.slice(from, from + 200)))
      if (segment.isWordLike && segment.segment.length >= 2) terms.push(segment.segment);
  return terms;
}
