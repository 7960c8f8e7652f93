/**
 * What a reader states about the pairing of two editions that the other alignment tests left
 * unsaid, found by mutation testing of src/diff/align-sections.ts (docs/mutation.md): why a pair
 * was made (moved to another part or not), the same pairs when the two plans are read the other way
 * round, and how a heading is cut into clauses. Every alignment is computed inside its test: Stryker
 * switches a mutant on for a test, and an alignment computed while the file is collected runs
 * without it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headingClauses } from '../src/diff/align-sections.js';
import { parseCircular } from '../src/index.js';
import { alignPlans, planRoot, siblingGroups, swapSections, taskSpan } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const report = (year: number) => readFileSync(join(reports, `${year}.txt`), 'utf8');
const json = (name: string) => JSON.parse(readFileSync(join(reports, name), 'utf8'));
const judged: Record<string, Record<string, string>> = { ...json('pairs.json'), ...json('pairs-more.json').pairs };

const align = (oldText: string, newText: string) => alignPlans(oldText, newText);
const years = (from: number, to: number) => align(report(from), report(to));

describe('why a pair was made: moved to another part, or kept in its own', () => {
  it('reports a task that changed level as moved, in both directions', () => {
    // 2015 set out its tasks as top-level parts (三、…六、); 2016 put them back under 三、2016年重点工作:
    // 2015 四、五、六、 → 2016 三、（三）（七）（八）, each a move to another parent, whichever plan is the old one.
    const forward = years(2015, 2016);
    for (const [a, b] of [
      ['4', '3.3'],
      ['5', '3.7'],
      ['6', '3.8'],
    ]) {
      expect(forward.pairs.get(a)).toBe(b);
      expect(forward.reason(a), a).toBe('moved-from-parent');
    }
    const backward = years(2016, 2015);
    for (const a of ['3.3', '3.7', '3.8']) expect(backward.reason(a), a).toBe('moved-from-parent');
    // 2014 三、（一）改革 → 2015 三、 and （八）民生 → 五、: up a level, moved.
    const fifteen = years(2014, 2015);
    expect(fifteen.reason('3.1')).toBe('moved-from-parent');
    expect(fifteen.reason('3.8')).toBe('moved-from-parent');
    expect(years(2015, 2014).reason('3')).toBe('moved-from-parent');
  });

  it('does not report as moved a task paired late that stayed under the same part', () => {
    // Pairs made by the leftover passes among the tasks of two parts that are each other's pair
    // (二、→三、 in 2010→2011, 三、→三、 after): the task kept its part, so it did not move.
    for (const [from, a, b] of [
      [2010, '2.7', '3.8'],
      [2011, '1.5', '1.3'],
      [2012, '3.8', '3.4'],
      [2017, '3.3', '3.7'],
      [2017, '3.4', '3.2'],
    ] as const) {
      const { pairs, reason } = years(from, from + 1);
      expect(pairs.get(a), `${from} ${a}`).toBe(b);
      expect(reason(a), `${from} ${a}`).not.toBe('moved-from-parent');
      expect(reason(a), `${from} ${a}`).not.toBe('identical');
    }
  });
});

describe('a level that moved, in a notice of another kind', () => {
  // Shanghai's waterway inspection notices: 2023 checks domestic shipping (一、（一）) and international
  // shipping (（二）) apart, each with 2．核查对象 and 3．核查内容; 2025 sets out one check, （一）核查对象 and
  // （二）核查内容 directly under 一、, each covering both fields (国内水路运输领域：…；国际及内地与港澳间…).
  const corpus = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'shanghai');
  const notice = (year: number) => readFileSync(join(corpus, `${year}-waterway-inspection.md`), 'utf8');
  /** The 2023 notice with its two checks, （一）国内 and （二）国际, in the other order (markers kept in place). */
  const swapped = () => {
    const source = notice(2023);
    const checks = siblingGroups(planRoot(parseCircular(source, { name: 'notice.md' }))).find(
      (group) => group[0].id === '1.1',
    )!;
    expect(checks.map((check) => check.id)).toEqual(['1.1', '1.2']);
    return swapSections(source, checks[0], checks[1]);
  };

  it('pairs each merged part with the closest of the children that stand in, from both parents at once', () => {
    // 核查对象 is closest to the domestic part's (bodies 0.86 against 0.57), 核查内容 to the international part's (0.73
    // against the domestic part's 0.56): all four stand in together, and the scores decide.
    const { pairs, alignment, old } = align(notice(2023), notice(2025));
    expect(pairs.get('1.1.2')).toBe('1.1');
    expect(pairs.get('1.2.3')).toBe('1.2');
    expect(pairs.has('1.1.3')).toBe(false);
    expect(pairs.has('1.2.2')).toBe(false);
    expect(alignment.backward.size).toBe(alignment.forward.size);
    // Among two parents' children a place among siblings adds nothing: the score is the words' alone
    // (1.1.2, second of its parent's four, would gain 0.057 as the second of eight against （一）).
    const score = alignment.scores.get(old('1.1.2'))!;
    expect(score.score).toBeCloseTo(0.5 * score.headingSimilarity + 0.5 * score.bodySimilarity, 9);
    // The same the other way round.
    const back = align(notice(2025), notice(2023));
    expect(back.pairs.get('1.1')).toBe('1.1.2');
    expect(back.pairs.get('1.2')).toBe('1.2.3');
  });

  it('pairs the same sections whichever of the two parents comes first', () => {
    // Taken one parent at a time, the first parent's children took both parts, whichever it was.
    const { pairs } = align(swapped(), notice(2025));
    expect(pairs.get('1.2.2')).toBe('1.1'); // the domestic 核查对象, now under （二）
    expect(pairs.get('1.1.3')).toBe('1.2'); // the international 核查内容, now under （一）
    expect(pairs.has('1.1.2')).toBe(false);
    expect(pairs.has('1.2.3')).toBe(false);
  });
});

