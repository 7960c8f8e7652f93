/**
 * Behaviour that mutations used to change without any test noticing (issue 26): each block pins
 * what a user relies on, so that the mutation named in its title now fails the suite.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans, extractDeadlines, parseCircular, readCircular } from '../src/index.js';
import type { Node } from '../src/types.js';
import { ExtractedLines } from '../src/read/extracted.js';
import { type PdfLine, writeParagraphs } from '../src/read/read-pdf.js';
import { checkTree } from './helpers/check-tree.js';
import { readCsv } from './helpers/read-csv.js';

const root = join(import.meta.dirname, '..');

function kepu(args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The sections of a tree, in reading order. */
function sectionsOf(node: Node): Array<Extract<Node, { type: 'section' }>> {
  const out: Array<Extract<Node, { type: 'section' }>> = [];
  const visit = (current: Node) => {
    if (current.type === 'section') out.push(current);
    if ('children' in current) for (const child of current.children) visit(child as Node);
  };
  visit(node);
  return out;
}

describe('--year against the plan’s own year (mutation: the plan’s year wins)', () => {
  const plan = join(root, 'fixtures', 'deadlines', 'plan-2023.txt');
  it('resolves against the year the user gives, and says the option gave it', () => {
    const document = parseCircular(readFileSync(plan), { name: 'plan-2023.txt' });
    expect(document.meta.year).toBe(2023);
    const { deadlines, reference } = extractDeadlines(document, { referenceYear: 2026 });
    expect(reference).toMatchObject({ year: 2026, source: 'option' });
    expect(deadlines.find((deadline) => deadline.text === '9月底前')?.date).toBe('2026-09-30');
    // Without the option, the plan's own year.
    expect(extractDeadlines(document).deadlines.find((deadline) => deadline.text === '9月底前')?.date).toBe(
      '2023-09-30',
    );
  });
  it('does so on the command line', () => {
    const rows = JSON.parse(kepu(['deadlines', plan, '--format', 'json', '--year', '2026', '-q']).stdout).deadlines;
    expect(rows.find((deadline: { text: string }) => deadline.text === '9月底前').date).toBe('2026-09-30');
  });
});

describe('moves across parents need a score of 0.5 (mutation: 0.35)', () => {
  // 2018 一、过去五年工作回顾 （一） reviews the macro-control of 2013–2017; 2019 三、（一）继续创新和完善宏观调控
  // is a task for 2019. Their words overlap (宏观调控, 经济运行, 合理区间: score 0.42), but a reader does not
  // take a review of past years for the next year's task: the review is removed, the task added.
  it('leaves 2018’s review of five years unpaired with 2019’s tasks', () => {
    const report = (year: number) =>
      parseCircular(readFileSync(join(root, 'fixtures', 'work-reports', `${year}.txt`)), { name: `${year}.txt` });
    const diff = diffPlans(report(2018), report(2019));
    const crossed = diff.changes.filter((change) => change.old?.id.startsWith('1.') && change.new?.id.startsWith('3.'));
    expect(crossed.map((change) => `${change.old!.id}→${change.new!.id}`)).toEqual([]);
    const review = diff.changes.find((change) => change.old?.id === '1.1');
    expect(review?.kinds).toEqual(['removed']);
    expect(diff.changes.find((change) => change.new?.id === '3.1')?.kinds).toEqual(['added']);
  });
});

describe('CSV fields with a line end are quoted (mutation: left bare)', () => {
  it('keeps a section of two paragraphs in one field, as a spreadsheet reads it', () => {
    // （一） has two paragraphs: its text field holds a line end.
    const file = join(mkdtempSync(join(tmpdir(), 'kepu-csv-')), 'plan.txt');
    writeFileSync(
      file,
      '临江市2023年科普工作要点\n一、总体要求\n（一）推进科技馆建设\n9月底前完成展陈更新。\n全年接待观众50万人次，组织活动不少于100场。\n',
    );
    const document = parseCircular(readFileSync(file), { name: 'plan.txt' });
    const multi = sectionsOf(document as unknown as Node).find(
      (section) => section.children.filter((child) => child.type === 'paragraph').length > 1,
    );
    expect(multi, 'a section with two paragraphs').toBeDefined();
    const csv = kepu(['export', file, '--to', 'csv']).stdout.replace(/^\ufeff/, '');
    const records = readCsv(csv);
    expect(new Set(records.map((record) => record.length))).toEqual(new Set([9]));
    const row = records.find((record) => record[2] === 'section' && record[3] === multi!.id)!;
    const paragraphs = multi!.children.filter((child) => child.type === 'paragraph') as Array<{ text: string }>;
    expect(row[7]).toBe(paragraphs.map((paragraph) => paragraph.text).join('\n'));
  });
});

