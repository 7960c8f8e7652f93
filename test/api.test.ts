/** The public surface of `import … from 'kepu'`: adding or removing an export is a decision. */
import { describe, expect, it } from 'vitest';
import * as kepu from '../src/index.js';
import { parseChineseNumeral } from '../src/numerals.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('public API', () => {
  it('exports these names', () => {
    expect(Object.keys(kepu).sort()).toMatchSnapshot();
  });
});

describe('Chinese numerals (cn2an strict cases)', () => {
  const cases = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', 'fixtures', 'peer', 'cn2an-cases.json'), 'utf8'),
  );
  it('reads every integer of the strict set', () => {
    const integers = Object.entries(cases.strict_data_dict as Record<string, number>).filter(
      ([text, value]) => Number.isInteger(value) && !/[点负元圆整正]/.test(text) && value < 1e16,
    );
    expect(integers.length).toBeGreaterThan(20);
    const wrong = integers.filter(([text, value]) => parseChineseNumeral(text) !== value);
    expect(wrong).toEqual([]);
  });
  it('rejects malformed numerals of the strict set', () => {
    // 一一 and 壹壹 are read digit by digit (二〇二二 style), which strict cn2an rejects; 点 and 负 are not ordinals.
    const rejected = (cases.error_strict_datas as string[]).filter(
      (text) => !/[点负]/.test(text) && text !== '一一' && text !== '壹壹',
    );
    for (const text of rejected) expect(parseChineseNumeral(text), text).toBeNull();
  });
});
