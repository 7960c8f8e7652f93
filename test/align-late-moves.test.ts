/**
 * What `alignSections` pairs after the sibling pass, in small plans built from sentences of the 2017
 * and 2011 work reports (fixtures/work-reports): a task moved to another part (the moves), its
 * subitems (paired under the moved pair), a task copied word for word into another part, and a part
 * rewritten and set out last (the leftover passes at the top level). Each is read both ways round.
 * Written for the mutation run of src/diff/align-sections.ts (docs/mutation.md): every alignment is
 * computed inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
/** A report's sentences of one clause or more, 25 to 80 characters, outside its headings and quotations. */
const sentences = (year: number): string[] => [
  ...new Set(
    readFileSync(join(reports, `${year}.txt`), 'utf8')
      .split('\n')
      .filter((line) => !/^[一二三四五六七八九十（]/.test(line))
      .flatMap((line) => line.split('。'))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 25 && sentence.length <= 80 && !/^\d|[：；“”]/.test(sentence)),
  ),
];
const seventeen = sentences(2017);
const eleven = sentences(2011);
const paragraph = (list: string[]) => list.map((sentence) => `${sentence}。`).join('');
const [supply, demand, innovation] = [50, 60, 70].map((from) => paragraph(seventeen.slice(from, from + 5)));
/** Two parts: the supply-side and demand tasks under 一、, innovation under 二、. */
const twoParts = `一、总体要求\n（一）深化供给侧结构性改革。${supply}\n（二）扩大内需。${demand}\n二、重点任务\n（一）推动创新发展。${innovation}\n`;

/** Both readings of two plans: forward (old → new) and backward (new → old). */
const bothWays = (oldText: string, newText: string) => [alignPlans(oldText, newText), alignPlans(newText, oldText)];

describe('a task moved to another part', () => {
  it('pairs the task with its new place, one sentence added, as moved, both ways', () => {
    expect(seventeen.length).toBeGreaterThan(80);
    const moved = `一、总体要求\n（一）深化供给侧结构性改革。${supply}\n二、重点任务\n（一）推动创新发展。${innovation}\n（二）扩大内需。${demand}${eleven[5]}。\n`;
    const [forward, backward] = bothWays(twoParts, moved);
    expect(forward.pairs.get('1.2')).toBe('2.2');
    expect(forward.reason('1.2')).toBe('moved-from-parent');
    expect(backward.pairs.get('2.2')).toBe('1.2');
    expect(backward.reason('2.2')).toBe('moved-from-parent');
    // The tasks that stayed keep their own places.
    expect(forward.pairs.get('1.1')).toBe('1.1');
    expect(forward.pairs.get('2.1')).toBe('2.1');
  });

  it('pairs the moved task’s reworded subitems with each other, in order, both ways', () => {
    // Bare subitems (加快推进 → 加快实施, 深化落实 → 深化巩固): too unlike to move on their own, paired
    // as the subsections of the moved pair are.
    const old = twoParts.replace(`${demand}\n`, `${demand}\n1．加快推进\n2．深化落实\n`);
    const moved = `一、总体要求\n（一）深化供给侧结构性改革。${supply}\n二、重点任务\n（一）推动创新发展。${innovation}\n（二）扩大内需。${demand}${eleven[5]}。\n1．加快实施\n2．深化巩固\n`;
    const [forward, backward] = bothWays(old, moved);
    expect(forward.pairs.get('1.2')).toBe('2.2');
    expect(forward.pairs.get('1.2.1')).toBe('2.2.1');
    expect(forward.pairs.get('1.2.2')).toBe('2.2.2');
    expect(forward.reason('1.2.1')).toBe('heading');
    expect(backward.pairs.get('2.2.1')).toBe('1.2.1');
    expect(backward.pairs.get('2.2.2')).toBe('1.2.2');
  });

  it('keeps a task in its place when the new plan also copies it into another part', () => {
    // 扩大内需 stays under 一、 and is repeated word for word under 二、: the copy is added, not the
    // task's partner (read the other way, the copy is removed).
    const copied = twoParts.replace(/\n$/, `\n（二）扩大内需。${demand}\n`);
    const [forward, backward] = bothWays(twoParts, copied);
    expect(forward.pairs.get('1.2')).toBe('1.2');
    expect(forward.reason('1.2')).toBe('identical');
    expect([...forward.pairs.values()]).not.toContain('2.2');
    expect(backward.pairs.get('1.2')).toBe('1.2');
    expect(backward.pairs.has('2.2')).toBe(false);
  });
});

describe('a part rewritten and set out last', () => {
  it('pairs it by body and opening with the old part, as changed, not moved, both ways', () => {
    // 一、着力稳定宏观经济运行 becomes the last part, 三、扩大有效需求 (no heading word in common): its
    // first four sentences stay, five new ones follow. The other two parts keep their text.
    const [stable, farming, environment] = [0, 20, 30].map((from) => seventeen.slice(from, from + 6));
    const old = `一、着力稳定宏观经济运行\n${paragraph([...stable, ...seventeen.slice(6, 8)])}\n二、推进农业现代化\n${paragraph(farming)}\n三、加强环境治理\n${paragraph(environment)}\n`;
    const rewritten = `一、推进农业现代化\n${paragraph(farming)}\n二、加强环境治理\n${paragraph(environment)}\n三、扩大有效需求\n${paragraph([...stable.slice(0, 4), ...seventeen.slice(40, 45)])}\n`;
    const [forward, backward] = bothWays(old, rewritten);
    expect(forward.pairs.get('1')).toBe('3');
    expect(forward.reason('1')).toBe('body');
    expect(forward.alignment.scores.get(forward.old('1'))!.headingSimilarity).toBe(0);
    expect(backward.pairs.get('3')).toBe('1');
    expect(backward.reason('3')).toBe('body');
  });
});
