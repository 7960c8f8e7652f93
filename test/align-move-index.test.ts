/**
 * The moves pass (`pairFromIndex` of src/diff/align-sections.ts, used by `matchMoves`) on small
 * built plans: a task that left its part for another, reworded, is looked up by its heaviest terms
 * among the old sections still open, and pairs with the closest; of two equally close, with the one
 * nearer its old place; a section is paired once. Found by mutation testing (docs/mutation.md,
 * issue 26). Every alignment is computed inside its test.
 */
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

/** A plan: 一、总体要求, then parts 二、三、… with their tasks (（一）…), each task a line. */
function plan(parts: Array<[string, string[]]>): string {
  return (
    '关于印发交通工作要点的通知\n\n一、总体要求\n坚持稳中求进，提升交通运输服务水平。\n' +
    parts
      .map(
        ([heading, tasks], i) =>
          `${'二三四五'[i]}、${heading}\n` + tasks.map((t, j) => `（${'一二三四五'[j]}）${t}\n`).join(''),
      )
      .join('')
  );
}

const port = '加快港口航道建设。推进洋山港区码头改造，提升集装箱吞吐能力。';
const air = '推进机场跑道改造。完善航站楼设施，提升旅客吞吐能力。';
const rail = '完善铁路货运网络。推进货运专线建设，发展多式联运，降低物流成本。';
const safety = '加强安全生产管理。开展隐患排查治理，落实企业主体责任。';
const emergency = '健全应急保障体系。完善应急预案，加强应急队伍和物资储备。';
/** The rail task, reworded, as the new plan moved it under 三、保障措施. */
const railMoved = '优化铁路货运网络。推进货运专线建设，发展多式联运。';
const metro = '推进城市轨道建设。加密轨道交通线网，提升站点换乘效率。';
const travel = '提升出行信息服务。完善出行信息平台，推广电子客票。';

const before = plan([
  ['主要任务', [port, air, rail]],
  ['保障措施', [safety, emergency]],
]);

/** The old plan `before` aligned with a new plan of these parts; `newPaired` says whether a new section has a pair. */
function alignWithBefore(parts: Array<[string, string[]]>) {
  const result = alignPlans(before, plan(parts));
  return { ...result, newPaired: (id: string) => result.alignment.backward.has(result.new(id)) };
}

describe('a task moved to another part', () => {
  it('pairs the task with its rewording in the other part, as moved', () => {
    const { pairs, reason } = alignWithBefore([
      ['主要任务', [port, air]],
      ['保障措施', [safety, emergency, railMoved]],
    ]);
    expect(pairs.get('2.3')).toBe('3.3');
    expect(reason('2.3')).toBe('moved-from-parent');
    expect(pairs.get('3.1')).toBe('3.1');
    expect(pairs.get('3.2')).toBe('3.2');
  });

  it('of two same rewordings in two parts, pairs the one at its old place, and only that one', () => {
    // The new plan has the rewording twice: as 三、（三） (the old task's place number) and as 四、（一）.
    const { pairs, newPaired } = alignWithBefore([
      ['主要任务', [port, air]],
      ['保障措施', [safety, emergency, railMoved]],
      ['其他事项', [railMoved]],
    ]);
    expect(pairs.get('2.3')).toBe('3.3');
    expect(newPaired('4.1')).toBe(false);
  });

  it('pairs the nearer copy when the farther one comes first in the new plan', () => {
    // 三、（一） (two places from the old （三）) is listed before 四、（三） (the same place).
    const { pairs, newPaired } = alignWithBefore([
      ['主要任务', [port, air]],
      ['保障措施', [railMoved, safety, emergency]],
      ['其他事项', [metro, travel, railMoved]],
    ]);
    expect(pairs.get('2.3')).toBe('4.3');
    expect(newPaired('3.1')).toBe(false);
    expect(pairs.get('3.1')).toBe('3.2');
  });

  it('finds the moved task when a removed task shares all the words they have in common', () => {
    // Headings only. 完善铁路货运网络 moved to 三、 as 优化铁路货运网络; 完善铁路货运网络安全监管 was removed.
    // Every word the two rail tasks share is the removed one's too: the moved one must still be
    // looked up by them, and it is the closer.
    const {
      pairs,
      old: oldNode,
      alignment,
    } = alignPlans(
      plan([
        ['主要任务', ['加快港口航道建设', '推进机场跑道改造', '完善铁路货运网络', '完善铁路货运网络安全监管']],
        ['保障措施', ['加强安全生产管理']],
      ]),
      plan([
        ['主要任务', ['加快港口航道建设', '推进机场跑道改造']],
        ['保障措施', ['加强安全生产管理', '优化铁路货运网络']],
      ]),
    );
    expect(pairs.get('2.3')).toBe('3.2');
    expect(alignment.forward.has(oldNode('2.4'))).toBe(false);
  });
});
