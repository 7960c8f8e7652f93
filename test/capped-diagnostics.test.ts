/** Bracket and quote diagnostics: listed one by one up to a limit per text, the rest counted in one that spans them. */
import { describe, expect, it } from 'vitest';
import { extractInitiatives, parseCircular } from '../src/index.js';
import { PER_TEXT_LIMIT } from '../src/parse/capped-diagnostics.js';
import { checkTree } from './helpers/check-tree.js';

describe('bracket diagnostics, capped per text', () => {
  it('lists the first 20 unclosed brackets of a paragraph and counts the rest in one spanning them', () => {
    const first = '开展科普活动' + '（活动'.repeat(30);
    const second = '组织（讲座和（展览';
    const text = `${first}\n${second}\n`;
    const document = parseCircular(text);
    checkTree(document, text);
    const unclosed = document.diagnostics.filter((diagnostic) => diagnostic.code === 'unclosed-bracket');
    // The first paragraph: 20 one by one, then one for the other 10; the second paragraph has its own 20.
    const inFirst = unclosed.filter((diagnostic) => diagnostic.position.start.line === 1);
    expect(inFirst).toHaveLength(PER_TEXT_LIMIT + 1);
    const opener = (k: number) => '开展科普活动'.length + 3 * k;
    expect(inFirst.slice(0, PER_TEXT_LIMIT).map((diagnostic) => diagnostic.position.start.offset)).toEqual(
      Array.from({ length: PER_TEXT_LIMIT }, (_, k) => opener(k)),
    );
    const rest = inFirst[PER_TEXT_LIMIT];
    expect(rest.message).toBe('10 more brackets here are not closed (the first 20 are listed one by one)');
    expect(rest.position.start.offset).toBe(opener(20));
    expect(rest.position.end.offset).toBe(opener(29) + 1);
    expect(unclosed.filter((diagnostic) => diagnostic.position.start.line === 2)).toHaveLength(2);
  });

  it('counts closing brackets that close nothing the same way, apart from unclosed ones', () => {
    const text = '推进工作' + '】'.repeat(25) + '（\n';
    const codes = parseCircular(text).diagnostics.map((diagnostic) => diagnostic.code);
    expect(codes.filter((code) => code === 'unmatched-bracket')).toHaveLength(PER_TEXT_LIMIT + 1);
    expect(codes.filter((code) => code === 'unclosed-bracket')).toHaveLength(1);
    const rest = parseCircular(text).diagnostics.find((diagnostic) => diagnostic.message.startsWith('5 more'));
    expect(rest?.message).toBe('5 more closing brackets here close nothing (the first 20 are listed one by one)');
  });

  it('keeps a line of 300,000 unclosed openers to a few diagnostics, with its text whole', () => {
    const text = '（“《'.repeat(100_000) + '\n';
    const document = parseCircular(text);
    expect(document.children[0].type === 'paragraph' && document.children[0].text.length).toBe(300_000);
    const counted = document.diagnostics.filter((diagnostic) => / more /.test(diagnostic.message));
    expect(counted.map((diagnostic) => diagnostic.message.split(' (')[0]).sort()).toEqual([
      // （ and 《 are brackets (200,000), “ a quote (100,000): 20 of each code listed.
      '199980 more brackets here are not closed',
      '99980 more quotes here are not closed',
    ]);
    expect(document.diagnostics.length).toBeLessThan(100);
  });

  it('caps the unpartnered quotes that initiatives reports, per paragraph', () => {
    const text = '一、任务\n' + '开展“活动'.repeat(25) + '\n实施“银龄科普行动\n';
    const { diagnostics } = extractInitiatives(parseCircular(text), { source: text });
    const byLine = (line: number) => diagnostics.filter((diagnostic) => diagnostic.position.start.line === line);
    expect(byLine(2)).toHaveLength(PER_TEXT_LIMIT + 1);
    expect(byLine(2)[PER_TEXT_LIMIT].message).toBe(
      '5 more quotes here are not closed (the first 20 are listed one by one)',
    );
    expect(byLine(3)).toHaveLength(1);
  });
});
