/**
 * Wraps styled text to a terminal's width: CJK characters take two columns, a line may break
 * between any two of them, but not inside a Latin word or number (up to a line's width), not
 * inside a diff mark ([-, -], {+, +}), and not before closing punctuation (，。、）」 …), which
 * takes the character before it to the next line instead (the rule Chinese typesetting follows).
 * Colour is applied per line after wrapping, so escape codes never count toward the width and
 * never run across a line break.
 */
import { charWidth } from '../display-width.js';

/** A stretch of text with its colour (identity for none). */
export interface Styled {
  text: string;
  paint: (text: string) => string;
}

/** What may not start a line (closing punctuation, the end of a diff mark), as character codes. */
const CLOSING = new Set([...'，。、；：？！）」』”’》〉…,.;:?!)]}%％'].map((ch) => ch.charCodeAt(0)));
/** Characters of a Latin word or a number, which is not broken. */
const isWordCharacter = (code: number) =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 46 ||
  code === 37 ||
  code === 95 ||
  code === 47 ||
  code === 45;
/** The diff marks: [- -] {+ +} (by character code: this runs for every character of a diff). */
const isMark = (text: string, at: number) => {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return (
    (first === 91 && second === 45) || // [-
    (first === 45 && second === 93) || // -]
    (first === 123 && second === 43) || // {+
    (first === 43 && second === 125) // +}
  );
};

/** Where the piece at `at` ends: a diff mark, a Latin word or number, a surrogate pair, else one character. */
function pieceEnd(text: string, at: number): number {
  if (isMark(text, at)) return at + 2;
  const code = text.charCodeAt(at);
  if (isWordCharacter(code)) {
    let end = at + 1;
    while (end < text.length && isWordCharacter(text.charCodeAt(end)) && !isMark(text, end)) end++;
    return end;
  }
  return code >= 0xd800 && code <= 0xdbff && at + 1 < text.length ? at + 2 : at + 1;
}

/** The columns of a piece. */
function pieceWidth(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  if (end - at === 1) return charWidth(code);
  if (isWordCharacter(code)) return end - at;
  return code >= 0xd800 && code <= 0xdbff ? charWidth(text.codePointAt(at)!) : 2;
}

/**
 * Wraps styled text into lines of at most `width` columns (a piece wider than a line stands
 * alone), the first after `first`, the others after `rest` (plain prefixes: indentation, a sign).
 * Each line is built from slices of the parts, painted once per part.
 *
 * @example
 * wrapStyled([{ text: '推进科技馆建设', paint: (t) => t }], 12, '  ', '  ') // ['  推进科技馆', '  建设']
 */
export function wrapStyled(parts: Styled[], width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  let pieces = 0;
  let room = Math.max(10, width - first.length);
  const flush = () => {
    lines.push((lines.length === 0 ? first : rest) + line.trimEnd());
    line = '';
    used = 0;
    pieces = 0;
    room = Math.max(10, width - rest.length);
  };
  for (let part = 0; part < parts.length; part++) {
    const { text, paint } = parts[part];
    // The part's text since the last cut, not yet on the line; the piece before, for a carry.
    let from = 0;
    let previous = -1;
    let previousWidth = 0;
    for (let at = 0; at < text.length;) {
      const code = text.charCodeAt(at);
      let end = at + 1;
      let columns = 2;
      if (code === 10) {
        if (at > from) line += paint(text.slice(from, at));
        flush();
        from = at + 1;
        previous = -1;
        at++;
        continue;
      }
      // Most characters are Chinese: one piece, two columns (closing punctuation is looked at below).
      if (!(code >= 0x4e00 && code <= 0x9fff)) {
        end = pieceEnd(text, at);
        columns = pieceWidth(text, at, end);
      }
      if (used + columns > room && pieces > 0) {
        // Closing punctuation may not start a line: the piece before it goes down with it (when it is
        // in this part, and not the line's only piece).
        const closing = CLOSING.has(code) || (isMark(text, at) && (code === 45 || code === 43));
        const carry = closing && previous >= from && pieces > 1 && !CLOSING.has(text.charCodeAt(previous));
        const cut = carry ? previous : at;
        if (cut > from) line += paint(text.slice(from, cut));
        from = cut;
        flush();
        if (carry) {
          used = previousWidth;
          pieces = 1;
        }
      }
      used += columns;
      pieces++;
      previous = at;
      previousWidth = columns;
      at = end;
    }
    if (text.length > from) line += paint(text.slice(from));
  }
  if (line !== '' || pieces > 0 || lines.length === 0) flush();
  return lines;
}
