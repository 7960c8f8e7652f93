/**
 * The leftover pass (`pairLeftovers` of src/diff/align-sections.ts) on small built plans whose
 * tasks are made of the phrases of a transport plan: a task whose heading was rewritten to share
 * no word with the old one pairs by its body when the two openings agree, and agree with no rival
 * as much. Found by mutation testing (docs/mutation.md, issue 26): the first passes leave the
 * task open, and no later pass pairs it rightly. Every alignment is computed inside its test.
 */
import { describe, expect, it } from 'vitest';
import { alignPlans } from './helpers/sections.js';

/** A plan of two parts: the general requirement, and the tasks under 二、主要任务. */
function plan(tasks: string[]): string {
  return (
    '关于印发交通工作要点的通知\n\n一、总体要求\n坚持稳中求进，提升交通运输服务水平。\n二、主要任务\n' +
    tasks.map((task, index) => `（${'一二三四五六七八九十'[index]}）${task}\n`).join('')
  );
}

describe('a task whose heading was rewritten', () => {
  it('pairs by the body it opens with, not with an added task whose heading shares a word', () => {
    const road = '推动公路养护水平。优化公路养护设施，提升出行服务管理。推进公路养护水平，优化客运枢纽服务。';
    const hub = '推动客运枢纽水平。推动客运枢纽质量，推动交通执法质量。完善客运枢纽水平，推进港口航道改造。';
    const traffic = '推动道路交通建设。提升道路交通网络，优化道路交通质量。加快道路交通改造，提升信息服务改造。';
    const oldTasks = [
      road,
      hub,
      '加强车辆管理管理。提升车辆管理设施，完善港口航道能力。推动车辆管理体系，推进停车设施服务。',
      '提升智慧交通管理。加强智慧交通网络，推动客运枢纽水平。推动智慧交通质量，加强铁路货运改造。',
      traffic,
    ];
    // The vehicle task （三） became （四）完善机场跑道质量, whose body opens with the old heading's
    // words (完善车辆管理管理) and keeps its first sentence; （一）加强港口航道管理 is added, and the
    // smart-traffic task removed.
    const newTasks = [
      '加强港口航道管理。优化港口航道水平，加快水运服务改造。',
      road,
      hub,
      '完善机场跑道质量。完善车辆管理管理，推进道路交通能力。提升车辆管理设施，完善港口航道能力。',
      '优化道路跑道网络。提升道路交通网络，优化道路交通质量。加快道路交通改造，提升信息服务改造。优化道路交通建设，加强停车设施能力。',
    ];
    const { pairs, alignment, old: oldNode, new: newNode } = alignPlans(plan(oldTasks), plan(newTasks));
    expect(pairs.get('2.3')).toBe('2.4');
    expect(pairs.get('2.1')).toBe('2.2');
    expect(pairs.get('2.2')).toBe('2.3');
    expect(pairs.get('2.5')).toBe('2.5');
    expect(alignment.forward.has(oldNode('2.4'))).toBe(false);
    expect(alignment.backward.has(newNode('2.1'))).toBe(false);
  });
});
