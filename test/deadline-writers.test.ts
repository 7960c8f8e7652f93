/**
 * The writers of `kepu deadlines` (table, CSV, iCalendar, JSON, NDJSON) in-process, on the fixture
 * plans and the Shanghai circulars: what each format says of a deadline a reader can check against
 * the text (its day, its item, its unit), and the rules of each format (RFC 4180, RFC 5545).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectDeadlines, formatDeadlines, parseCircular, type DeadlinesOptions } from '../src/index.js';
import { deadlinesNdjson, describeReferences } from '../src/output/deadlines.js';
import { readCsv } from './helpers/read-csv.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const shanghai = join(root, 'corpus', 'shanghai');

function load(path: string, file = path.split('/').pop()!) {
  const text = readFileSync(path, 'utf8');
  return { file, document: parseCircular(text, { name: path }), text };
}

/** A short notice written for the case at hand, read as a file of that name. */
function notice(text: string, file = 'notice.txt') {
  return { file, document: parseCircular(text, { name: file }), text };
}

const plan2023 = load(join(root, 'deadlines', 'plan-2023.txt'));
const plan2024 = load(join(root, 'deadlines', 'plan-2024.txt'));

function write(
  parsed: Array<ReturnType<typeof load>>,
  options: Partial<DeadlinesOptions> & { format: DeadlinesOptions['format'] },
) {
  const full: DeadlinesOptions = { sort: 'date', ...options };
  return formatDeadlines(collectDeadlines(parsed, full), full);
}

/** The VEVENTs of a calendar, unfolded (RFC 5545 §3.1), each as its property lines. */
function events(ics: string): string[][] {
  const unfolded = ics.replace(/\r\n /g, '');
  return [...unfolded.matchAll(/BEGIN:VEVENT\r\n([\s\S]*?)\r\nEND:VEVENT/g)].map((match) => match[1].split('\r\n'));
}

