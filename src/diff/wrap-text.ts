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

interface Token {
  text: string;
  width: number;
  paint: (text: string) => string;
  /** Must not start a line. */
  closing: boolean;
  /** A line break. */
  newline: boolean;
}

const CLOSING = /^[，。、；：？！）」』”’》〉…,.;:?!)\]}%％]/;
const MARK = /\[-|-\]|\{\+|\+\}/y;
const WORD = /[0-9A-Za-z.%_/-]+/y;

/** Cuts styled text into the pieces a line may break between. */
function tokenize(parts: Styled[]): Token[] {
  const tokens: Token[] = [];
  for (const { text, paint } of parts) {
    let at = 0;
    while (at < text.length) {
      let piece: string;
      MARK.lastIndex = at;
      WORD.lastIndex = at;
      if (MARK.test(text)) piece = text.slice(at, MARK.lastIndex);
      else if (WORD.test(text) && WORD.lastIndex - at > 1) piece = text.slice(at, WORD.lastIndex);
      else piece = String.fromCodePoint(text.codePointAt(at)!);
      at += piece.length;
      let width = 0;
      for (const ch of piece) width += charWidth(ch.codePointAt(0)!);
      tokens.push({
        text: piece,
        width: piece === '\n' ? 0 : width,
        paint,
        closing: CLOSING.test(piece) || piece === '-]' || piece === '+}',
        newline: piece === '\n',
      });
    }
  }
  return tokens;
}

/** Joins a line's tokens, painting each run of one colour once. */
function render(tokens: Token[]): string {
  let out = '';
  let run = '';
  let paint: Token['paint'] | null = null;
  for (const token of tokens) {
    if (token.paint !== paint) {
      if (paint && run) out += paint(run);
      run = '';
      paint = token.paint;
    }
    run += token.text;
  }
  if (paint && run) out += paint(run);
  return out;
}

/**
 * Wraps styled text into lines of at most `width` columns (a token wider than a line stands
 * alone), the first after `first`, the others after `rest` (plain prefixes: indentation, a sign).
 *
 * @example
 * wrapStyled([{ text: '推进科技馆建设', paint: (t) => t }], 12, '  ', '  ') // ['  推进科技馆', '  建设']
 */
export function wrapStyled(parts: Styled[], width: number, first: string, rest: string): string[] {
  const tokens = tokenize(parts);
  const lines: string[] = [];
  let line: Token[] = [];
  let used = 0;
  const room = (prefix: string) => Math.max(10, width - prefix.length);
  const flush = () => {
    lines.push((lines.length === 0 ? first : rest) + render(line).trimEnd());
    line = [];
    used = 0;
  };
  for (const token of tokens) {
    if (token.newline) {
      flush();
      continue;
    }
    const limit = room(lines.length === 0 ? first : rest);
    if (used + token.width > limit && line.length > 0) {
      // Closing punctuation may not start a line: the character before it goes down with it.
      const carried: Token[] = [];
      if (token.closing && line.length > 1 && !line[line.length - 1].closing) carried.push(line.pop()!);
      flush();
      for (const kept of carried) {
        line.push(kept);
        used += kept.width;
      }
    }
    line.push(token);
    used += token.width;
  }
  if (line.length > 0 || lines.length === 0) flush();
  return lines;
}