describe('the HTML main-text finder widens to the title beside the text (mutation: margins halved)', () => {
  // Each paragraph holds 45 Chinese characters.
  const paragraph = (i: number) =>
    `<p>${i + 1}．各区科协要结合实际制定本地区科普工作计划，明确任务分工和完成时限，确保各项工作落到实处，取得实效。</p>`;
  const page = (paragraphs: number, beside: string) =>
    Buffer.from(
      `<!doctype html><html><head><meta charset="utf-8"></head><body><div class="wrap"><div class="article">${beside}<div class="content">${Array.from({ length: paragraphs }, (_, i) => paragraph(i)).join('')}</div></div><div class="foot">版权所有</div></div></body></html>`,
    );
  const title = '关于做好2023年全市科普工作的通知';
  const chinese = (html: string) => html.replace(/<[^>]*>/g, '').match(/[\u3400-\u9fff]/g)?.length ?? 0;

  it('takes in a title and a 来源 line that add 70 characters to a short text (at most 80)', async () => {
    const beside = `<h1>${title}</h1><div class="info">来源：临江市科学技术协会办公室　发布时间：二〇二三年四月十日　浏览次数：一千二百三十四次　责任编辑：张三李四王五赵六</div>`;
    expect(chinese(beside)).toBeGreaterThan(60);
    expect(chinese(beside)).toBeLessThanOrEqual(80);
    const document = await readCircular(page(4, beside), { name: 'notice.html' });
    expect(document.meta.title).toBe(title);
  });
  it('takes in a title and a summary that add a quarter of a long text (at most 30%)', async () => {
    const summary = `<div class="summary">${'本通知明确了全年科普工作的总体要求、重点任务和保障措施，请各单位认真贯彻执行。'.repeat(6)}</div>`;
    const beside = `<h1>${title}</h1>${summary}`;
    const core = 24 * 45;
    expect(chinese(beside)).toBeGreaterThan(core * 0.2);
    expect(chinese(beside)).toBeLessThanOrEqual(core * 0.3);
    const document = await readCircular(page(24, beside), { name: 'notice.html' });
    expect(document.meta.title).toBe(title);
  });
  it('takes in a title beside 44 characters of links (at most 40 more than the text it adds)', async () => {
    // 14 Chinese characters of title beside four links of 11 (44): 44 ≤ 14 + 40.
    const links = ['首页', '新闻', '通知', '政策']
      .map((name) => `<a href="/${name}">${name}科普信息服务栏目内容</a>`)
      .join('');
    const document = await readCircular(page(12, `<h1>${title}</h1><div class="nav">${links}</div>`), {
      name: 'notice.html',
    });
    expect(document.meta.title).toBe(title);
  });
});

describe('enclosed numbers past ⑳ (mutation: ㉑ read as 20)', () => {
  it('reads ⑳ ㉑ ㉒ ㉟ ㊱ ㊿ as 20, 21, 22, 35, 36 and 50', () => {
    const markers = ['⑳', '㉑', '㉒', '㉟', '㊱', '㊿'];
    const text = markers.map((marker) => `${marker}完成第${marker}项任务。`).join('\n') + '\n';
    const document = parseCircular(text);
    expect(sectionsOf(document as unknown as Node).map((section) => section.ordinal)).toEqual([20, 21, 22, 35, 36, 50]);
  });
  it('sees no gap in a list that runs from ① to ㉓', () => {
    const markers = Array.from({ length: 23 }, (_, i) => String.fromCodePoint(i < 20 ? 0x2460 + i : 0x3251 + i - 20));
    const document = parseCircular(markers.map((marker) => `${marker}任务。`).join('\n') + '\n');
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toEqual([]);
    expect(sectionsOf(document as unknown as Node).at(-1)?.ordinal).toBe(23);
  });
});

describe('Latin words across a PDF line break (mutation: run together)', () => {
  it('keeps a space between Belt and Road when the line breaks between them', () => {
    // Two full lines of one paragraph (the first reaches the right margin), then a short last one.
    const line = (text: string, y: number, x1 = 500): PdfLine => ({ text, page: 1, x0: 80, x1, y, size: 16 });
    const lines = [
      line('　　推进科技人文交流，深化与共建the Belt', 700),
      line('and Road Initiative国家的科普合作，举办科普交流活动。', 672),
      line('二、强化保障', 644, 200),
    ];
    const out = new ExtractedLines();
    writeParagraphs([lines], out);
    const { text } = out.finish('pdf-page', 'utf-8');
    expect(text).toContain('the Belt and Road Initiative');
    checkTree(parseCircular(out.finish('pdf-page', 'utf-8'), { format: 'pdf' }), text);
  });
});
