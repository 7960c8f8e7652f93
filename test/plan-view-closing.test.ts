/**
 * A report's closing passages as the diff's own node: after the last task of a government work
 * report, 各位代表！ opens the passages on the government's own conduct, the nationalities, defence,
 * Hong Kong, Macao and Taiwan, foreign policy and the final call. The tree keeps them in the last
 * task (they follow its paragraphs, unnumbered); `planView` takes them out of that task's text into a
 * node of their own (role `closing`), which pairs only with the other plan's closing node.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans, parseCircular } from '../src/index.js';
import { IdentityTable, planView, type PlanNode } from '../src/diff/plan-view.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');
const viewOf = (text: string, levels?: number) =>
  planView(parseCircular(text, { name: 'plan.txt' }), levels === undefined ? {} : { levels }, new IdentityTable());
const closingOf = (roots: PlanNode[]) => roots.filter((node) => node.ref.role === 'closing');
/** The deepest last section of a view: the one the closing passages were taken from. */
const lastSection = (roots: PlanNode[]): PlanNode => {
  let node = roots.filter((root) => root.ref.role === 'section').at(-1)!;
  while (node.children.length > 0) node = node.children.at(-1)!;
  return node;
};

/** The paragraphs of the tree's last section (the deepest last one), one per line. */
function treeText(text: string): string {
  type Node = { type: string; text?: string; children?: Node[] };
  const document = parseCircular(text, { name: 'plan.txt' }) as unknown as Node;
  let node = document.children!.filter((child) => child.type === 'section').at(-1)!;
  for (;;) {
    const sections = node.children!.filter((child) => child.type === 'section');
    if (sections.length === 0 || node.children!.at(-1)!.type !== 'section') break;
    node = sections.at(-1)!;
  }
  return node
    .children!.filter((child) => child.type === 'paragraph')
    .map((child) => child.text!)
    .join('\n')
    .trim();
}

describe('the closing passages of the ten work reports', () => {
  const years = [2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019];

  it.each(years)(
    '%i: one closing node, from the first 各位代表！ after the last task to the last paragraph',
    (year) => {
      const text = report(year);
      const lines = text.split('\n');
      const view = viewOf(text);
      const closing = closingOf(view.roots);
      expect(closing).toHaveLength(1);
      const [node] = closing;
      expect(view.roots.at(-1)).toBe(node);
      expect(node.normalHeading).toBe('(closing)');
      // Its line is the first 各位代表！ after the last task's heading (1-based lines).
      const last = lastSection(view.roots);
      const first = lines.findIndex((line, index) => index >= last.ref.line && /^\s*各位代表！\s*$/.test(line));
      expect(node.ref.line).toBe(first + 1);
      expect(node.normalOwn.startsWith('各位代表！')).toBe(true);
      // The last task keeps its own paragraphs and loses the closing ones.
      expect(last.normalOwn.length).toBeGreaterThan(200);
      expect(last.normalOwn).not.toContain('各位代表！');
      // Together they are the task's paragraphs as the tree has them: nothing is left out.
      expect(`${last.normalOwn}\n${node.normalOwn}`).toBe(treeText(text));
    },
  );

  it('takes the closing passages out of the last compared section at every depth (--levels 1)', () => {
    const full = viewOf(report(2014));
    const top = viewOf(report(2014), 1);
    const [closing] = closingOf(top.roots);
    expect(closing.normalOwn).toBe(closingOf(full.roots)[0].normalOwn);
    // 三、2014年重点工作 holds its nine tasks' headings and text, up to the closing passages.
    const three = top.roots.find((node) => node.ref.id === '3')!;
    expect(three.children).toHaveLength(0);
    expect(three.normalOwn).toContain('（九）努力建设生态文明的美好家园');
    expect(three.normalOwn).not.toContain('各位代表！');
    expect(three.normalOwn.endsWith(lastSection(full.roots).normalOwn.split('\n').at(-1)!)).toBe(true);
  });

  it('leaves the 各位代表！ of the review, which a numbered part follows, in the review', () => {
    // 2014 line 72: 各位代表！ then the review's own closing words, then 二、2014年工作总体部署.
    const view = viewOf(report(2014));
    const review = view.roots.find((node) => node.ref.id === '1')!;
    const text = [review, ...review.children].map((node) => node.normalOwn).join('\n');
    expect(text).toContain('过去一年的成就来之不易');
    expect(closingOf(view.roots)[0].normalOwn).not.toContain('过去一年的成就来之不易');
  });

  it('pairs the two closing nodes, and lists a deadline of the closing passages under (closing)', () => {
    const diff = diffPlans(
      parseCircular(report(2018), { name: '2018.txt' }),
      parseCircular(report(2019), { name: '2019.txt' }),
    );
    const closing = diff.changes.find((change) => change.old?.role === 'closing');
    expect(closing?.new?.role).toBe('closing');
    expect(closing?.new?.line).toBe(206);
    // 2019's closing passages set limits of their own (今年: 2019), not 2019 （十）民生's: each deadline
    // sits under (closing) exactly when its sentence comes after line 206.
    const source = report(2019);
    const closingStart = source.split('\n').slice(0, 205).join('\n').length;
    const newSide = [...diff.deadlines.added, ...diff.deadlines.changed.map((change) => change.new)];
    const located = newSide.filter((deadline) => ['closing', '3.10'].includes(deadline.section?.id ?? ''));
    expect(located.filter((deadline) => deadline.section?.role === 'closing').length).toBeGreaterThan(0);
    for (const deadline of located) {
      const at = source.indexOf(deadline.sentence);
      expect(at).toBeGreaterThan(-1);
      expect(deadline.section?.role === 'closing', deadline.sentence).toBe(at > closingStart);
    }
  });
});

