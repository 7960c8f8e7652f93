/**
 * Numeric targets compared within each pair of matched sections: a number pairs with a number of
 * the other plan only when both count the same thing — the same unit (万人, 亿元, %, 公里) and the
 * same words before it (新增就业1200万人 with 城镇新增就业1100万人, never with 粮食产量1.3万亿斤).
 * Pairs whose values differ are changes, each with its sentence on both sides; numbers left
 * without a counterpart are listed as added or removed, not forced into pairs.
 */
import type { SectionRef, TargetChange, TargetRef } from '../types.js';
import { type Alignment } from './align-sections.js';
import type { PlanNode } from './plan-view.js';
import { sameTextForDiff, textForDiff } from './diff-sections.js';
import { foldWidth } from '../normalize.js';
import { textSimilarity } from './read-pieces.js';

/** Measure words and units, longest first where one starts another (个百分点 before 个). */
const MEASURES = [
  '个百分点',
  '百分点',
  '人次',
  '场次',
  '标准箱',
  '千瓦时',
  '千瓦',
  '平方公里',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '公顷',
  '公斤',
  '千克',
  '美元',
  '小时',
  '学时',
  '个月',
  '%',
  '‰',
  '倍',
  '元',
  '人',
  '户',
  '家',
  '所',
  '项',
  '件',
  '名',
  '部',
  '台',
  '套',
  '辆',
  '艘',
  '架',
  '座',
  '处',
  '条',
  '种',
  '次',
  '场',
  '批',
  '期',
  '份',
  '册',
  '篇',
  '吨',
  '斤',
  '亩',
  '米',
  '个',
  '天',
  '岁',
  '张',
  '棵',
  '株',
  '头',
  '只',
  '栋',
  '片',
  '支',
  '队',
  '村',
  '县',
  '校',
  '床',
  '站',
  '点',
];

