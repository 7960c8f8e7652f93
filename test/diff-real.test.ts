/**
 * kepu diff on real yearly plans (the government work reports 2010–2019): the pairs a reader
 * judged, explanations, the one normaliser, the series, and a word diff that rebuilds both texts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffPlans, parseCircular } from '../src/index.js';
import { diffSeries } from '../src/diff/diff-series.js';
import { diffWords, cleanupSemantic, unitsOf } from '../src/diff/word-diff.js';
import { assignMaximum } from '../src/diff/assignment.js';
import { validateTree } from '../src/cli/validate-command.js';
import type { TextPiece } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const reports = join(root, 'fixtures', 'work-reports');
const judged: Record<string, Record<string, string>> = JSON.parse(readFileSync(join(reports, 'pairs.json'), 'utf8'));
const report = (year: number | string) =>
  parseCircular(readFileSync(join(reports, `${year}.txt`)), { name: `${year}.txt` });

function kepu(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), ...args], { encoding: 'utf8', env });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Both sides of a word diff, rebuilt from its pieces. */
function sides(pieces: TextPiece[]): { before: string; after: string } {
  return {
    before: pieces
      .filter((piece) => piece.op !== 'insert')
      .map((piece) => piece.value)
      .join(''),
    after: pieces
      .filter((piece) => piece.op !== 'delete')
      .map((piece) => piece.value)
      .join(''),
  };
}

describe('pairs on the work reports', () => {
  let found = 0;
  let total = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const [key, expected] of Object.entries(judged)) {
    const [from, to] = key.split('-');
    const diff = diffPlans(report(from), report(to));
    const pairs = diff.changes.filter((change) => change.old && change.new);
    const made = new Map(pairs.map((change) => [change.old!.id, change.new!.id]));
    const madeBack = new Map(pairs.map((change) => [change.new!.id, change.old!.id]));
    for (const [a, b] of Object.entries(expected)) {
      total++;
      if (made.get(a) === b) found++;
      else if (made.has(a)) wrong.push(`${key} ${a}→${made.get(a)} (judged ${b})`);
      else if (madeBack.has(b)) wrong.push(`${key} ${madeBack.get(b)}→${b} (judged ${a})`);
      else missed.push(`${key} ${a}→${b}`);
    }
  }

  // As the README says: 18 of the 19, the one missed being 2016 （二）加强供给侧结构性改革, which the
  // reader paired with 2017 （一）用改革的办法深入推进“三去一降一补” and kepu reports as removed.
  it('finds 18 of the 19 judged pairs, misses only 2016 3.2 → 2017 3.1, and pairs no judged section otherwise', () => {
    expect(total).toBe(19);
    expect(found).toBe(18);
    expect(missed).toEqual(['2016-2017 3.2→3.1']);
    expect(wrong).toEqual([]);
  });
});

/**
 * The nine consecutive year pairs 2010–2019: the two above and the seven that two independent readers
 * judged (fixtures/work-reports/pairs-more.json; they agree on all 64 of their pairs). Readers judged
 * every section of the top two levels, so a pair made there that they did not make is a wrong one.
 */
