/**
 * The checks a pair of siblings passes after the assignment (src/diff/align-sections.ts:
 * `bodyFollowsElsewhere`, the weak rule, `comparable` for attachments), each on a real report or
 * plan with one part rewritten, in the direction that puts the rival in the pair's row (another
 * section of the new plan) and in the one that puts it in its column (of the old plan). Found by
 * mutation testing (docs/mutation.md, task 26G-A). Every alignment is computed inside its test:
 * Stryker switches a mutant on for a test, and an alignment computed while the file is collected
 * runs without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scorePair } from '../src/diff/align-sections.js';
import { alignPlans, sentencesOf2010And2011, taskSpan } from './helpers/sections.js';

const root = join(import.meta.dirname, '..');
const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
const report = (year: number) => read('fixtures', 'work-reports', `${year}.txt`);

/** Three articles (第十一条 … 第十三条) of a law on missile exports: words no work report uses. */
const lawText = () =>
  read('fixtures', 'corpus', 'laws', '2002-missile-export-control-regulations.md')
    .split('\n')
    .filter((line) => line.startsWith('第'))
    .slice(10, 13)
    .map((line) => line.replace(/^第\S+条\s*/, ''))
    .join('');

/**
 * `source` with the bodies of tasks of 三、 (after the heading sentence, up to the next marker)
 * replaced: marker → the new body's lines, or the marker of the task whose body (as written) it takes.
 */
function setBodies(source: string, bodies: Record<string, string[] | string>): string {
  const lines = source.split('\n');
  const span = (start: string) => taskSpan(lines, start);
  const cut = (line: string) => line.indexOf('。') + 1;
  const bodyOf = (start: string) => {
    const [from, to] = span(start);
    return [lines[from].slice(cut(lines[from])), ...lines.slice(from + 1, to)];
  };
  const replaced = new Map<number, string[]>();
  const skipped = new Set<number>();
  for (const [start, body] of Object.entries(bodies)) {
    const [from, to] = span(start);
    const lead = typeof body === 'string' ? bodyOf(body) : body;
    replaced.set(from, [lines[from].slice(0, cut(lines[from])) + lead[0], ...lead.slice(1)]);
    for (let k = from + 1; k < to; k++) skipped.add(k);
  }
  return lines.flatMap((line, k) => replaced.get(k) ?? (skipped.has(k) ? [] : [line])).join('\n');
}

describe('a pair made on heading words whose body follows another section', () => {
  it('keeps a heading that stayed word for word, though its body went to a sibling', () => {
    // 2017 against itself with （二）深化重要领域和关键环节改革's body replaced by a law's articles and
    // （五）促进农业稳定发展… holding （二）'s body. The headings stayed word for word: a reader pairs
    // each with itself (a score of 0.5 or more stands alone), though （二）'s body now follows （五）.
    const edited = setBodies(report(2017), { '（二）': [lawText()], '（五）': '（二）' });
    for (const [oldText, newText] of [
      [report(2017), edited],
      [edited, report(2017)],
    ]) {
      const { pairs, reason } = alignPlans(oldText, newText);
      expect(pairs.get('3.2')).toBe('3.2');
      expect(reason('3.2')).toBe('heading');
      expect(pairs.get('3.5')).toBe('3.5');
    }
  });

  it('pairs a weaker heading pair only once nothing else wants it, rival in its row or in its column', () => {
    // 2018 with （三）深化基础性关键领域改革's body replaced by a law's articles and （五）大力实施乡村振兴
    // 战略 holding （三）'s body. 2017 （二）深化重要领域和关键环节改革 → 2018 （三） by heading words
    // (0.33 alone) has a body that follows （五） (0.44 against 0.03): the siblings' pass leaves it
    // open, and the pass over what is left pairs it, as nothing else is like 2018 （三）, on its words
    // alone (no place prior). Read 2017 → 2018 the rival is another new section (the pair's row);
    // read 2018 → 2017 it is another old one (its column).
    const edited = setBodies(report(2018), { '（三）': [lawText()], '（五）': '（三）' });
    const forward = alignPlans(report(2017), edited);
    expect(forward.pairs.get('3.2')).toBe('3.3');
    expect(forward.reason('3.2')).toBe('heading');
    const rival = scorePair(forward.old('3.2'), forward.new('3.5'));
    const own = forward.alignment.scores.get(forward.old('3.2'))!;
    expect(rival.bodySimilarity).toBeGreaterThan(2 * own.bodySimilarity);
    expect(own.score).toBeLessThan(0.5);
    expect(own.score).toBeCloseTo(scorePair(forward.old('3.2'), forward.new('3.3')).score, 10);
    const backward = alignPlans(edited, report(2017));
    expect(backward.pairs.get('3.3')).toBe('3.2');
    const back = backward.alignment.scores.get(backward.old('3.3'))!;
    expect(back.score).toBeCloseTo(scorePair(backward.old('3.3'), backward.new('3.2')).score, 10);
  });
});

