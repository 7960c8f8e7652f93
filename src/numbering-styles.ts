import type { NumberingStyleName } from './types.js';

/**
 * The table of numbering styles kepu recognises at the start of a line.
 *
 * Each row says how the marker is written, how to read its ordinal, and how it nests:
 * - `family`: markers of one family are siblings wherever they meet (1. and 1、 and １．).
 * - `rank`: the conventional depth, used only to report skipped levels and to place
 *   `container` styles.
 * - `container`: 部分/编/章/节/条 close every deeper level when they appear, even one that
 *   has not been seen before (第二部分 after 1. items); item styles nest by the order in which
 *   they first appear, as circulars do (a plan may go 一、 then straight to 1.).
 * - `heading`: how the heading is read from the rest of the line: `sentence` takes the first
 *   sentence (（一）加强组织领导。各地要…… → 加强组织领导), `title` takes the whole rest of the line
 *   (第一章 总则 → 总则), `none` keeps the rest as body text (第一条 为了…… → paragraph).
 */
import { CHINESE_NUMERAL_CHARS, parseOrdinal, toAsciiDigits } from './numerals.js';
import { unifiedTable } from './normalize.js';

/**
 * One numbering style of the table: its name, level, pattern and how its ordinal is read.
 *
 * @example
 * NUMBERING_STYLES.find((style) => style.name === 'chinese-comma') // 一、 二、
 */
export interface NumberingStyle {
  name: NumberingStyleName;
  family: string;
  rank: number;
  container: boolean;
  heading: 'sentence' | 'title' | 'none';
  /** Anchored pattern; group 1 is the numeral unless `readOrdinal` reads the whole match. */
  pattern: RegExp;
  /** Reads the ordinal from group 1 (parseOrdinal unless the style says otherwise). */
  readOrdinal: (marker: string) => number | null;
  example: string;
}

/** A row of the table as written: the ordinal is read by parseOrdinal unless the row says otherwise. */
type StyleRow = Omit<NumberingStyle, 'readOrdinal'> & { readOrdinal?: NumberingStyle['readOrdinal'] };

/**
 * A style with every field present, in one order: the table's rows and Markdown's heading styles
 * all share one shape (a marker's style is then one kind of object to the code that reads it).
 */
function styleOf(row: StyleRow): NumberingStyle {
  return {
    name: row.name,
    family: row.family,
    rank: row.rank,
    container: row.container,
    heading: row.heading,
    pattern: row.pattern,
    readOrdinal: row.readOrdinal ?? parseOrdinal,
    example: row.example,
  };
}

const N = `[${CHINESE_NUMERAL_CHARS}]+`;
const NA = `(?:[${CHINESE_NUMERAL_CHARS}]+|[0-9０-９]{1,4})`;

/** ① → 1 … ⑳ → 20, ㉑ → 21 … ㊿ → 50, ⑴ → 1, ⒈ → 1, ❶ → 1, ➀ → 1. */
function readEnclosed(marker: string): number | null {
  const code = marker.codePointAt(0) ?? 0;
  const blocks: Array<[number, number, number]> = [
    [0x2460, 0x2473, 1], // ①..⑳
    [0x3251, 0x325f, 21], // ㉑..㉟
    [0x32b1, 0x32bf, 36], // ㊱..㊿
    [0x2474, 0x2487, 1], // ⑴..⒇
    [0x2488, 0x249b, 1], // ⒈..⒛
    [0x2776, 0x277f, 1], // ❶..❿
    [0x2780, 0x2789, 1], // ➀..➉
    [0x278a, 0x2793, 1], // ➊..➓
  ];
  for (const [first, last, base] of blocks) {
    if (code >= first && code <= last) return base + code - first;
  }
  return null;
}

/** What a number is counting when it is not a heading's: 5 家, 3 月, 10 个, 1.5 亿元. */
const UNIT_AFTER = '年月日时分秒号个名家项次元万亿千百人件所座台套辆条户期批类种倍米吨亩天周岁度%％‰';

/**
 * Decimal numbering, one row a level (1 → decimal, 1.1 → decimal-2, 1.1.1 → decimal-3, 1.1.1.1 →
 * decimal-4): each level its own family, so that 1.2 is a sibling of 1.1 and 2 closes both. The
 * ordinal is the last part. A one-part number is a heading only on a short line of its own, without
 * punctuation (1　总则), so that a sentence that starts with a number and a space is not one.
 */
