/**
 * The passes that pair sections by their text before any scoring (src/diff/align-sections.ts:
 * `pairIdentical`, `pairSameText`, on short lists by scanning and on lists of more than 16 open
 * siblings by maps), on lists built from sentences and paragraphs of the work reports: what each
 * pass pairs that the scoring after it would pair otherwise, or not at all. Found by mutation
 * testing (docs/mutation.md, task 26G-A). Every alignment is computed inside its test: Stryker
 * switches a mutant on for a test, and an alignment computed while the file is collected runs
 * without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignPlans, sentencesOf2010And2011 } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');

/** The long paragraphs (over 200 characters) of a report. */
const paragraphs = (year: number) =>
  report(year)
    .split('\n')
    .filter((line) => line.length > 200);

const CHINESE = '一二三四五六七八九十';
/** 一 … 二十 */
const numeral = (k: number) => (k < 10 ? CHINESE[k] : k < 19 ? `十${CHINESE[k - 10]}` : '二十');
const range = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('identical sections pair first, in order of appearance', () => {
  /**
   * Items 1．… of sentences S, each with two subitems （1）（2）; an entry 'D' is the same item
   * wherever it stands (sentence 60, subitems 160 and 150). Other items take their second subitem
   * from `second` on: two lists with another `second` keep every item's heading and first subitem.
   */
  const items = (s: string[], entries: Array<number | 'D'>, second: number) =>
    entries
      .map((e, i) =>
        e === 'D'
          ? `${i + 1}．${s[60]}。\n（1）${s[160]}。\n（2）${s[150]}。`
          : `${i + 1}．${s[e]}。\n（1）${s[100 + e]}。\n（2）${s[second + e]}。`,
      )
      .join('\n');
  /** Items numbered from `from` on, of sentences 400… and 440…: added, with nothing like them before. */
  const added = (s: string[], from: number, count: number) =>
    range(count)
      .map((i) => `${from + i}．${s[400 + i]}。\n（1）${s[440 + i]}。`)
      .join('\n');

  it('pairs two items of one text in order among 20 whose other items all changed', () => {
    // Items 5 and 15 are the same item (D) on both sides; every other item's second subitem was
    // replaced. More than 16 open siblings: the identical pass maps each text to its sections.
    const s = sentencesOf2010And2011();
    expect(s.length).toBeGreaterThanOrEqual(460);
    const list = range(20).map((i) => (i === 4 || i === 14 ? ('D' as const) : i));
    const { pairs, reason } = alignPlans(items(s, list, 200), items(s, list, 300));
    for (let i = 1; i <= 20; i++) expect(pairs.get(String(i)), `${i}`).toBe(String(i));
    expect(reason('5')).toBe('identical');
    expect(reason('15')).toBe('identical');
    expect(reason('6')).toBe('heading');
  });

  it('pairs two items of one text in order when the second moved to the end of a long list', () => {
    // Old: D at 5 and 15 among 20 items. New: item 5 replaced by another, D at 15 and at 21 (after
    // item 20), and 20 items added after it. A reader pairs the first D with the first, the second
    // with the second (5 → 15, 15 → 21), though 15 stands at the place of the new 15.
    const s = sentencesOf2010And2011();
    const oldList = range(20).map((i) => (i === 4 || i === 14 ? ('D' as const) : i));
    const newList = [...range(20).map((i) => (i === 4 ? 30 : i === 14 ? ('D' as const) : i)), 'D' as const];
    const { pairs, reason } = alignPlans(items(s, oldList, 200), `${items(s, newList, 300)}\n${added(s, 22, 20)}`);
    expect(pairs.get('5')).toBe('15');
    expect(pairs.get('15')).toBe('21');
    expect(reason('5')).toBe('identical');
    expect(reason('15')).toBe('identical');
    for (const i of [1, 2, 3, 4, 6, 10, 14, 16, 20]) expect(pairs.get(String(i)), `${i}`).toBe(String(i));
  });

  it('pairs two items of one text in order in a list too long to weigh every pair of', () => {
    // 160 items (sentences of the 2010 and 2011 reports) and two of one text (D); the new list has
    // each of the 160 reworded (a closing clause added), in the same order, and the two Ds further
    // on: old 11 and 101, new 101 and 151. 162 × 162 candidate pairs are more than the optimal
    // assignment is run on (150 × 150): without the identical pass the pairs come best first, the
    // nearest places first among equal scores, and old 101 would take new 101. A reader pairs the
    // first D with the first and the second with the second.
    const s = sentencesOf2010And2011();
    const others = range(160).map((k) => s[k]);
    /** The list with the Ds at `ds`; `at[k]` the number of the k-th other item. */
    const place = (ds: number[], text: (sentence: string) => string, at: string[]) => {
      const list: string[] = [];
      for (let i = 0; i < 162; i++) {
        if (!ds.includes(i)) at.push(String(i + 1));
        list.push(ds.includes(i) ? `${s[470]}。` : text(others[at.length - 1]));
      }
      return list.map((item, i) => `${i + 1}．${item}`).join('\n');
    };
    const [oldAt, newAt]: string[][] = [[], []];
    const { pairs, reason } = alignPlans(
      place([10, 100], (sentence) => `${sentence}。`, oldAt),
      place([100, 150], (sentence) => `${sentence}，确保取得实效。`, newAt),
    );
    expect(pairs.get('11')).toBe('101');
    expect(pairs.get('101')).toBe('151');
    expect(reason('11')).toBe('identical');
    expect(reason('101')).toBe('identical');
    // The reworded items pair with their own, whatever place the Ds took.
    expect(oldAt).toHaveLength(160);
    const misplaced = oldAt.filter((id, k) => pairs.get(id) !== newAt[k]);
    expect(misplaced).toEqual([]);
    expect(reason('1')).toBe('heading');
  });

  it('pairs two items of one text that moved to a new section in order of appearance', () => {
    // Old: 一、 (real headings of the 2010 report) ends with D, 二、 opens with it. New: both keep their other
    // items, and a new section 三、 holds D first and last. The first D pairs with the first (1.4 → 3.1),
    // the second with the second (2.1 → 3.4), though each stood at the other's place among its siblings.
    const s = sentencesOf2010And2011();
    const items = (list: Array<number | 'D'>) =>
      list.map((k, j) => `（${CHINESE[j]}）${k === 'D' ? s[60] : s[k]}。`).join('\n');
    const oldText = `一、大力加强文化建设\n${items([0, 1, 2, 'D'])}\n二、努力建设人民满意的服务型政府\n${items(['D', 3, 4])}`;
    const newText = `${oldText.slice(0, oldText.indexOf('（四）'))}二、努力建设人民满意的服务型政府\n${items([3, 4])}\n三、推进以人为核心的新型城镇化\n${items(['D', 20, 21, 'D'])}`;
    const { pairs, reason } = alignPlans(oldText, newText);
    expect(pairs.get('1.4')).toBe('3.1');
    expect(pairs.get('2.1')).toBe('3.4');
    expect(reason('1.4')).toBe('identical');
    expect(pairs.get('2.2')).toBe('2.1');
    expect(pairs.has('3')).toBe(false);
  });

  it('pairs two items of one text in order on a short list, where items were inserted before them', () => {
    // Old: 1 2(D) 3 4 5(D) 6. New: 1, old 3 and 4, a new item, D, D, old 6: the two Ds pair in order
    // (2 → 5, 5 → 6), though old 5 stands nearer to new 5 than old 2 does.
    const s = sentencesOf2010And2011();
    const { pairs, reason } = alignPlans(
      items(s, [0, 'D', 2, 3, 'D', 5], 200),
      items(s, [0, 2, 3, 7, 'D', 'D', 5], 300),
    );
    expect(pairs.get('2')).toBe('5');
    expect(pairs.get('5')).toBe('6');
    expect(reason('2')).toBe('identical');
    expect(pairs.get('1')).toBe('1');
    expect(pairs.get('3')).toBe('2');
    expect(pairs.get('4')).toBe('3');
    expect(pairs.get('6')).toBe('7');
  });
});

