/**
 * A series of yearly plans: each task's lineage across the years. Consecutive plans are diffed,
 * and each pair of aligned sections carries a topic from one year to the next; a section that no
 * earlier plan had starts a topic. One row per topic, one cell per plan.
 */
import type { Document, PlanDiff, SectionRef } from '../types.js';
import { diffPlans, type DiffOptions } from './diff-plans.js';

/**
 * What a topic looks like in one plan.
 *
 * @example
 * series.topics[0].cells[1] // { year: 2023, section: { id: '2', heading: '重点任务', … }, change: 'renamed' }
 */
export interface SeriesCell {
  /**
   * new: first seen this year; changed: renamed, reworded or moved; same; dropped: gone this year
   * (the ref is last year's).
   */
  status: 'new' | 'changed' | 'same' | 'dropped';
  ref: SectionRef;
  /** The pairing score with the previous year's section, when there is one. */
  score: number | null;
}

/**
 * One topic followed across the plans of a series: its section in each year.
 *
 * @example
 * series.topics.map((topic) => topic.cells.length) // one cell per plan
 */
export interface SeriesTopic {
  /** The heading as last written. */
  heading: string;
  level: number;
  /** One cell per plan, null before the topic appears and after it was dropped. */
  cells: Array<SeriesCell | null>;
}

/**
 * Several years of a plan compared in turn: each topic with its section in every year, and each year's diff.
 *
 * @example
 * const series: PlanSeries = diffSeries([plan2022, plan2023, plan2024])
 */
export interface PlanSeries {
  plans: Array<PlanDiff['old']>;
  topics: SeriesTopic[];
  /** The diff of each consecutive pair of plans. */
  diffs: PlanDiff[];
}

/**
 * Follows every section of plans given in year order (or the order given, when years are missing).
 *
 * @example
 * diffSeries([t2016, t2017, t2018].map((text) => parseCircular(text))).topics[0].cells // one cell per plan
 */
export function diffSeries(documents: Document[], options: DiffOptions = {}): PlanSeries {
  const diffs: PlanDiff[] = [];
  const references = options.references ?? [];
  for (let i = 0; i + 1 < documents.length; i++)
    diffs.push(diffPlans(documents[i], documents[i + 1], { ...options, references: references.slice(i, i + 2) }));
  const topics: SeriesTopic[] = [];
  // The topic of each section of the current plan, by its id within its role.
  let current = new Map<string, SeriesTopic>();
  const key = (ref: SectionRef) => `${ref.role}:${ref.id}`;
  const start = (ref: SectionRef, level: number, year: number, status: SeriesCell['status']) => {
    const topic: SeriesTopic = { heading: ref.heading, level, cells: documents.map(() => null) };
    topic.cells[year] = { status, ref, score: null };
    topics.push(topic);
    return topic;
  };
  diffs.forEach((diff, index) => {
    const year = index + 1;
    const next = new Map<string, SeriesTopic>();
    for (const change of diff.changes) {
      if (change.new?.role === 'letter' || change.old?.role === 'letter') continue;
      if (change.old && index === 0 && !current.has(key(change.old))) {
        current.set(key(change.old), start(change.old, change.level, 0, 'same'));
      }
      if (change.old && change.new) {
        const topic = current.get(key(change.old)) ?? start(change.old, change.level, index, 'same');
        const status: SeriesCell['status'] = change.kinds[0] === 'unchanged' ? 'same' : 'changed';
        topic.cells[year] = { status, ref: change.new, score: change.similarity };
        topic.heading = change.new.heading;
        next.set(key(change.new), topic);
      } else if (change.new) {
        next.set(key(change.new), start(change.new, change.level, year, 'new'));
      } else if (change.old) {
        const topic = current.get(key(change.old)) ?? start(change.old, change.level, index, 'same');
        topic.cells[year] = { status: 'dropped', ref: change.old, score: null };
      }
    }
    current = next;
  });
  if (diffs.length === 0) return { plans: [], topics, diffs };
  return { plans: [diffs[0].old, ...diffs.map((diff) => diff.new)], topics, diffs };
}
