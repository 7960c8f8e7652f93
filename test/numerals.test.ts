/**
 * Chinese and Arabic numerals as markers and dates write them (src/numerals.ts): every digit and
 * unit form, the digit-by-digit years, the forms that are not numerals, and the numerals kepu
 * writes in its messages. The cn2an cases are in test/api.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  CHINESE_NUMERAL_CHARS,
  formatChineseNumeral,
  parseChineseNumeral,
  parseOrdinal,
  toAsciiDigits,
} from '../src/numerals.js';
import { parseCircular } from '../src/index.js';

describe('parseChineseNumeral', () => {
  it('reads every form of every digit: common, financial, traditional, and the radio forms 洞 and 幺', () => {
    const digits: Array<[string, number]> = [
      ['零〇○Ｏ洞', 0],
      ['一壹幺', 1],
      ['二贰貳两兩', 2],
      ['三叁參', 3],
      ['四肆', 4],
      ['五伍', 5],
      ['六陆陸', 6],
      ['七柒', 7],
      ['八捌', 8],
      ['九玖', 9],
    ];
    for (const [forms, value] of digits) for (const form of forms) expect(parseChineseNumeral(form), form).toBe(value);
  });

  it('reads every unit, common and financial, small and large', () => {
    const cases: Array<[string, number]> = [
      ['十', 10],
      ['拾', 10],
      ['一十', 10],
      ['壹拾', 10],
      ['一百', 100],
      ['壹佰', 100],
      ['一千', 1000],
      ['壹仟', 1000],
      ['一万', 10_000],
      ['壹萬', 10_000],
      ['一亿', 100_000_000],
      ['壹億', 100_000_000],
      ['两千', 2000],
      ['贰拾叁', 23],
    ];
    for (const [text, value] of cases) expect(parseChineseNumeral(text), text).toBe(value);
  });

  it('reads numerals with units as they are written in plans and laws', () => {
    const cases: Array<[string, number]> = [
      ['十一', 11],
      ['十九', 19],
      ['二十', 20],
      ['二十三', 23],
      ['九十九', 99],
      ['一百零五', 105],
      ['一百一十', 110],
      ['一百一十二', 112],
      ['一千零十', 1010],
      ['一千零一十', 1010],
      ['一千零五', 1005],
      ['三万五千', 35_000],
      ['十万', 100_000],
      ['一万零五', 10_005],
      ['一百二十万', 1_200_000],
      ['一亿二千万', 120_000_000],
      ['三亿零五十万', 300_500_000],
      ['两万亿', 2_000_000_000_000],
      // 亿亿, the old name of 10^16.
      ['一亿亿', 10_000_000_000_000_000],
    ];
    for (const [text, value] of cases) expect(parseChineseNumeral(text), text).toBe(value);
  });

  it('reads 廿 and 卅 as twenty and thirty, alone and with a digit', () => {
    expect(parseChineseNumeral('廿')).toBe(20);
    expect(parseChineseNumeral('廿一')).toBe(21);
    expect(parseChineseNumeral('卅')).toBe(30);
    expect(parseChineseNumeral('卅五')).toBe(35);
    expect(parseChineseNumeral('廿廿')).toBeNull();
  });

  it('reads a string of digits digit by digit (years and numbers written out)', () => {
    expect(parseChineseNumeral('二〇二二')).toBe(2022);
    expect(parseChineseNumeral('一九九五')).toBe(1995);
    expect(parseChineseNumeral('二○○五')).toBe(2005);
    expect(parseChineseNumeral('〇五')).toBe(5);
    expect(parseChineseNumeral('壹壹')).toBe(11);
  });

  it('refuses what is not a numeral', () => {
    for (const text of [
      '',
      '第',
      'a',
      '十a',
      '一x',
      '百',
      '千',
      '百十一',
      '十一十二',
      '十百',
      '一一百',
      '五零十',
      '二三十',
      '万',
    ]) {
      expect(parseChineseNumeral(text), text).toBeNull();
    }
  });

  it('accepts a bare unit only where Chinese leaves out 一: 十 first, and after 零', () => {
    expect(parseChineseNumeral('十五')).toBe(15);
    expect(parseChineseNumeral('一百零十')).toBe(110);
    expect(parseChineseNumeral('二十万')).toBe(200_000);
    expect(parseChineseNumeral('一万十')).toBeNull();
    expect(parseChineseNumeral('一亿十')).toBeNull();
    expect(parseChineseNumeral('一百十')).toBeNull();
  });
});

describe('parseOrdinal', () => {
  it('reads ASCII digits, full-width digits and Chinese numerals', () => {
    expect(parseOrdinal('12')).toBe(12);
    expect(parseOrdinal('007')).toBe(7);
    expect(parseOrdinal('１２')).toBe(12);
    expect(parseOrdinal('1２')).toBe(12);
    expect(parseOrdinal('十二')).toBe(12);
    expect(parseOrdinal('')).toBeNull();
    expect(parseOrdinal('1a')).toBeNull();
    expect(parseOrdinal('１a')).toBeNull();
    expect(parseOrdinal('a1')).toBeNull();
    expect(parseOrdinal('a１')).toBeNull();
  });
});

describe('toAsciiDigits', () => {
  it('turns full-width digits into ASCII and leaves the rest', () => {
    expect(toAsciiDigits('第１２条')).toBe('第12条');
    expect(toAsciiDigits('０１２３４５６７８９')).toBe('0123456789');
    expect(toAsciiDigits('（一）')).toBe('（一）');
    expect(toAsciiDigits('a１b')).toBe('a1b');
    // ／ and ： on either side of the digits are not digits.
    expect(toAsciiDigits('／：')).toBe('／：');
  });
});

describe('formatChineseNumeral', () => {
  it('writes 0 to 99 as Chinese numerals, and anything else in digits', () => {
    const cases: Array<[number, string]> = [
      [0, '零'],
      [1, '一'],
      [9, '九'],
      [10, '十'],
      [11, '十一'],
      [19, '十九'],
      [20, '二十'],
      [21, '二十一'],
      [90, '九十'],
      [99, '九十九'],
      [100, '100'],
      [-1, '-1'],
      [1.5, '1.5'],
    ];
    for (const [value, text] of cases) expect(formatChineseNumeral(value), String(value)).toBe(text);
  });
  it('writes what parseChineseNumeral reads back', () => {
    for (let value = 0; value < 100; value++) expect(parseChineseNumeral(formatChineseNumeral(value))).toBe(value);
  });
});

describe('CHINESE_NUMERAL_CHARS', () => {
  it('holds the characters of numerals in markers, and each is read', () => {
    expect([...CHINESE_NUMERAL_CHARS].sort()).toEqual(
      [...'零〇○Ｏ一二两兩三四五六七八九十百千万壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅'].sort(),
    );
    for (const char of CHINESE_NUMERAL_CHARS) {
      const alone = parseChineseNumeral(char);
      // A unit other than 十 needs a digit before it (百, 千, 万 alone are not numerals).
      const read = alone ?? parseChineseNumeral(`一${char}`);
      expect(read, char).not.toBeNull();
    }
  });
  it('makes markers of financial and traditional numerals', () => {
    const text = '壹、总则\n貳、任务\n參、保障\n第拾条 附则\n';
    const sections = parseCircular(text).children.filter((node) => node.type === 'section');
    expect(sections.map((section) => (section.type === 'section' ? section.ordinal : 0))).toEqual([1, 2, 3, 10]);
  });
});