const DECIMAL_ROWS: StyleRow[] = [1, 2, 3, 4].map((parts) => {
  const digit = '[0-9０-９]';
  const before = `(?:${digit}{1,2}[.．]){${parts - 1}}`;
  const after = `(?![.．]?${digit})[.．]?[ \\t\u3000]+(?![${UNIT_AFTER}])`;
  const rest = parts === 1 ? `(?=[\\u4e00-\\u9fff][^。，；：,;:！？!?]{0,29}$)` : '(?=\\S)';
  return {
    name: (parts === 1 ? 'decimal' : `decimal-${parts}`) as NumberingStyleName,
    family: `decimal-${parts}`,
    rank: 7 + (parts - 1) / 10,
    container: false,
    heading: 'sentence' as const,
    pattern: new RegExp(`^${before}(${digit}{1,2})${after}${rest}`),
    readOrdinal: (numeral: string) => {
      const value = Number(toAsciiDigits(numeral));
      return value >= 1 ? value : null;
    },
    example: ['1', '1.1', '1.1.1', '1.1.1.1'][parts - 1],
  };
});

/** The table, outermost first, as written. */
const STYLE_ROWS: readonly StyleRow[] = [
  // 第一部分 总体要求
  {
    name: 'part',
    family: 'part',
    rank: 0,
    container: true,
    heading: 'title',
    pattern: new RegExp(`^第(${NA})部分`),
    example: '第一部分',
  },
  // 第一编 总则
  {
    name: 'law-book',
    family: 'law-book',
    rank: 1,
    container: true,
    heading: 'title',
    pattern: new RegExp(`^第(${NA})[编編]`),
    example: '第一编',
  },
  // 第一章 总则
  {
    name: 'law-chapter',
    family: 'law-chapter',
    rank: 2,
    container: true,
    heading: 'title',
    pattern: new RegExp(`^第(${NA})章`),
    example: '第一章',
  },
  // 第一节 一般规定
  {
    name: 'law-section',
    family: 'law-section',
    rank: 3,
    container: true,
    heading: 'title',
    pattern: new RegExp(`^第(${NA})[节節]`),
    example: '第一节',
  },
  // 第十二条 为了……  (ordinals run on across chapters)
  {
    name: 'law-article',
    family: 'law-article',
    rank: 4,
    container: true,
    heading: 'none',
    pattern: new RegExp(`^第(${NA})[条條]`),
    example: '第十二条',
  },
  // 一、总体要求   一．  一.  一，(a common typo)
  {
    name: 'chinese-comma',
    family: 'chinese-comma',
    rank: 10,
    container: false,
    heading: 'sentence',
    pattern: new RegExp(`^(${N})[ \\t　]*[、．.，,]`),
    example: '一、',
  },
  // （一）指导思想   (一)   〔一〕
  {
    name: 'chinese-paren',
    family: 'chinese-paren',
    rank: 11,
    container: false,
    heading: 'sentence',
    pattern: new RegExp(`^[（(〔][ \\t　]*(${N})[ \\t　]*[）)〕]`),
    example: '（一）',
  },
  // 1.  1．  1、  １．   (not 2022.3.3, not 1.5亿)
  {
    name: 'arabic-dot',
    family: 'arabic-dot',
    rank: 12,
    container: false,
    heading: 'sentence',
    pattern: /^([0-9０-９]{1,3})[ \t]*(?:[.．](?![0-9０-９])|、)/,
    example: '1.',
  },
  // （1）  (1)
  {
    name: 'arabic-paren',
    family: 'arabic-paren',
    rank: 13,
    container: false,
    heading: 'sentence',
    pattern: /^[（(][ \t　]*([0-9０-９]{1,3})[ \t　]*[）)]/,
    example: '（1）',
  },
  // 1)  1）
  {
    name: 'arabic-half-paren',
    family: 'arabic-half-paren',
    rank: 14,
    container: false,
    heading: 'sentence',
    pattern: /^([0-9０-９]{1,3})[)）]/,
    example: '1)',
  },
  // 1 总则   1.1 编制目的   2.1.1 指挥部办公室   (GB/T 1.1 style: a space or an ideographic space after
  // the number; one level per part of it. Not 2024.3.5, 1.5亿元, 1．, 5 家单位 or 3 月 5 日.)
  ...DECIMAL_ROWS,
  // ①  ⑴  ⒈  ❶  ➀
  {
    name: 'enclosed',
    family: 'enclosed',
    rank: 15,
    container: false,
    heading: 'sentence',
    pattern: /^([①-⑳㉑-㉟㊱-㊿⑴-⒇⒈-⒛❶-❿➀-➓])/u,
    readOrdinal: readEnclosed,
    example: '①',
  },
];

