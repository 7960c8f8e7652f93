/**
 * Kangxi radicals, CJK radicals supplement forms and CJK compatibility ideographs read as the
 * unified ideographs a reader sees (⼀ U+2F00 for 一, ⽉ U+2F49 for 月, ⻓ U+2ED3 for 长): the text
 * of PDFs set in Noto CJK and of what is copied out of them. Extracted text (HTML, Word, PDF) is
 * rewritten before positions point into it; plain text and Markdown keep what was written and the
 * recognisers read through it. Either way positions stay exact, and one info diagnostic counts them.
 */
import { describe, expect, it } from 'vitest';
import { extractDeadlines, parseCircular, readCircular } from '../src/index.js';
import { foldForMatching, foldWidth, toSimplified, unifiedIdeographs, unifiedTable } from '../src/normalize.js';
import { UNIFIED_ASTRAL, UNIFIED_PAIRS } from '../src/generated/unified-ideographs.js';
import type { Node } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
import { checkPassPositions } from './helpers/check-positions.js';

/** The sections of a tree as "id marker ordinal heading". */
function outline(document: Node): string[] {
  const out: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'section') out.push(`${node.id} ${node.marker} ${node.ordinal} ${node.heading}`);
    if ('children' in node) for (const child of node.children) visit(child as Node);
  };
  visit(document);
  return out;
}

// A plan as text copied out of a PDF set in Noto CJK: the characters that share a glyph with a
// radical came out as the radical.
// Twelve of them: ⼯ ⼀ ⼀ ⽉ ⻓ ⼆ ⼗ ⽉ ⼆ ⼗ ⽉ ⽇.
const COPIED = [
  '临江市科协2023年科普⼯作要点',
  '⼀、总体要求',
  '（⼀）推进科技馆建设。9⽉底前完成展陈更新，⻓期开放。',
  '（⼆）建设社区科普站点。⼗⽉底前建成20个。',
  '⼆、保障措施',
  '第⼗条 各单位于2023年12⽉31⽇前报送总结。',
  '',
].join('\n');

describe('the table', () => {
  it('has every Kangxi radical, and agrees with Unicode’s decompositions', () => {
    const pairs = new Map<string, string>();
    for (let i = 0; i + 1 < UNIFIED_PAIRS.length; i += 2) pairs.set(UNIFIED_PAIRS[i], UNIFIED_PAIRS[i + 1]);
    for (let code = 0x2f00; code <= 0x2fd5; code++) {
      const radical = String.fromCodePoint(code);
      expect(pairs.get(radical), radical).toBe(radical.normalize('NFKC'));
    }
    // The compatibility ideographs that decompose at all, in or out of the BMP.
    for (let code = 0xf900; code <= 0xfaff; code++) {
      const char = String.fromCodePoint(code);
      const normalized = char.normalize('NFKC');
      if (normalized === char) expect(pairs.has(char)).toBe(false);
      else expect(pairs.get(char) ?? UNIFIED_ASTRAL[char]).toBe(normalized);
    }
  });
  it('maps the radicals supplement, which has (almost) no decompositions, by its equivalent ideographs', () => {
    expect(unifiedIdeographs('⻓⻔⻢⻬⻌⺠').text).toBe('长门马齐辶民');
    // ⺇ U+2E87 stands for 𠘨 U+20628, outside the BMP: two code units for one.
    expect(unifiedIdeographs('⺇').text).toBe('𠘨');
    // ⺀ U+2E80 (CJK RADICAL REPEAT) has no equivalent, and stays.
    expect(unifiedIdeographs('⺀').text).toBe('⺀');
  });
  it('counts what it maps, and leaves other text as it is', () => {
    expect(unifiedIdeographs('⼀、总体要求：9⽉底前')).toEqual({ text: '一、总体要求：9月底前', count: 2 });
    const plain = '一、总体要求：9月底前（二）';
    expect(unifiedIdeographs(plain)).toEqual({ text: plain, count: 0 });
  });
  it('folds for matching one for one, with traditional forms and widths', () => {
    const folded = foldForMatching('（⼆）9⽉底前關於');
    expect(folded).toBe('(二)9月底前关于');
    expect(folded.length).toBe('（⼆）9⽉底前關於'.length);
    // A radical whose ideograph is traditional folds on to the simplified one (⾨ → 門 → 门).
    expect(foldForMatching('⾨')).toBe('门');
    expect(toSimplified('⾨')).toBe('⾨');
  });
  it('folds every code unit as its unified ideograph simplified, else its simplified form, then its width', () => {
    const unified = unifiedTable();
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const char = String.fromCharCode(code);
      const expected = foldWidth(toSimplified(unified[code] !== 0 ? String.fromCharCode(unified[code]) : char));
      if (foldForMatching(char) !== expected) wrong.push(code.toString(16));
    }
    expect(wrong).toEqual([]);
  });
});