describe('pairs on all nine judged year pairs', () => {
  const more: {
    pairs: Record<string, Record<string, string>>;
    headings: Record<string, Record<string, string>>;
  } = JSON.parse(readFileSync(join(reports, 'pairs-more.json'), 'utf8'));
  const all = { ...judged, ...more.pairs };
  const depth = (id: string) => id.split('.').length;
  const results = Object.entries(all)
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([key, expected]) => {
      const [from, to] = key.split('-');
      const diff = diffPlans(report(from), report(to));
      const made = diff.changes.filter((change) => change.old?.role === 'section' && change.new?.role === 'section');
      const found = Object.entries(expected).filter(([a, b]) =>
        made.some((change) => change.old!.id === a && change.new!.id === b),
      ).length;
      const judgedNew = new Set(Object.values(expected));
      const wrong = made
        .filter((change) => {
          const [a, b] = [change.old!.id, change.new!.id];
          const judgedHere = a in expected || judgedNew.has(b) || (depth(a) <= 2 && depth(b) <= 2);
          return judgedHere && expected[a] !== b;
        })
        .map((change) => `${key} ${change.old!.id}→${change.new!.id}`);
      return { key, total: Object.keys(expected).length, found, wrong, diff };
    });

  it('reads the readers’ ids as kepu’s section ids: each heading they wrote down is that section’s', () => {
    let checked = 0;
    for (const [year, headings] of Object.entries(more.headings)) {
      const tree = report(year);
      const byId = new Map<string, string>();
      const visit = (nodes: typeof tree.children, prefix: string) => {
        let ordinal = 0;
        for (const node of nodes) {
          if (node.type !== 'section') continue;
          const id = prefix ? `${prefix}.${++ordinal}` : String(++ordinal);
          byId.set(id, `${node.marker}${node.heading}`);
          visit(node.children, id);
        }
      };
      visit(tree.children, '');
      for (const [id, heading] of Object.entries(headings)) {
        // The readers wrote the first 30 characters or so, sometimes with the sentence's full stop.
        const head = heading.replace(/[。.…\s]+$/u, '').slice(0, 12);
        expect(byId.get(id)?.replace(/\s+/g, ''), `${year} ${id}`).toContain(head.replace(/\s+/g, ''));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  // Third round: a pair made across a level that moved, with headings that share nothing and carried by
  // the bodies alone, must open alike; 2014 （九） → 2015 六 does not (openings 0.04), and 75 of 75 are the
  // readers'. With the leftover passes (issue 23, second round: bodies and openings of what is left open, and the
  // piece a split or merged section's heading leads with): 75 of the 83 (recall 0.90), the same 1 pair the
  // readers did not make (75 of 76 right). Before them, when the headings came to weigh as much as the
  // bodies: 66 of the 83 (recall 0.80), 1 pair the readers did not make (66 of 67 right, precision 0.99:
  // 2014 （九）, which runs on into the closing 政府自身建设 paragraphs, with 2015 六、切实加强政府自身建设);
  // with the headings at 0.4, 4 such pairs;
  // before years were read relative to each plan's own, 50 of 83 and 6. Fourth round (the theme the
  // headings share, for what is still open): 76 of the 83 (2011 （四）改革开放 in the review → 2012 （五）),
  // none the readers did not make. Fifth round (a leftover pair whose headings share words needs no
  // agreeing openings, unless a merged section's heading leads with another piece): 77 (2011 （三）结构调整
  // in the review → 2012 （二）发展方式), none the readers did not make. Seventh round (a section split by its
  // heading's words pairs with the piece its first word names; headings that share a theme word faintly pair by
  // body): 81 (2013 （四） → 2014 （一）, 2015 三 → 2016 （二）, 2014 （三） → 2015 四, 2013 （一） → 2014 （三）), none the
  // readers did not make. Ninth round (a report's closing passages, from the first 各位代表！ after its last
  // task, are a node of their own, not the last task's text; a rival settled elsewhere at CONFIDENT or more
  // makes no pair ambiguous): 81, and one pair the readers did not make, 2018 （四）三大攻坚战 → 2019
  // （七）污染防治 (bodies 0.34, headings sharing nothing; its rival by body was 2019 （十）'s closing
  // passages). docs/diff.md gives them year by year.
  it('finds at least 81 of the 83 pairs, and makes one pair the readers did not make', () => {
    const found = results.reduce((sum, result) => sum + result.found, 0);
    const total = results.reduce((sum, result) => sum + result.total, 0);
    const wrong = results.flatMap((result) => result.wrong);
    expect(total).toBe(83);
    expect(found).toBeGreaterThanOrEqual(81);
    expect(wrong.length, wrong.join(', ')).toBeLessThanOrEqual(1);
    // 2011 三、2011年的工作 pairs with 2012 三、2012年主要任务, not with 一、2011年工作回顾 (the same year's
    // number, but the year before in 2012's plan).
    const eleven = results.find((result) => result.key === '2011-2012')!;
    expect(eleven.found).toBeGreaterThanOrEqual(12);
    const three = eleven.diff.changes.find((change) => change.old?.role === 'section' && change.old.id === '3')!;
    expect(three.new?.id).toBe('3');
  });

  it('pairs across a level that moved: 2015 五、民生 with 2016 （七） under 三、2016年重点工作, then 二 with 三', () => {
    const changes = results.find((result) => result.key === '2015-2016')!.diff.changes;
    const of = (id: string) => changes.find((change) => change.old?.role === 'section' && change.old.id === id)!;
    expect(of('5').new?.id).toBe('3.7');
    expect(of('5').kinds).toContain('moved');
    // 二、2015年工作总体部署 → 三、2016年重点工作, once 六、政府自身建设 (its rival) went to （八）.
    expect(of('2').new?.id).toBe('3');
    expect(of('6').new?.id).toBe('3.8');
  });
});

describe('pairs on the work reports, explained', () => {
  it('explains every pair, and the JSON validates against the diff schema', () => {
    const diff = diffPlans(report(2018), report(2019));
    const paired = diff.changes.filter((change) => change.old && change.new);
    expect(paired.length).toBeGreaterThan(5);
    for (const change of paired) {
      expect(change.match).toMatchObject({
        score: expect.any(Number),
        headingSimilarity: expect.any(Number),
        bodySimilarity: expect.any(Number),
      });
      expect(['identical', 'heading', 'body', 'position', 'moved-from-parent']).toContain(change.match!.matchedBy);
    }
    // 积极扩大消费和促进有效投资 (2018 3.7) → 促进形成强大国内市场 (2019 3.4): a reworded topic that moved.
    const consumption = paired.find((change) => change.old!.id === '3.7')!;
    expect(consumption.new!.id).toBe('3.4');
    expect(consumption.kinds).toContain('moved');
    expect(validateTree(JSON.parse(JSON.stringify(diff)))).toEqual([]);
    expect(diff.changes.find((change) => change.new?.role === 'lead-in')).toBeTruthy();
  });

  it('leaves unrelated sections unpaired: a plan against a different kind of document', () => {
    const law = parseCircular(
      readFileSync(join(root, 'fixtures', 'corpus', 'laws', '2002-missile-export-control-regulations.md')),
      {
        name: 'law.md',
      },
    );
    const diff = diffPlans(report(2019), law);
    expect(diff.changes.filter((change) => change.old && change.new && change.old.role === 'section')).toEqual([]);
  });

  it('prints the explanation with --explain', () => {
    const { stdout } = kepu(['diff', join(reports, '2018.txt'), join(reports, '2019.txt'), '--explain', '-q']);
    expect(stdout).toMatch(/paired by (body|heading): score 0\.\d\d = heading 0\.\d\d, body 0\.\d\d, was 3\.7/);
  });

  // Two work reports are a short run: the CLI keeps V8 at its baseline compiler for them (see
  // src/cli/short-run.ts); the diff is the library's, made here with every tier of V8.
  it('gives the same diff from the CLI of a short run as the library, in JSON, with its lists', () => {
    const files = [join(reports, '2018.txt'), join(reports, '2019.txt')];
    const json = kepu(['diff', ...files, '-f', 'json', '-q']);
    expect(json.status).toBe(0);
    const [before, after] = files.map((file) => parseCircular(readFileSync(file, 'utf8'), { name: file }));
    const diff = diffPlans(before, after);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(JSON.stringify(diff)));
    expect(diff.initiatives.added.length).toBeGreaterThan(0);
    expect(diff.deadlines.added.length + diff.deadlines.removed.length).toBeGreaterThan(0);
    const text = kepu(['diff', ...files, '--all', '-q']);
    expect(text.stdout).toMatch(/\ninitiatives\n[\s\S]*\ndeadlines\n[\s\S]*\nsummary: /);
  });

  it('ends with the one-line error when the second plan cannot be read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-binary-')), 'noise.txt');
    writeFileSync(file, Buffer.from(Array.from({ length: 80_000 }, (_, index) => (index * 7919) % 256)));
    const { status, stderr } = kepu(['diff', join(reports, '2018.txt'), file, '-q']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/noise\.txt: .*not text/);
  });
});

