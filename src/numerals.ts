/**
 * Chinese and Arabic numerals as they appear in markers and dates.
 *
 * 十二 → 12, 二十一 → 21, 一百零五 → 105, 两千 → 2000, 二〇二二 → 2022 (digit by digit),
 * １２ → 12 (full-width digits), 壹拾 → 10 (financial forms).
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  Ｏ: 0,
  洞: 0,
  一: 1,
  壹: 1,
  幺: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};

const UNITS: Record<string, number> = {
  十: 10,
  拾: 10,
  百: 100,
  佰: 100,
  千: 1000,
  仟: 1000,
};

const BIG_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** Characters that may make up a Chinese numeral (for building patterns). */
export const CHINESE_NUMERAL_CHARS = '零〇○Ｏ一二两兩三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅';

/** Full-width digits ０-９ → ASCII. */
export function toAsciiDigits(text: string): string {
  // Most texts have no full-width digit: they are given back without a replace (markers 一、 （三）).
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff10 && code <= 0xff19)
      return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return text;
}

/**
 * Reads a Chinese numeral written with units (十一, 一百零五, 三万五千) or as a string of digits
 * (二〇二二, 一九九五). Returns null when the text is not a numeral.
 *
 * @example
 * parseChineseNumeral('二十三') // 23
 */
export function parseChineseNumeral(input: string): number | null {
  if (input.length === 0) return null;
  // One digit (一、 （三）: most markers): no copies and no walk over the text.
  if (input.length === 1 && DIGITS[input] !== undefined) return DIGITS[input];
  const text =
    input.includes('廿') || input.includes('卅') ? input.replace(/廿/g, '二十').replace(/卅/g, '三十') : input;
  let hasUnit = false;
  for (const ch of text) {
    if (UNITS[ch] !== undefined || BIG_UNITS[ch] !== undefined) hasUnit = true;
    else if (DIGITS[ch] === undefined) return null;
  }
  if (!hasUnit) {
    // 二〇二二 → 2022: digit by digit.
    let value = 0;
    for (const ch of text) value = value * 10 + DIGITS[ch];
    return value;
  }
  let total = 0; // whole 亿 so far
  let belowYi = 0; // 万 groups below the current 亿
  let section = 0; // below 万
  let digit: number | null = null;
  let afterZero = false;
  let lastUnit = Infinity;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      // 一一 or 五零 inside a unit numeral (零 follows a unit: 一千零五).
      if (digit !== null && digit !== 0) return null;
      if (d === 0) afterZero = true;
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit !== undefined) {
      if (unit >= lastUnit) return null; // 十一十二
      // A unit with no digit before it: 十一 at the start, 一千零十 after 零; not 百十一.
      const bare = digit === null || digit === 0;
      if (bare && !afterZero && !(unit === 10 && section === 0 && belowYi === 0 && total === 0)) return null;
      section += (bare ? 1 : digit!) * unit;
      digit = null;
      afterZero = false;
      lastUnit = unit;
      continue;
    }
    const big = BIG_UNITS[ch];
    section += digit ?? 0;
    // 万 or 亿 with nothing before it (万, 亿万) is no numeral.
    if (section === 0 && belowYi === 0 && total === 0) return null;
    if (big === 1e4) belowYi += section * big;
    else {
      total = (total + belowYi + section) * big;
      belowYi = 0;
    }
    section = 0;
    digit = null;
    afterZero = false;
    lastUnit = Infinity;
  }
  return total + belowYi + section + (digit ?? 0);
}

/**
 * Reads an ordinal written in Arabic digits (ASCII or full width) or as a Chinese numeral.
 *
 * @example
 * parseOrdinal('１２') // 12
 */
export function parseOrdinal(text: string): number | null {
  if (/^[0-9]+$/.test(text)) return Number(text);
  const ascii = toAsciiDigits(text);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}

/** Writes 1..99 as a Chinese numeral (for messages: "expected 三"). */
export function formatChineseNumeral(value: number): string {
  const names = '零一二三四五六七八九';
  if (value < 0 || !Number.isInteger(value)) return String(value);
  if (value < 10) return names[value];
  if (value < 20) return '十' + (value % 10 ? names[value % 10] : '');
  if (value < 100) return names[Math.floor(value / 10)] + '十' + (value % 10 ? names[value % 10] : '');
  return String(value);
}
