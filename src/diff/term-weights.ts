/**
 * What tells two sections' topics apart: TF-IDF over the words of both plans' sections. Words
 * that every section of a plan uses (推进, 发展, 建设, 加强, 体系) weigh little; the words of one topic
 * (三去一降一补, 去产能, 乡村振兴) weigh much. Vectors are sparse and normalised, so similarity is a
 * dot product (cosine), 0..1.
 */

/** A sparse, normalised term vector. */
export type TermVector = Map<string, number>;

/** ICU's word breaker for Chinese, shared by the term weights and the word diff. */
export const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * `compute` remembered for each text it was given, up to `limit` texts (then forgotten all at
 * once, so that memory stays bounded): plans repeat their phrases and sentences, and segmenting
 * is the cost.
 */
export function rememberWords(limit: number, compute: (text: string) => string[]): (text: string) => string[] {
  const known = new Map<string, string[]>();
  return (text) => {
    let words = known.get(text);
    if (!words) {
      words = compute(text);
      if (known.size >= limit) known.clear();
      known.set(text, words);
    }
    return words;
  };
}

/**
 * Pieces of at most this many characters are given to the segmenter: ICU's word breaking grows
 * faster than linearly on long strings (a 240 KB string takes seconds), so text is cut at
 * sentence ends, and a long run without one at a fixed width.
 */
const PIECE = 200;
const SENTENCE_END = /[。；;！!？?\n]/g;

/** Calls `visit` with pieces of `text` no longer than PIECE characters, cut at sentence ends when it can. */
export function forEachPiece(text: string, visit: (piece: string, offset: number) => void): void {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); ; match = SENTENCE_END.exec(text)) {
    const end = match ? match.index + 1 : text.length;
    for (let from = start; from < end; from += PIECE) visit(text.slice(from, Math.min(end, from + PIECE)), from);
    start = end;
    if (!match) break;
  }
}

/** Runs of Chinese characters (segmented into words), and runs of letters and digits (taken whole). */
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[0-9A-Za-z０-９Ａ-Ｚａ-ｚ.%．％]+/g;

/** A run of Chinese characters as the segmenter splits it: every segment, and the terms among them. */
interface RunWords {
  segments: string[];
  /** The word-like segments of two characters or more. */
  terms: string[];
}

const RUN_LIMIT = 200_000;
const knownRuns = new Map<string, RunWords>();

/**
 * The words of a run of Chinese characters, as the segmenter splits it: plans repeat their
 * phrases (headings, 各有关单位, 年底前完成), and a phrase is segmented once, for the term weights
 * and the word diff alike.
 */
function wordsOfRun(run: string): RunWords {
  let words = knownRuns.get(run);
  if (words) return words;
  words = segmentRun(run);
  if (knownRuns.size >= RUN_LIMIT) knownRuns.clear();
  knownRuns.set(run, words);
  return words;
}

/** A run of Chinese characters segmented by itself. */
function segmentRun(run: string): RunWords {
  const words: RunWords = { segments: [], terms: [] };
  // A long run (no punctuation for hundreds of characters) is segmented in pieces: ICU's word
  // breaking grows faster than linearly on long strings.
  for (let from = 0; from < run.length; from += PIECE) {
    for (const segment of segmenter.segment(run.slice(from, from + PIECE))) addSegment(words, segment);
  }
  return words;
}

/** Runs segmented together by `segmentRuns`: about this many characters in one call of the segmenter. */
const BATCH = 300;
/** What joins the runs of a batch: a line break, after and before which every word breaks. */
const BATCH_SEPARATOR = '\n';

/**
 * Segments, ahead of `termsOf`, the runs of Chinese characters in `texts` that are not segmented
 * yet, a batch of runs (joined by line breaks) in one call of the segmenter: each call costs about
 * as much as segmenting a run of ten characters (ICU clones its break iterator and sets it up), and
 * two plans hold thousands of distinct runs. A run in a batch is split as it is alone: the segmenter
 * breaks at every line break, and splits the Chinese characters between two breaks by itself
 * (checked on every run of the corpus and the fixtures, and by a test); a run it would not break
 * at both ends of is segmented alone all the same.
 */
