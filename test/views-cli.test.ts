/** kepu outline, kepu tasks and kepu report through the built CLI: outputs, formats, colour, errors. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../src/display-width.js';

const root = join(import.meta.dirname, '..');
const seed = 'fixtures/seed/cast-2022-kepu-plan-forwarded.txt';
const shanghai = 'fixtures/corpus/shanghai/2024-2026-refined-management-plan.md';
const work = mkdtempSync(join(tmpdir(), 'kepu-views-'));

function kepu(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), ...args], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kepu outline', () => {
  it('shows the seed one line a section, within the width, as npm start does', () => {
    const { status, stdout, stderr } = kepu(['outline', seed]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(seed);
    expect(lines[1]).toBe('中国科协2022年科普工作要点 (2022)');
    // 86 initiative mentions: 全国科普示范县 (twice), 科普中国星空讲坛 and “一带一路”青少年创客营 went with the kind words
    // only the seed used (issue 26, item 3).
    expect(lines).toContain(
      '附件1 中国科协2022年科普工作要点                                                      ·           86',
    );
    expect(lines.filter((line) => /^ {4}\(/.test(line))).toHaveLength(19); // and 五、, a task of level 1
    expect(lines.at(-1)).toBe('20 tasks (kepu tasks lists them), 0 with units, 0 with time limits');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(100);
    expect(stdout).not.toMatch(/\u001b\[/);
    const start = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.start;
    expect(start).toBe(`node bin/kepu.js outline ${seed}`);
  });
  it('cuts headings to --width, stops at --levels, and marks numbering problems', () => {
    const narrow = kepu(['outline', seed, '--width', '60']).stdout.trimEnd().split('\n');
    for (const line of narrow.slice(2, -1)) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    expect(narrow.some((line) => line.includes('…'))).toBe(true);
    const top = kepu(['outline', seed, '--levels', '1']).stdout;
    expect(top).toContain('  一、以政治引领');
    expect(top).not.toContain('(一)');
    const malformed = kepu(['outline', 'fixtures/parse/malformed-numbering/input.txt', '-q']).stdout;
    expect(malformed).toMatch(/（三）.*! numbering-gap/);
  });
  it('writes JSON with --json, pruned by --levels', () => {
    const outline = JSON.parse(kepu(['outline', shanghai, '--json', '--levels', '1']).stdout);
    expect(outline).toMatchObject({ file: shanghai, year: 2024 });
    expect(outline.containers[1].sections).toHaveLength(5);
    expect(outline.containers[1].sections[0].children).toEqual([]);
    expect(outline.containers[2].sections[0]).toMatchObject({
      marker: '（一）',
      heading: '',
      text: '提升交通设施环境品质',
    });
  });
  it('colours only a terminal or when asked, never a file', () => {
    expect(kepu(['outline', seed, '--color=always']).stdout).toMatch(/\u001b\[1m/);
    expect(kepu(['outline', seed], { FORCE_COLOR: '1' }).stdout).toMatch(/\u001b\[/);
    const file = join(work, 'outline.txt');
    expect(kepu(['outline', seed, '--color=always', '-o', file]).status).toBe(0);
    expect(readFileSync(file, 'utf8')).not.toMatch(/\u001b\[/);
  });
  it('refuses bad input and bad options with one line and status 2', () => {
    const missing = kepu(['outline', 'nosuch.txt']);
    expect([missing.status, missing.stderr]).toEqual([2, 'kepu: nosuch.txt: no such file\n']);
    const levels = kepu(['outline', seed, '--levels', '0']);
    expect([levels.status, levels.stderr]).toEqual([2, 'kepu: --levels takes a whole number from 1, not "0"\n']);
    expect(kepu(['outline']).status).toBe(2);
  });
});

describe('kepu tasks', () => {
  it('lists each task of a real plan with its units, limits and line', () => {
    const { status, stdout } = kepu(['tasks', shanghai]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toMatch(/^id +task +lead +others +earliest +latest +limits +initiatives +line$/);
    expect(lines).toHaveLength(59 + 2);
    expect(stdout).toMatch(
      /附件2:1\.1\.1 +（1）建设精品道路300条 +设施养护处 +各相关部门和单位 +2024-01-01 +2026-12-31 +4: 重点任务/,
    );
  });
  it('writes CSV for Excel and WPS: a BOM, CRLF, one row a task, units in full', () => {
    const csv = kepu(['tasks', shanghai, '--format', 'csv']).stdout;
    expect(csv.startsWith('\ufefffile,id,attachment,section,path,marker,heading,lead,others,implementers,')).toBe(true);
    const rows = csv.slice(1).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(60);
    const row = rows.find((line) => line.includes(',1.3.3,'))!;
    expect(row).toContain(',设施运行处、设施养护处,各相关部门和单位,各行业主管部门、各区,table,2024-01-01,2026-12-31,');
    expect(row).toContain('2024年工作项目 2024-01-01..2024-12-31');
  });
  it('writes the plan summary as JSON (valid against its schema) and a task a line as NDJSON', () => {
    const file = join(work, 'summary.json');
    expect(kepu(['tasks', shanghai, '--format', 'json', '-o', file]).status).toBe(0);
    const summary = JSON.parse(readFileSync(file, 'utf8'));
    expect(summary.tasks).toHaveLength(59);
    expect(kepu(['validate', file])).toMatchObject({ status: 0, stdout: `${file}: valid\n` });
    summary.tasks[0].limits = 'none';
    writeFileSync(file, JSON.stringify(summary));
    expect(kepu(['validate', file])).toMatchObject({ status: 1, stderr: `${file}: /tasks/0/limits: must be array\n` });
    const lines = kepu(['tasks', shanghai, seed, '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(59 + 20);
    expect(JSON.parse(lines[0])).toMatchObject({ file: shanghai, id: '附件1:1.1', heading: '改善城市道路环境' });
    expect(kepu(['schema', '--of', 'summary']).stdout).toContain('"title": "kepu plan summary"');
  });
  it('pivots by unit: the most loaded first, with the tasks each leads', () => {
    const table = kepu(['tasks', shanghai, '--by', 'unit']).stdout.split('\n');
    expect(table[0]).toMatch(/^unit +tasks +lead +others +implementers +leads$/);
    expect(table[1]).toMatch(/^各相关部门和单位 +20 +0 +20 +0$/);
    const pivot = JSON.parse(kepu(['tasks', shanghai, '--by', 'unit', '--format', 'json']).stdout);
    expect(pivot.units.find((unit: { unit: string }) => unit.unit === '随申行公司')).toEqual({
      unit: '随申行公司',
      lead: [],
      others: [],
      implementers: ['附件2:3.14.26'],
    });
    const csv = kepu(['tasks', shanghai, seed, '--by', 'unit', '--format', 'csv']).stdout;
    expect(csv.split('\r\n')[0]).toBe(
      '\ufefffile,unit,tasks,lead,others,implementers,lead_tasks,others_tasks,implementer_tasks',
    );
  });
  it('lists several plans with a file column', () => {
    const { stdout } = kepu(['tasks', seed, 'fixtures/deadlines/plan-2023.txt']);
    expect(stdout.split('\n')[0]).toMatch(/^file +id +task/);
    expect(stdout).toMatch(/fixtures\/deadlines\/plan-2023\.txt +1\.1 +（一）推进科技馆建设 +市科协科普部/);
  });
});

describe('the views of the ten work reports', () => {
  const reports = Array.from({ length: 10 }, (_, index) => `fixtures/work-reports/${2010 + index}.txt`);
  it('outlines each report in turn, and lists the tasks of all with their file', () => {
    const outline = kepu(['outline', ...reports, '--levels', '1', '-q']);
    expect(outline.status).toBe(0);
    for (const file of reports) expect(outline.stdout).toContain(`${file}\n`);
    expect(outline.stdout.match(/^\d+ tasks \(kepu tasks lists them\)/gm)).toHaveLength(10);
    const tasks = kepu(['tasks', ...reports, '--format', 'ndjson', '-q']);
    const lines = tasks.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(new Set(lines.map((task) => task.file))).toEqual(new Set(reports));
    const counted = [...outline.stdout.matchAll(/^(\d+) tasks/gm)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(lines).toHaveLength(counted);
  });
});

describe('kepu report', () => {
  it('writes one self-contained page, to a file or standard output', () => {
    const file = join(work, 'report.html');
    expect(kepu(['report', seed, '-o', file])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const html = readFileSync(file, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src="https?:|url\(/);
    expect(html).toContain('<h1>中国科协2022年科普工作要点</h1>');
    expect(kepu(['report', seed]).stdout).toBe(html);
  });
  it('reports a series of plans with their lineage and initiatives across the years', () => {
    const files = ['2016', '2017', '2018'].map((year) => `fixtures/work-reports/${year}.txt`);
    const { status, stdout } = kepu(['report', ...files, '-q']);
    expect(status).toBe(0);
    expect(stdout).toContain('<h2 id="lineage">');
    expect(stdout).toContain('<h2 id="heatmap">');
    expect(stdout.match(/<section id="p\d">/g)).toHaveLength(3);
  });
});
