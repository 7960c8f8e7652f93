/**
 * `kepu tasks` against task breakdowns a reader made by hand (fixtures/tasks/README.md): precision
 * and recall per field, held at a floor. The figures are printed; `node scripts/score-tasks.js
 * --misses` lists every difference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { summarizePlan } from '../src/summary/summarize-plan.js';
// @ts-expect-error: a plain JavaScript script, shared with the command line
import { goldFiles, scoreTasks } from '../scripts/score-tasks.js';

const root = join(import.meta.dirname, '..');

type Figures = { precision: number; recall: number };
type Score = Record<'tasks' | 'lead' | 'others' | 'implementers' | 'limits', Figures> & { misses: string[] };

function score(name: string): Score {
  const file = (goldFiles(root) as Array<{ name: string; gold: { source: string }; document: string }>).find(
    (entry) => entry.name === name,
  )!;
  const summary = summarizePlan(parseCircular(readFileSync(file.document), { name: file.gold.source }));
  const result = scoreTasks(file.gold, summary) as Score;
  const line = (field: keyof Score) => {
    const { precision, recall } = result[field] as Figures;
    return `${field} ${precision.toFixed(2)}/${recall.toFixed(2)}`;
  };
  console.log(
    `${name}: precision/recall ${(['tasks', 'lead', 'others', 'implementers', 'limits'] as const).map(line).join(', ')}`,
  );
  return result;
}

describe('kepu tasks against hand-made task breakdowns', () => {
  it('reads the Shanghai transport plan: 24 body tasks and 35 rows of its flattened task table', () => {
    const result = score('shanghai-2024-2026-refined-management-plan.json');
    expect(result.tasks).toMatchObject({ precision: 1, recall: 1 });
    // Every unit of the table: joint leads, merged cells carried down, a lone 实施主体.
    expect(result.lead).toMatchObject({ precision: 1, recall: 1 });
    expect(result.others).toMatchObject({ precision: 1, recall: 1 });
    expect(result.implementers).toMatchObject({ precision: 1, recall: 1 });
    // The column periods and the deadlines the deadline pass reads; it does not read 三年累计 or
    // 15天完成1次 (10 of 154).
    expect(result.limits.precision).toBe(1);
    expect(result.limits.recall).toBeGreaterThanOrEqual(0.93);
  });
  it('finds every task of the Jiading opinion, whose units are written in prose', () => {
    const result = score('shanghai-jiading-urban-renewal-opinion.json');
    expect(result.tasks).toMatchObject({ precision: 1, recall: 1 });
    expect(result.limits.precision).toBe(1);
    // Units in prose (区规划资源局负责…, 由街镇负责…, 各行业主管部门和属地街镇应…): 11 of 14 leads and 11 of 22
    // others, none wrong. Not read: subjects that are no unit (统筹主体, 申请人), a unit the sentence only
    // addresses (由申请人向区规划资源局咨询), lists of sectors (区发展改革、财政、税务、国资等有关部门).
    expect(result.lead.precision).toBe(1);
    expect(result.lead.recall).toBeGreaterThanOrEqual(0.78);
    expect(result.others.precision).toBe(1);
    expect(result.others.recall).toBeGreaterThanOrEqual(0.5);
  });
  it('never takes an alias or a fragment of a sentence for a unit', () => {
    const file = (goldFiles(root) as Array<{ name: string; gold: { source: string }; document: string }>).find(
      (entry) => entry.name === 'shanghai-jiading-urban-renewal-opinion.json',
    )!;
    const summary = summarizePlan(parseCircular(readFileSync(file.document), { name: file.gold.source }));
    const units = summary.tasks.flatMap((task) => [
      ...(task.responsible?.lead ?? []),
      ...(task.responsible?.others ?? []),
    ]);
    expect(units.length).toBeGreaterThan(0);
    // 以下简称区更新办 is an alias; 提供编制更新方案所(需), 协调督促各职能部门 are pieces of sentences.
    expect(units.filter((unit) => /简称|^(?:提供|协调|编制|组织)/.test(unit))).toEqual([]);
    expect(summary.tasks.filter((task) => task.responsible?.from === 'text').length).toBeGreaterThan(5);
  });
});