describe('siblings whose heading and own text stayed pair, whatever their subsections became', () => {
  /** Articles 第一条 … of `count`, each its own sentence (none for those in `empty`) and two items of `items`. */
  const articles = (s: string[], count: number, items: string[], empty: number[] = []) =>
    range(count)
      .map(
        (i) =>
          `第${numeral(i)}条${empty.includes(i) ? '' : ` ${s[i]}：`}\n\n(一)${items[(2 * i) % items.length]}\n\n(二)${items[(2 * i + 1) % items.length]}\n`,
      )
      .join('\n');

  for (const count of [8, 20]) {
    it(`pairs each of ${count} articles without heading with its own, though both its items were replaced`, () => {
      // The articles' own words are the same on both sides; their items (long paragraphs of 2016,
      // then of 2017) share little: each article scores under the threshold with its own by its
      // whole text, and a reader pairs it by the sentence it opens with.
      const s = sentencesOf2010And2011();
      const { pairs } = alignPlans(articles(s, count, paragraphs(2016)), articles(s, count, paragraphs(2017)));
      for (let i = 1; i <= count; i++) expect(pairs.get(String(i)), `${i}`).toBe(String(i));
    });

    it(`does not pair an article of no words of its own by its number (${count} articles)`, () => {
      // 第四条 has no text of its own on either side, only its two items, all replaced: nothing
      // says it is the same article (markers never count). The others pair with their own.
      const s = sentencesOf2010And2011();
      const { pairs } = alignPlans(
        articles(s, count, paragraphs(2016), [3]),
        articles(s, count, paragraphs(2017), [3]),
      );
      expect(pairs.get('4')).toBeUndefined();
      for (let i = 1; i <= count; i++) if (i !== 4) expect(pairs.get(String(i)), `${i}`).toBe(String(i));
    });
  }

  /** Real headings of the 2010, 2011, 2014, 2017 and 2019 reports; the first two share 宏观调控 and 经济平稳较快发展. */
  const HEADINGS = [
    '加强和改善宏观调控，促进经济平稳较快发展',
    '提高宏观调控水平，保持经济平稳较快发展',
    '大力加强文化建设',
    '努力建设人民满意的服务型政府',
    '毫不放松地做好“三农”工作，巩固和加强农业基础',
    '保持物价总水平基本稳定',
    '进一步扩大内需特别是居民消费需求',
    '加快推进经济结构战略性调整',
    '大力实施科教兴国战略和人才强国战略',
    '加强社会建设和保障改善民生',
    '深入推进重点领域改革',
    '进一步提高对外开放水平',
    '加强廉政建设和反腐败工作',
    '推进以人为核心的新型城镇化',
    '以创新支撑和引领经济结构优化升级',
    '努力建设生态文明的美好家园',
    '全面加强政府自身建设',
    '激发市场主体活力，着力优化营商环境',
  ];
  /** Sections of those headings, no text of their own, each with the numbered tasks `kids[i]` (sentence numbers). */
  const headed = (s: string[], kids: number[][], mark: (k: number) => string) =>
    kids.map((k, i) => `${mark(i)}${HEADINGS[i]}\n${k.map((x, j) => `${j + 1}．${s[x]}。`).join('\n')}`).join('\n');
  /** Two tasks each; `exchanged`: each has a third task, and the first two sections swapped their tasks. */
  const tasks = (count: number, exchanged: boolean) => {
    const kids = range(count).map((i) => (exchanged ? [2 * i, 2 * i + 1, 300 + i] : [2 * i, 2 * i + 1]));
    if (exchanged) [kids[0], kids[1]] = [kids[1], kids[0]];
    return kids;
  };

  for (const [count, mark] of [
    [4, (k: number) => `${CHINESE[k]}、`],
    [18, (k: number) => `第${numeral(k)}章 `],
  ] as const) {
    it(`pairs a heading with its own though its tasks went to a sibling of a like heading (${count} sections)`, () => {
      // 一、加强和改善宏观调控… and 二、提高宏观调控水平… exchanged their tasks, and every section gained
      // one: by words alone each is closer to the other's, but its heading (and no text of its own)
      // stayed, and a reader pairs it with itself.
      const s = sentencesOf2010And2011();
      const { pairs, reason } = alignPlans(headed(s, tasks(count, false), mark), headed(s, tasks(count, true), mark));
      for (let i = 1; i <= count; i++) {
        expect(pairs.get(String(i)), `${i}`).toBe(String(i));
        expect(reason(String(i)), `${i}`).toBe('heading');
      }
    });
  }

  /** Sections 一、二、… with the headings HEADINGS[heads[i]] and the tasks kids[i]. */
  const sections = (s: string[], kids: number[][], heads: number[]) =>
    kids
      .map((k, i) => `${CHINESE[i]}、${HEADINGS[heads[i]]}\n${k.map((x, j) => `${j + 1}．${s[x]}。`).join('\n')}`)
      .join('\n');

  it('leaves two sections of one heading to their tasks when the new plan keeps one', () => {
    // Old 一、 and 二、 have the same heading and no text of their own; the new plan keeps one section of
    // that heading, with 二、's tasks (and one more). The heading does not tell which it is: the tasks do.
    const s = sentencesOf2010And2011();
    const { pairs, reason } = alignPlans(
      sections(
        s,
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
        [0, 0, 2],
      ),
      sections(
        s,
        [
          [2, 3, 9],
          [4, 5],
        ],
        [0, 2],
      ),
    );
    expect(pairs.get('2')).toBe('1');
    expect(pairs.has('1')).toBe(false);
    expect(pairs.get('3')).toBe('2');
    expect(reason('3')).toBe('identical');
  });

  it('pairs two sections of one heading by their tasks when both sides have two', () => {
    // Both plans have two sections of one heading; the new plan lists them in the other order (each
    // with one task more). Each pairs with the one that holds its tasks.
    const s = sentencesOf2010And2011();
    const { pairs } = alignPlans(
      sections(
        s,
        [
          [0, 1],
          [2, 3],
          [4, 5],
        ],
        [0, 0, 2],
      ),
      sections(
        s,
        [
          [2, 3, 9],
          [0, 1, 8],
          [4, 5],
        ],
        [0, 0, 2],
      ),
    );
    expect(pairs.get('1')).toBe('2');
    expect(pairs.get('2')).toBe('1');
    expect(pairs.get('3')).toBe('3');
  });
});
