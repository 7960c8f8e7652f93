/**
 * Word's automatic numbering, rendered as the reader sees it. numbering.xml defines abstract
 * lists (per level: start, number format, level text such as `%1、` or `（%2）`) and list
 * instances that point to them, possibly restarting a level; paragraphs name an instance and a
 * level. The counters run as Word runs them: instances of one abstract list share its counters, a
 * level counts on and the levels under it restart, a level used before the levels above it counts
 * them as started, and an instance's start override restarts its level where that instance is
 * first used.
 */

export interface NumberingLevel {
  start: number;
  format: string;
  text: string;
  /** w:isLgl: every level shown in decimal. */
  legal: boolean;
  /** What follows the marker: tab, space or nothing. */
  suffix: 'tab' | 'space' | 'nothing';
}

export interface Numbering {
  abstracts: Map<string, Map<number, NumberingLevel>>;
  /** numId → its abstract list and start overrides by level. */
  instances: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

const DIGITS = '〇一二三四五六七八九';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ROMAN: Array<[number, string]> = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (Word's chineseCounting). */
export function chineseCounting(value: number): string {
  if (value <= 0) return String(value);
  if (value < 10) return DIGITS[value];
  if (value < 20) return '十' + (value % 10 === 0 ? '' : DIGITS[value % 10]);
  if (value < 100) return DIGITS[Math.floor(value / 10)] + '十' + (value % 10 === 0 ? '' : DIGITS[value % 10]);
  if (value < 1000) {
    const rest = value % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? '零' + DIGITS[rest]
          : rest < 20
            ? '一' + chineseCounting(rest)
            : chineseCounting(rest);
    return DIGITS[Math.floor(value / 100)] + '百' + tail;
  }
  return String(value);
}

function letters(value: number): string {
  let out = '';
  for (let n = value; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(97 + ((n - 1) % 26)) + out;
  return out;
}

function roman(value: number): string {
  let out = '';
  let n = value;
  for (const [amount, numeral] of ROMAN) {
    for (; n >= amount; n -= amount) out += numeral;
  }
  return out;
}

/** Number formats (w:numFmt), as Word renders them. */
export const NUMBER_FORMATS: Record<string, (value: number) => string> = {
  decimal: String,
  decimalZero: (value) => String(value).padStart(2, '0'),
  decimalFullWidth: (value) => String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d))),
  decimalHalfWidth: String,
  chineseCounting,
  chineseCountingThousand: chineseCounting,
  japaneseCounting: chineseCounting,
  taiwaneseCounting: chineseCounting,
  taiwaneseCountingThousand: chineseCounting,
  chineseLegalSimplified: (value) =>
    chineseCounting(value).replace(
      /[一二三四五六七八九十百零]/g,
      (c) => '壹贰叁肆伍陆柒捌玖拾佰零'['一二三四五六七八九十百零'.indexOf(c)],
    ),
  ideographDigital: (value) => String(value).replace(/[0-9]/g, (d) => DIGITS[Number(d)]),
  ideographTraditional: (value) => HEAVENLY_STEMS[(value - 1) % 10] ?? String(value),
  decimalEnclosedCircle: (value) =>
    value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`,
  decimalEnclosedCircleChinese: (value) =>
    value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`,
  decimalEnclosedParen: (value) => (value >= 1 && value <= 20 ? String.fromCharCode(0x2474 + value - 1) : `(${value})`),
  decimalEnclosedFullstop: (value) =>
    value >= 1 && value <= 20 ? String.fromCharCode(0x2488 + value - 1) : `${value}.`,
  lowerLetter: letters,
  upperLetter: (value) => letters(value).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (value) => roman(value).toUpperCase(),
  none: () => '',
};

/** Runs the counters of a document's lists and renders each numbered paragraph's marker. */
export class NumberingCounter {
  private readonly counters = new Map<string, number[]>();
  /** Start overrides already applied, as numId:level. */
  private readonly restarted = new Set<string>();
  constructor(private readonly numbering: Numbering) {}

  /** The marker of the next paragraph numbered (numId, level), with what follows it; null when none. */
  next(numId: string, level: number): string | null {
    const instance = this.numbering.instances.get(numId);
    const levels = instance && this.numbering.abstracts.get(instance.abstractId);
    const definition = levels?.get(level);
    if (!instance || !levels || !definition) return null;
    const counts = this.counters.get(instance.abstractId) ?? [];
    this.counters.set(instance.abstractId, counts);
    const startOf = (l: number) => instance.starts.get(l) ?? levels.get(l)?.start ?? 1;
    // A level used before any of the levels above it counts them as started, as Word does: a
    // first 一、 in the list after （一） items is 二、.
    for (let l = 0; l < level; l++) counts[l] ??= startOf(l);
    const override = `${numId}:${level}`;
    if (instance.starts.has(level) && !this.restarted.has(override)) {
      this.restarted.add(override);
      counts[level] = startOf(level);
    } else counts[level] = counts[level] === undefined ? startOf(level) : counts[level] + 1;
    counts.length = level + 1;
    if (definition.format === 'bullet') return definition.text + ' ';
    const marker = definition.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      const format = definition.legal ? 'decimal' : (levels.get(l)?.format ?? 'decimal');
      return (NUMBER_FORMATS[format] ?? String)(counts[l] ?? startOf(l));
    });
    if (marker.length === 0 || definition.suffix === 'nothing') return marker;
    // A marker that ends in its own punctuation (一、 （一） 1． ①) needs no space after it.
    return /[、，．.）)：:\u2460-\u249b]$/.test(marker) ? marker : marker + ' ';
  }
}
