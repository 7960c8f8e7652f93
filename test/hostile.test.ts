/**
 * Hostile input, through the built CLI and the library: formula injection in CSV, terminal escapes
 * in tables and messages, iCalendar escaping, a .doc whose sector chain loops, HTML nested
 * thousands deep, a table of 300,000 rows, XML errors in a .docx, a full disk behind standard
 * output, a zip bomb, a PDF of 50,000 pages, Markdown lists nested thousands deep. The files are
 * built here by scripts/hostile-files.js, never committed. Each run has a hang guard (a timeout)
 * and a heap bound (--max-old-space-size), so that a regression fails instead of eating the machine;
 * how fast each one ends is measured by hand (see the report of issue 22), not here.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  deepHtml,
  docxWithDocumentXml,
  indentedListMarkdown,
  injectionHtml,
  injectionPlan,
  loopingDoc,
  manyPagePdf,
  nestedListMarkdown,
  zipBombDocx,
} from '../scripts/hostile-files.js';
import { csvField } from '../src/output/to-csv.js';
import { renderTable } from '../src/output/table.js';
import { escapeControls } from '../src/output/terminal-text.js';
import { checkCompoundFile } from '../src/read/check-compound-file.js';
import { DEADLINE_WRITERS, collectDeadlines, parseCircular } from '../src/index.js';
import { parseFile } from '../src/cli/run-files.js';

const root = join(import.meta.dirname, '..');
const cli = join(root, 'bin', 'kepu.js');
const work = mkdtempSync(join(tmpdir(), 'kepu-hostile-'));
const seedFormats = join(root, 'fixtures', 'formats', 'seed');

/** Writes a file into the work directory; its path. */
function file(name: string, contents: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, contents);
  return path;
}