export function segmentRuns(texts: readonly string[]): void {
  // The pieces of a batch (a run, or a PIECE-long slice of a long one), the run each is of, and its words.
  let pieces: string[] = [];
  let owners: string[] = [];
  let words: RunWords[] = [];
  let length = 0;
  const queued = new Set<string>();
  for (let index = 0; index < texts.length; index++) {
    const text = texts[index];
    RUNS.lastIndex = 0;
    for (let found = RUNS.exec(text); found; found = RUNS.exec(text)) {
      const run = found[0];
      const code = run.charCodeAt(0);
      if (!((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff))) continue;
      if (knownRuns.has(run) || queued.has(run)) continue;
      queued.add(run);
      const entry: RunWords = { segments: [], terms: [] };
      for (let from = 0; from < run.length; from += PIECE) {
        const piece = run.slice(from, from + PIECE);
        pieces.push(piece);
        owners.push(run);
        words.push(entry);
        length += piece.length + BATCH_SEPARATOR.length;
      }
      if (length >= BATCH) {
        segmentBatch(pieces, owners, words);
        pieces = [];
        owners = [];
        words = [];
        length = 0;
      }
    }
  }
  if (pieces.length > 0) segmentBatch(pieces, owners, words);
}

/** Segments the pieces of a batch in one call; each run's words go to the cache. */
function segmentBatch(pieces: string[], owners: string[], words: RunWords[]): void {
  // Runs with a segment across one of their ends, or joined to a separator: segmented alone.
  let doubtful: Set<string> | null = null;
  let piece = 0;
  let start = 0;
  let end = pieces[0].length;
  let into = words[0];
  for (const segment of segmenter.segment(pieces.join(BATCH_SEPARATOR))) {
    const at = segment.index;
    const text = segment.segment;
    while (at > end && piece + 1 < pieces.length) {
      start = end + BATCH_SEPARATOR.length;
      end = start + pieces[++piece].length;
      into = words[piece];
    }
    if (at + text.length <= end) {
      into.segments.push(text);
      if (text.length >= 2 && segment.isWordLike) into.terms.push(text);
    } else if (at !== end || text !== BATCH_SEPARATOR) {
      doubtful ??= new Set();
      for (
        let other = at < end ? piece : piece + 1, from = at < end ? start : end + 1;
        other < pieces.length;
        other++
      ) {
        if (from >= at + text.length) break;
        doubtful.add(owners[other]);
        from += pieces[other].length + BATCH_SEPARATOR.length;
      }
    }
  }
  for (let index = 0; index < pieces.length; index++) {
    // Each run once, at its last piece.
    if (index + 1 < pieces.length && owners[index + 1] === owners[index]) continue;
    const run = owners[index];
    if (knownRuns.size >= RUN_LIMIT) knownRuns.clear();
    knownRuns.set(run, doubtful?.has(run) ? segmentRun(run) : words[index]);
  }
}

/** Adds a segment to a run's words (and to its terms when it is a word of two characters or more). */
function addSegment(words: RunWords, segment: Intl.SegmentData): void {
  words.segments.push(segment.segment);
  if (segment.isWordLike && segment.segment.length >= 2) words.terms.push(segment.segment);
}

/** The words of a text that carry meaning: words of two characters or more, and numbers. */
export function termsOf(text: string): string[] {
  const terms: string[] = [];
  RUNS.lastIndex = 0;
  for (let found = RUNS.exec(text); found; found = RUNS.exec(text)) {
    const run = found[0];
    const code = run.charCodeAt(0);
    if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) {
      const words = wordsOfRun(run).terms;
      for (let index = 0; index < words.length; index++) terms.push(words[index]);
    } else if (run.length >= 2 || /[0-9０-９]/.test(run)) terms.push(run);
  }
  return terms;
}

