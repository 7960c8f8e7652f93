/** The built CLI, end to end: outputs, exit codes, one-line errors, pipes, colour. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const malformed = join(root, 'fixtures', 'parse', 'malformed-numbering', 'input.txt');
const work = mkdtempSync(join(tmpdir(), 'kepu-cli-'));

function kepu(args: string[], options: { input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), ...args], {
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kepu parse', () => {
  it('prints the seed as JSON', () => {
    const { status, stdout, stderr } = kepu(['parse', seed]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const tree = JSON.parse(stdout);
    expect(tree.meta.date).toBe('2022-03-03');
    expect(tree.children.find((node: { type: string }) => node.type === 'attachment').title).toBe(
      '中国科协2022年科普工作要点',
    );
  });

  it('prints YAML and reads standard input', () => {
    const { status, stdout } = kepu(['parse', '-', '--format', 'yaml'], { input: readFileSync(seed) });
    expect(status).toBe(0);
    expect(stdout).toContain('signatory: 中国岩石力学与工程学会');
    expect(stdout).toContain('name: "-"');
  });

  it('reports diagnostics compiler-style on stderr and still prints the tree', () => {
    const { status, stdout, stderr } = kepu(['parse', malformed]);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).type).toBe('document');
    expect(stderr).toContain(`${malformed}:5:1  warning  numbering-gap`);
    expect(stderr).not.toMatch(/\u001b\[/);
    expect(kepu(['parse', malformed, '--strict']).status).toBe(1);
  });

  it('colours only when asked, never with NO_COLOR', () => {
    expect(kepu(['parse', malformed], { env: { FORCE_COLOR: '1' } }).stderr).toMatch(/\u001b\[/);
    expect(kepu(['parse', malformed], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stderr).not.toMatch(/\u001b\[/);
    expect(kepu(['parse', malformed, '--no-color'], { env: { FORCE_COLOR: '1' } }).stderr).not.toMatch(/\u001b\[/);
  });

  it('exits 2 with one line naming the file for unreadable input', () => {
    const empty = join(work, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(work, 'binary.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3]));
    for (const [file, message] of [
      [join(work, 'missing.txt'), 'no such file'],
      [work, 'is a directory'],
      [empty, 'empty'],
      [binary, 'binary'],
    ]) {
      const { status, stderr, stdout } = kepu(['parse', file]);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(file);
      expect(stderr).toContain(message);
      expect(stderr).not.toContain('    at ');
    }
  });

  it("exits 2 for usage errors, not commander's 1", () => {
    expect(kepu(['parse']).status).toBe(2);
    expect(kepu(['parse', seed, '--format', 'xml']).status).toBe(2);
    expect(kepu(['frobnicate']).status).toBe(2);
    expect(kepu(['--help']).status).toBe(0);
    expect(kepu(['parse', '--help']).stdout).toContain('Example:');
  });

  it('never overwrites its input', () => {
    const copy = join(work, 'copy.txt');
    writeFileSync(copy, readFileSync(seed));
    const { status, stderr } = kepu(['parse', copy, '-o', copy]);
    expect(status).toBe(2);
    expect(stderr).toContain('never overwrites');
    expect(readFileSync(copy)).toEqual(readFileSync(seed));
  });

  it('ends quietly when the reader of a pipe goes away', () => {
    const big = join(work, 'big.txt');
    writeFileSync(big, readFileSync(seed, 'utf8').repeat(200));
    const result = spawnSync(
      'bash',
      [
        '-c',
        `node ${join(root, 'bin', 'kepu.js')} parse ${big} | head -c 100 > /dev/null; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8' },
    );
    expect(result.stderr).not.toContain('EPIPE');
    expect(result.stdout).toContain('status=0');
  });
});

describe('kepu export, validate, schema', () => {
  it('exports CSV with a BOM: a file column, the title, lead-ins, the attachment and one row per section', () => {
    const { status, stdout } = kepu(['export', seed, '--to', 'csv']);
    expect(status).toBe(0);
    expect(stdout.startsWith('\ufefffile,attachment,kind,id,level,marker,heading,text,line')).toBe(true);
    const rows = stdout.trim().split('\r\n').slice(1);
    const kinds = rows.map((row) => row.split(',')[2]);
    expect(kinds.filter((kind) => kind === 'section')).toHaveLength(5 + 5 + 3 + 4 + 7);
    expect(kinds.filter((kind) => kind === 'attachment')).toHaveLength(1);
    expect(rows.some((row) => row.startsWith(`${seed},1,title,,0,,中国科协2022年科普工作要点`))).toBe(true);
    expect(rows.some((row) => row.startsWith(`${seed},,lead-in,`))).toBe(true);
    expect(rows.every((row) => row.startsWith(seed))).toBe(true);
  });

  it('exports Markdown that parses back to the same outline', () => {
    const { stdout } = kepu(['export', seed, '--to', 'md']);
    expect(stdout).toContain('## 一、以政治引领和价值引领为统领');
    const md = join(work, 'seed.md');
    writeFileSync(md, stdout);
    const outline = (json: string) =>
      JSON.stringify(JSON.parse(json), ['children', 'type', 'id', 'marker', 'heading']).match(
        /"id":"[^"]+","marker":"[^"]*","heading":"[^"]*"/g,
      );
    expect(outline(kepu(['parse', md]).stdout)).toEqual(outline(kepu(['parse', seed]).stdout));
  });

  it('validates its own output and names the JSON path of a problem', () => {
    const good = join(work, 'seed.json');
    writeFileSync(good, kepu(['parse', seed]).stdout);
    expect(kepu(['validate', good]).status).toBe(0);
    const tree = JSON.parse(readFileSync(good, 'utf8'));
    tree.children[0].position.start.line = 0;
    delete tree.meta.date;
    const bad = join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify(tree));
    const { status, stderr } = kepu(['validate', bad]);
    expect(status).toBe(1);
    expect(stderr).toContain('/children/0/position/start/line');
    expect(stderr).toContain("/meta: must have required property 'date'");
  });

  it('prints the schema', () => {
    const schema = JSON.parse(kepu(['schema']).stdout);
    expect(schema.title).toBe('kepu document tree');
  });
});

describe('kepu deadlines', () => {
  const plan2023 = join(root, 'fixtures', 'deadlines', 'plan-2023.txt');
  const plan2024 = join(root, 'fixtures', 'deadlines', 'plan-2024.txt');

  it('prints an aligned table sorted by date, saying what it resolved against', () => {
    const { status, stdout, stderr } = kepu(['deadlines', plan2023]);
    expect(status).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^when\s+kind\s+text\s+item\s+responsible$/);
    const september = lines.find((line) => line.includes('9月底前'))!;
    expect(september).toContain('by 2023-09-30');
    expect(september).toContain('市科协科普部');
    // The note goes to stderr, never into the data.
    expect(stderr).toContain('resolved against 2023 (from the title)');
    expect(stdout).not.toContain('resolved against');
    // Columns line up by display width: every "kind" cell starts in the same terminal column.
    const widthTo = (line: string, text: string) =>
      [...line.slice(0, line.indexOf(text))].reduce((sum, ch) => sum + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
    const rows = lines.slice(1).filter((line) => /\b(deadline|range|period|target|recurring|date)\b/.test(line));
    const columns = new Set(
      rows.map((line) => widthTo(line, line.match(/\b(deadline|range|period|target|recurring|date)\b/)![0])),
    );
    expect(columns.size).toBe(1);
  });

  it('gives one list for several plans, with a file column, and filters by date', () => {
    const { stdout } = kepu(['deadlines', plan2023, plan2024, '--format', 'json', '--after', '2024-01-01']);
    const result = JSON.parse(stdout);
    expect(result.files.map((file: { reference: { year: number } }) => file.reference.year)).toEqual([2023, 2024]);
    expect(
      result.deadlines.every(
        (deadline: { end: string | null; date: string | null }) => (deadline.date ?? deadline.end)! >= '2024-01-01',
      ),
    ).toBe(true);
    expect(
      result.deadlines.some(
        (deadline: { file: string; text: string }) => deadline.file === plan2023 && deadline.text === '2024年底前',
      ),
    ).toBe(true);
    const dates = result.deadlines.map(
      (deadline: { date: string | null; start: string | null; end: string | null }) =>
        deadline.date ?? deadline.start ?? deadline.end,
    );
    expect([...dates].sort()).toEqual(dates);
  });

  it('writes CSV with a BOM and iCalendar events', () => {
    const csv = kepu(['deadlines', plan2023, '--format', 'csv']).stdout;
    expect(csv.startsWith('\ufefffile,text,kind,role,start,end,date')).toBe(true);
    const ics = kepu(['deadlines', plan2023, '--format', 'ics']).stdout;
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20230930\r\nDTEND;VALUE=DATE:20231001');
    expect(ics.match(/BEGIN:VEVENT/g)!.length).toBeGreaterThan(5);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    // 每季度 repeats through the plan's year.
    expect(ics).toContain(
      'DTSTART;VALUE=DATE:20230101\r\nDTEND;VALUE=DATE:20230102\r\nRRULE:FREQ=MONTHLY;INTERVAL=3;UNTIL=20231231',
    );
  });

  it('rejects a malformed date option with exit 2', () => {
    const { status, stderr } = kepu(['deadlines', plan2023, '--after', 'next week']);
    expect(status).toBe(2);
    expect(stderr).toContain('--after takes a date');
  });
});

describe('kepu initiatives', () => {
  it("lists the seed's programmes with kinds and counts", () => {
    const { status, stdout } = kepu(['initiatives', seed, '--kind', 'programme']);
    expect(status).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^name\s+kind\s+count\s+sections$/);
    expect(stdout).toMatch(/科普中国星空创作培育计划\s+programme\s+1\s+附件1:4\.4/);
    expect(stdout).not.toContain('formulation');
  });

  it('shows new, continued and dropped programmes across years, in year order', () => {
    const a = join(work, 'plan-a.txt');
    const b = join(work, 'plan-b.txt');
    writeFileSync(
      a,
      '临江市2022年科普工作要点\n一、任务\n实施“科学启蒙”计划，办好全国科普日，举办临江科普讲解大赛。\n',
    );
    writeFileSync(
      b,
      '临江市2023年科普工作要点\n一、任务\n实施「科學啟蒙」計劃，办好全国科普日，启动“科普中国智惠农民”项目。\n',
    );
    const { stdout } = kepu(['initiatives', b, a, '--format', 'json']);
    const result = JSON.parse(stdout);
    expect(result.files.map((file: { year: number }) => file.year)).toEqual([2022, 2023]);
    const status = Object.fromEntries(
      result.initiatives.map((row: { name: string; status: string }) => [row.name, row.status]),
    );
    expect(status).toEqual({
      科学启蒙计划: 'continued',
      全国科普日: 'continued',
      临江科普讲解大赛: 'dropped',
      科普中国智惠农民项目: 'new',
    });
    const table = kepu(['initiatives', a, b]).stdout;
    expect(table.split('\n')[0]).toMatch(/^name\s+kind\s+2022\s+2023\s+status$/);
    expect(kepu(['initiatives', a, b, '--min-count', 'x']).status).toBe(2);
  });
});

describe('kepu diff', () => {
  const plan2023 = join(root, 'fixtures', 'diff', 'plan-2023.txt');
  const plan2024 = join(root, 'fixtures', 'diff', 'plan-2024.txt');

  it('exits as GNU diff does with --exit-code', () => {
    expect(kepu(['diff', seed, seed, '--exit-code']).status).toBe(0);
    expect(kepu(['diff', plan2023, plan2024, '--exit-code']).status).toBe(1);
    expect(kepu(['diff', plan2023, plan2024]).status).toBe(0);
    expect(kepu(['diff', plan2023, join(work, 'missing.txt')]).status).toBe(2);
    expect(kepu(['diff', plan2023]).status).toBe(2);
    expect(kepu(['diff', plan2023, plan2024, '--levels', '0']).status).toBe(2);
  });

  it('prints an outline of the changes with context', () => {
    const { stdout } = kepu(['diff', plan2023, plan2024]);
    expect(stdout).toContain('~   （二）建设社区科普站点 ⇒ （二）推进社区科普站点建设 [renamed');
    expect(stdout).toContain('  二、办好品牌活动 ⇒ 三、办好品牌活动');
    expect(stdout).toContain('~ 9月底前 → 10月底前 (extended: by 2023-09-30 → by 2024-10-31)  （一）推进科技馆建设');
    expect(stdout).toMatch(/summary: 3 added, 1 removed, 4 modified, 1 renamed, 2 moved, 5 unchanged/);
  });

  it('writes JSON that kepu validate accepts, Markdown and HTML', () => {
    const json = join(work, 'diff.json');
    expect(kepu(['diff', plan2023, plan2024, '--format', 'json', '-o', json]).status).toBe(0);
    expect(kepu(['validate', json]).status).toBe(0);
    const md = kepu(['diff', plan2023, plan2024, '--format', 'md']).stdout;
    expect(md).toContain('| 3 | 1 | 4 | 1 | 2 | 5 |');
    expect(md).toContain('<del>9</del><ins>10</ins>');
    const html = kepu(['diff', plan2023, plan2024, '--format', 'html']).stdout;
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/(?:src|href)="https?:/);
  });

  it('ignores what it is told to', () => {
    const halfWidth = join(work, 'half.txt');
    writeFileSync(
      halfWidth,
      readFileSync(plan2023, 'utf8').replace(/，/g, ',').replace(/。/g, '.').replace(/（/g, '(').replace(/）/g, ')'),
    );
    expect(kepu(['diff', plan2023, halfWidth, '--exit-code']).status).toBe(1);
    expect(kepu(['diff', plan2023, halfWidth, '--exit-code', '--ignore-punctuation-width']).status).toBe(0);
  });
});

describe('the package', () => {
  it('is importable as kepu, from the built files', () => {
    const script =
      "import { parseCircular, extractDeadlines, extractInitiatives, diffPlans } from 'kepu'; import { readFileSync } from 'node:fs'; const tree = parseCircular(readFileSync(process.argv[1])); console.log(JSON.stringify([tree.meta.date, extractDeadlines(tree).reference.year, extractInitiatives(tree).initiatives.length > 50, diffPlans(tree, tree).summary.added]));";
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script, seed], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(['2022-03-03', 2022, true, 0]);
  });
});
