/**
 * What a new user trips on, through the built CLI: inputs never written through, colour never in
 * files, honest deadlines, plain validate messages, stable shapes, named binary files, usage errors.
 */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const plan2023 = join(root, 'fixtures', 'deadlines', 'plan-2023.txt');
const plan2024 = join(root, 'fixtures', 'deadlines', 'plan-2024.txt');
const malformed = join(root, 'fixtures', 'parse', 'malformed-numbering', 'input.txt');
const work = mkdtempSync(join(tmpdir(), 'kepu-new-user-'));
const bin = join(root, 'bin', 'kepu.js');

function kepu(args: string[], options: { input?: string | Buffer; env?: Record<string, string | undefined> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, ...options.env } as NodeJS.ProcessEnv,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs kepu under a pseudo-terminal (util-linux `script`), so that stdout and stderr are TTYs. */
function kepuOnTerminal(args: string[]) {
  const command = [process.execPath, bin, ...args].map((word) => `'${word.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, TERM: 'xterm' } as NodeJS.ProcessEnv,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout };
}

function copyOf(path: string, name: string): string {
  const target = join(work, name);
  writeFileSync(target, readFileSync(path));
  return target;
}

describe('never writing through to an input', () => {
  it('refuses -o that is a symlink to the input, with exit 2, and leaves the input whole', () => {
    const input = copyOf(seed, 'symlinked.txt');
    const before = readFileSync(input);
    const link = join(work, 'link-to-input.txt');
    symlinkSync(input, link);
    const { status, stderr } = kepu(['export', input, '--to', 'md', '-o', link]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/link-to-input\.txt: is the same file as the input .*kepu never overwrites its input\n$/);
    expect(readFileSync(input)).toEqual(before);
  });

  it('refuses -o that is a hard link of the input', () => {
    const input = copyOf(seed, 'hardlinked.txt');
    const before = readFileSync(input);
    const link = join(work, 'hard-link.txt');
    linkSync(input, link);
    expect(kepu(['parse', input, '-o', link]).status).toBe(2);
    expect(readFileSync(input)).toEqual(before);
  });

  it('refuses -o through a directory symlink that leads to the input', () => {
    const folder = join(work, 'real-folder');
    mkdirSync(folder);
    const input = copyOf(seed, 'real-folder/plan.txt');
    const before = readFileSync(input);
    const linkedFolder = join(work, 'linked-folder');
    symlinkSync(folder, linkedFolder);
    expect(kepu(['deadlines', input, '-o', join(linkedFolder, 'plan.txt')]).status).toBe(2);
    expect(readFileSync(input)).toEqual(before);
  });

  it('writes through a symlink that is not an input, atomically, leaving no temporary file', () => {
    const target = join(work, 'out-target.json');
    writeFileSync(target, 'old');
    const link = join(work, 'out-link.json');
    symlinkSync(target, link);
    expect(kepu(['parse', seed, '-o', link]).status).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).type).toBe('document');
    expect(readdirSync(work).filter((name) => name.includes('.kepu-'))).toEqual([]);
  });
});

describe('colour', () => {
  it('is never written into -o files, even on a terminal or with FORCE_COLOR and --color=always', () => {
    const table = join(work, 'deadlines-table.txt');
    const onTerminal = kepuOnTerminal(['deadlines', plan2023, '-o', table]);
    expect(onTerminal.status).toBe(0);
    expect(readFileSync(table, 'utf8')).not.toMatch(/\u001b\[/);
    const diff = join(work, 'diff.txt');
    kepu(['--color=always', 'diff', plan2023, plan2024, '-o', diff], { env: { FORCE_COLOR: '1' } });
    expect(readFileSync(diff, 'utf8')).toContain('+++');
    expect(readFileSync(diff, 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('colours a terminal, and --color=never or a global --no-color turns it off', () => {
    expect(kepuOnTerminal(['initiatives', seed]).stdout).toMatch(/\u001b\[/);
    expect(kepuOnTerminal(['--color=never', 'initiatives', seed]).stdout).not.toMatch(/\u001b\[/);
    expect(kepuOnTerminal(['--no-color', 'initiatives', seed]).stdout).not.toMatch(/\u001b\[/);
    expect(kepuOnTerminal(['initiatives', seed, '--color', 'never']).stdout).not.toMatch(/\u001b\[/);
    expect(kepu(['--color=always', 'initiatives', seed]).stdout).toMatch(/\u001b\[/);
  });
});

describe('deadlines that are deadlines', () => {
  it('lists no cited-title, cohort or plan-year references on the seed, and says how many --all adds', () => {
    const { status, stdout, stderr } = kepu(['deadlines', seed, '--format', 'json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).deadlines).toEqual([]);
    expect(stderr).toContain('11 more time references');
    const all = JSON.parse(kepu(['deadlines', seed, '--format', 'json', '--all']).stdout);
    const roles = new Set(all.deadlines.map((deadline: { role: string }) => deadline.role));
    expect(roles).toEqual(new Set(['cited-title', 'label', 'plan-year']));
  });

  it('lists 9月底前 in a plan without a year as unresolved --09-30, and resolves it with --year', () => {
    const plan = join(work, 'no-year.txt');
    writeFileSync(
      plan,
      '科普工作要点\n一、重点任务\n（一）完成场馆改造。9月底前完成。年底前验收。\n（二）受理申请，45个工作日内办结。\n',
    );
    const rows = JSON.parse(kepu(['deadlines', plan, '--format', 'json']).stdout).deadlines;
    const september = rows.find((row: { text: string }) => row.text === '9月底前');
    expect(september).toMatchObject({ kind: 'deadline', date: '--09-30', resolvedBy: 'unresolved' });
    expect(rows.find((row: { text: string }) => row.text === '年底前')).toMatchObject({ date: '--12-31' });
    expect(rows.find((row: { text: string }) => row.text === '45个工作日内')).toMatchObject({
      resolvedBy: 'unresolved',
    });
    const resolved = JSON.parse(kepu(['deadlines', plan, '--format', 'json', '--year', '2026']).stdout).deadlines;
    expect(resolved.find((row: { text: string }) => row.text === '9月底前').date).toBe('2026-09-30');
    const dated = JSON.parse(
      kepu(['deadlines', plan, '--format', 'json', '--reference-date', '2026-03-02']).stdout,
    ).deadlines;
    // 45 working days after Monday 2 March (the day itself not counted, as in 期间计算) end on Monday 4 May.
    expect(dated.find((row: { text: string }) => row.text === '45个工作日内').date).toBe('2026-05-04');
    expect(kepu(['deadlines', plan, '--year', 'soon']).status).toBe(2);
  });

  it('writes a reproducible calendar: DTSTAMP from the document, UIDs from its content, no decade-long events', () => {
    const first = kepu(['deadlines', plan2023, '--format', 'ics']).stdout;
    const copy = copyOf(plan2023, 'elsewhere-plan.txt');
    const second = kepu(['deadlines', copy, '--format', 'ics']).stdout;
    expect(second.replace(/DESCRIPTION:.*\r\n( .*\r\n)*/g, '')).toBe(
      first.replace(/DESCRIPTION:.*\r\n( .*\r\n)*/g, ''),
    );
    expect(first).toContain('DTSTAMP:20230220T000000Z');
    expect(first).not.toContain('DTSTART;VALUE=DATE:20210101');
    const stamped = kepu(['deadlines', plan2023, '--format', 'ics'], { env: { SOURCE_DATE_EPOCH: '0' } }).stdout;
    expect(stamped).toContain('DTSTAMP:19700101T000000Z');
  });

  it('puts the footer on stderr, where -q hides it', () => {
    const quiet = kepu(['deadlines', plan2023, '-q']);
    expect(quiet.stderr).toBe('');
    const file = join(work, 'deadlines.csv');
    const written = kepu(['deadlines', plan2023, '--format', 'csv', '-o', file]);
    expect(written.stderr).toContain('resolved against 2023');
    expect(readFileSync(file, 'utf8')).not.toContain('resolved against');
  });
});

describe('validate', () => {
  it('names a wrong type deep inside in one line, without branch noise', () => {
    const tree = JSON.parse(kepu(['parse', seed]).stdout);
    const section = tree.children
      .find((node: { type: string }) => node.type === 'attachment')
      .children.find((node: { type: string }) => node.type === 'section');
    section.level = '1';
    const file = join(work, 'broken.json');
    writeFileSync(file, JSON.stringify(tree));
    const { status, stderr } = kepu(['validate', file]);
    expect(status).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\/children\/\d+\/children\/\d+\/level: must be integer$/);
  });

  it('says "not a kepu tree" for other JSON, and reports as JSON on request', () => {
    const file = join(work, 'other.json');
    writeFileSync(file, JSON.stringify({ name: 'package', version: '1.0.0' }));
    expect(kepu(['validate', file]).stderr).toContain('not a kepu tree');
    const report = JSON.parse(kepu(['validate', file, '--format', 'json']).stdout);
    expect(report[0]).toMatchObject({
      valid: false,
      problems: [{ path: '/', message: expect.stringMatching(/^not a kepu tree/) }],
    });
  });
});

describe('shapes', () => {
  it('parse gives an object for one file, an array for several, and an array for one with --array', () => {
    expect(Array.isArray(JSON.parse(kepu(['parse', seed]).stdout))).toBe(false);
    expect(JSON.parse(kepu(['parse', seed, plan2023]).stdout)).toHaveLength(2);
    expect(JSON.parse(kepu(['parse', seed, '--array']).stdout)).toHaveLength(1);
  });

  it('initiatives JSON has one item shape for one file and for several', () => {
    const one = JSON.parse(kepu(['initiatives', plan2023, '--format', 'json']).stdout);
    const two = JSON.parse(kepu(['initiatives', plan2023, plan2024, '--format', 'json']).stdout);
    const keys = (result: { initiatives: object[] }) => Object.keys(result.initiatives[0]).sort();
    expect(keys(one)).toEqual(keys(two));
    expect(Object.keys(one).sort()).toEqual(Object.keys(two).sort());
  });

  it('CSV headers stay unique when two files share a year', () => {
    const copy = copyOf(plan2023, 'plan-2023-copy.txt');
    const header = kepu(['initiatives', plan2023, copy, '--format', 'csv']).stdout.split('\r\n')[0];
    const columns = header.replace('\ufeff', '').split(',');
    expect(new Set(columns).size).toBe(columns.length);
    expect(columns).toContain(`2023 (${copy})`);
  });

  it('YAML quotes what a YAML 1.1 reader would take for a date', () => {
    const yaml = kepu(['parse', seed, '--format', 'yaml']).stdout;
    expect(yaml).toContain('date: "2022-03-03"');
    expect(parseYaml(yaml, { version: '1.1' }).meta.date).toBe('2022-03-03');
  });
});

describe('Markdown round trips', () => {
  it('export keeps each attachment on its own line and adds no heading the source lacks', () => {
    const fullCover = join(root, 'fixtures', 'parse', 'full-cover', 'input.txt');
    const md = kepu(['export', fullCover, '--to', 'md']).stdout;
    expect(md).toMatch(/附件：1．临江市2023年科普工作要点\n\n2．临江市2023年科普重点任务清单/);
    const seedMd = kepu(['export', seed, '--to', 'md']).stdout;
    expect(seedMd).not.toMatch(/^# 附件1$/m);
    const file = join(work, 'full-cover.md');
    writeFileSync(file, md);
    const back = JSON.parse(kepu(['parse', file]).stdout);
    const original = JSON.parse(kepu(['parse', fullCover]).stdout);
    expect(back.meta.attachments).toEqual(original.meta.attachments);
  });

  it('diff Markdown shows every change under its own parent', () => {
    const md = kepu([
      'diff',
      join(root, 'fixtures', 'diff', 'plan-2023.txt'),
      join(root, 'fixtures', 'diff', 'plan-2024.txt'),
      '-f',
      'md',
    ]).stdout;
    const lines = md.split('\n');
    const child = lines.findIndex((line) => line.includes('（一）推进科技馆建设'));
    const parent = lines.findIndex((line) => line.includes('一、加强科普阵地建设'));
    expect(parent).toBeGreaterThan(-1);
    expect(parent).toBeLessThan(child);
    expect(lines[child].startsWith('  - ')).toBe(true);
  });
});

describe('messages', () => {
  const cases: Array<[string, Buffer, RegExp]> = [
    ['program', readFileSync('/bin/ls'), /is an executable \(ELF\), not text/],
    [
      'image.png',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
      /is a PNG image/,
    ],
    ['report.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1'), /is not a readable PDF/],
    [
      'report.txt',
      Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1'),
      /is a PDF file, not text; read it as PDF/,
    ],
    [
      'old.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0x3e, 0, 3, 0, 0xfe, 0xff]),
      /old\.doc: is not a readable Word \.doc file \(.*\): it may be encrypted, damaged/,
    ],
    [
      'word.docx',
      Buffer.concat([
        Buffer.from([0x50, 0x4b, 3, 4, 20, 0, 0, 0]),
        Buffer.from('word/document.xml\u0000\u0001\u0002', 'latin1'),
      ]),
      /is not a readable \.docx: the zip archive is damaged/,
    ],
  ];
  for (const [name, bytes, message] of cases) {
    it(`names what ${name} is, in one line, exit 2`, () => {
      const file = join(work, name);
      writeFileSync(file, bytes);
      const { status, stderr } = kepu(['parse', file]);
      expect(status).toBe(2);
      expect(stderr).toMatch(message);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).not.toContain('gb18030');
    });
  }

  it('reads UTF-16 without a BOM and Big5, by how plausible each decoding reads', () => {
    const text =
      '關於印發科普工作要點的通知\n各區科協、各有關單位：\n現將《2023年科普工作要點》印發給你們，請結合實際認真貫徹落實。\n一、加強組織領導\n（一）建立健全工作機制。\n';
    for (const [encoding, bytes] of [
      ['utf-16le', Buffer.from(text, 'utf16le')],
      ['utf-16be', Buffer.from(text, 'utf16le').swap16()],
      ['big5', Buffer.from(new Uint8Array(spawnSync('iconv', ['-f', 'utf-8', '-t', 'big5'], { input: text }).stdout))],
    ] as const) {
      const tree = JSON.parse(kepu(['parse', '-'], { input: bytes }).stdout);
      expect(tree.source.encoding).toBe(encoding);
      expect(tree.meta.title).toBe('關於印發科普工作要點的通知');
    }
  });

  it('bare kepu and kepu help NOSUCH print usage on stderr and exit 2', () => {
    const bare = kepu([]);
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('Usage: kepu');
    expect(bare.stdout).toBe('');
    expect(kepu(['help', 'frob']).status).toBe(2);
    expect(kepu(['help', 'parse']).status).toBe(0);
  });

  it('prints the parse diagnostics of its inputs in every command', () => {
    for (const args of [
      ['deadlines', malformed],
      ['initiatives', malformed],
      ['diff', malformed, malformed],
      ['export', malformed, '--to', 'csv'],
    ]) {
      expect(kepu(args).stderr).toContain('numbering-gap');
    }
  });

  it('calls the text before the first section the lead-in in the diff and in deadlines', () => {
    const diff = kepu(['diff', plan2023, plan2024, '--all']).stdout;
    expect(diff).toContain('(lead-in)');
    const deadlines = kepu(['deadlines', plan2023]).stdout;
    expect(deadlines).toContain('(lead-in)');
    expect(diff + deadlines).not.toMatch(/导语|preamble/);
  });

  it('does not list quoted common nouns (高校, 导师, 地方) as initiatives', () => {
    const names = JSON.parse(kepu(['initiatives', seed, '--format', 'json']).stdout).initiatives.map(
      (item: { name: string }) => item.name,
    );
    expect(names).not.toContain('高校');
    expect(names).not.toContain('导师');
    expect(names).not.toContain('地方');
    expect(names).toContain('双减');
  });

  it('reports the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(kepu(['--version']).stdout.trim()).toBe(version);
    expect(existsSync(join(root, 'dist', 'cli', 'kepu.cjs'))).toBe(true);
    expect(existsSync(join(root, 'dist', 'cli', 'kepu.cjs.cache'))).toBe(true);
  });
});

describe('special files', () => {
  it('writes to /dev/null without replacing it', () => {
    expect(kepu(['parse', seed, '-o', '/dev/null']).status).toBe(0);
    expect(kepu(['deadlines', seed, '--format', 'ndjson', '-o', '/dev/null', '-q']).status).toBe(0);
    const stats = statSync('/dev/null');
    expect(stats.isCharacterDevice()).toBe(true);
  });
});
