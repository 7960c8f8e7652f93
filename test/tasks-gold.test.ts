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
    // Units in prose (区更新办负责…, 由申请人向…) are the responsible-units pass's to read: its
    // figures here (lead 0.00/0.00) are printed above, not held.
  });
});