describe('what opens closing passages, and what does not', () => {
  const plan = (tail: string[]) =>
    ['关于2024年工作的报告', '', '一、2024年工作任务', '（一）稳定就业', '做好高校毕业生就业工作。', ...tail].join(
      '\n',
    );

  it.each(['各位代表！', '同志们：', '各位委员！', '女士们、先生们：', '同志们！'])(
    '%s after the last task opens them',
    (vocative) => {
      const view = viewOf(plan([vocative, '让我们携手奋斗。']));
      const [closing] = closingOf(view.roots);
      expect(closing.normalOwn).toBe(`${vocative}\n让我们携手奋斗。`);
      expect(lastSection(view.roots).normalOwn).toBe('做好高校毕业生就业工作。');
    },
  );

  it.each([
    ['a vocative with nothing after it', ['各位代表！']],
    ['a sentence that starts with a vocative', ['各位代表，让我们携手奋斗。']],
    ['no vocative', ['让我们携手奋斗。']],
  ])('%s opens none', (_, tail) => {
    const view = viewOf(plan(tail));
    expect(closingOf(view.roots)).toEqual([]);
    expect(lastSection(view.roots).normalOwn).toContain(tail.at(-1)!);
  });

  it('opens none in a section that a later section follows', () => {
    const text = plan(['同志们：', '继续努力。', '（二）稳定物价', '保持物价稳定。']);
    const view = viewOf(text);
    expect(closingOf(view.roots)).toEqual([]);
    const first = view.all.find((node) => node.ref.id === '1.1')!;
    expect(first.normalOwn).toContain('同志们：');
  });

  it('opens them after the last task’s own subsections, not inside them', () => {
    const text = plan(['1．就业补贴', '发放就业补贴。', '同志们：', '继续努力。']);
    const view = viewOf(text);
    const [closing] = closingOf(view.roots);
    expect(closing.normalOwn).toBe('同志们：\n继续努力。');
    expect(lastSection(view.roots).normalOwn).toBe('发放就业补贴。');
  });

  it('makes none on the seed plan, whose last item is followed by its signature', () => {
    const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt'));
    const view = planView(parseCircular(seed, { name: 'seed.txt' }));
    expect(closingOf(view.roots)).toEqual([]);
  });
});