function property(event: string[], name: string): string | undefined {
  return event.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('collectDeadlines', () => {
  it('keys each file by the SHA-256 of its text and dates it by its 成文日期', () => {
    const [entry] = collectDeadlines([plan2023], { format: 'ics', sort: 'date' });
    expect(entry.file).toBe('plan-2023.txt');
    expect(entry.hash).toBe(createHash('sha256').update(plan2023.text).digest('hex').slice(0, 16));
    expect(entry.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(entry.date).toBe('2023-02-20');
    expect(entry.rows).toEqual(entry.list.deadlines);
    expect(entry.rows).toHaveLength(10);
  });

  it('dates a Markdown circular without a 成文日期 by its 发布日期', () => {
    const waterway = load(join(shanghai, '2023-waterway-inspection.md'));
    expect(waterway.document.meta.date).toBeNull();
    const [entry] = collectDeadlines([waterway], { format: 'ics', sort: 'date' });
    expect(entry.date).toBe('2023-03-03');
  });

  it('keeps the deadlines whose days meet the window, and no undated one', () => {
    const texts = (after?: string, before?: string) =>
      collectDeadlines([plan2023], { format: 'table', sort: 'date', after, before })[0].rows.map((row) => row.text);
    // 9月15日至25日 ends on 25 September: in a window from that day, out of one from the next.
    expect(texts('2023-09-25')).toContain('9月15日至25日');
    expect(texts('2023-09-26')).not.toContain('9月15日至25日');
    // …and starts on the 15th: in a window up to that day, out of one up to the day before.
    expect(texts(undefined, '2023-09-15')).toContain('9月15日至25日');
    expect(texts(undefined, '2023-09-14')).not.toContain('9月15日至25日');
    // Autumn 2023: what is due or running then. 9月底前 runs from the plan's date to its limit.
    expect(texts('2023-09-01', '2023-12-31')).toEqual([
      '"十四五"期间',
      '9月底前',
      '2024年底前',
      '9月15日至25日',
      '当年12月31日前',
      '到2025年',
    ]);
    // A window drops 每季度, which has no day.
    expect(texts('2000-01-01', '2099-12-31')).not.toContain('每季度');
    expect(texts()).toContain('每季度');
  });
});

describe('the deadline table', () => {
  it('gives each deadline its day, its item and its lead unit, sorted by day', () => {
    const table = write([plan2023], { format: 'table' });
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^when\s+kind\s+text\s+item\s+responsible$/);
    const row = (text: string) => lines.find((line) => line.includes(` ${text} `) || line.endsWith(text))!;
    expect(row('9月底前')).toMatch(/^by 2023-09-30\s+deadline\s+9月底前\s+1\.1 （一）推进科技馆建设\s+市科协科普部$/);
    expect(row('9月15日至25日')).toMatch(/^2023-09-15\.\.2023-09-25\s+range\s+9月15日至25日\s+2\.1 （一）全国科普日$/);
    expect(row('每季度')).toMatch(/^every quarter\s+recurring\s+每季度\s+2\.1 （一）全国科普日$/);
    expect(row('"十四五"期间')).toMatch(/^2021-01-01\.\.2025-12-31\s+period\s+"十四五"期间\s+\(lead-in\)$/);
    // By day; 每季度 has none and comes last.
    expect(lines.slice(1).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      '2021-01-01..2025-12-31',
      '2023-01-01..2023-06-30',
      'by 2023-03-22',
      '2023-05-20..2023-05-27',
      '2023-09-15..2023-09-25',
      'by 2023-09-30',
      'by 2023-12-31',
      'by 2024-12-31',
      'by 2025-12-31',
      'every quarter',
    ]);
    // Columns line up: every row's text starts where the header's does.
    const at = lines[0].indexOf('text');
    for (const line of lines.slice(1)) expect(line.slice(0, at)).toMatch(/ {2}$/);
  });

  it('keeps the order of the text when asked', () => {
    const table = write([plan2023], { format: 'table', sort: 'document' });
    const texts = table
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) => line.split(/\s{2,}/)[2]);
    expect(texts).toEqual([
      '"十四五"期间',
      '9月底前',
      '2024年底前',
      '上半年',
      '9月15日至25日',
      '每季度',
      '2023年5月20日至27日',
      '当年12月31日前',
      '自本要点印发之日起30日内',
      '到2025年',
    ]);
  });

  it('puts ties in document order and the undated last', () => {
    // Both plans have 2024年底前 on 2024-12-31: the 2023 plan's first, as given.
    const lines = write([plan2023, plan2024], { format: 'table' }).trimEnd().split('\n');
    const due = lines.filter((line) => line.includes('by 2024-12-31'));
    expect(due.map((line) => line.split(/\s{2,}/)[0] + ' ' + line.split(/\s{2,}/)[3])).toEqual([
      'plan-2023.txt 2024年底前',
      'plan-2024.txt 2024年底前',
      'plan-2024.txt 当年12月31日前',
    ]);
    expect(lines.slice(-2).every((line) => line.includes('every quarter'))).toBe(true);
    const reversed = write([plan2024, plan2023], { format: 'table' }).trimEnd().split('\n');
    expect(reversed.filter((line) => line.includes('2024年底前')).map((line) => line.split(/\s{2,}/)[0])).toEqual([
      'plan-2024.txt',
      'plan-2023.txt',
    ]);
  });

  it('sorts the ten work reports’ references by day, ties in the order of files and text', () => {
    const reports = Array.from({ length: 10 }, (_, i) => load(join(root, 'work-reports', `${2010 + i}.txt`)));
    // Given newest first: ties keep this order.
    const given = [...reports].reverse();
    const rows = JSON.parse(write(given, { format: 'json', all: true })).deadlines as Array<{
      file: string;
      date: string | null;
      start: string | null;
      end: string | null;
      position: { start: { offset: number } };
    }>;
    expect(rows.length).toBeGreaterThan(100);
    const key = (row: (typeof rows)[number]) => row.date ?? row.start ?? row.end;
    const fileIndex = (row: (typeof rows)[number]) => given.findIndex((entry) => entry.file === row.file);
    let ties = 0;
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]), key(rows[i])];
      if (a !== null && b !== null) expect(a <= b).toBe(true);
      if (a === null) expect(b).toBeNull();
      if (a === b) {
        ties++;
        const order =
          fileIndex(rows[i - 1]) - fileIndex(rows[i]) ||
          rows[i - 1].position.start.offset - rows[i].position.start.offset;
        expect(order).toBeLessThan(0);
      }
    }
    expect(ties).toBeGreaterThan(20);
  });

  it('adds a file column for several files, never cut', () => {
    const plan = load(join(shanghai, '2024-2026-refined-management-plan.md'));
    const lines = write([plan2023, plan], { format: 'table' }).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^file\s+when\s+kind\s+text\s+item\s+responsible$/);
    expect(lines.some((line) => line.startsWith('plan-2023.txt  '))).toBe(true);
    // 2024-2026-refined-management-plan.md (37 columns) whole, on each of its rows.
    const own = collectDeadlines([plan], { format: 'table', sort: 'date' })[0].rows.length;
    expect(own).toBeGreaterThan(3);
    expect(lines.filter((line) => line.startsWith('2024-2026-refined-management-plan.md  '))).toHaveLength(own);
    expect(lines.find((line) => line.includes('至2026年'))).toMatch(
      /^2024-2026-refined-management-plan\.md {2}by 2026-12-31\s+target\s+至2026年\s+2\.10 （十）提升市域铁路服务质量$/,
    );
    expect(lines.filter((line) => /every year\s+recurring\s+每年/.test(line))).toHaveLength(2);
    // 15天完成1次: every 15 days, said once.
    expect(lines.some((line) => /every 15 days\s+recurring\s+15天完成1次/.test(line))).toBe(true);
  });

  it('cuts a long text at 24 columns and a long item at 40', () => {
    const call = load(join(shanghai, '2022-shipping-services-call.md'));
    const lines = write([call], { format: 'table', sort: 'document' }).trimEnd().split('\n');
    expect(lines.slice(1)).toHaveLength(4);
    // 2022年9月12日17:30申报截止 (the text) and its time: "by" the day and the hour.
    expect(lines[4]).toMatch(/^by 2022-09-12 17:30\s+deadline\s+2022年9月12日17:30申报…\s+3\.3 （三）申报时间$/);
    expect(lines[3]).toMatch(/^from 2022-08-01\s+period\s+自2022年8月1日起\s+3\.3/);
    // 规定时间内 has no day: unresolved, with the unit that acts.
    expect(lines[2]).toMatch(/^unresolved\s+deadline\s+规定时间内\s+3\.2 （二）申报方式\s+申报企业$/);
    expect(lines[1]).toMatch(/^from 2022-07-29\s+period\s+即日起\s+\(lead-in\)$/);
    const waterway = load(join(shanghai, '2023-waterway-inspection.md'));
    const items = write([waterway], { format: 'table', sort: 'document' })
      .trimEnd()
      .split('\n')
      .map((line) => line.split(/\s{2,}/)[3]);
    expect(items).toContain('3.2 （二）各区交通主管部门要建立年度核…');
    expect(items).toContain('1.1.4.4 （4）各区交通主管部门和市港航中…');
  });

  it('names a deadline of the title, of an attachment and of the lead-in', () => {
    const call = load(join(shanghai, '2022q1-collection-structure-call.md'));
    const all = write([call], { format: 'table', sort: 'document', all: true }).trimEnd().split('\n');
    // The quarter the call collects data for, named in its title and its first paragraph.
    expect(all[1]).toMatch(/^2022-01-01\.\.2022-03-31\s+date \(past\)\s+2022年一季度\s+\(title\)$/);
    expect(all[2]).toMatch(/^2022-01-01\.\.2022-03-31\s+date \(past\)\s+2022年一季度\s+\(lead-in\)$/);
    // With --all a reference that is no action shows its role; without, it is not listed.
    const withAll = write([plan2023], { format: 'table', sort: 'document', all: true }).trimEnd().split('\n');
    expect(
      withAll
        .filter((line) => line.includes('(plan-year)'))
        .map((line) =>
          line
            .split(/\s{2,}/)
            .slice(1)
            .join(' | '),
        ),
    ).toEqual(['date (plan-year) | 2023年 | (title)', 'date (plan-year) | 2023年 | (lead-in)']);
    expect(withAll.find((line) => line.includes('9月底前'))).toMatch(/ deadline {2,}9月底前/);
    expect(write([plan2023], { format: 'table' })).not.toContain('2023年 ');
    const seed = load(join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt'));
    const attached = write([seed], { format: 'table', sort: 'document', all: true })
      .split('\n')
      .filter((line) => line.includes('附件1 '));
    expect(attached.length).toBeGreaterThan(0);
    expect(attached.join('\n')).toMatch(/附件1 \d+(\.\d+)* \S/);
  });

  it('says how each kind of deadline falls', () => {
    const lines = write(
      [
        notice(
          '关于做好科普工作的通知\n一、工作安排\n（一）2023年9月25日举办开幕式。自2023年7月1日起，每周报送一次进展，每月、每半年、每旬、每年汇总。9月30日前完成验收。自本通知印发之日起30日内报送方案。\n',
        ),
      ],
      { format: 'table', sort: 'document' },
    )
      .trimEnd()
      .split('\n')
      .slice(1)
      .map((line) =>
        line
          .split(/\s{2,}/)
          .slice(0, 3)
          .join(' | '),
      );
    expect(lines).toEqual([
      '2023-09-25 | date | 2023年9月25日',
      'from 2023-07-01 | period | 自2023年7月1日起',
      'every week | recurring | 每周',
      'every month | recurring | 每月',
      'every half year | recurring | 每半年',
      'every ten days | recurring | 每旬',
      'every year | recurring | 每年',
      // No year in the notice: the day is known, not the year.
      'by --09-30 | deadline | 9月30日前',
      // No date either: 30 days from an unknown day.
      'unresolved | deadline | 自本通知印发之日起30日内',
    ]);
  });

  it('colours the header bold and the kind cyan when asked, and nothing else', () => {
    const plain = write([plan2023], { format: 'table' });
    expect(plain).not.toContain('\x1b[');
    const coloured = write([plan2023], { format: 'table', color: true });
    const lines = coloured.split('\n');
    expect(lines[0]).toMatch(/^\x1b\[1mwhen +\x1b\[22m {2}\x1b\[1mkind +\x1b\[22m {2}\x1b\[1mtext/);
    expect(lines[1]).toMatch(/^2021-01-01\.\.2025-12-31 {2}\x1b\[36mperiod {2,}\x1b\[39m {2}"十四五"期间/);
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
    // With a file column the kind is the third column.
    const two = write([plan2023, plan2024], { format: 'table', color: true }).split('\n');
    expect(two[1]).toMatch(/^plan-2023\.txt {2}2021-01-01\.\.2025-12-31 {2}\x1b\[36mperiod/);
  });
});

describe('the deadline CSV', () => {
  it('writes one record a deadline, its units and its section path in columns', () => {
    const csv = write([plan2023], { format: 'csv', sort: 'document' });
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = readCsv(csv);
    expect(header).toEqual([
      'file',
      'text',
      'kind',
      'role',
      'start',
      'end',
      'date',
      'time',
      'recurrence',
      'resolvedBy',
      'attachment',
      'section',
      'heading',
      'lead',
      'others',
      'context',
      'line',
      'column',
    ]);
    expect(records).toHaveLength(10);
    const row = (text: string) =>
      Object.fromEntries(header.map((name, i) => [name, records.find((r) => r[1] === text)![i]]));
    expect(row('9月底前')).toEqual({
      file: 'plan-2023.txt',
      text: '9月底前',
      kind: 'deadline',
      role: 'action',
      start: '2023-02-20',
      end: '2023-09-30',
      date: '2023-09-30',
      time: '',
      recurrence: '',
      resolvedBy: 'reference-year',
      attachment: '',
      section: '1.1',
      heading: '一、加强科普阵地建设 / （一）推进科技馆建设',
      lead: '市科协科普部',
      others: '市发展改革委、市财政局',
      context: 'text',
      line: '5',
      column: '12',
    });
    expect(row('每季度')).toMatchObject({ kind: 'recurring', recurrence: 'quarterly', start: '', date: '' });
    // The quote marks of "十四五" are doubled inside a quoted field, and read back as written.
    expect(csv).toContain('"""十四五""期间"');
    expect(row('"十四五"期间')).toMatchObject({ section: '', heading: '', line: '3', column: '31' });
    // Each line and column points at the text.
    const lines = plan2023.text.split('\n');
    for (const record of records) {
      const r = Object.fromEntries(header.map((name, i) => [name, record[i]]));
      const line = lines[Number(r.line) - 1];
      expect(line.slice(Number(r.column) - 1).startsWith(r.text)).toBe(true);
    }
  });

  it('keeps the time of a call’s closing hour', () => {
    const [header, ...records] = readCsv(
      write([load(join(shanghai, '2022-shipping-services-call.md'))], { format: 'csv', sort: 'document' }),
    );
    const closing = records.find((record) => record[header.indexOf('time')] !== '')!;
    expect(closing[header.indexOf('text')]).toBe('2022年9月12日17:30申报截止');
    expect(closing[header.indexOf('date')]).toBe('2022-09-12');
    expect(closing[header.indexOf('time')]).toBe('17:30');
  });
});

describe('the deadline JSON and NDJSON', () => {
  it('lists the files with their reference year, and each deadline with its file', () => {
    const json = JSON.parse(write([plan2023, plan2024], { format: 'json' }));
    expect(json.files).toEqual([
      { file: 'plan-2023.txt', reference: { year: 2023, source: 'title', date: '2023-02-20' }, omitted: 2 },
      { file: 'plan-2024.txt', reference: { year: 2024, source: 'title', date: expect.any(String) }, omitted: 3 },
    ]);
    expect(json.deadlines).toHaveLength(20);
    expect(write([plan2023, plan2024], { format: 'json' }).endsWith('}\n')).toBe(true);
    expect(Object.keys(json.deadlines[0])[0]).toBe('file');
    expect(
      json.deadlines.find((d: { file: string; text: string }) => d.file === 'plan-2024.txt' && d.text === '10月底前'),
    ).toMatchObject({
      date: '2024-10-31',
      sectionId: '1.1',
    });
  });

  it('writes --format ndjson as the JSON document, and one line a deadline per file', () => {
    expect(write([plan2023], { format: 'ndjson' })).toBe(write([plan2023], { format: 'json' }));
    const [entry] = collectDeadlines([plan2023], { format: 'ndjson', sort: 'document' });
    const ndjson = deadlinesNdjson(entry);
    expect(ndjson.endsWith('\n')).toBe(true);
    const lines = ndjson
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(10);
    expect(lines.map((line) => line.text)).toEqual(entry.rows.map((row) => row.text));
    expect(lines.every((line) => line.file === 'plan-2023.txt')).toBe(true);
    expect(lines[1]).toMatchObject({ text: '9月底前', date: '2023-09-30' });
  });
});

describe('notes on the references', () => {
  it('names the year and where it came from, and what --all would add', () => {
    const options: DeadlinesOptions = { format: 'table', sort: 'date' };
    expect(describeReferences(collectDeadlines([plan2023], options), options)).toBe(
      "plan-2023.txt: relative dates resolved against 2023 (from the title); 2 more time references (past, forecasts, cited titles, labels, the plan's own year) with --all",
    );
    const all = { ...options, all: true };
    expect(describeReferences(collectDeadlines([plan2023], all), all)).toBe(
      'plan-2023.txt: relative dates resolved against 2023 (from the title)',
    );
    const year = { ...options, year: 2026 };
    expect(describeReferences(collectDeadlines([plan2023], year), year)).toMatch(
      /^plan-2023\.txt: relative dates resolved against 2026 \(from the option\); 2 more /,
    );
  });

  it('says one more reference in the singular, and what to do without a year', () => {
    const options: DeadlinesOptions = { format: 'table', sort: 'date' };
    const one = notice('关于做好科普工作的通知\n一、工作安排\n落实《2021-2025年科普规划》，9月30日前完成验收。\n');
    const [entry] = collectDeadlines([one], options);
    expect(entry.list.omitted).toBe(1);
    expect(describeReferences([entry], options)).toBe(
      "notice.txt: the plan gives no year; dates without one are listed as --MM-DD (give --year N to resolve them); 1 more time reference (past, forecasts, cited titles, labels, the plan's own year) with --all",
    );
    // Nothing left out: no note of it.
    const none = notice('关于做好科普工作的通知\n一、工作安排\n9月30日前完成验收。\n');
    const [bare] = collectDeadlines([none], options);
    expect(bare.list.omitted).toBe(0);
    expect(describeReferences([bare], options)).toBe(
      'notice.txt: the plan gives no year; dates without one are listed as --MM-DD (give --year N to resolve them)',
    );
    const two = collectDeadlines([plan2023, one], options);
    expect(describeReferences(two, options).split('\n')).toHaveLength(2);
  });
});

describe('the iCalendar file', () => {
  it('places each dated deadline on its day, all day long', () => {
    const ics = write([plan2023], { format: 'ics', sort: 'document' });
    expect(
      ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//kepu//deadlines//ZH\r\nCALSCALE:GREGORIAN\r\n'),
    ).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(
      ics
        .split('\r\n')
        .slice(0, -1)
        .every((line) => !line.includes('\n')),
    ).toBe(true);
    const list = events(ics);
    const days = list.map((event) => [
      property(event, 'SUMMARY')!.slice('SUMMARY:'.length).split(' — ')[0],
      property(event, 'DTSTART')!.slice(-8),
      property(event, 'DTEND')!.slice(-8),
    ]);
    // 上半年 and "十四五"期间 are periods of months and years: not calendar events without --all.
    expect(days).toEqual([
      ['9月底前', '20230930', '20231001'],
      ['2024年底前', '20241231', '20250101'],
      ['9月15日至25日', '20230915', '20230926'],
      ['每季度', '20230101', '20230102'],
      ['2023年5月20日至27日', '20230520', '20230528'],
      ['当年12月31日前', '20231231', '20240101'],
      ['自本要点印发之日起30日内', '20230322', '20230323'],
      ['到2025年', '20251231', '20260101'],
    ]);
    const quarterly = list[3];
    expect(property(quarterly, 'RRULE')).toBe('RRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20231231');
    expect(list.filter((event) => property(event, 'RRULE'))).toHaveLength(1);
    const due = list[0];
    expect(property(due, 'UID')).toBe(
      `UID:${createHash('sha256').update(plan2023.text).digest('hex').slice(0, 16)}-${plan2023.text.indexOf('9月底前')}@kepu`,
    );
    expect(property(due, 'DTSTAMP')).toBe('DTSTAMP:20230220T000000Z');
    expect(property(due, 'SUMMARY')).toBe('SUMMARY:9月底前 — 推进科技馆建设');
    expect(property(due, 'DESCRIPTION')).toBe(
      'DESCRIPTION:deadline\\; 一、加强科普阵地建设 / （一）推进科技馆建设\\; plan-2023.txt:5:12\\; 牵头: 市科协科普部',
    );
    expect(property(list[2], 'DESCRIPTION')).toBe(
      'DESCRIPTION:range\\; 二、办好品牌活动 / （一）全国科普日\\; plan-2023.txt:8:10',
    );
    expect(new Set(list.map((event) => property(event, 'UID'))).size).toBe(list.length);
    // Each event has its seven properties, and the repeating one its rule: nothing else.
    for (const event of list) {
      expect(event.map((line) => line.split(/[;:]/)[0])).toEqual([
        'UID',
        'DTSTAMP',
        'DTSTART',
        'DTEND',
        ...(event === quarterly ? ['RRULE'] : []),
        'SUMMARY',
        'DESCRIPTION',
      ]);
    }
  });

  it('adds the long periods with --all', () => {
    const list = events(write([plan2023], { format: 'ics', sort: 'document', all: true }));
    const summaries = list.map((event) => property(event, 'SUMMARY'));
    expect(summaries).toContain('SUMMARY:上半年 — 建设社区科普站点');
    const plan = list.find((event) => property(event, 'SUMMARY') === 'SUMMARY:"十四五"期间')!;
    expect(property(plan, 'DTSTART')).toBe('DTSTART;VALUE=DATE:20210101');
    expect(property(plan, 'DTEND')).toBe('DTEND;VALUE=DATE:20260101');
    expect(property(plan, 'DESCRIPTION')).toBe('DESCRIPTION:period\\; no section\\; plan-2023.txt:3:31');
  });

  it('keeps a range of 31 days and leaves out one of 61', () => {
    const text =
      '临江市2023年科普工作要点\n一、工作安排\n（一）7月1日至31日集中开展暑期科普活动。\n（二）11月1日至12月31日开展冬季科普活动。\n（三）8月1日至9月1日开展科普讲解大赛。\n';
    const summaries = events(write([notice(text)], { format: 'ics' })).map((event) => property(event, 'SUMMARY'));
    expect(summaries).toEqual(['SUMMARY:7月1日至31日 — 7月1日至31日集中开展暑期科普活动']);
    const refined = events(write([load(join(shanghai, '2024-2026-refined-management-plan.md'))], { format: 'ics' }));
    // 2026年底 (November and December) is left out; 至2026年 is a limit; the repetitions repeat.
    const summaries2 = refined.map((event) => property(event, 'SUMMARY')!.split(' — ')[0]);
    expect(summaries2[0]).toBe('SUMMARY:至2026年');
    expect(summaries2).not.toContain('SUMMARY:2026年底');
    const rule = (text: string) =>
      property(
        refined.find((event) => property(event, 'SUMMARY')!.startsWith(`SUMMARY:${text}`))!,
        'RRULE',
      );
    expect(rule('每年')).toBe('RRULE:FREQ=YEARLY;UNTIL=20241231');
    // 15天完成1次: every 15 days.
    expect(rule('15天完成1次')).toBe('RRULE:FREQ=DAILY;INTERVAL=15;UNTIL=20241231');
    expect(rule('30天完成1次')).toBe('RRULE:FREQ=DAILY;INTERVAL=30;UNTIL=20241231');
  });

  it('leaves out what has no day: a day without its year, 30 days from an unknown date, a repetition without a year', () => {
    const text =
      '关于做好科普工作的通知\n一、工作安排\n（一）9月30日前完成验收，每季度报送一次进展。自本通知印发之日起30日内报送方案。2023年9月25日举办开幕式。\n';
    const ics = write([notice(text)], { format: 'ics', all: true });
    const list = events(ics);
    expect(list.map((event) => property(event, 'SUMMARY')!.split(' — ')[0])).toEqual(['SUMMARY:2023年9月25日']);
    // No document date: the stamp is the epoch, not the day the file was written.
    expect(property(list[0], 'DTSTAMP')).toBe('DTSTAMP:19700101T000000Z');
  });

  it('stamps the calendar with SOURCE_DATE_EPOCH when set, else the latest document date', () => {
    const waterway = load(join(shanghai, '2023-waterway-inspection.md'));
    const stamps = (parsed: Array<ReturnType<typeof load>>) =>
      [...write(parsed, { format: 'ics' }).matchAll(/DTSTAMP:(\S+)/g)].map((match) => match[1]);
    // The latest, whatever the order of the files.
    expect(new Set(stamps([plan2024, waterway, plan2023]))).toEqual(new Set(['20240226T000000Z']));
    // A file with no date does not count.
    const undated = notice('关于做好科普工作的通知\n一、工作安排\n2023年9月25日举办开幕式。\n');
    expect(undated.document.meta.date).toBeNull();
    expect(new Set(stamps([waterway, undated]))).toEqual(new Set(['20230303T000000Z']));
    expect(plan2024.document.meta.date).toBe('2024-02-26');
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000');
    expect(new Set(stamps([plan2023]))).toEqual(new Set(['20231114T221320Z']));
    vi.stubEnv('SOURCE_DATE_EPOCH', 'yesterday');
    expect(new Set(stamps([plan2023]))).toEqual(new Set(['20230220T000000Z']));
    vi.stubEnv('SOURCE_DATE_EPOCH', 'x1700000000');
    expect(new Set(stamps([plan2023]))).toEqual(new Set(['20230220T000000Z']));
    vi.stubEnv('SOURCE_DATE_EPOCH', '1700000000x');
    expect(new Set(stamps([plan2023]))).toEqual(new Set(['20230220T000000Z']));
  });

  it('folds long lines at 75 octets, never earlier, and never inside a character', () => {
    const waterway = load(join(shanghai, '2023-waterway-inspection.md'));
    const ics = write([waterway], { format: 'ics', sort: 'document' });
    const lines = ics.split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(10);
    for (let i = 0; i < lines.length - 1; i++) {
      expect(Buffer.byteLength(lines[i])).toBeLessThanOrEqual(75);
      if (lines[i + 1].startsWith(' ')) {
        // The next character would not have fitted.
        const next = [...lines[i + 1].slice(1)][0];
        expect(Buffer.byteLength(lines[i] + next)).toBeGreaterThan(75);
      }
    }
    const list = events(ics);
    // The summary of 2023年5月19日前 is its item's heading, whole once unfolded.
    const report = list.find((event) => property(event, 'SUMMARY')!.startsWith('SUMMARY:2023年5月19日前'))!;
    expect(property(report, 'SUMMARY')).toBe(
      'SUMMARY:2023年5月19日前 — 各区交通主管部门要建立年度核查档案，加强信息收集整理，并于2023年5月19日前将核查工作总结（一式两份，应包括年度核查工作开展情况、抽查情况、工作成效、发现问题整改、处罚情况等内容，有关汇总数据较上一年变化率超3%的应说明原因）报市港航中心',
    );
    // 自本通知发布之日起至2023年5月31日 (three months) is no calendar event without --all.
    expect(property(list[0], 'SUMMARY')).toBe(property(report, 'SUMMARY'));
  });

  it('keeps a file name’s line break and control characters visible and on one line', () => {
    const text = '临江市2023年科普工作要点\n一、科普活动\n9月底前完成验收。\n';
    const [event] = events(write([notice(text, 'plan\n2023\x7f\x01.txt')], { format: 'ics' }));
    expect(property(event, 'DESCRIPTION')).toBe('DESCRIPTION:deadline\\; 一、科普活动\\; plan\\n2023␡␁.txt:3:1');
    const [crlf] = events(write([notice(text, 'plan\r\n2023.txt')], { format: 'ics' }));
    expect(property(crlf, 'DESCRIPTION')).toBe('DESCRIPTION:deadline\\; 一、科普活动\\; plan\\n2023.txt:3:1');
  });

  it('fills each folded line to 75 octets when the next character is ASCII', () => {
    const text = '临江市2023年科普工作要点\n一、科普活动\n9月底前完成验收。\n';
    const file = 'lingjiang-science-association-2023-work-plan-as-published-on-the-city-website.txt';
    const ics = write([notice(text, file)], { format: 'ics' });
    const lines = ics.split('\r\n');
    const folded = lines.filter((line, i) => lines[i + 1]?.startsWith(' ') && /^ [\x20-\x7e]/.test(lines[i + 1]));
    expect(folded.length).toBeGreaterThan(0);
    for (const line of folded) expect(Buffer.byteLength(line)).toBe(75);
    const description = lines.findIndex((line) => line.startsWith('DESCRIPTION:'));
    expect(lines[description].startsWith('DESCRIPTION:deadline\\; 一、科普活动\\; lingjiang')).toBe(true);
    expect(Buffer.byteLength(lines[description])).toBe(75);
    expect(events(ics)[0].at(-1)).toBe(`DESCRIPTION:deadline\\; 一、科普活动\\; ${file}:3:1`);
  });

  it('escapes what iCalendar TEXT reserves and shows control characters as their pictures', () => {
    const text =
      '临江市2023年科普工作要点\n一、科普活动\n（一）科技周,科普日;讲解赛\\展览\x1b。9月底前完成。（牵头单位：市科协）\n';
    const [event] = events(write([notice(text)], { format: 'ics' }));
    expect(property(event, 'SUMMARY')).toBe('SUMMARY:9月底前 — 科技周\\,科普日\\;讲解赛\\\\展览␛');
    expect(property(event, 'DESCRIPTION')).toBe(
      'DESCRIPTION:deadline\\; 一、科普活动 / （一）科技周\\,科普日\\;讲解赛\\\\展览␛\\; notice.txt:3:20\\; 牵头: 市科协',
    );
  });
});