// 1100万人, 1.3万亿斤, 6.5%, 300亿元, 20项: a number, its magnitude (万, 亿, 万亿), its measure word.
const TARGET = new RegExp(
  `([0-9]+(?:\\.[0-9]+)?)\\s*(万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千|百)?(${MEASURES.map((measure) => measure.replace(/[%‰]/g, '\\$&')).join('|')})?`,
  'g',
);
/** What may not follow a target: a date or time (2023年, 9月, 15日), a version or a name (5G, 4K). */
const NOT_TARGET_AFTER = /^(?:[月日号时分秒季周]|年(?:[底末初中内前后度以起]|[0-9一二三四五六七八九十]|$)|[A-Za-z])/;
/** Where the words a number counts start: the last punctuation before it. */
const CLAUSE_START = /[，,、；;。：:！!？?\n（(“”"]/;
/** The most characters of a subject that are kept, and compared (its last ones: nearest the number). */
const SUBJECT_LENGTH = 16;
const CORE_LENGTH = 8;
/**
 * Words that say how a number moved, not what it counts (增长6.5%, 比上年增加81亿元, 提高到200元):
 * left out when subjects are compared, and a subject of nothing else takes the clause before it
 * (财政收入6.85万亿元，增长11.7% → 财政收入增长).
 */
const HOW_IT_MOVED =
  /比上年|比去年|比五年前|年均|累计|分别|实际|同比|涨幅|增幅|增速|增长|增加|提高|上升|上涨|下降|减少|降低|达到|超过|突破|不少于|不低于|低于|高于|控制在|保持在|稳定在|拟按|预算|左右|以上|以内|约|近|共|为|到|至|由|从|和|及|占|再|了|的/g;
/** What a subject says of what a number counts: the subject without the words of movement. */
const coreOf = (subject: string) => subject.replace(HOW_IT_MOVED, '').slice(-CORE_LENGTH);

/** A number of one plan with what it counts. */
interface Found {
  value: number;
  unit: string;
  /** The words before it in its clause, other numbers left out: 城镇新增就业, 国内生产总值从增加到. */
  subject: string;
  text: string;
  sentence: string;
  /** Where it starts and ends in the text. */
  index: number;
  end: number;
}

/** The sentence around a span of a text (up to the marks that end sentences, or a line break). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !/[。；;！!？?\n]/.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && !/[。；;！!？?\n]/.test(text[to])) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).trim();
}

/** The numbers of a text with their units and subjects; full-width digits (１００) read as half-width. */
export function findTargets(written: string): Found[] {
  const text = foldWidth(written);
  const found: Found[] = [];
  for (const match of text.matchAll(TARGET)) {
    const index = match.index!;
    const end = index + match[0].length;
    const unit = (match[2] ?? '') + (match[3] ?? '');
    if (!unit || NOT_TARGET_AFTER.test(text.slice(end, end + 2)) || /年$/.test(unit)) continue;
    // 第2批, v1.2: an ordinal or a version, not an amount.
    if (/[第vV.]$/.test(text.slice(Math.max(0, index - 1), index))) continue;
    // The words before the number, back to the clause's start (to the one before, when this
    // one says only how it moved), without the numbers in between.
    const clauseBefore = (to: number) => {
      let from = to;
      while (from > 0 && !CLAUSE_START.test(text[from - 1])) from--;
      let words = text.slice(from, to);
      for (const earlier of found) {
        if (earlier.index >= from && earlier.end <= to)
          words = words.replace(text.slice(earlier.index, earlier.end), '');
      }
      return { from, words };
    };
    let { from, words: subject } = clauseBefore(index);
    if (coreOf(subject).length < 2 && from > 1 && /[，,、]/.test(text[from - 1])) {
      subject = clauseBefore(from - 1).words + subject;
      from = 0;
    }
    found.push({
      value: Number(match[1]),
      unit,
      subject: subject.slice(-SUBJECT_LENGTH),
      text: written.slice(index, end),
      sentence: sentenceAround(written, index, end),
      index,
      end,
    });
  }
  return found;
}

/** Two numbers count the same thing when their subjects share at least this much. */
const SAME_SUBJECT = 0.5;

/**
 * What a number says of its quantity: where it started (从26.6万亿元增加到…), by how much it moved
 * (比上年增加1500亿元, 增长6.5%), or where it stands (达到, 增加到, or no verb): a number pairs only
 * with one that says the same.
 */
function stance(subject: string): 'start' | 'change' | 'level' {
  if (/[从由]$/.test(subject)) return 'start';
  return /(?:增加|减少|增长|下降|提高|降低|上涨|上升|回落|扩大|缩小)$/.test(subject) ? 'change' : 'level';
}

/** How well two numbers pair: 0 when they cannot (another unit, unlike subjects), more for alike. */
function pairScore(a: Found, b: Found): number {
  if (a.unit !== b.unit || stance(a.subject) !== stance(b.subject)) return 0;
  const [coreA, coreB] = [coreOf(a.subject), coreOf(b.subject)];
  const similarity = textSimilarity(coreA, coreB);
  // The noun that heads a Chinese phrase comes last: 国内生产总值 is not 单位国内生产总值能耗.
  if (similarity < SAME_SUBJECT || textSimilarity(coreA.slice(-4), coreB.slice(-4)) < SAME_SUBJECT) return 0;
  // The same value (a number kept) first; between two numbers of one subject (由52.2%提高到57.5%),
  // the one worded alike (提高到58.5%).
  return similarity + (a.value === b.value ? 1 : 0) + 0.01 * textSimilarity(a.subject, b.subject);
}

/**
 * Pairs the numbers of two texts, in order (the pairing of greatest total score that keeps the
 * order of both: 增长8.4%和11.4% against 增长8.8%、9.9% pairs first with first).
 */
function pairTargets(before: Found[], after: Found[]): Array<[Found, Found]> {
  const rows = before.length;
  const columns = after.length;
  const scores = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) scores[i * columns + j] = pairScore(before[i], after[j]);
  const best = new Float64Array((rows + 1) * (columns + 1));
  const at = (i: number, j: number) => i * (columns + 1) + j;
  for (let i = 1; i <= rows; i++) {
    for (let j = 1; j <= columns; j++) {
      const score = scores[(i - 1) * columns + (j - 1)];
      best[at(i, j)] = Math.max(best[at(i - 1, j)], best[at(i, j - 1)], score > 0 ? best[at(i - 1, j - 1)] + score : 0);
    }
  }
  const pairs: Array<[Found, Found]> = [];
  for (let i = rows, j = columns; i > 0 && j > 0;) {
    const score = scores[(i - 1) * columns + (j - 1)];
    if (score > 0 && best[at(i, j)] === best[at(i - 1, j - 1)] + score) pairs.push([before[--i], after[--j]]);
    else if (best[at(i, j)] === best[at(i - 1, j)]) i--;
    else j--;
  }
  return pairs.reverse();
}

const reference = (target: Found, section: SectionRef): TargetRef => ({
  text: target.text,
  value: target.value,
  unit: target.unit,
  subject: target.subject,
  sentence: target.sentence,
  section,
});

/**
 * Numeric targets of matched sections: changed (paired by unit and subject, values differ), and
 * added or removed (no counterpart, and no number of the same value and unit left on the other side).
 */
export function diffTargets(alignment: Alignment): {
  changed: TargetChange[];
  added: TargetRef[];
  removed: TargetRef[];
} {
  const result: { changed: TargetChange[]; added: TargetRef[]; removed: TargetRef[] } = {
    changed: [],
    added: [],
    removed: [],
  };
  // The pairs whose texts differ (most are the same: those are passed over without building their
  // texts), in the new plan's order: sorting is stable, so sorting these is sorting all and keeping these.
  const pairs: Array<[PlanNode, PlanNode]> = [];
  alignment.forward.forEach((b, a) => {
    if (sameTextForDiff(a, b)) return;
    pairs.push([a, b]);
  });
  pairs.sort((x, y) => x[1].ref.line - y[1].ref.line);
  for (const [a, b] of pairs) {
    // A one-sentence item (（1）建设精品道路300条。) holds its target in the heading.
    const beforeText = textForDiff(a);
    const afterText = textForDiff(b);
    if (beforeText === afterText) continue;
    const before = findTargets(beforeText);
    const after = findTargets(afterText);
    const paired = pairTargets(before, after);
    for (const [x, y] of paired) {
      if (x.value === y.value) continue;
      result.changed.push({
        unit: y.unit,
        subject: y.subject,
        old: x.value,
        new: y.value,
        oldText: x.text,
        newText: y.text,
        oldSentence: x.sentence,
        newSentence: y.sentence,
        section: b.ref,
      });
    }
    // What is left: a number written on both sides (moved within the section) is neither.
    const pairedBefore = new Set(paired.map(([x]) => x));
    const pairedAfter = new Set(paired.map(([, y]) => y));
    const leftBefore = before.filter((x) => !pairedBefore.has(x));
    const leftAfter = after.filter((y) => !pairedAfter.has(y));
    const key = (target: Found) => `${target.value}\u0000${target.unit}`;
    const count = (list: Found[]) => {
      const counts = new Map<string, number>();
      for (const target of list) counts.set(key(target), (counts.get(key(target)) ?? 0) + 1);
      return counts;
    };
    const afterCounts = count(leftAfter);
    const beforeCounts = count(leftBefore);
    for (const x of leftBefore) {
      const left = afterCounts.get(key(x)) ?? 0;
      if (left > 0) afterCounts.set(key(x), left - 1);
      else result.removed.push(reference(x, a.ref));
    }
    for (const y of leftAfter) {
      const left = beforeCounts.get(key(y)) ?? 0;
      if (left > 0) beforeCounts.set(key(y), left - 1);
      else result.added.push(reference(y, b.ref));
    }
  }
  return result;
}
