/**
 * The views on inputs nobody writes by hand: fuzzed circulars (with task-table words in the
 * alphabet) never make summarizePlan or a writer throw, and the summary stays valid with positions
 * that slice to their text; on every family of unusual inputs of the scaling harness, and on two
 * of the table reader's own (short header-like lines, a long flattened table), the views grow less
 * than ×24 from n to 8n (linear is 8, quadratic 64) — a growth check, not a wall-clock limit.
 */
import { describe, expect, it } from 'vitest';
import { leastCpuMs } from './helpers/cpu-time.js';
import fc from 'fast-check';
import { parseCircular } from '../src/index.js';
import { summarizePlan } from '../src/summary/summarize-plan.js';
import { OUTLINE_WRITERS } from '../src/output/outline.js';
import { formatTasks } from '../src/output/tasks.js';
import { buildReport } from '../src/report/build-report.js';
import validateSummary from '../src/generated/validate-summary.js';
import { checkPassPositions } from './helpers/check-positions.js';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { FAMILIES } from '../scripts/scaling-families.js';

const RUNS = process.env.CI ? 1000 : 200;

/** Every view of one text: the summary, the outline, the task table by task and by unit, the report. */
function allViews(text: string) {
  const summary = summarizePlan(parseCircular(text, { name: 'x.txt' }), { source: text });
  OUTLINE_WRITERS.text([summary], { width: 80 });
  formatTasks([summary], { format: 'csv' });
  formatTasks([summary], { format: 'table', by: 'unit' });
  buildReport([summary]);
  return summary;
}

const piece = fc.constantFrom(
  '一、',
  '（一）',
  '1、',
  '（1）',
  '1',
  '序号',
  '重点任务',
  '牵头',
  '单位',
  '牵头单位',
  '配合部门',
  '实施主体',
  '完成时限',
  '2024年工作项目',
  '分类',
  '市科协',
  '各区',
  '上海机场（集团）有限公司',
  '市交通委（科信处、宣传处）、市港航中心',
  '2024年9月底前',
  '长期坚持',
  '每季度',
  '建设站点20个；',
  '完成。',
  '注：以计划为准。',
  '“科学启蒙”计划',
  '《纲要》',
  '（牵头单位：市教育局；配合单位：市科协）',
  '附件',
  '附件1',
  ' ',
  '\t',
  '（',
  '）',
);
const line = fc
  .array(fc.oneof({ weight: 6, arbitrary: piece }, { weight: 1, arbitrary: fc.string({ maxLength: 3 }) }), {
    maxLength: 4,
  })
  .map((pieces) => pieces.join(''));
const circular = fc.array(line, { maxLength: 40 }).map((lines) => lines.join('\n'));

describe('the views on fuzzed circulars', () => {
  it(`never throw; the summary is valid and its positions slice to their text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(circular, (text) => {
        const summary = allViews(text);
        expect(validateSummary(JSON.parse(JSON.stringify(summary)))).toBe(true);
        checkPassPositions(
          text,
          summary.tasks.flatMap((task) => task.limits.filter((limit) => limit.from === 'text')),
          summary.tasks,
        );
      }),
      { numRuns: RUNS },
    );
  });
});

/** The table reader's own unusual inputs. */
const TABLE_FAMILIES = [
  {
    name: 'header-words',
    // Short lines that are all header words: every line could start a header.
    build: (n: number) =>
      Array.from({ length: n }, (_, index) => ['重点任务', '牵头单位', '配合单位'][index % 3]).join('\n'),
  },
  {
    name: 'flat-table',
    // One long flattened table: n rows under one header, units merged every other row.
    build: (n: number) =>
      '序号\n工作任务\n牵头单位\n配合单位\n完成时限\n' +
      Array.from(
        { length: n },
        (_, index) =>
          `${index + 1}\n推进第${index + 1}项工作\n${index % 2 ? '' : '市科协\n各区科协\n'}2024年${(index % 12) + 1}月底前`,
      ).join('\n'),
  },
];

describe('the views scale (growth from n to 8n)', () => {
  const families = [...(FAMILIES as Array<{ name: string; build: (n: number) => string }>), ...TABLE_FAMILIES];
  for (const family of families) {
    it(`${family.name}: the views grow less than ×24 from n to 8n`, () => {
      const unit = Buffer.byteLength(family.build(1000)) / 1000;
      const n = Math.max(1, Math.round((240 * 1024) / 8 / unit));
      const small = family.build(n);
      const large = family.build(8 * n);
      allViews(small); // warm up
      const timeSmall = leastCpuMs(() => allViews(small));
      const timeLarge = leastCpuMs(() => allViews(large));
      // Below 8 ms of CPU time a run is mostly the clock and garbage collection: 8 ms is the least n counts for
      // (a quadratic view still shows, its 8n run taking seconds).
      if (timeLarge < 25) return;
      expect(timeLarge / Math.max(timeSmall, 8), `${timeSmall.toFixed(1)} → ${timeLarge.toFixed(1)} ms`).toBeLessThan(
        24,
      );
    });
  }
});
