/**
 * The matches of a global pattern, as `text.matchAll(pattern)` gives them, read with the pattern itself.
 *
 * `matchAll` copies its pattern first (the language says so: a new RegExp of the same source and flags),
 * and V8 checks and escapes the copy's whole source again, character by character. The passes' longest
 * patterns are word lists: the kind words (4,800 characters) and the words that break a name (1,000).
 * Matched against short heads hundreds of times in a diff of two yearly reports, the copies took about
 * 40 million instructions (2% of the run) for matches that cost a fraction of that.
 */

/**
 * Every match of `pattern` (which has the g flag) in `text`, from `pattern.lastIndex` on, as
 * `[...text.matchAll(pattern)]` lists them; `pattern.lastIndex` is left as it was found.
 *
 * @example
 * allMatches('推进和完善与落实', /[和与]/g).map((match) => match.index) // [2, 5]
 */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError('allMatches: the pattern needs the g flag');
  const found = pattern.lastIndex;
  const matches: RegExpExecArray[] = [];
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match moves on by one character (a code point under the u and v flags), as matchAll does.
    if (match[0] === '')
      pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode || isUnicodeSets(pattern));
  }
  pattern.lastIndex = found;
  return matches;
}

/** The index after the character at `index`: past a surrogate pair when `codePoints`. */
function nextIndex(text: string, index: number, codePoints: boolean): number {
  if (!codePoints || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

/** Whether a pattern has the v flag (Node 20 knows it; the TypeScript target's library may not). */
function isUnicodeSets(pattern: RegExp): boolean {
  return pattern.flags.includes('v');
}