describe('one normaliser for every comparison', () => {
  it('exits 0 with --ignore-punctuation-width --exit-code on a full-width copy, deadlines included', () => {
    const text = readFileSync(join(root, 'fixtures', 'diff', 'plan-2023.txt'), 'utf8');
    const wide = text.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-wide-')), 'wide.txt');
    writeFileSync(file, wide);
    const plan = join(root, 'fixtures', 'diff', 'plan-2023.txt');
    expect(kepu(['diff', plan, file, '--ignore-punctuation-width', '--exit-code', '-q']).status).toBe(0);
    const strict = diffPlans(parseCircular(text), parseCircular(wide));
    // Without the option the text differs, but the same numbers (100 and １００) are no changed target.
    expect(strict.summary.modified).toBeGreaterThan(0);
    expect(strict.targets).toEqual({ changed: [], added: [], removed: [] });
  });
});

describe('series', () => {
  it('follows each task across the years: one row per topic, a cell per plan', () => {
    const series = diffSeries([2016, 2017, 2018, 2019].map(report));
    expect(series.plans).toHaveLength(4);
    const farming = series.topics.find((topic) => topic.cells[0]?.ref.heading.startsWith('加快发展现代农业'))!;
    expect(farming.cells.map((cell) => cell?.ref.heading.slice(0, 6))).toEqual([
      '加快发展现代',
      '促进农业稳定',
      '大力实施乡村',
      '对标全面建成',
    ]);
    expect(farming.cells.slice(1).map((cell) => cell?.status)).toEqual(['changed', 'changed', 'changed']);
    const dropped = series.topics.find((topic) => topic.cells.some((cell) => cell?.status === 'dropped'));
    expect(dropped).toBeTruthy();
  });

  it('prints the series as text, Markdown and JSON from the CLI', () => {
    const files = [2017, 2018, 2019].map((year) => join(reports, `${year}.txt`));
    const text = kepu(['diff', ...files, '-q']).stdout;
    // A plan is labelled by its year when it has one: the 2017 report's subtitle (——2017年3月5日在……会议上)
    // gives it; the 2018 and 2019 copies start at 各位代表 and have none, and are named by their paths' tails.
    expect(text.split('\n')[0]).toMatch(/^2017\s+…\/2018\.txt\s+…\/2019\.txt$/);
    expect(text).toMatch(/topics over 3 plans/);
    expect(kepu(['diff', ...files, '-q', '-f', 'md']).stdout).toMatch(/^\| 2017 \| …\/2018\.txt \| …\/2019\.txt \|/);
    const json = JSON.parse(kepu(['diff', ...files, '-q', '-f', 'json']).stdout);
    expect(json.plans).toHaveLength(3);
    expect(json.topics[0].cells).toHaveLength(3);
  });
});