/** Runs of Chinese characters, and the stretches between them. */
const CHINESE_OR_NOT = /[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/g;

/**
 * What may stand between runs of Chinese characters for the segmenter to split a text as it splits
 * each run and each stretch between runs on its own: ASCII, the middle dot and ×, general and CJK
 * punctuation (not 〇 and 々, which are Han and join the runs beside them), full-width forms. A
 * combining or joining mark would attach to the character before it (a Hebrew point after a Han
 * character in a mis-decoded page): text with one is segmented whole.
 */
const SEPARABLE =
  /^[\t\n\r\x20-\x7e\u00a0\u00b7\u00d7\u2010-\u2027\u2030-\u205e\u3000-\u3004\u3008-\u3020\uff01-\uff5e]*$/;

/** Every stretch between runs, segmented once (mostly punctuation: ，。、 and numbers). */
const segmentsBetween = rememberWords(50_000, (text) => {
  const segments: string[] = [];
  for (const segment of segmenter.segment(text)) segments.push(segment.segment);
  return segments;
});

/**
 * Every segment of a text of at most PIECE characters (as `forEachPiece` gives), as the segmenter
 * splits it, punctuation and spaces included. The runs of Chinese characters come from the cache
 * the term weights filled (ICU splits a run inside a sentence as it splits the run alone, and
 * breaks at both ends of it: checked on every sentence of the corpus, and by a property test).
 */
export function segmentPiece(piece: string, into: string[]): void {
  const parts = piece.match(CHINESE_OR_NOT) ?? [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const code = part.charCodeAt(0);
    if (!((code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)) && !SEPARABLE.test(part)) {
      for (const segment of segmenter.segment(piece)) into.push(segment.segment);
      return;
    }
  }
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const code = part.charCodeAt(0);
    const segments =
      (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff)
        ? wordsOfRun(part).segments
        : segmentsBetween(part);
    for (let at = 0; at < segments.length; at++) into.push(segments[at]);
  }
}

/** Counts of each term. */
export function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (let index = 0; index < terms.length; index++) counts.set(terms[index], (counts.get(terms[index]) ?? 0) + 1);
  return counts;
}

/** Adds counts into `into`. */
export function addCounts(into: Map<string, number>, from: Map<string, number>): void {
  // forEach, not for…of: no [term, count] array for each entry in code not yet optimised.
  from.forEach((count, term) => into.set(term, (into.get(term) ?? 0) + count));
}

/** Document frequencies over a set of term-count maps (one per section of both plans). */
export interface TermStatistics {
  documents: number;
  frequency: Map<string, number>;
}

/**
 * Document frequencies over `documents`: `termsOf` calls `count` once for each distinct term of a
 * document.
 */
export function termStatistics<T>(
  documents: readonly T[],
  termsOf: (document: T, count: (term: string) => void) => void,
): TermStatistics {
  const frequency = new Map<string, number>();
  const count = (term: string) => frequency.set(term, (frequency.get(term) ?? 0) + 1);
  for (let index = 0; index < documents.length; index++) termsOf(documents[index], count);
  return { documents: documents.length, frequency };
}

/** A normalised TF-IDF vector: sublinear term frequency, smoothed inverse document frequency. */
export function weigh(counts: Map<string, number>, statistics: TermStatistics): TermVector {
  const vector: TermVector = new Map();
  let norm = 0;
  counts.forEach((count, term) => {
    const idf = Math.log(1 + statistics.documents / (statistics.frequency.get(term) ?? 1));
    const weight = (1 + Math.log(count)) * idf;
    vector.set(term, weight);
    norm += weight * weight;
  });
  if (norm > 0) {
    const scale = 1 / Math.sqrt(norm);
    vector.forEach((weight, term) => vector.set(term, weight * scale));
  }
  return vector;
}

/** Cosine similarity of two normalised vectors, 0..1. */
export function cosine(a: TermVector, b: TermVector): number {
  const small = a.size <= b.size ? a : b;
  const large = small === a ? b : a;
  let sum = 0;
  small.forEach((weight, term) => {
    const other = large.get(term);
    if (other !== undefined) sum += weight * other;
  });
  return Math.min(1, sum);
}

/** The `count` heaviest terms of a vector: what an index looks a section up by. */
export function topTerms(vector: TermVector, count: number): string[] {
  return [...vector]
    .sort((x, y) => y[1] - x[1])
    .slice(0, count)
    .map(([term]) => term);
}
