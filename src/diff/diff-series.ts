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
   * first: in the first plan (nothing before it to compare with); new: first seen this year;
   * changed: renamed, reworded or moved since the plan before; same; gap: missing this year and
   * back the next (the ref is last year's); dropped: gone this year for good (the ref is last year's).
   */
  status: 'first' | 'new' | 'changed' | 'same' | 'gap' | 'dropped';
  ref: SectionRef;
  /** The pairing score with the section it follows (the year before; two years before, after a gap). */
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
 * A topic missing for one plan and back the next pairs only at this score or more (a pair of
 * consecutive plans needs 0.3): two years apart, more of a plan has changed around it.
 */
const GAP_THRESHOLD = 0.5;

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
  const topics = followTopics(documents.length, diffs);
  // A topic missing for one plan and back the next: match plan N to plan N+2.
  for (let year = 0; year + 2 < documents.length; year++)
    bridgeGap(topics, year, () =>
      diffPlans(documents[year], documents[year + 2], {
        ...options,
        references: [references[year], references[year + 2]],
      }),
    );
  if (diffs.length === 0) return { plans: [], topics, diffs };
  return { plans: [diffs[0].old, ...diffs.map((diff) => diff.new)], topics, diffs };
}

/** Each section's topic across consecutive plans: a pair of aligned sections carries it on. */
function followTopics(plans: number, diffs: PlanDiff[]): SeriesTopic[] {
  const topics: SeriesTopic[] = [];
  // The topic of each section of the current plan, by its id within its role.
  let current = new Map<string, SeriesTopic>();
  const key = (ref: SectionRef) => `${ref.role}:${ref.id}`;
  const start = (ref: SectionRef, level: number, year: number, status: SeriesCell['status']) => {
    const topic: SeriesTopic = { heading: ref.heading, level, cells: Array.from({ length: plans }, () => null) };
    topic.cells[year] = { status, ref, score: null };
    topics.push(topic);
    return topic;
  };
  diffs.forEach((diff, index) => {
    const year = index + 1;
    const next = new Map<string, SeriesTopic>();
    // A section of this plan that no diff has met yet starts a topic here (every one, in the first).
    const topicOf = (ref: SectionRef, level: number) =>
      current.get(key(ref)) ?? start(ref, level, index, index === 0 ? 'first' : 'new');
    for (const change of diff.changes) {
      if (change.new?.role === 'letter' || change.old?.role === 'letter') continue;
      if (change.old && change.new) {
        const topic = topicOf(change.old, change.level);
        const status: SeriesCell['status'] = change.kinds[0] === 'unchanged' ? 'same' : 'changed';
        topic.cells[year] = { status, ref: change.new, score: change.similarity };
        topic.heading = change.new.heading;
        next.set(key(change.new), topic);
      } else if (change.new) {
        next.set(key(change.new), start(change.new, change.level, year, 'new'));
      } else if (change.old) {
        topicOf(change.old, change.level).cells[year] = { status: 'dropped', ref: change.old, score: null };
      }
    }
    current = next;
  });
  return topics;
}

/**
 * Joins the topics dropped in plan year + 1 to the topics new in year + 2 that the diff of plans
 * year and year + 2 pairs with them (at GAP_THRESHOLD or more, not by place alone): the topic
 * goes on, with a gap in year + 1. The diff is made only when both kinds of topic exist.
 */
function bridgeGap(topics: SeriesTopic[], year: number, diff: () => PlanDiff): void {
  const key = (ref: SectionRef) => `${ref.role}:${ref.id}`;
  const dropped = new Map<string, SeriesTopic>();
  const fresh = new Map<string, SeriesTopic>();
  for (const topic of topics) {
    if (topic.cells[year + 1]?.status === 'dropped' && topic.cells[year])
      dropped.set(key(topic.cells[year]!.ref), topic);
    if (topic.cells[year + 2]?.status === 'new') fresh.set(key(topic.cells[year + 2]!.ref), topic);
  }
  if (dropped.size === 0 || fresh.size === 0) return;
  for (const change of diff().changes) {
    if (!change.old || !change.new || !change.match) continue;
    if (change.match.score < GAP_THRESHOLD || change.match.matchedBy === 'position') continue;
    const before = dropped.get(key(change.old));
    const after = fresh.get(key(change.new));
    if (!before || !after) continue;
    before.cells[year + 1] = { status: 'gap', ref: before.cells[year]!.ref, score: null };
    const status: SeriesCell['status'] = change.kinds[0] === 'unchanged' ? 'same' : 'changed';
    before.cells[year + 2] = { status, ref: change.new, score: change.similarity };
    for (let later = year + 3; later < after.cells.length; later++) before.cells[later] = after.cells[later];
    before.heading = after.heading;
    topics.splice(topics.indexOf(after), 1);
    dropped.delete(key(change.old));
    fresh.delete(key(change.new));
  }
}
