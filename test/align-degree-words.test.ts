/**
 * 水平 among the words of action and degree (`ACTION_WORDS` of src/diff/align-sections.ts): 提高…水平
 * names no theme, so two headings that share only 提高 and 水平 share none. Each case is a development
 * work report (fixtures/work-reports) with one task taken out, as a plan that drops a task is: the
 * task's partner in the other plan is left open, not paired by 水平 with a task of another topic.
 * Asserted both ways round. Written for the mutation run of src/diff/align-sections.ts
 * (docs/mutation.md): every alignment is computed inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import type { Section } from '../src/types.js';
import { alignPlans } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');

/** `year`'s report without the task whose heading line starts with `heading` (up to the next task). */
function without(year: number, heading: string): string {
  const lines = report(year).split('\n');
  const from = lines.findIndex((line) => line.startsWith(heading));
  expect(from).toBeGreaterThan(0);
  const to = lines.findIndex((line, index) => index > from && /^（[一二三四五六七八九十]+）/.test(line));
  expect(to).toBeGreaterThan(from);
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}

/** The id of the one section of `text` whose heading is `heading`, or else starts with it. */
function idOf(text: string, heading: string): string {
  const exact: string[] = [];
  const starting: string[] = [];
  const walk = (nodes: unknown[]) => {
    for (const node of nodes as Section[]) {
      if (node.type !== 'section') continue;
      if (node.heading === heading) exact.push(node.id);
      else if (node.heading.startsWith(heading)) starting.push(node.id);
      walk(node.children);
    }
  };
  walk(parseCircular(text, { name: 'plan.txt' }).children);
  const found = exact.length > 0 ? exact : starting;
  expect(found).toHaveLength(1);
  return found[0];
}

/** `task` of `oldText` and `other` of `newText` are left open, and not paired with each other, either way round. */
function expectOpenBothWays(oldText: string, newText: string, task: string, other: string): void {
  const forward = alignPlans(oldText, newText);
  expect(forward.pairs.has(task)).toBe(false);
  expect([...forward.pairs.values()]).not.toContain(other);
  const backward = alignPlans(newText, oldText);
  expect(backward.pairs.has(other)).toBe(false);
  expect([...backward.pairs.values()]).not.toContain(task);
}

describe('提高…水平 names no theme', () => {
  it('leaves 2010 （一）宏观调控 open when 2011 drops （一）物价, not paired with （九）对外开放, both ways', () => {
    // 2010 （一）提高宏观调控水平，保持经济平稳较快发展 shares 提高…水平 with 2011 （九）进一步提高对外开放水平
    // and 保持…水平 with （一）保持物价总水平基本稳定: with （一） gone, 水平 was a theme of one candidate.
    const old = report(2010);
    const fewer = without(2011, '（一）保持物价');
    const task = idOf(old, '提高宏观调控水平');
    const opening = idOf(fewer, '进一步提高对外开放水平');
    expectOpenBothWays(old, fewer, task, opening);
    // The task on opening up of each year still pairs by its theme, 对外开放.
    expect(alignPlans(report(2011), report(2012)).pairs.get(idOf(report(2011), '进一步提高对外开放水平'))).toBe(
      idOf(report(2012), '努力提高对外开放的质量和水平'),
    );
  });

  it('leaves 2013 （三）民生…生活水平 open when 2012 drops （六）民生, not paired with （七）文化, both ways', () => {
    // 2013 （三）以保障和改善民生为重点，全面提高人民物质文化生活水平 (the readers paired it with 2012 （六）切实
    // 保障和改善民生) shares 文化 with 2012 （七）促进文化大发展大繁荣 and 提高…水平 with （九）努力提高对外开放的质量
    // 和水平; read as a theme, 水平 made the two equally far, and 文化 won once （九） was paired.
    const old = report(2013);
    const fewer = without(2012, '（六）切实保障和改善民生');
    const task = idOf(old, '以保障和改善民生为重点');
    const culture = idOf(fewer, '促进文化大发展大繁荣');
    expectOpenBothWays(old, fewer, task, culture);
    // As written, the readers' pair.
    expect(alignPlans(old, report(2012)).pairs.get(task)).toBe(idOf(report(2012), '切实保障和改善民生'));
  });
});
