/**
 * The theme pass of `alignSections` (`pairThemes`) against rivals: 2013 （四）以更大的政治勇气和智慧，
 * 深入推进改革开放 pairs with 2015 三、把改革开放扎实推向纵深 by the theme their headings share (改革开放;
 * the readers' pair, composed from 2013→2014 and 2014→2015). Adding one part to the 2015 report
 * tests what the pass does with a rival: a second part of the same heading (the theme no longer
 * tells the two apart), or a part that borrows two of （四）'s sentences under a heading of its own
 * (an addition, closer by words to what it comes from than to （四）). Each is read both ways round.
 * Written for the mutation run of src/diff/align-sections.ts (docs/mutation.md): every alignment is
 * computed inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');
/** Sentences of the 2011 report's paragraphs (none about reform and opening in particular). */
const eleven = [
  ...new Set(
    report(2011)
      .split('\n')
      .filter((line) => !/^[一二三四五六七八九十（]/.test(line))
      .flatMap((line) => line.split('。'))
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 25 && sentence.length <= 80 && !/^\d|[：；“”]/.test(sentence)),
  ),
];
const paragraph = (list: string[]) => list.map((sentence) => `${sentence}。`).join('');

/** The 2015 report with a part `heading` + `body` set before 六、 (which becomes 七、). */
function withPart(heading: string, body: string): string {
  const lines = report(2015).split('\n');
  const at = lines.findIndex((line) => line.startsWith('六、'));
  return [...lines.slice(0, at), heading, body, '', lines[at].replace('六、', '七、'), ...lines.slice(at + 1)].join(
    '\n',
  );
}

/** The sentences of 2013 （四）, its heading sentence first (up to the closing passages: 各位代表！). */
function reformAndOpening(): string[] {
  const lines = report(2013).split('\n');
  const from = lines.findIndex((line) => line.startsWith('（四）以更大'));
  let to = from + 1;
  while (to < lines.length && !/^[一二三四五六七八九十]、|^（|^\s*各位代表！/.test(lines[to])) to++;
  return lines
    .slice(from, to)
    .join('')
    .split('。')
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 10);
}

describe('the theme pass against a rival', () => {
  it('pairs 2013 （四） with 2015 三、 by the theme of their headings, both ways', () => {
    expect(alignPlans(report(2013), report(2015)).pairs.get('3.4')).toBe('3');
    expect(alignPlans(report(2015), report(2013)).pairs.get('3')).toBe('3.4');
  });

  it('pairs by body, not by the theme, when two parts carry the theme alike in their headings', () => {
    // 六、把改革开放扎实推向纵深 again, over 2011 sentences: the heading's theme is as much the new part's
    // as 三's, and the theme pass, which reads headings, does not choose (its rule: of two candidates
    // within THEME_MARGIN of each other, neither is taken). The bodies do: 三 continues （四）'s text
    // (up to the closing passages, which are the report's own node), 六 does not.
    expect(eleven.length).toBeGreaterThan(110);
    const twice = withPart('六、把改革开放扎实推向纵深', paragraph(eleven.slice(100, 106)));
    const aligned = alignPlans(report(2013), twice);
    expect(aligned.pairs.get('3.4')).toBe('3');
    expect(aligned.reason('3.4')).toBe('body');
    expect([...aligned.pairs.values()]).not.toContain('6');
    // The rest of the years' pairs stand.
    expect(aligned.pairs.get('3.1')).toBe('4');
    expect(aligned.pairs.get('3.3')).toBe('5');
  });

  it('keeps the pair when an added part borrows two of （四）’s sentences under a heading of its own', () => {
    // 六、建设法治政府 (no word of （四）'s heading): three 2011 sentences, then two from the middle of 2013
    // （四）. It takes a little of （四）'s text; 三、 continues （四） by heading and body.
    const sentences = reformAndOpening();
    const third = Math.floor(sentences.length / 3);
    const borrowed = withPart(
      '六、建设法治政府',
      paragraph([...eleven.slice(120, 123), ...sentences.slice(third, third + 2)]),
    );
    const forward = alignPlans(report(2013), borrowed);
    expect(forward.pairs.get('3.4')).toBe('3');
    expect(forward.reason('3.4')).toBe('body');
    expect([...forward.pairs.values()]).not.toContain('6');
    const backward = alignPlans(borrowed, report(2013));
    expect(backward.pairs.get('3')).toBe('3.4');
    expect(backward.pairs.has('6')).toBe(false);
  });

  it('does not pair by the theme alone a part that kept its heading and little of its body', () => {
    // 2015 三、 with its heading and first sentence kept and the rest replaced by ten 2011 sentences: the
    // headings still share 改革开放, but heading and body together score under WEAK_THRESHOLD.
    const lines = report(2015).split('\n');
    const from = lines.findIndex((line) => line.startsWith('三、把改革开放'));
    let to = from + 1;
    while (to < lines.length && !/^[一二三四五六七八九十]、|^（/.test(lines[to])) to++;
    const heading = lines.slice(from, to).join('').split('。')[0];
    const replaced = [
      ...lines.slice(0, from),
      `${heading}。${paragraph(eleven.slice(130, 140))}`,
      ...lines.slice(to),
    ].join('\n');
    const forward = alignPlans(report(2013), replaced);
    expect(forward.pairs.get('3.4')).toBeUndefined();
    expect(forward.pairs.get('3.1')).toBe('4');
    expect(alignPlans(replaced, report(2013)).pairs.has('3')).toBe(false);
  });
});