describe('a weak pair of two sections that both have subsections', () => {
  it('keeps the pair its place carried over the threshold, as its place’s', () => {
    // Six items (sentences of the 2010 and 2011 reports) each with two subitems; in the new list
    // every item's heading is another sentence and its second subitem is replaced: only the first
    // subitems stayed. The sixth pairs weakly (under 0.3) with the sixth, carried by its place; both
    // have subsections, so it is no level that moved, and the siblings' pass keeps it.
    const sentences = sentencesOf2010And2011();
    const list = (head: number, second: number) =>
      Array.from({ length: 6 }, (_, i) => {
        const same = i === 1 || i === 4;
        const item = same ? 1 : i;
        return `${i + 1}．${sentences[same ? 1 : head + i]}。\n（1）${sentences[100 + item]}。\n（2）${sentences[same ? 150 : second + i]}。`;
      }).join('\n');
    const { pairs, reason, alignment, old } = alignPlans(list(0, 200), list(400, 300));
    expect(pairs.get('6')).toBe('6');
    expect(reason('6')).toBe('position');
    expect(alignment.scores.get(old('6'))!.score).toBeLessThan(0.3);
    for (const id of ['1', '3', '4']) expect(pairs.get(id), id).toBe(id);
  });
});

describe('attachments pair only with the attachment of their own number', () => {
  it('leaves an annex open when the new plan has another under another number', () => {
    // The plan of fixtures/parse/full-cover forwards its points (附件1) and a task list (附件2); the new
    // version forwards the points and an opening-hours table as 附件3 instead. The list was removed and
    // the table added: the two are not paired, however an annex always pairs with its own number.
    const input = read('fixtures', 'parse', 'full-cover', 'input.txt');
    const table = input
      .replace('2．临江市2023年科普重点任务清单', '2．临江市2023年科普重点任务清单\n3．临江市科普场馆开放时间表')
      .replace(
        /附件2\n\n临江市2023年科普重点任务清单\n\n1．[^\n]*\n2．[^\n]*\n/,
        '附件3\n\n临江市科普场馆开放时间表\n\n1．市科技馆：周二至周日9:00—17:00\n2．市自然博物馆：周三至周日9:30—16:30\n',
      );
    expect(table).toContain('附件3\n\n临江市科普场馆开放时间表');
    const { alignment, pairs } = alignPlans(input, table);
    const roles = [...alignment.forward].map(([a, b]) => `${a.ref.role}:${a.ref.id}→${b.ref.role}:${b.ref.id}`);
    expect(roles.filter((pair) => pair.startsWith('annex'))).toEqual([]);
    expect(roles).toContain('letter:letter→letter:letter');
    expect(pairs.get('1')).toBe('1');
    expect(pairs.get('2')).toBe('2');
  });

  it('never pairs the lead-in with a section numbered 0, though they share an id', () => {
    // A plan numbered from 0 (0．总体要求 1．… 2．…) whose lead-in the new version folds into its 0．: the
    // lead-in's id ('0') is section 0's. The lead-in pairs only with a lead-in: it is removed, and
    // 0．总体要求 pairs with 0．总体要求 by its heading.
    const s = sentencesOf2010And2011();
    const oldText = `${s[5]}。${s[6]}。\n0．总体要求。${s[7]}。\n1．重点任务。${s[8]}。\n2．保障措施。${s[9]}。`;
    const newText = `0．总体要求。${s[5]}。${s[6]}。${s[7]}。\n1．重点任务。${s[8]}。\n2．保障措施。${s[9]}。`;
    const { alignment, pairs } = alignPlans(oldText, newText);
    const made = [...alignment.forward].map(([a, b]) => `${a.ref.role}:${a.ref.id}→${b.ref.role}:${b.ref.id}`);
    expect(made).toContain('section:0→section:0');
    expect(made.filter((pair) => pair.startsWith('lead-in'))).toEqual([]);
    expect(pairs.get('1')).toBe('1');
    const zero = [...alignment.forward.keys()].find((node) => node.ref.role === 'section' && node.ref.id === '0')!;
    expect(alignment.scores.get(zero)!.matchedBy).toBe('heading');
  });
});
