/**
 * The diff as people read it, on the real yearly reports: the text format shows every change whole
 * (nothing cut before it), wrapped and folded; numbers pair only with numbers that count the same
 * thing; the report's own date is no deadline; a series bridges a topic missing for one year.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular, type PlanDiff } from '../src/index.js';
import { diffPlans } from '../src/diff/diff-plans.js';
import { diffSeries } from '../src/diff/diff-series.js';
import { formatText } from '../src/diff/format-text.js';
import { splitHeading } from '../src/diff/read-pieces.js';
import { createPainter } from '../src/output/painter.js';
import { extractDeadlines } from '../src/passes/extract-deadlines.js';
import { displayWidth } from '../src/display-width.js';
import { foldWidth } from '../src/normalize.js';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'fixtures', 'work-reports');
const report = (year: number) =>
  parseCircular(readFileSync(join(reports, `${year}.txt`)), { name: `fixtures/work-reports/${year}.txt` });
const plain = createPainter(false);

/** The nine diffs of consecutive reports, made once. */
const pairs: Array<{ from: number; diff: PlanDiff }> = [];
for (let year = 2010; year < 2019; year++) pairs.push({ from: year, diff: diffPlans(report(year), report(year + 1)) });

/** A row of the text format: a sign at the start of the line (context rows start with spaces). */
const ROW = /^[~+\-→ ] /;