describe('the readers’ pairs of nine consecutive report years, read the other way round', () => {
  it('pairs the same sections when the newer report is taken as the old one', () => {
    // A reader pairs the same sections whichever edition is read first. The forward reading finds
    // 81 of the 83 pairs and one the readers did not make (test/align-sections.test.ts), which this
    // reading makes too.
    const depth = (id: string) => id.split('.').length;
    let found = 0;
    let total = 0;
    const wrong: string[] = [];
    for (const [key, expected] of Object.entries(judged)) {
      const [from, to] = key.split('-').map(Number);
      const reversed = new Map(Object.entries(expected).map(([a, b]) => [b, a]));
      const { pairs } = years(to, from);
      total += reversed.size;
      for (const [b, a] of reversed) if (pairs.get(b) === a) found++;
      const judgedOld = new Set(Object.keys(expected));
      for (const [b, a] of pairs)
        if ((reversed.has(b) || judgedOld.has(a) || (depth(a) <= 2 && depth(b) <= 2)) && reversed.get(b) !== a)
          wrong.push(`${to}-${from} ${b}→${a}`);
    }
    expect(total).toBe(83);
    expect(found).toBeGreaterThanOrEqual(75);
    expect(wrong).toEqual(['2019-2018 3.7→3.4']);
  });
});

describe('headingClauses at its edges', () => {
  it('cuts at semicolons and ASCII commas too, and makes no empty clause of two marks in a row', () => {
    expect(headingClauses('稳增长；调结构')).toEqual(['稳增长', '调结构']);
    expect(headingClauses('稳增长,调结构;惠民生')).toEqual(['稳增长', '调结构', '惠民生']);
    expect(headingClauses('稳增长，，调结构')).toEqual(['稳增长', '调结构']);
  });

  it('cuts at the first 和 or 与 only between two words, not at either end', () => {
    expect(headingClauses('推进城乡区域协调发展与新型城镇化')).toEqual(['推进城乡区域协调发展', '新型城镇化']);
    // 和 as the last character, or the first, joins nothing.
    expect(headingClauses('促进社会和')).toEqual(['促进社会和']);
    expect(headingClauses('与时俱进')).toEqual(['与时俱进']);
    expect(headingClauses('和')).toEqual(['和']);
  });
});

/**
 * `source` with the bodies of two task sections (after their heading sentence, up to the next
 * marker) exchanged: the headings stay where they were, the topics they led with move.
 */
function exchangeBodies(source: string, x: string, y: string): string {
  const lines = source.split('\n');
  const span = (start: string) => taskSpan(lines, start);
  const [xFrom, xTo] = span(x);
  const [yFrom, yTo] = span(y);
  const cut = (line: string) => line.indexOf('。') + 1;
  const body = (from: number, to: number) => [lines[from].slice(cut(lines[from])), ...lines.slice(from + 1, to)];
  const [xBody, yBody] = [body(xFrom, xTo), body(yFrom, yTo)];
  const withBody = (from: number, moved: string[]) => [
    lines[from].slice(0, cut(lines[from])) + moved[0],
    ...moved.slice(1),
  ];
  return [
    ...lines.slice(0, xFrom),
    ...withBody(xFrom, yBody),
    ...lines.slice(xTo, yFrom),
    ...withBody(yFrom, xBody),
    ...lines.slice(yTo),
  ].join('\n');
}