/** Runs the built CLI with a heap bound and a hang guard. */
function kepu(args: string[], options: { cwd?: string; shell?: string } = {}) {
  const result = options.shell
    ? spawnSync('bash', ['-c', options.shell], { cwd: options.cwd, timeout: 60_000 })
    : spawnSync(process.execPath, ['--max-old-space-size=450', cli, ...args], {
        cwd: options.cwd,
        timeout: 60_000,
        maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1' },
      });
  return { status: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

/** The fields of CSV text (RFC 4180), row by row. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      rows[rows.length - 1].push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows[rows.length - 1].push(field);
      field = '';
      rows.push([]);
      i++;
    } else field += ch;
  }
  return rows.filter((row) => row.length > 1);
}

/** Cells a spreadsheet would run as a formula. */
const formulas = (csv: string) =>
  parseCsv(csv.replace(/^\ufeff/, '')).flatMap((row) => row.filter((cell) => /^[=+\-@\t\r]/.test(cell)));

describe('CSV cells that would be formulas', () => {
  const plan = file('plan.txt', injectionPlan());
  const named = file('=cmd|calc.txt', injectionPlan());

  it('get a leading apostrophe, in export, deadlines and initiatives (one file and several)', () => {
    for (const args of [
      ['export', plan, '--to', 'csv'],
      ['deadlines', named, '--format', 'csv'],
      ['deadlines', named, plan, '--format', 'csv'],
      ['initiatives', named, '--format', 'csv'],
      ['initiatives', named, plan, '--format', 'csv'],
    ]) {
      const { status, stdout } = kepu(args, { cwd: work });
      expect(status, args.join(' ')).toBe(0);
      expect(formulas(stdout), args.join(' ')).toEqual([]);
    }
    const exported = parseCsv(kepu(['export', plan, '--to', 'csv']).stdout);
    expect(exported.map((row) => row[6])).toContain(`'=HYPERLINK("http://example.com/x","点击")加强科普阵地建设`);
    expect(exported.map((row) => row[6])).toContain(`'@SUM(1+1)推进科技馆建设`);
    expect(exported.map((row) => row[6])).toContain(`'+1+1建设社区科普站点`);
    expect(exported.map((row) => row[6])).toContain(`'-2+3发展科普教育基地`);
    const deadlines = parseCsv(kepu(['deadlines', '=cmd|calc.txt', '--format', 'csv'], { cwd: work }).stdout);
    expect(deadlines[1][0]).toBe("'=cmd|calc.txt");
    const initiatives = parseCsv(kepu(['initiatives', '=cmd|calc.txt', plan, '--format', 'csv'], { cwd: work }).stdout);
    // A column label that starts with the year is safe as it is.
    expect(initiatives[0]).toContain('2023 (=cmd|calc.txt)');
  });

  it('are neutralised by csvField, numbers and safe text left as they are', () => {
    expect(['=1+1', '+1', '-1', '@x', '\tx', '\rx', '\nx'].map(csvField)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      `"'\rx"`,
      `"'\nx"`,
    ]);
    expect([-1, 3, '一、=x', 'a-b', null].map(csvField)).toEqual(['-1', '3', '一、=x', 'a-b', '']);
  });
});

describe('control characters from a document or a file name', () => {
  const page = file('notice.html', injectionHtml());
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

  it('are shown escaped in the deadline and initiative tables and the diff', () => {
    for (const args of [
      ['deadlines', page],
      ['deadlines', page, join(seedFormats, 'input.txt')],
      ['initiatives', page],
      ['diff', join(seedFormats, 'input.txt'), page],
    ]) {
      const { status, stdout, stderr } = kepu(args);
      expect(status, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).not.toMatch(raw);
      expect(stderr, args.join(' ')).not.toMatch(raw);
    }
    const table = kepu(['deadlines', page]).stdout;
    expect(table).toContain('推进科技馆建设 \\x1b[31m');
    // A C1 control (CSI, U+009B) in a text file; in a page, &#155; is the Windows-1252 › as HTML says.
    const c1 = file('c1.txt', '临江市科协2023年科普工作要点\n一、加强建设\u009b2J\n9月底前完成。\n');
    expect(kepu(['deadlines', c1]).stdout).toContain('一、加强建设\\u009b2J');
  });

  it('are shown escaped in messages that name a file', () => {
    const name = 'x\u001b]0;pwned\u0007.txt';
    copyFileSync(join(seedFormats, 'input.txt'), join(work, name));
    const missing = kepu(['parse', 'gone\u001b[2J.txt'], { cwd: work });
    expect(missing.stderr).toBe('kepu: gone\\x1b[2J.txt: no such file\n');
    const { stderr } = kepu(['deadlines', name, 'gone\u001b[2J.txt'], { cwd: work });
    expect(stderr).not.toMatch(raw);
    expect(stderr).toContain('x\\x1b]0;pwned\\x07.txt: relative dates resolved');
    expect(escapeControls('a\u202eb\tc')).toBe('a\\u202eb\tc');
  });

  it('are escaped in iCalendar text: line breaks as \\n, other controls as their pictures', () => {
    const { status, stdout } = kepu(['deadlines', page, '--format', 'ics', '--all']);
    expect(status).toBe(0);
    const lines = stdout.split('\r\n');
    expect(lines.filter((line) => raw.test(line) || line.includes('\r'))).toEqual([]);
    expect(stdout).toContain('␛[31m伪造␛[0m');
    // A CR reaches the writer only from the library (a name given by a caller): it becomes \n.
    const tree = parseCircular('2023年科普工作要点\n一、任务\n9月底前完成。\n', { name: 'plan.txt' });
    const collected = collectDeadlines([{ file: 'a\rb;c,d.txt', document: tree, text: '' }], {
      format: 'ics',
      sort: 'date',
    });
    const ics = DEADLINE_WRITERS.ics(
      collected.flatMap(({ file, rows }) => rows.map((deadline) => ({ file, deadline }))),
      collected,
      { format: 'ics', sort: 'date' },
    );
    expect(ics).toContain('a\\nb\\;c\\,d.txt');
    expect(ics.split('\r\n').some((line) => line.includes('\r'))).toBe(false);
  });
});

describe('a .doc whose sector chains loop or run out of the file', () => {
  it('is refused with one line, exit 2, before word-extractor follows the chain', () => {
    const looping = file('loop.doc', loopingDoc());
    const { status, stdout, stderr } = kepu(['parse', looping]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `kepu: ${looping}: is not a readable Word .doc file (its directory chain loops back on itself): it may be encrypted, damaged, or another Office file (.xls, .ppt, a password-protected .docx)\n`,
    );
  });

  it('is told apart from a sound one by checkCompoundFile, whatever the header claims', () => {
    for (const name of ['plan.doc', 'typed.doc'])
      expect(() => checkCompoundFile(readFileSync(join(seedFormats, name)))).not.toThrow();
    const claims = loopingDoc();
    claims.writeInt32LE(0x7fffffff, 44); // two billion FAT sectors
    expect(() => checkCompoundFile(claims)).toThrow(/counts more sectors than it holds/);
    const past = loopingDoc();
    past.writeInt32LE(9, 512 + 8); // sector 2 → 9, past the end of a 4-sector file
    expect(() => checkCompoundFile(past)).toThrow(/runs past the end of the file/);
    const difat = loopingDoc();
    difat.writeInt32LE(2, 68); // a DIFAT chain 2 → 2 (a DIFAT sector's last entry links the next)
    difat.writeInt32LE(1, 72);
    difat.writeInt32LE(2, 3 * 512 + 508);
    expect(() => checkCompoundFile(difat)).toThrow(/DIFAT chain loops/);
  });
});

describe('HTML nested thousands deep', () => {
  it('is read without a stack overflow, its text whole (elements past 512 deep flattened)', () => {
    for (const depth of [2_000, 100_000]) {
      const page = file(`deep-${depth}.html`, deepHtml(depth));
      const { status, stdout, stderr } = kepu(['parse', page, '--format', 'json']);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      const tree = JSON.parse(stdout);
      expect(tree.meta.title).toBe('关于开展科普工作的通知');
      expect(tree.children.find((node: { type: string }) => node.type === 'section').heading).toBe('总体要求');
    }
  });
});

describe('a table of 300,000 rows', () => {
  it('is rendered (Math.max over the cells overflowed the stack)', () => {
    const rows = Array.from({ length: 300_000 }, (_, i) => [`2023-${(i % 12) + 1}`, 'deadline', '月底前']);
    const table = renderTable(['when', 'kind', 'text'], rows);
    expect(table.split('\n')).toHaveLength(300_002);
    expect(table.split('\n')[1]).toBe('2023-1   deadline  月底前');
  });
});

describe('errors that used to be internal', () => {
  it('XML errors in a .docx are one line naming the file and the part, exit 2', () => {
    const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    for (const [name, xml, problem] of [
      [
        'entity.docx',
        `<w:document ${w}><w:body><w:p><w:r><w:t>通知&nbsp;</w:t></w:r></w:p></w:body></w:document>`,
        'undefined entity',
      ],
      ['unclosed.docx', `<w:document ${w}><w:body><w:p><w:r><w:t>通知`, 'unclosed tag'],
    ]) {
      const path = file(name, docxWithDocumentXml(xml));
      const { status, stderr } = kepu(['parse', path]);
      expect(status).toBe(2);
      expect(stderr).toMatch(
        new RegExp(
          `^kepu: ${path}: is not a readable \\.docx: word/document\\.xml is not well-formed XML \\(.*${problem}.*\\)\\n$`,
        ),
      );
    }
  });

  it('a full disk behind standard output is one line, exit 2', () => {
    for (const command of ['parse', 'deadlines', 'export --to md']) {
      const { status, stderr } = kepu([], {
        shell: `"${process.execPath}" "${cli}" ${command} "${join(seedFormats, 'input.txt')}" > /dev/full`,
      });
      expect(status, command).toBe(2);
      expect(stderr, command).toBe('kepu: <stdout>: cannot write (ENOSPC)\n');
    }
  });

  it('an error kepu did not expect names the file it was reading', async () => {
    const path = join(seedFormats, 'input.txt');
    // A format no reader has stands for a bug in a reader.
    const failure = await parseFile(path, { from: 'nope' as never }).catch((error: Error) => error);
    expect((failure as Error).message).toMatch(new RegExp(`^${path}: internal error: `));
  });
});

describe('resources without a bound', () => {
  it('a zip bomb .docx is refused as soon as its XML inflates past the limit', () => {
    const bomb = file('bomb.docx', zipBombDocx(300));
    const { status, stdout, stderr } = kepu(['parse', bomb]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      `kepu: ${bomb}: its XML inflates to more than 64 MB (a zip bomb?); raise the limit with --max-unzipped MB\n`,
    );
    // Under a lower limit a small one is refused too, and a higher limit lets it through.
    const small = file('small-bomb.docx', zipBombDocx(3));
    expect(kepu(['parse', small, '--max-unzipped', '2']).status).toBe(2);
    const read = kepu(['parse', small, '--max-unzipped', '4']);
    expect(read.status).toBe(0);
    expect(JSON.parse(read.stdout).source.length).toBeGreaterThan(3_000_000);
  });

  it('a PDF of 50,000 pages is refused before a page is read; --max-pdf-pages moves the limit', () => {
    const pages = file('pages.pdf', manyPagePdf(50_000));
    const { status, stderr } = kepu(['parse', pages]);
    expect(status).toBe(2);
    expect(stderr).toBe(
      `kepu: ${pages}: has 50000 pages, more than the limit of 1000 pages; raise it with --max-pdf-pages N\n`,
    );
    const plan = join(seedFormats, 'plan.pdf');
    expect(kepu(['deadlines', plan, '--max-pdf-pages', '1']).stderr).toMatch(
      /has \d+ pages, more than the limit of 1 pages/,
    );
    expect(kepu(['diff', plan, plan, '--max-pdf-pages', '100']).status).toBe(0);
    expect(kepu(['parse', plan, '--max-pdf-pages', '0']).status).toBe(2);
  });

  it('Markdown lists nested thousands deep are read line by line, every line kept, with a warning', () => {
    for (const [name, bytes] of [
      ['nested.md', nestedListMarkdown(150_000)],
      ['indented.md', indentedListMarkdown(550)],
      // Not deep, but many nested lines: remark-parse would take the square of their number.
      ['wide.md', Buffer.from('# 通知\n\n' + '- 项目\n  - 内容\n'.repeat(2_000))],
    ] as const) {
      const path = file(name, bytes);
      const { status, stdout, stderr } = kepu(['parse', path]);
      expect(status, name).toBe(0);
      const tree = JSON.parse(stdout);
      expect(tree.diagnostics.map((diagnostic: { code: string }) => diagnostic.code)).toContain('unread-list-nesting');
      expect(stderr).toContain('unread-list-nesting');
      expect(tree.source.length).toBe(bytes.toString().length);
    }
  });
});