/**
 * Every numbering style, outermost first.
 *
 * @example
 * NUMBERING_STYLES.map((style) => style.name) // ['chapter', 'article', 'chinese-comma', …]
 */
export const NUMBERING_STYLES: readonly NumberingStyle[] = STYLE_ROWS.map(styleOf);

/**
 * What a marker at the start of a line says.
 *
 * @example
 * matchMarker('（二）加强组织领导') // { style: 'chinese-paren', marker: '（二）', ordinal: 2, … }
 */
export interface MarkerMatch {
  style: NumberingStyle;
  /** The marker exactly as written. */
  marker: string;
  ordinal: number;
}

/** Characters a marker can start with: 第, an opening bracket, a digit, a Chinese numeral, an enclosed number. */
const MARKER_START = new Uint8Array(0x10000);
for (const ch of `第（(〔0123456789０１２３４５６７８９${CHINESE_NUMERAL_CHARS}`) MARKER_START[ch.charCodeAt(0)] = 1;
for (const [first, last] of [
  [0x2460, 0x249b],
  [0x3251, 0x325f],
  [0x32b1, 0x32bf],
  [0x2776, 0x2793],
])
  MARKER_START.fill(1, first, last + 1);

/**
 * Reads the numbering marker at the start of `text`, if there is one.
 *
 * @example
 * matchMarker('（二）加强组织领导')?.ordinal // 2
 */
export function matchMarker(text: string): MarkerMatch | null {
  const unified = unifiedTable();
  const first = text.charCodeAt(0);
  if (!MARKER_START[first] && !MARKER_START[unified[first]]) return null;
  // ⼀、 第⼗条 （⼆）: a marker written with Kangxi radicals (text copied from a PDF set in Noto
  // CJK) is read as the ideographs they stand for, and kept as written.
  const read = readsThroughRadicals(text, unified);
  for (let index = 0; index < NUMBERING_STYLES.length; index++) {
    const style = NUMBERING_STYLES[index];
    const match = style.pattern.exec(read);
    if (!match) continue;
    const ordinal = style.readOrdinal(match[1]);
    if (ordinal === null) continue;
    const marker = match[0].trim();
    if (read === text) return { style, marker, ordinal };
    const start = match[0].length - match[0].trimStart().length;
    return { style, marker: text.slice(start, start + marker.length), ordinal };
  }
  return null;
}

/** The longest marker (第一千二百三十四部分, ⒇) fits in this many code units. */
const MARKER_REACH = 24;

/** The start of `text` with radicals and compatibility ideographs unified, one for one; `text` when it has none. */
function readsThroughRadicals(text: string, unified: Uint16Array): string {
  const reach = Math.min(text.length, MARKER_REACH);
  for (let i = 0; i < reach; i++) {
    if (unified[text.charCodeAt(i)] === 0) continue;
    let head = '';
    for (let j = 0; j < reach; j++) head += String.fromCharCode(unified[text.charCodeAt(j)] || text.charCodeAt(j));
    return head + text.slice(reach);
  }
  return text;
}

/**
 * The style of an unnumbered Markdown heading of the given depth (## 总体要求). Its depth is
 * written, so it is a container: a heading closes the numbered items open under a heading of its
 * depth or shallower, and every deeper heading (# 附则 after ### 保障措施 is no subsection of it).
 */
export function markdownHeadingStyle(depth: number): NumberingStyle {
  return styleOf({
    name: `markdown-h${Math.min(6, Math.max(1, depth)) as 1 | 2 | 3 | 4 | 5 | 6}`,
    family: `markdown-h${depth}`,
    rank: 5 + depth / 10,
    container: true,
    heading: 'title',
    pattern: /^$/,
    example: '#'.repeat(depth) + ' 标题',
  });
}