describe('a heading that stayed while its body moved', () => {
  it('does not pair by heading words a section whose body follows another one', () => {
    // As written, 2017 （二）深化重要领域和关键环节改革 → 2018 （三）深化基础性关键领域改革 and （六）积极主动扩大
    // 对外开放 → （八）推动形成全面开放新格局 (the readers' pairs).
    const written = years(2017, 2018).pairs;
    expect(written.get('3.2')).toBe('3.3');
    expect(written.get('3.6')).toBe('3.8');
    // With 2018 （三） holding （八）'s body (开放) and （八） holding （三）'s (改革), the headings alone no longer
    // pair 2017 （二）改革 with （三）: the body it follows is elsewhere. （六）开放 follows its body into （三）.
    const moved = align(report(2017), exchangeBodies(report(2018), '（三）', '（八）')).pairs;
    expect(moved.get('3.2')).not.toBe('3.3');
    expect(moved.get('3.6')).toBe('3.3');
    // A heading pair whose body is still alike enough stays: 2012 （四）发展方式 → 2013 （一） with the bodies of
    // 2013 （一） and （三） exchanged keeps 2012 （六）民生 → 2013 （三）, whose headings and moved body agree.
    const kept = align(report(2012), exchangeBodies(report(2013), '（一）', '（三）')).pairs;
    expect(kept.get('3.6')).toBe('3.3');
  });
});

describe('a long list of siblings, too many to weigh every pair of', () => {
  it('pairs each of 170 reworded items with its original, in reverse order', () => {
    // 170 sentences of the 2016 and 2017 reports as the items of a list (1．…170．), and the same
    // items reworded (each with a closing clause added) and set out in reverse order: a reader pairs
    // each item with its own sentence, wherever it now stands. 170 × 170 candidate pairs are more
    // than the optimal assignment is run on (150 × 150): the pairs come from an index of the items'
    // heaviest words, each scored exactly.
    const sentences = [
      ...new Set(
        [2016, 2017]
          .flatMap((year) => report(year).split('\n'))
          .filter((line) => !/^[一二三四五六七八九十（]/.test(line))
          .flatMap((line) => line.split('。'))
          .map((sentence) => sentence.trim())
          // Sentences of one clause or more, none that opens with a figure (75．9亿… reads as 75.9).
          .filter((sentence) => sentence.length >= 30 && sentence.indexOf('，') > 0 && !/^\d|[：；]/.test(sentence)),
      ),
    ].slice(0, 170);
    const count = sentences.length;
    expect(count).toBe(170);
    const old = sentences.map((sentence, i) => `${i + 1}．${sentence}。`).join('\n');
    const reversed = sentences.map((_, i) => `${i + 1}．${sentences[count - 1 - i]}，确保取得实效。`).join('\n');
    const { pairs, reason } = align(old, reversed);
    const misplaced: string[] = [];
    for (let i = 1; i <= count; i++) if (pairs.get(String(i)) !== String(count + 1 - i)) misplaced.push(`${i}`);
    expect(misplaced).toEqual([]);
    // Reworded, not identical; and not moved: the list is the same list.
    for (const i of [1, 85, 170]) expect(reason(String(i))).toBe('heading');
  });
});

describe('sections that are headings alone', () => {
  it('says two sections without bodies were paired by their headings', () => {
    // A list of tasks set out as bare headings, each reworded the next year: nothing but the
    // headings can pair them (two empty bodies are alike, and say nothing), and the diff says so.
    const old =
      '一、加快建设现代化产业体系\n二、扎实推进乡村全面振兴\n三、持续保障和改善民生\n四、深入推进生态文明建设\n';
    const next = '一、加快构建现代化产业体系\n二、全面推进乡村振兴\n三、切实保障和改善民生\n四、持续推进生态文明建设\n';
    const { pairs, reason, alignment, old: section } = align(old, next);
    for (const id of ['1', '2', '3', '4']) {
      expect(pairs.get(id)).toBe(id);
      expect(section(id).vectors.body.size).toBe(0);
      expect(alignment.scores.get(section(id))!.headingSimilarity).toBeLessThan(1);
      expect(reason(id), id).toBe('heading');
    }
  });
});
