/**
 * The writers of `kepu initiatives` (table, CSV, JSON, NDJSON) in-process, on the Shanghai
 * shipping-services calls of 2022, 2023 and 2024 (one yearly call, its cited documents and
 * programmes carried from year to year) and other real circulars: the status from year to year,
 * the column per plan, the sections an initiative is named in.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatInitiatives, parseCircular, type InitiativesOptions } from '../src/index.js';
import { columnLabels, initiativesNdjson } from '../src/output/initiatives.js';
import { readCsv } from './helpers/read-csv.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const shanghai = join(root, 'corpus', 'shanghai');

function load(path: string) {
  const text = readFileSync(path, 'utf8');
  return { file: path.split('/').pop()!, document: parseCircular(text, { name: path }), text };
}

const call2022 = load(join(shanghai, '2022-shipping-services-call.md'));
const call2023 = load(join(shanghai, '2023-shipping-services-call.md'));
const call2024 = load(join(shanghai, '2024-shipping-services-call.md'));
const waterway2023 = load(join(shanghai, '2023-waterway-inspection.md'));
const jiading = load(join(shanghai, 'jiading-urban-renewal-opinion.md'));
const seed = load(join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt'));

const FUND_RULES = '上海国际航运中心建设专项资金管理办法';

function write(parsed: Array<ReturnType<typeof load>>, options: Partial<InitiativesOptions> = {}) {
  return formatInitiatives(parsed, { format: 'table', minCount: 1, ...options });
}

/** CSV records as objects keyed by the header. */
function records(csv: string): Array<Record<string, string>> {
  const [header, ...rows] = readCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

/** The header of a CSV. */
function header(csv: string): string[] {
  return readCsv(csv)[0];
}

describe('initiatives across the three yearly calls', () => {
  it('tells what every call names, what one call dropped and what came later', () => {
    // Given out of order: put in year order.
    const csv = write([call2024, call2022, call2023], { format: 'csv' });
    const rows = records(csv);
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(header(csv)).toEqual(['name', 'key', 'kind', '2022', '2023', '2024', 'status']);
    // The fund's rules are cited in each year's call.
    expect(byName.get(FUND_RULES)).toEqual({
      name: FUND_RULES,
      key: FUND_RULES,
      kind: 'document',
      2022: '1',
      2023: '1',
      2024: '1',
      status: 'continued',
    });
    // 2022 applied through 上海一网通办; 2023 and 2024 name 一网通办 and 法人一证通.
    expect(byName.get('上海一网通办')).toMatchObject({ 2022: '1', 2023: '0', 2024: '0', status: 'dropped' });
    expect(byName.get('法人一证通')).toMatchObject({ 2022: '0', 2023: '1', 2024: '1', status: 'new' });
    // 市级支持资金申请 only in 2023 (2024 says 市级支持资金申请一件事).
    expect(byName.get('市级支持资金申请')).toMatchObject({ 2022: '0', 2023: '1', 2024: '0', status: 'intermittent' });
    expect(byName.get('市级支持资金申请一件事')).toMatchObject({ 2024: '1', status: 'new' });
    // The key folds the title's brackets and the programme's year.
    expect(byName.get('2022年上海市促进现代航运服务业项目')).toMatchObject({
      key: '上海市促进现代航运服务业项目',
      kind: 'programme',
      status: 'continued',
    });
  });

  it('calls what is named first and last but not between intermittent', () => {
    // The 2023 waterway inspection, between the 2022 and 2024 calls, cites none of their documents.
    const rows = records(write([call2022, waterway2023, call2024], { format: 'csv' }));
    const fund = rows.find((row) => row.name === FUND_RULES)!;
    expect([fund['2022'], fund['2023'], fund['2024'], fund.status]).toEqual(['1', '0', '1', 'intermittent']);
    const regulation = rows.find((row) => row.name === '国内水路运输管理规定')!;
    expect([regulation['2022'], regulation['2023'], regulation['2024'], regulation.status]).toEqual([
      '0',
      '3',
      '0',
      'intermittent',
    ]);
  });

  it('keeps the counts of names given several times, and the least count asked', () => {
    const rows = records(write([call2022, waterway2023, call2024], { format: 'csv', minCount: 3 }));
    // The inspection's report form is named 8 times in 2023; the fund's rules twice over the three.
    expect(rows.find((row) => row.name === '国内水路运输（辅助业）经营者2023年度核查报告书')).toMatchObject({
      2023: '8',
    });
    expect(rows.some((row) => row.name === FUND_RULES)).toBe(false);
    // The sum over the plans counts, not one plan's: 1 + 1 + 1.
    const three = records(write([call2022, call2023, call2024], { format: 'csv', minCount: 3 }));
    expect(three.map((row) => row.name)).toContain(FUND_RULES);
    expect(three.every((row) => row.status === 'continued')).toBe(true);
    expect(records(write([call2022, call2023, call2024], { format: 'csv', minCount: 4 }))).toEqual([]);
  });

  it('lists only the kinds asked for', () => {
    const rows = records(write([call2022, call2023, call2024], { format: 'csv', kind: ['programme'] }));
    // (Programmes only: the rows the calls name, 上海国际航运中心建设 among them since issue 20's tenth round.)
    expect(rows.every((row) => row.kind === 'programme')).toBe(true);
    expect(rows.map((row) => [row.name, row.status])).toEqual(
      expect.arrayContaining([
        ['2022年上海市促进现代航运服务业项目', 'continued'],
        ['航运中心建设专项资金', 'dropped'],
        ['现代航运服务业创新项目', 'dropped'],
      ]),
    );
    expect(rows.map((row) => row.name)).toContain('上海国际航运中心建设');
    const two = records(write([call2022, call2023, call2024], { format: 'csv', kind: ['programme', 'document'] }));
    expect(new Set(two.map((row) => row.kind))).toEqual(new Set(['programme', 'document']));
  });

  it('shows a column per year, · where a plan does not name it, and the status', () => {
    const lines = write([call2022, call2023, call2024]).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+kind\s+2022\s+2023\s+2024\s+status$/);
    const row = (name: string) => lines.find((line) => line.startsWith(name + ' '))!;
    expect(row('上海一网通办').split(/\s{2,}/)).toEqual(['上海一网通办', 'platform', '1', '·', '·', 'dropped']);
    expect(row('法人一证通').split(/\s{2,}/)).toEqual(['法人一证通', 'formulation', '·', '1', '1', 'new']);
    // A name longer than 40 columns is cut.
    expect(lines.filter((line) => /^上海市人民政府办公厅关于转发市交通委、… +document/.test(line))).toHaveLength(1);
  });

  it('colours the status: new green, dropped red, intermittent yellow, continued plain', () => {
    const plain = write([call2022, call2023, call2024]);
    const coloured = write([call2022, call2023, call2024], { color: true });
    expect(plain).not.toContain('\x1b[');
    expect(coloured.replace(/\x1b\[\d+m/g, '')).toBe(plain);
    const lines = coloured.split('\n');
    expect(lines[0]).toMatch(/^\x1b\[1mname +\x1b\[22m {2}\x1b\[1mkind/);
    const row = (name: string) => lines.find((line) => line.startsWith(name + ' '))!;
    expect(row('上海一网通办')).toMatch(/ {2}\x1b\[31mdropped\x1b\[39m$/);
    expect(row('法人一证通')).toMatch(/ {2}\x1b\[32mnew\x1b\[39m$/);
    expect(row('市级支持资金申请')).toMatch(/ {2}\x1b\[33mintermittent\x1b\[39m$/);
    expect(row(FUND_RULES)).toMatch(/ {2}continued$/);
    // Only the status is coloured in a row: the kind is not.
    expect(row(FUND_RULES)).not.toContain('\x1b');
    expect(lines.slice(1).join('\n')).not.toContain('\x1b[1m');
  });

  it('writes JSON with each initiative’s presence in each file, and the files’ diagnostics', () => {
    const straySource =
      '临江市2021年科普工作要点\n一、任务\n开展"科普进社区活动，实施“上海市促进现代航运服务业项目”。\n';
    const stray = { file: 'stray.txt', document: parseCircular(straySource, { name: 'stray.txt' }), text: straySource };
    const json = JSON.parse(write([call2022, stray], { format: 'json' }));
    expect(json.files).toEqual([
      { file: 'stray.txt', year: 2021 },
      { file: '2022-shipping-services-call.md', year: 2022 },
    ]);
    expect(json.diagnostics).toEqual([expect.objectContaining({ file: 'stray.txt', code: 'unclosed-quote' })]);
    expect(json.diagnostics[0].position.start.line).toBe(3);
    const programme = json.initiatives.find((row: { key: string }) => row.key === '上海市促进现代航运服务业项目');
    expect(programme).toMatchObject({ kind: 'programme', status: 'continued' });
    expect(
      programme.presence.map((p: { file: string; year: number; count: number }) => [p.file, p.year, p.count]),
    ).toEqual([
      ['stray.txt', 2021, 1],
      ['2022-shipping-services-call.md', 2022, 1],
    ]);
    expect(programme.presence[1].occurrences[0].position.start.line).toBeGreaterThan(1);
    const rules = json.initiatives.find((row: { key: string }) => row.key === FUND_RULES);
    // Cited in 2022, not in the 2021 plan: new.
    expect(rules.status).toBe('new');
    expect(rules.presence[0]).toEqual({ file: 'stray.txt', year: 2021, count: 0, occurrences: [] });
    // One file: no status.
    const one = JSON.parse(write([call2022], { format: 'json' }));
    expect(one.initiatives.every((row: { status: unknown }) => row.status === null)).toBe(true);
    expect(one.diagnostics).toEqual([]);
    expect(write([call2022], { format: 'json' }).endsWith('}\n')).toBe(true);
  });
});

describe('column labels', () => {
  it('labels a plan by its year, by year and file when two share a year, else by its file', () => {
    expect(columnLabels([call2022, call2023])).toEqual(['2022', '2023']);
    expect(columnLabels([call2022, waterway2023, call2023])).toEqual([
      '2022',
      '2023 (2023-waterway-inspection.md)',
      '2023 (2023-shipping-services-call.md)',
    ]);
    const text = '关于做好科普工作的通知\n一、任务\n办好全国科普日。\n';
    const notice = { file: 'notice.txt', document: parseCircular(text, { name: 'notice.txt' }), text };
    expect(notice.document.meta.year).toBeNull();
    expect(columnLabels([notice, call2022])).toEqual(['notice.txt', '2022']);
  });

  it('keeps the order given when a plan has no year, and its file as its column', () => {
    const text = '关于做好航运服务工作的通知\n一、任务\n落实《上海国际航运中心建设专项资金管理办法》。\n';
    const notice = { file: 'notice.txt', document: parseCircular(text, { name: 'notice.txt' }), text };
    const csv = write([call2024, notice, call2022], { format: 'csv' });
    const rows = records(csv);
    expect(header(csv)).toEqual(['name', 'key', 'kind', '2024', 'notice.txt', '2022', 'status']);
    expect(rows.find((row) => row.name === FUND_RULES)).toMatchObject({ 2024: '1', 'notice.txt': '1', 2022: '1' });
  });
});

describe('one plan’s initiatives', () => {
  it('lists each with its mark, its count and the sections it is named in', () => {
    const csv = write([jiading], { format: 'csv' });
    const rows = records(csv);
    expect(header(csv)).toEqual(['name', 'key', 'kind', 'mark', 'count', 'sections']);
    // 两旧一村改造 is named four times in four sections: all four, no ellipsis.
    expect(rows.find((row) => row.name === '两旧一村改造')).toEqual({
      name: '两旧一村改造',
      key: '两旧一村',
      kind: 'programme',
      mark: '“”',
      count: '4',
      sections: '4 4.1 5.2 5.3',
    });
    // 城市更新专家委员会 in five: four are listed, then an ellipsis.
    expect(rows.find((row) => row.name === '城市更新专家委员会')).toMatchObject({
      kind: 'organisation',
      count: '5',
      sections: '4.2.1 4.3.2 5.2 5.3 …',
    });
    // Named in the attachment of the forwarding letter: the attachment is given.
    const seedRows = records(write([seed], { format: 'csv' }));
    expect(seedRows.find((row) => row.name === '全民科学素质行动规划纲要(2021-2035年)')).toMatchObject({
      kind: 'document',
      mark: '《》',
      count: '5',
      sections: '附件1:- 附件1:2 附件1:2.1',
    });
    // Named in the letter before any section: a dash (quoted against spreadsheet formulas).
    expect(seedRows[0]).toMatchObject({ name: '中国科协2022年科普工作要点', sections: "'-" });
  });

  it('shows them as a table with the kind coloured', () => {
    const lines = write([jiading]).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^name\s+kind\s+count\s+sections$/);
    expect(lines.find((line) => line.startsWith('两旧一村改造 '))!.split(/\s{2,}/)).toEqual([
      '两旧一村改造',
      'programme',
      '4',
      '4 4.1 5.2 5.3',
    ]);
    const coloured = write([jiading], { color: true }).split('\n');
    expect(coloured[0]).toMatch(/^\x1b\[1mname +\x1b\[22m/);
    // Only the header is bold.
    expect(coloured.slice(1).join('\n')).not.toContain('\x1b[1m');
    expect(coloured.find((line) => line.startsWith('两旧一村改造 '))).toMatch(
      /^两旧一村改造 + {2}\x1b\[36mprogramme +\x1b\[39m {2}4 /,
    );
    // ndjson is streamed by the command; given here it writes the table.
    expect(write([jiading], { format: 'ndjson' })).toBe(write([jiading]));
  });

  it('cuts a name at 40 columns, and keeps the sections whole when short', () => {
    const refined = load(join(shanghai, '2024-2026-refined-management-plan.md'));
    const lines = write([refined]).trimEnd().split('\n');
    // 上海市交通领域精细化管理三年行动计划(2024-2026年) is 47 columns.
    expect(lines[1].split(/\s{2,}/)).toEqual(['上海市交通领域精细化管理三年行动计划(20…', 'document', '1', '-']);

    const seedTable = write([seed]).trimEnd().split('\n');
    const row = seedTable.find((line) => line.startsWith('全民科学素质行动规划纲要(2021-2035年) '))!;
    expect(row.split(/\s{2,}/)).toEqual([
      '全民科学素质行动规划纲要(2021-2035年)',
      'document',
      '5',
      '附件1:- 附件1:2 附件1:2.1',
    ]);
  });
});

describe('initiatives as NDJSON', () => {
  it('writes one line an initiative with its file and year, of the kinds and counts asked', () => {
    const all = initiativesNdjson('2023.md', waterway2023.document, { minCount: 1 })
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(all.every((line) => line.file === '2023.md' && line.year === 2023)).toBe(true);
    expect(Object.keys(all[0]).slice(0, 2)).toEqual(['file', 'year']);
    expect(all.map((line) => line.name)).toContain('国内水路运输管理条例');
    const often = initiativesNdjson('2023.md', waterway2023.document, { minCount: 3 })
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(often.map((line) => [line.name, line.count])).toEqual([
      ['国内水路运输管理规定', 3],
      ['国内水路运输（辅助业）经营者2023年度核查报告书', 8],
      ['核查结果', 5],
      ['水路运输建设综合管理信息系统', 3],
      // 4 by its title and alias, and 《核查报告书》 after them (line 53) refers back to it.
      ['国际船舶运输经营者/内地与港澳间水路运输经营者年度核查报告书', 5],
    ]);
    const documents = initiativesNdjson('2023.md', waterway2023.document, { minCount: 3, kind: ['document'] });
    expect(
      documents
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).kind),
    ).toEqual(['document', 'document', 'document']);
    expect(initiativesNdjson('2023.md', waterway2023.document, { minCount: 100 })).toBe('');
  });
});
