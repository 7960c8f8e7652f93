/** diffPlans on a constructed pair with known changes, copies of one plan, and real consecutive-year documents. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { diffPlans, hasDifferences } from '../src/diff/diff-plans.js';
import type { PlanDiff, SectionChange } from '../src/types.js';
import validateDiff from '../src/generated/validate-diff.js';
import { foldWidth } from '../src/normalize.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const diffFiles = (a: string, b: string, options = {}) =>
  diffPlans(parseCircular(read(a), { name: a }), parseCircular(read(b), { name: b }), options);

function checkDiffSchema(diff: PlanDiff): void {
  expect(
    validateDiff(JSON.parse(JSON.stringify(diff))),
    JSON.stringify((validateDiff as unknown as { errors: unknown }).errors),
  ).toBe(true);
}

function find(diff: PlanDiff, heading: string): SectionChange {
  const change = diff.changes.find((item) => item.new?.heading === heading || item.old?.heading === heading);
  if (!change) throw new Error(`no change for ${heading}`);
  return change;
}

describe('a constructed pair of consecutive-year plans', () => {
  const diff = diffFiles('diff/plan-2023.txt', 'diff/plan-2024.txt');

  it('follows the schema and lists every section of both plans', () => {
    checkDiffSchema(diff);
    // 2023: the lead-in, 4 top-level sections and 3 + 3 + 2 + 0 below them; 2024: 5 and 2 + 2 + 2 + 3 + 0.
    expect(diff.changes.filter((change) => change.old).length).toBe(1 + 4 + 8);
    expect(diff.changes.filter((change) => change.new).length).toBe(1 + 5 + 9);
  });

  it('keeps renumbered sections as unchanged, not moved', () => {
    expect(find(diff, '办好品牌活动')).toMatchObject({
      kinds: ['unchanged'],
      old: { marker: '二、' },
      new: { marker: '三、' },
    });
    expect(find(diff, '强化组织保障')).toMatchObject({
      kinds: ['unchanged'],
      old: { marker: '四、' },
      new: { marker: '五、' },
    });
  });

  it('finds the rename, the removal, the insertion and the modifications', () => {
    expect(find(diff, '推进社区科普站点建设')).toMatchObject({
      kinds: ['renamed'],
      old: { heading: '建设社区科普站点' },
    });
    expect(find(diff, '发展科普教育基地').kinds).toEqual(['removed']);
    expect(find(diff, '深化科普供给侧改革').kinds).toEqual(['added']);
    expect(find(diff, '丰富科普内容供给').kinds).toEqual(['added']);
    const museum = find(diff, '推进科技馆建设');
    expect(museum.kinds).toEqual(['modified']);
    expect(museum.text.filter((piece) => piece.op !== 'equal')).toEqual([
      { op: 'delete', value: '9' },
      { op: 'insert', value: '10' },
      { op: 'delete', value: '50' },
      { op: 'insert', value: '60' },
    ]);
  });

  it('reports moves within a parent and to another parent', () => {
    const swapped = [find(diff, '科技活动周'), find(diff, '全国科普日')];
    expect(swapped.filter((change) => change.kinds.includes('moved'))).toHaveLength(1);
    expect(find(diff, '全国科普日').kinds).toContain('modified');
    expect(find(diff, '实施“科学启蒙”计划')).toMatchObject({
      kinds: ['moved'],
      old: { id: '2.3' },
      new: { id: '4.3' },
    });
  });

  it('reports changed deadlines, targets and initiatives', () => {
    expect(diff.deadlines.changed).toEqual([
      expect.objectContaining({
        old: expect.objectContaining({ text: '9月底前', date: '2023-09-30' }),
        new: expect.objectContaining({ text: '10月底前', date: '2024-10-31' }),
        direction: 'extended',
      }),
    ]);
    expect(diff.targets.changed.map((target) => [target.subject, target.oldText, target.newText])).toEqual([
      ['全年接待观众', '50万人次', '60万人次'],
      ['组织活动不少于', '100场', '150场'],
    ]);
    expect(diff.targets.changed[1].newSentence).toBe('9月15日至25日集中开展主题活动，组织活动不少于150场。');
    expect(diff.targets.added).toEqual([]);
    // The added and removed deadlines and the changed ones say in which sentence they stand.
    expect(diff.deadlines.changed[0].new.sentence).toBe('10月底前完成市科技馆展陈更新，全年接待观众60万人次。');
    expect(diff.initiatives.added.map((item) => item.name)).toEqual(['科普临江']);
    expect(diff.initiatives.removed.map((item) => item.name)).toEqual(['临江科普云平台']);
    expect(diff.initiatives.kept.map((item) => item.key)).toEqual(
      expect.arrayContaining(['科学启蒙计划', '全国科普日', '科技活动周']),
    );
    expect(diff.summary).toMatchObject({
      added: 3,
      removed: 1,
      renamed: 1,
      moved: 2,
      deadlinesChanged: 1,
      targetsChanged: 2,
    });
  });

  it('limits the comparison to levels', () => {
    const top = diffFiles('diff/plan-2023.txt', 'diff/plan-2024.txt', { levels: 1 });
    expect(top.changes.every((change) => change.level === 1)).toBe(true);
    expect(find(top, '办好品牌活动').kinds).toContain('modified');
  });
});

describe('a plan against copies of itself', () => {
  const seedPath = 'seed/cast-2022-kepu-plan-forwarded.txt';
  const seed = read(seedPath);
  const compare = (copy: string, options = {}) =>
    diffPlans(parseCircular(seed, { name: 'a' }), parseCircular(copy, { name: 'b' }), options);

  it('finds nothing against itself', () => {
    const diff = compare(seed);
    expect(hasDifferences(diff)).toBe(false);
    expect(diff.changes.every((change) => change.kinds[0] === 'unchanged')).toBe(true);
    checkDiffSchema(diff);
  });

  it('finds nothing against a half-width copy with --ignore-punctuation-width', () => {
    const halfWidth = foldWidth(seed).replace(/。/g, '.').replace(/、/g, ',').replace(/[“”]/g, '"');
    expect(halfWidth).not.toBe(seed);
    expect(hasDifferences(compare(halfWidth, { ignorePunctuationWidth: true }))).toBe(false);
  });

  it('finds nothing against a traditional-character copy with --ignore-variants', async () => {
    const { Converter } = await import('opencc-js');
    const traditional = Converter({ from: 'cn', to: 't' })(seed);
    expect(traditional).not.toBe(seed);
    const diff = compare(traditional, { ignoreVariants: true });
    const changed = diff.changes.filter((change) => change.kinds[0] !== 'unchanged');
    expect(changed.map((change) => change.new?.heading)).toEqual([]);
    expect(compare(traditional).changes.some((change) => change.kinds.includes('modified'))).toBe(true);
  });

  it('compares a forwarded plan with the same plan standing alone as equal', () => {
    const bare = seed.split('\n').slice(8).join('\n');
    expect(bare.startsWith('中国科协2022年科普工作要点')).toBe(true);
    expect(hasDifferences(compare(bare))).toBe(false);
  });

  it('can leave the forwarding letter out', () => {
    const changedLetter = seed.replace('请各级机构结合文件精神', '请各分支机构结合文件精神');
    expect(compare(changedLetter).changes.find((change) => change.new?.id === 'letter')?.kinds).toEqual(['modified']);
    expect(hasDifferences(compare(changedLetter, { ignoreLetter: true }))).toBe(false);
  });
});

describe('real consecutive-year documents', () => {
  it('aligns the 2022 and 2023 shipping calls', () => {
    const diff = diffFiles(
      'corpus/shanghai/2022-shipping-services-call.md',
      'corpus/shanghai/2023-shipping-services-call.md',
    );
    checkDiffSchema(diff);
    expect(find(diff, '申报主体').kinds).toEqual(['unchanged']);
    expect(diff.changes.find((change) => change.old?.heading === '申报材料、方式和时间')).toMatchObject({
      kinds: ['renamed'],
      new: { heading: '方式和时间' },
    });
    expect(find(diff, '申报材料').kinds).toEqual(['removed']);
    // 申报时间 was （三） under 三、 and is （二): renumbered by the removal, not moved.
    expect(diff.changes.find((change) => change.new?.heading === '申报时间')).toMatchObject({
      kinds: ['modified'],
      old: { marker: '（三）' },
      new: { marker: '（二）' },
    });
    const closing = diff.deadlines.changed.find((change) => change.old.text.includes('申报截止'))!;
    expect(closing).toMatchObject({
      direction: 'brought-forward',
      old: { date: '2022-09-12' },
      new: { date: '2023-07-27' },
    });
  });

  it('compares a forwarded plan and its own annex (the task table) each in its place', () => {
    const path = 'corpus/shanghai/2024-2026-refined-management-plan.md';
    const text = read(path);
    const changed = text.replace('建设精品道路300条。', '建设精品道路350条。');
    expect(changed).not.toBe(text);
    const diff = diffPlans(parseCircular(text, { name: 'a.md' }), parseCircular(changed, { name: 'b.md' }));
    checkDiffSchema(diff);
    expect(diff.old.title).toBe('上海市交通领域精细化管理工作方案（2024-2026年）');
    const modified = diff.changes.filter((change) => change.kinds[0] !== 'unchanged');
    expect(modified).toHaveLength(1);
    // The item is one sentence, so its heading is what changed.
    expect(modified[0]).toMatchObject({
      kinds: ['renamed'],
      level: 4,
      new: { marker: '（1）', heading: '建设精品道路350条' },
    });
    expect(
      diff.changes.some(
        (change) =>
          change.new?.id.startsWith('附件') &&
          change.new.heading.startsWith('交通领域精细化管理工作三年行动计划任务清单'),
      ),
    ).toBe(true);
    expect(diff.targets.changed.map((target) => [target.oldText, target.newText])).toEqual([['300条', '350条']]);
  });

  it('aligns the 2023 and 2025 waterway inspections', () => {
    const diff = diffFiles(
      'corpus/shanghai/2023-waterway-inspection.md',
      'corpus/shanghai/2025-waterway-inspection.md',
    );
    checkDiffSchema(diff);
    expect(find(diff, '核查职责分工').kinds).not.toContain('removed');
    expect(diff.summary.added + diff.summary.removed).toBeGreaterThan(0);
  });
});
