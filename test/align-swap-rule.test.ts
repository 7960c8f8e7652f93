/**
 * The swap rule of the sibling pass (`runnersUp` in src/diff/align-sections.ts), on small built
 * plans whose tasks are headings only: no body, so no later pass (by body, by opening) pairs what
 * the sibling pass leaves open, and what a reader sees is the sibling pass's own answer. Two tasks
 * that changed places and were reworded are each other's runner-up through the place prior; judged
 * as a swap against the two pairs (on their words alone) both pairs are sure. Found by mutation
 * testing (docs/mutation.md, issue 26). Every alignment is computed inside its test.
 */
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

const NUMBERS = '一二三四五六七八九十';

/** A plan of two parts: the general requirement, and the tasks under 二、主要任务 (headings only). */
function plan(tasks: string[]): string {
  return (
    '关于印发交通工作要点的通知\n\n一、总体要求\n坚持稳中求进，提升交通运输服务水平。\n二、主要任务\n' +
    tasks.map((task, index) => `（${NUMBERS[index]}）${task}\n`).join('')
  );
}

/** The task pairs, old id → new id, of the part 二、 (every other section is identical). */
function taskPairs(oldTasks: string[], newTasks: string[]): Map<string, string> {
  const { pairs } = alignPlans(plan(oldTasks), plan(newTasks));
  return new Map([...pairs].filter(([id]) => id.startsWith('2.')));
}

describe('two tasks that changed places, each reworded', () => {
  const tasks = [
    '推动智慧交通城市管理',
    '推动道路交通铁路服务',
    '推进机场跑道城市水平',
    '加快航空物流道路改造',
    '完善停车设施航空管理',
    '加强停车设施机场服务',
  ];

  it('pairs each with its own, though both new headings share 道路交通 with the first', () => {
    // （三）机场跑道城市水平 went up to （二）, reworded as 道路交通跑道城市水平; （二）道路交通铁路服务 went
    // down to （三）, reworded as 道路交通城市轨道管理. By place each old task is nearer the other's new
    // text; by words each is closer to its own (跑道城市水平; 道路交通 with 轨道 for 铁路).
    const changed = [...tasks];
    changed[1] = '加快道路交通跑道城市水平';
    changed[2] = '加强道路交通城市轨道管理';
    const pairs = taskPairs(tasks, changed);
    expect(pairs.get('2.2')).toBe('2.3');
    expect(pairs.get('2.3')).toBe('2.2');
    for (const id of ['2.1', '2.4', '2.5', '2.6']) expect(pairs.get(id)).toBe(id);
    expect(pairs.size).toBe(6);
  });
});
