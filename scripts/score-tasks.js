// Scores `kepu tasks` (summarizePlan's tasks) against the task breakdowns a reader made by hand
// (fixtures/tasks/*.json, see the README there): per field, precision and recall.
//
//   task found   a gold task and a kepu task on the same line (its heading's); precision over
//                kepu's tasks, recall over the gold's (tasks the gold marks outsideDefinition aside)
//   lead         over the tasks found: the lead units as one string (joint leads joined by 、);
//                a lead kepu gives that differs from the gold's is a false positive and a miss
//   others       over the tasks found: each partner unit (配合) as an item of a set
//   implementers the same for 实施主体 (reported, not held at a floor: only the table has them)
//   limits       over the tasks found: a gold limit and a kepu limit on the same line, both
//                recurring or with the same last day (and the same first day when the gold gives
//                one), matched one to one
//
// Usage: node scripts/score-tasks.js [--misses]   (after npm run build; prints the figures)
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Full-width brackets and no spaces: 市交通委(运行处) and 市交通委（运行处） are one unit. */
function normalUnit(unit) {
  return unit.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

function ratio(part, whole) {
  return whole === 0 ? 1 : part / whole;
}

/** Precision and recall from counts. */
function figures({ tp, fp, fn }) {
  return { tp, fp, fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) };
}

function limitMatches(gold, kepu) {
  if (gold.line !== kepu.line) return false;
  if (gold.recurrence) return kepu.kind === 'recurring';
  if (kepu.kind === 'recurring') return false;
  const end = kepu.date ?? kepu.end;
  return end === gold.end && (gold.start === null || kepu.start === gold.start);
}

/**
 * Scores a summary's tasks against a gold file; the misses are listed for reading.
 *
 * @param {{ tasks: Array<Record<string, any>> }} gold
 * @param {{ tasks: Array<Record<string, any>> }} summary
 */
export function scoreTasks(gold, summary) {
  const counts = {
    tasks: { tp: 0, fp: 0, fn: 0 },
    lead: { tp: 0, fp: 0, fn: 0 },
    others: { tp: 0, fp: 0, fn: 0 },
    implementers: { tp: 0, fp: 0, fn: 0 },
    limits: { tp: 0, fp: 0, fn: 0 },
  };
  const misses = [];
  const inDefinition = gold.tasks.filter((task) => !task.outsideDefinition);
  const outside = new Set(gold.tasks.filter((task) => task.outsideDefinition).map((task) => task.line));
  const byLine = new Map(summary.tasks.map((task) => [task.line, task]));
  const matched = new Set();
  for (const goldTask of inDefinition) {
    const task = byLine.get(goldTask.line);
    if (!task) {
      counts.tasks.fn++;
      misses.push(`task ${goldTask.id} (line ${goldTask.line}) not found`);
      continue;
    }
    counts.tasks.tp++;
    matched.add(task);
    // lead
    const lead = task.responsible?.lead.length ? task.responsible.lead.map(normalUnit).join('、') : null;
    const goldLead = goldTask.lead === null ? null : normalUnit(goldTask.lead);
    if (lead !== null && lead === goldLead) counts.lead.tp++;
    else {
      if (lead !== null) counts.lead.fp++;
      if (goldLead !== null) counts.lead.fn++;
      if (lead !== goldLead) misses.push(`lead of ${goldTask.id}: kepu ${lead ?? '—'}, gold ${goldLead ?? '—'}`);
    }
    // others and implementers, as sets
    for (const field of ['others', 'implementers']) {
      const have = new Set((task.responsible?.[field] ?? []).map(normalUnit));
      const want = new Set((goldTask[field] ?? []).map(normalUnit));
      for (const unit of have) {
        if (want.has(unit)) counts[field].tp++;
        else {
          counts[field].fp++;
          misses.push(`${field} of ${goldTask.id}: kepu has ${unit}`);
        }
      }
      for (const unit of want) {
        if (!have.has(unit)) {
          counts[field].fn++;
          misses.push(`${field} of ${goldTask.id}: gold has ${unit}`);
        }
      }
    }
    // limits, one to one
    const left = [...task.limits];
    for (const limit of goldTask.limits) {
      const index = left.findIndex((candidate) => limitMatches(limit, candidate));
      if (index === -1) {
        counts.limits.fn++;
        misses.push(`limit of ${goldTask.id}: gold ${limit.text} (line ${limit.line}) missed`);
      } else {
        counts.limits.tp++;
        left.splice(index, 1);
      }
    }
    for (const limit of left) {
      counts.limits.fp++;
      misses.push(`limit of ${goldTask.id}: kepu ${limit.text} (line ${limit.line}) not in the gold`);
    }
  }
  for (const task of summary.tasks) {
    if (matched.has(task) || outside.has(task.line)) continue;
    counts.tasks.fp++;
    misses.push(`task ${task.id} (line ${task.line}) ${task.marker}${task.heading} not in the gold`);
  }
  return {
    tasks: figures(counts.tasks),
    lead: figures(counts.lead),
    others: figures(counts.others),
    implementers: figures(counts.implementers),
    limits: figures(counts.limits),
    outsideDefinition: outside.size,
    misses,
  };
}

/** The gold files of fixtures/tasks/, each with its document. */
export function goldFiles(root) {
  const folder = join(root, 'fixtures', 'tasks');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(join(folder, name), 'utf8'));
      return { name, gold, document: join(root, gold.source) };
    });
}

const self = fileURLToPath(import.meta.url);
if (process.argv[1] === self) {
  const root = join(dirname(self), '..');
  const { parseCircular, summarizePlan } = await import('../dist/src/index.js');
  const format = (value) => value.toFixed(2);
  for (const { name, gold, document } of goldFiles(root)) {
    const summary = summarizePlan(parseCircular(readFileSync(document), { name: gold.source }));
    const score = scoreTasks(gold, summary);
    console.log(`${name} (${gold.tasks.length} gold tasks, ${summary.tasks.length} kepu tasks)`);
    for (const field of ['tasks', 'lead', 'others', 'implementers', 'limits']) {
      const { precision, recall, tp, fp, fn } = score[field];
      console.log(
        `  ${field.padEnd(13)} precision ${format(precision)}  recall ${format(recall)}  (tp ${tp}, fp ${fp}, fn ${fn})`,
      );
    }
    if (process.argv.includes('--misses')) for (const miss of score.misses) console.log(`    ${miss}`);
  }
}