describe('word diff', () => {
  const chinese = fc.array(
    fc.constantFrom('推进', '科普', '，', '。', '2023年', '9月底前', '建设', '\n', '“', '”', '完成', '；'),
    {
      maxLength: 60,
    },
  );
  it('rebuilds both texts from its pieces (property)', () => {
    fc.assert(
      fc.property(chinese, chinese, (a, b) => {
        const before = a.join('');
        const after = b.join('');
        expect(sides(diffWords(before, after))).toEqual({ before, after });
      }),
      { numRuns: process.env.CI ? 2000 : 500 },
    );
  });

  it('cuts units at sentence ends and long sentences at clause marks', () => {
    expect(unitsOf('加强领导。落实责任；按时完成！')).toEqual(['加强领导。', '落实责任；', '按时完成！']);
    const long = '推进科普工作，'.repeat(40);
    expect(unitsOf(long).every((unit) => unit.length <= 160)).toBe(true);
    expect(unitsOf(long).join('')).toBe(long);
  });

  it('folds short equal fragments between edits (semantic clean-up), keeping both texts', () => {
    const pieces: TextPiece[] = [
      { op: 'delete', value: '甲乙' },
      { op: 'insert', value: '丙丁' },
      { op: 'equal', value: '的' },
      { op: 'delete', value: '戊己' },
      { op: 'insert', value: '庚辛' },
    ];
    const cleaned = cleanupSemantic(pieces);
    expect(cleaned).toEqual([
      { op: 'delete', value: '甲乙的戊己' },
      { op: 'insert', value: '丙丁的庚辛' },
    ]);
    expect(sides(cleaned)).toEqual(sides(pieces));
  });

  it('diffs a long single line against an edited copy, keeping what is unchanged', () => {
    const line = '加强科普阵地建设，9月底前完成市科技馆展陈更新，组织开展“全国科普日”活动。'.repeat(3000);
    const edited = line.slice(0, 50_000) + '新增内容' + line.slice(50_000).replace('科技馆', '科学馆');
    const pieces = diffWords(line, edited);
    expect(sides(pieces)).toEqual({ before: line, after: edited });
    const equal = pieces.filter((piece) => piece.op === 'equal').reduce((sum, piece) => sum + piece.value.length, 0);
    expect(equal / line.length).toBeGreaterThan(0.99);
  });
});

describe('optimal assignment', () => {
  it('prefers the pairing with the best total over the greedy one', () => {
    // Greedy takes 0.9 (row 0 → column 0) and leaves row 1 with 0.1; the optimum is 0.8 + 0.8.
    const scores = Float64Array.from([0.9, 0.8, 0.8, 0.1]);
    expect([...assignMaximum(scores, 2, 2, 0.3)]).toEqual([1, 0]);
  });

  it('leaves a row unpaired when every column scores below the threshold', () => {
    expect([...assignMaximum(Float64Array.from([0.2, 0.1]), 1, 2, 0.3)]).toEqual([-1]);
  });

  it('finds the best gain over the threshold with more rows than columns as with more columns than rows (brute force)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 20, maxLength: 20 }),
        (rows, columns, values) => {
          const scores = Float64Array.from(values.slice(0, rows * columns));
          const assigned = assignMaximum(scores, rows, columns, 0.3);
          const used = new Set([...assigned].filter((column) => column !== -1));
          expect(used.size).toBe([...assigned].filter((column) => column !== -1).length);
          // A pair is worth what it scores above the threshold (a row left open counts the threshold).
          const total = [...assigned].reduce(
            (sum, column, row) => sum + (column === -1 ? 0 : scores[row * columns + column] - 0.3),
            0,
          );
          // The best over every partial pairing, by brute force.
          const best = (row: number, taken: Set<number>): number => {
            if (row === rows) return 0;
            let value = best(row + 1, taken);
            for (let column = 0; column < columns; column++) {
              const score = scores[row * columns + column];
              if (taken.has(column) || score < 0.3) continue;
              value = Math.max(value, score - 0.3 + best(row + 1, new Set([...taken, column])));
            }
            return value;
          };
          expect(Math.abs(total - best(0, new Set()))).toBeLessThan(1e-6);
        },
      ),
    );
  });
});
