/** Columns a character takes in a terminal: CJK characters and full-width forms take two. */

/** Width of one UTF-16 code unit or code point: 2 for East Asian wide and full-width forms, else 1. */
export function charWidth(code: number): number {
  return code >= 0x1100 &&
    (code <= 0x115f ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      code >= 0x20000)
    ? 2
    : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  // By code unit, not `for…of` (which makes a string of each character: a table of 250,000 rows
  // measures a million cells); a surrogate pair is one character of the supplementary planes.
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width += charWidth(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    width += charWidth(code);
  }
  return width;
}