describe('plain text keeps what was written and is read through it', () => {
  const document = parseCircular(COPIED, { name: 'copied.txt' });
  it('reads ⼀、总体要求 as a section and 第⼗条 as article 10, markers as written', () => {
    expect(outline(document as unknown as Node)).toEqual([
      '1 ⼀、 1 总体要求',
      '1.1 （⼀） 1 推进科技馆建设',
      '1.2 （⼆） 2 建设社区科普站点',
      '2 ⼆、 2 保障措施',
      '10 第⼗条 10 ',
    ]);
    checkTree(document, COPIED);
  });
  it('reads 9⽉底前 as a deadline, with its position on the text as written', () => {
    const { deadlines } = extractDeadlines(document, { all: true });
    const september = deadlines.find((deadline) => deadline.text === '9⽉底前');
    expect(september).toMatchObject({ date: '2023-09-30', sectionId: '1.1' });
    const { start, end } = september!.position;
    expect(COPIED.slice(start.offset, end.offset)).toBe('9⽉底前');
    expect(deadlines.find((deadline) => deadline.text === '⼗⽉底前')?.date).toBe('2023-10-31');
    expect(deadlines.find((deadline) => deadline.text.startsWith('2023年12⽉31⽇'))?.date).toBe('2023-12-31');
    checkPassPositions(COPIED, deadlines);
  });
  it('notes how many it read through, at the first', () => {
    const notes = document.diagnostics.filter((diagnostic) => diagnostic.code === 'compatibility-ideographs');
    expect([...COPIED].filter((char) => unifiedIdeographs(char).count > 0)).toHaveLength(12);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', position: { start: { line: 1, column: 13 } } });
    expect(notes[0].message).toMatch(/^12 Kangxi radicals or compatibility ideographs read as/);
  });
  it('says nothing where there is nothing to say', () => {
    const clean = parseCircular(unifiedIdeographs(COPIED).text);
    expect(clean.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('compatibility-ideographs');
    expect(outline(clean as unknown as Node)).toEqual(
      outline(document as unknown as Node).map((line) => unifiedIdeographs(line).text),
    );
  });
  it('reads Markdown the same way', () => {
    const markdown = parseCircular(COPIED.replace('⼀、总体要求', '## ⼀、总体要求'), { name: 'copied.md' });
    expect(outline(markdown as unknown as Node)[0]).toBe('1 ⼀、 1 总体要求');
  });
});

describe('extracted text is rewritten before positions point into it', () => {
  it('unifies an HTML page’s text, and notes the count at the first', async () => {
    const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><div class="content">${COPIED.split(
      '\n',
    )
      .filter(Boolean)
      .map((line) => `<p>${line}</p>`)
      .join('')}</div></body></html>`;
    const document = await readCircular(Buffer.from(html), { name: 'copied.html' });
    const text = unifiedIdeographs(COPIED).text;
    expect(outline(document as unknown as Node)).toEqual(outline(parseCircular(text) as unknown as Node));
    const notes = document.diagnostics.filter((diagnostic) => diagnostic.code === 'compatibility-ideographs');
    expect(notes).toHaveLength(1);
    expect(notes[0].message).toMatch(/^12 Kangxi radicals or compatibility ideographs in the extracted text replaced/);
    // The first was 工 of 科普⼯作要点, on the first line.
    expect(notes[0].position.start).toMatchObject({ line: 1, column: 13 });
    expect(extractDeadlines(document).deadlines.map((deadline) => deadline.text)).toContain('9月底前');
  });
});