describe('the text format', () => {
  it('shows every modified section up to and past its first change, on all nine pairs of reports', () => {
    let checked = 0;
    for (const { from, diff } of pairs) {
      // No wrapping: each paragraph on one line, so that a change is found whole.
      const lines = formatText(diff, plain, { width: 100_000 }).split('\n');
      for (const change of diff.changes) {
        if (!change.kinds.includes('modified')) continue;
        const headed = (ref: typeof change.old) => ref?.role === 'section' && ref.heading.trim() !== '';
        const { body } = splitHeading(change.text, headed(change.old), headed(change.new));
        const edit = body.find((piece) => piece.op !== 'equal' && /[\p{L}\p{N}]{2}/u.test(piece.value));
        if (!edit) continue;
        // The section's block: its row, then the lines up to the next row of the same or a higher level.
        const indent = '  '.repeat(change.level - 1);
        const title = change.new!.marker + change.new!.heading;
        const start = lines.findIndex(
          (line) => ROW.test(line) && line.slice(2).startsWith(`${indent}`) && line.includes(title),
        );
        expect(start, `${from}: ${title}`).toBeGreaterThanOrEqual(0);
        let end = start + 1;
        while (end < lines.length && !(ROW.test(lines[end]) && !lines[end].startsWith('    '))) end++;
        const block = lines
          .slice(start + 1, end)
          .map((line) => line.trim().replace(/^[-+] /, ''))
          .join('')
          .replace(/\[-|-\]|\{\+|\+\}|⏎/g, '');
        // The first words of the first change are in the block (a word run of the edit, not cut).
        const words = edit.value.replace(/\s/g, '').match(/[\p{L}\p{N}]{2,8}/u)![0];
        expect(block, `${from}: ${title}: ${words}`).toContain(words);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(60);
  });

  it('wraps to the width, CJK characters taking two columns, and folds long unchanged runs', () => {
    const diff = pairs.find((pair) => pair.from === 2018)!.diff;
    const text = formatText(diff, plain, { width: 80 });
    const lines = text.split('\n');
    expect(lines.every((line) => displayWidth(line) <= 80)).toBe(true);
    expect(lines.some((line) => displayWidth(line) >= 74)).toBe(true);
    // Every edit is shown: the text holds no cut but the folds of unchanged sentences.
    expect(text).toMatch(/…（省略 \d+ 字）…/);
    const wider = formatText(diff, plain, { width: 80, context: 3 });
    expect(wider.split('\n').length).toBeGreaterThan(lines.length);
    const folds = (output: string) => [...output.matchAll(/省略 (\d+) 字/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    expect(folds(wider)).toBeLessThan(folds(text));
  });

  it('shows a rewritten sentence as a pair of lines and an edited one merged', () => {
    const diff = pairs.find((pair) => pair.from === 2018)!.diff;
    const text = formatText(diff, plain, { width: 100_000 });
    // 今年是……周年: rewritten, shown old then new.
    expect(text).toMatch(/\n\s+- 今年是\[-全面贯彻党的十九大精神的开局之年.*\n\s+\+ 今年是\{\+新中国成立70\+\}周年/);
    // 赤字率: two numbers changed in one sentence, shown merged.
    expect(text).toContain('今年赤字率拟按[-2.6-]{+2.8+}%安排，比去年预算[-低0.4-]{+高0.2+}个百分点；');
  });

  it('gives the size of removed and added sections, and their text with --all', () => {
    const diff = pairs.find((pair) => pair.from === 2018)!.diff;
    const text = formatText(diff, plain, { width: 100_000 });
    expect(text).toMatch(/- {3}（一）坚持稳中求进工作总基调.* \[removed, [\d,]+ 字\]/);
    const all = formatText(diff, plain, { width: 100_000, all: true });
    expect(all).toMatch(/\n {6}- 这些年，世界经济复苏乏力/);
    expect(all).toMatch(/\n {8}坚持实施积极的财政政策和稳健的货币政策。/);
  });
});

describe('targets', () => {
  it('pairs no two numbers of different units, on all nine pairs of reports', () => {
    let changed = 0;
    for (const { diff } of pairs) {
      for (const target of diff.targets.changed) {
        const unitOf = (text: string) => foldWidth(text).replace(/^[0-9.\s]+/, '');
        expect(unitOf(target.oldText)).toBe(unitOf(target.newText));
        expect(target.oldSentence).toContain(target.oldText);
        expect(target.newSentence).toContain(target.newText);
        changed++;
      }
    }
    expect(changed).toBeGreaterThan(50);
  });

  it('pairs by what a number counts, and lists the rest as added or removed', () => {
    const diff = pairs.find((pair) => pair.from === 2018)!.diff;
    const pairsOf = diff.targets.changed.map((target) => `${target.oldText}→${target.newText}`);
    expect(pairsOf).toEqual(
      expect.arrayContaining(['2.38万亿元→2.76万亿元', '1.55万亿元→1.83万亿元', '8300亿元→9300亿元']),
    );
    // 粮食总产量保持在1.3万亿斤以上 has no counterpart in 2018's review: listed as added, paired with nothing.
    expect(diff.targets.added.map((target) => target.text)).toContain('1.3万亿斤');
    expect(diff.targets.changed.some((target) => target.newText === '1.3万亿斤')).toBe(false);
    // 6.6% growth in 2018 against 7.1% a year over five years: both 国内生产总值 growth rates.
    const growth = diff.targets.changed.find((target) => target.newText === '6.6%')!;
    expect(growth.subject).toContain('国内生产总值');
  });
});

describe('deadlines in a diff', () => {
  it('never lists the report’s own date: the deadlines pass, which the diff asks, leaves it out', () => {
    // ——2017年3月5日在第十二届全国人民代表大会第五次会议上: the report's date, read as its subtitle.
    expect(report(2017).meta.date).toBe('2017-03-05');
    const list = extractDeadlines(report(2017), { all: true }).deadlines;
    expect(list.some((deadline) => deadline.text.includes('3月5日'))).toBe(false);
    const diff = pairs.find((pair) => pair.from === 2016)!.diff;
    const all = [
      ...diff.deadlines.added,
      ...diff.deadlines.removed,
      ...diff.deadlines.changed.flatMap((change) => [change.old, change.new]),
    ];
    expect(all.some((deadline) => deadline.text.includes('3月5日'))).toBe(false);
  });

  it('lists added and removed deadlines with their dates, items and sentences; --year resolves them', () => {
    const files = [2018, 2019].map((year) => join(reports, `${year}.txt`));
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'kepu.js'), 'diff', ...files, '--year', '2018,2019', '-f', 'json', '-q'],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    const diff = JSON.parse(result.stdout) as PlanDiff;
    expect([diff.old.year, diff.new.year]).toEqual([2018, 2019]);
    const byYearEnd = diff.deadlines.added.find((deadline) => deadline.text === '年底前')!;
    expect(byYearEnd.date).toBe('2019-12-31');
    expect(byYearEnd.section?.heading).toContain('促进形成强大国内市场');
    expect(byYearEnd.sentence).toContain('对拖欠企业的款项年底前要清偿一半以上');
    const wrong = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), 'diff', ...files, '--year', '2019'], {
      encoding: 'utf8',
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/^kepu: --year takes one value per plan/);
  });
});

describe('deadlines as the deadlines pass defines them', () => {
  it('lists only what the pass lists as an action, on all nine pairs of reports with their years', () => {
    let checked = 0;
    for (let year = 2010; year < 2019; year++) {
      const [older, newer] = [report(year), report(year + 1)];
      const diff = diffPlans(older, newer, { references: [{ year }, { year: year + 1 }] });
      // Every time reference of each plan, with the role the pass gives it, by its offset.
      const roles = [older, newer].map((tree, index) => {
        const all = extractDeadlines(tree, { referenceYear: year + index, all: true }).deadlines;
        return new Map(all.map((deadline) => [`${deadline.position.start.offset}:${deadline.text}`, deadline]));
      });
      const listed = [
        ...diff.deadlines.removed.map((deadline) => [0, deadline] as const),
        ...diff.deadlines.added.map((deadline) => [1, deadline] as const),
        ...diff.deadlines.changed.flatMap((change) => [[0, change.old] as const, [1, change.new] as const]),
      ];
      for (const [side, deadline] of listed) {
        const sameText = [...roles[side].values()].filter((other) => other.text === deadline.text);
        // The diff's row is one of the pass's rows, with the pass's date, and the pass calls it an action.
        const same = sameText.filter((other) => other.date === deadline.date && other.start === deadline.start);
        expect(
          same.map((other) => other.role),
          `${year + side}: ${deadline.text}`,
        ).toContain('action');
        checked++;
      }
      // Nothing the pass leaves out (labels, cited titles, the plan's year, and, where the pass marks
      // them, past events and forecasts) is counted as added or removed.
      const actions = roles.map((map) => [...map.values()].filter((deadline) => deadline.role === 'action').length);
      expect(diff.deadlines.removed.length + diff.deadlines.changed.length).toBeLessThanOrEqual(actions[0]);
      expect(diff.deadlines.added.length + diff.deadlines.changed.length).toBeLessThanOrEqual(actions[1]);
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('resolves limits from --reference-date, one day per plan', () => {
    const files = ['2023', '2025'].map((year) =>
      join(root, 'fixtures', 'corpus', 'shanghai', `${year}-waterway-inspection.md`),
    );
    const run = (...extra: string[]) => {
      const result = spawnSync(
        process.execPath,
        [join(root, 'bin', 'kepu.js'), 'diff', ...files, '-f', 'json', '-q', ...extra],
        { encoding: 'utf8' },
      );
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout) as PlanDiff;
    };
    // 自本通知发布之日起至2023年5月31日: the window starts on the day the notice was issued.
    const given = run('--reference-date', '2023-04-10,2025-03-20').deadlines.changed.find((change) =>
      change.old.text.includes('至2023年5月31日'),
    )!;
    expect([given.old.start, given.old.end, given.new.start, given.new.end]).toEqual([
      '2023-04-10',
      '2023-05-31',
      '2025-03-20',
      '2025-04-30',
    ]);
    expect(given.direction).toBe('brought-forward');
    const own = run().deadlines.changed.find((change) => change.old.text.includes('至2023年5月31日'))!;
    expect(own.old.start).not.toBe('2023-04-10');
  });
});

describe('a series', () => {
  const series = diffSeries([2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019].map(report));

  it('shows the first plan as written, with no mark', () => {
    expect(new Set(series.topics.map((topic) => topic.cells[0]?.status).filter(Boolean))).toEqual(new Set(['first']));
  });

  it('bridges a topic missing for one plan, at the stricter threshold, and follows the readers’ lineage', () => {
    // 2019 without its （六）促进区域协调发展 between 2018 and 2019: 2018's （六）扎实推进区域协调发展战略 is
    // missing for one plan and back the next, one row with a gap.
    const text = readFileSync(join(reports, '2019.txt'), 'utf8');
    const cut = text.replace(/\n（六）促进区域协调发展[^]*?(?=\n（七）)/, '');
    expect(cut.length).toBeLessThan(text.length - 500);
    const gapped = diffSeries([report(2018), parseCircular(cut, { name: '2019-cut.txt' }), report(2019)]);
    const regions = gapped.topics.find((topic) => topic.cells[0]?.ref.heading.startsWith('扎实推进区域协调发展战略'))!;
    expect(regions.cells.map((cell) => cell?.status)).toEqual(['first', 'gap', 'changed']);
    expect(regions.cells[2]!.ref.heading).toMatch(/^促进区域协调发展/);
    expect(regions.cells[2]!.score).toBeGreaterThanOrEqual(0.5);
    // 2016 （一）稳定和完善宏观经济政策, a task with no counterpart in 2017, is not taken up by 2018's review of
    // five years (（一）坚持稳中求进工作总基调，着力创新和完善宏观调控): an achievement is not a task.
    const policy = series.topics.find((topic) => topic.cells[6]?.ref.heading.startsWith('稳定和完善宏观经济政策'))!;
    expect(policy.cells.slice(6, 9).map((cell) => cell?.status ?? null)).toEqual(['new', 'dropped', null]);
    // The year's plan as the readers follow it: 二、2015年工作总体部署 → 三、2016年重点工作 → 三、2017年重点工作任务,
    // one row without a gap (2016's 二 is the 十三五 plan).
    const plan = series.topics.find((topic) => topic.cells[5]?.ref.heading === '2015年工作总体部署')!;
    expect(plan.cells.slice(5, 8).map((cell) => cell?.ref.heading)).toEqual([
      '2015年工作总体部署',
      '2016年重点工作',
      '2017年重点工作任务',
    ]);
    // Every gap stands between two years that have the topic.
    for (const topic of series.topics)
      topic.cells.forEach((cell, index) => {
        if (cell?.status !== 'gap') return;
        expect(topic.cells[index - 1]).not.toBeNull();
        expect(topic.cells[index + 1]?.status).toMatch(/^(changed|same)$/);
      });
  });
});
