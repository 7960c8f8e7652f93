/**
 * summarizePlan: the tasks and outline of the seed, a real Shanghai plan with a task table, and
 * the ten government work reports; that it takes what the library's passes give (not a reading of
 * its own), that its JSON passes its schema, and that a tree read back from JSON gives the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeadlines, extractInitiatives, parseCircular, type Document } from '../src/index.js';
import { summarizePlan } from '../src/summary/summarize-plan.js';
import type { OutlineSection, PlanSummary } from '../src/summary/plan-summary.js';
import { unitLoads } from '../src/summary/unit-loads.js';
import validateSummary from '../src/generated/validate-summary.js';
import { checkPassPositions } from './helpers/check-positions.js';

const root = join(import.meta.dirname, '..');
const read = (path: string) => {
  const text = readFileSync(join(root, path), 'utf8');
  return { text, tree: parseCircular(text, { name: path }) };
};
const seed = read('fixtures/seed/cast-2022-kepu-plan-forwarded.txt');
const shanghai = read('fixtures/corpus/shanghai/2024-2026-refined-management-plan.md');
const reports = Array.from({ length: 10 }, (_, index) => read(`fixtures/work-reports/${2010 + index}.txt`));

function leafSections(document: Document): number {
  let count = 0;
  const visit = (nodes: Document['children']) => {
    for (const node of nodes) {
      if (node.type === 'section') {
        const subsections = node.children.filter((child) => child.type === 'section');
        if (subsections.length === 0) count++;
        visit(subsections);
      } else if (node.type === 'attachment') visit(node.children);
    }
  };
  visit(document.children);
  return count;
}

function expectValid(summary: PlanSummary): void {
  const valid = validateSummary(JSON.parse(JSON.stringify(summary)));
  expect((validateSummary as unknown as { errors: unknown }).errors ?? null).toBeNull();
  expect(valid).toBe(true);
}

describe('summarizePlan', () => {
  it('gives every section without subsections of the seed as a task, in reading order', () => {
    const summary = summarizePlan(seed.tree);
    expect(summary.tasks).toHaveLength(leafSections(seed.tree));
    expect(summary.tasks.map((task) => task.id).slice(0, 3)).toEqual(['附件1:1.1', '附件1:1.2', '附件1:1.3']);
    expect(summary.tasks[0]).toMatchObject({
      sectionId: '1.1',
      attachment: 1,
      marker: '(一)',
      heading: '坚持旗帜鲜明讲政治,为党的二十大召开营造良好氛围',
      path: [{ marker: '一、', heading: expect.stringMatching(/^以政治引领/) }],
      line: 12,
    });
    expect(summary.planTitle).toBe('中国科协2022年科普工作要点');
    // None of the seed's time references is a limit (they are its own year, labels, cited titles).
    expect(summary.tasks.every((task) => task.limits.length === 0)).toBe(true);
    expect(summary.omittedTimeReferences).toBe(11);
    expectValid(summary);
  });

  it('takes its limits and initiatives from the passes, joined to tasks by position', () => {
    for (const { tree, text } of [seed, shanghai, ...reports.slice(7)]) {
      const summary = summarizePlan(tree);
      const deadlines = extractDeadlines(tree).deadlines;
      const fromText = summary.tasks.flatMap((task) => task.limits.filter((limit) => limit.from === 'text'));
      expect(fromText.length + summary.deadlinesOutsideTasks).toBe(deadlines.length);
      for (const task of summary.tasks) {
        for (const limit of task.limits.filter((one) => one.from === 'text')) {
          expect(limit.position.start.offset).toBeGreaterThanOrEqual(task.position.start.offset);
          expect(limit.position.end.offset).toBeLessThanOrEqual(task.position.end.offset);
        }
      }
      checkPassPositions(text, fromText);
      const mentions = extractInitiatives(tree).initiatives.reduce((sum, item) => sum + item.count, 0);
      expect(summary.initiatives.reduce((sum, item) => sum + item.places.length, 0)).toBe(mentions);
      expectValid(summary);
    }
  });

  it('reads the Shanghai plan: body tasks, and the task table rows with units and dated columns', () => {
    const summary = summarizePlan(shanghai.tree);
    expect(summary.tasks).toHaveLength(59);
    expect(summary.tables).toEqual([expect.objectContaining({ attachment: 2, line: 96, rows: 35 })]);
    const row = summary.tasks.find((task) => task.line === 160)!;
    expect(row.responsible).toEqual({
      lead: ['设施运行处', '设施养护处'],
      others: ['各相关部门和单位'],
      implementers: ['各行业主管部门', '各区'],
      from: 'table',
      text: expect.stringContaining('牵头部门：设施运行处、设施养护处'),
    });
    expect(row.limits.map((limit) => [limit.text, limit.start, limit.end, limit.from])).toEqual([
      ['重点任务（2024-2026）', '2024-01-01', '2026-12-31', 'column'],
      ['2024年工作项目', '2024-01-01', '2024-12-31', 'column'],
      ['2025年计划', '2025-01-01', '2025-12-31', 'column'],
      ['2026年计划', '2026-01-01', '2026-12-31', 'column'],
    ]);
    expect(row.limits[1].item).toBe('完成慢行交通专项提升项目110个。');
    expect([row.earliest, row.latest]).toEqual(['2024-01-01', '2026-12-31']);
    // The units are pivoted: 设施养护处 leads 14 tasks.
    const loads = unitLoads(summary);
    expect(loads.find((load) => load.unit === '设施养护处')?.lead).toHaveLength(14);
    expectValid(summary);
  });

  it('counts in the outline what falls under each section', () => {
    const summary = summarizePlan(shanghai.tree);
    const plan = summary.containers.find((container) => container.attachment === 1)!;
    const sum = (sections: OutlineSection[], field: 'deadlines' | 'initiatives') =>
      sections.reduce((total, section) => total + section[field], 0);
    expect(plan.leadIn.deadlines + sum(plan.sections, 'deadlines')).toBe(plan.deadlines);
    const transit = plan.sections[1].children.find((section) => section.marker === '（八）')!;
    expect(transit).toMatchObject({ deadlines: 2, taskId: '附件1:2.8' });
    // The body's own count leaves out what is in its attachments.
    expect(summary.containers[0].deadlines).toBe(0);
  });

  it('marks the numbering diagnostics on the headings they are about', () => {
    const tree = parseCircular(
      '2023年工作要点\n一、总体要求\n年底前完成。\n三、重点任务\n（一）推进建设\n9月底前完成。\n',
    );
    const summary = summarizePlan(tree);
    expect(summary.containers[0].sections.map((section) => [section.marker, section.diagnostics])).toEqual([
      ['一、', []],
      ['三、', ['numbering-gap']],
    ]);
    expect(summary.tasks.map((task) => [task.id, task.limits.map((limit) => limit.date)])).toEqual([
      ['1', ['2023-12-31']],
      ['3.1', ['2023-09-30']],
    ]);
  });

  it('reads the units of a note with the responsible-units pass, the innermost note first', () => {
    const { tree } = read('fixtures/deadlines/plan-2023.txt');
    const summary = summarizePlan(tree);
    expect(summary.tasks.find((task) => task.id === '1.1')?.responsible).toMatchObject({
      lead: ['市科协科普部'],
      from: 'note',
    });
  });

  it('summarises each of the ten work reports, and the same from a tree read back from JSON', () => {
    for (const { tree, text } of reports) {
      const summary = summarizePlan(tree);
      expect(summary.tasks.length).toBe(leafSections(tree));
      const again = summarizePlan(JSON.parse(JSON.stringify(tree)), { source: text });
      expect(again).toEqual(summary);
    }
  });
});
