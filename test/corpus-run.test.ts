/**
 * Runs over many files through the built CLI: directories, lists of files, NDJSON that matches
 * single-file parses, -o DIR, a bad file among good ones, --fail-fast, and the progress line on a
 * terminal (through a pseudo-terminal) but never in a pipe.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'kepu.js');
const work = mkdtempSync(join(tmpdir(), 'kepu-corpus-'));
const corpus = join(work, 'corpus');
mkdirSync(join(corpus, 'laws'), { recursive: true });
mkdirSync(join(corpus, 'shanghai'), { recursive: true });
for (const name of ['1985-port-opening-provisions.md', '2002-missile-export-control-regulations.md'])
  copyFileSync(join(root, 'fixtures', 'corpus', 'laws', name), join(corpus, 'laws', name));
for (const name of ['2022-shipping-services-call.md', '2023-shipping-services-call.md'])
  copyFileSync(join(root, 'fixtures', 'corpus', 'shanghai', name), join(corpus, 'shanghai', name));
copyFileSync(join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt'), join(corpus, 'seed.txt'));
writeFileSync(join(corpus, 'notes.json'), '{"not": "read"}');

function kepu(args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: undefined, CI: undefined, ...options.env } as NodeJS.ProcessEnv,
    maxBuffer: 1 << 28,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('runs over many files', () => {
  it('reads a directory recursively (.txt and .md only), as NDJSON identical to single-file parses', () => {
    const { status, stdout, stderr } = kepu(['parse', '-r', corpus, '--format', 'ndjson']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(stderr).toContain('kepu: 5 files, 0 failed');
    for (const line of lines) {
      const document = JSON.parse(line);
      const single = JSON.parse(kepu(['parse', document.source.name, '-q']).stdout);
      expect(document).toEqual(single);
    }
  });

  it('filters with --glob, and reads lists of files (lines or NUL-separated) from --files-from', () => {
    const globbed = kepu(['parse', '-r', corpus, '--glob', 'shanghai/*.md', '-f', 'ndjson', '-q']).stdout;
    expect(
      globbed
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).source.name),
    ).toEqual([
      join(corpus, 'shanghai', '2022-shipping-services-call.md'),
      join(corpus, 'shanghai', '2023-shipping-services-call.md'),
    ]);
    const list = [join(corpus, 'seed.txt'), join(corpus, 'laws', '1985-port-opening-provisions.md')];
    const fromLines = JSON.parse(kepu(['parse', '--files-from', '-', '-q'], { input: list.join('\n') + '\n' }).stdout);
    expect(fromLines.map((document: { source: { name: string } }) => document.source.name)).toEqual(list);
    const fromNul = JSON.parse(kepu(['parse', '--files-from', '-', '-q'], { input: list.join('\0') }).stdout);
    expect(fromNul).toHaveLength(2);
  });

  it('gives an array for a directory even when it holds one file, and refuses a directory without -r', () => {
    const one = join(work, 'one');
    mkdirSync(one);
    copyFileSync(join(corpus, 'seed.txt'), join(one, 'seed.txt'));
    expect(Array.isArray(JSON.parse(kepu(['parse', '-r', one, '-q']).stdout))).toBe(true);
    const refused = kepu(['parse', one]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/is a directory; add -r/);
  });

  it('writes one file per input under -o DIR, mirroring the input tree', () => {
    const out = join(work, 'out') + '/';
    expect(kepu(['parse', '-r', corpus, '-o', out, '-q']).status).toBe(0);
    expect(existsSync(join(out, 'laws', '1985-port-opening-provisions.json'))).toBe(true);
    expect(existsSync(join(out, 'shanghai', '2023-shipping-services-call.json'))).toBe(true);
    const seed = JSON.parse(readFileSync(join(out, 'seed.json'), 'utf8'));
    expect(seed.meta.date).toBe('2022-03-03');
  });

  it('reports a bad file on one line, goes on and exits 1; --fail-fast stops at it', () => {
    const mixed = join(work, 'mixed');
    mkdirSync(mixed);
    copyFileSync(join(corpus, 'seed.txt'), join(mixed, 'a.txt'));
    writeFileSync(join(mixed, 'b.txt'), '');
    copyFileSync(join(corpus, 'seed.txt'), join(mixed, 'c.txt'));
    const run = kepu(['parse', '-r', mixed, '-f', 'ndjson']);
    expect(run.status).toBe(1);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(run.stderr).toContain(`kepu: ${join(mixed, 'b.txt')}: the file is empty`);
    expect(run.stderr).toContain('kepu: 3 files, 1 failed');
    const fast = kepu(['parse', '-r', mixed, '-f', 'ndjson', '--fail-fast']);
    expect(fast.status).toBe(1);
    expect(fast.stdout.trimEnd().split('\n')).toHaveLength(1);
    // The same bad file alone is bad input: exit 2, with the same line.
    const alone = kepu(['parse', join(mixed, 'b.txt')]);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toBe(`kepu: ${join(mixed, 'b.txt')}: the file is empty\n`);
  });

  it('counts warnings by code in the summary, and --strict exits 1 on them', () => {
    const malformed = join(root, 'fixtures', 'parse', 'malformed-numbering', 'input.txt');
    const run = kepu(['parse', malformed, join(corpus, 'seed.txt'), '-f', 'ndjson', '--strict']);
    expect(run.stderr).toMatch(/kepu: 2 files, 0 failed; warnings: .*numbering-gap \d/);
    expect(run.status).toBe(1);
  });

  it('streams deadlines and initiatives as NDJSON, each line naming its file', () => {
    const deadlines = kepu(['deadlines', '-r', corpus, '-f', 'ndjson', '-q'])
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(deadlines.length).toBeGreaterThan(3);
    expect(new Set(deadlines.map((row) => row.file)).size).toBeGreaterThan(1);
    const initiatives = kepu(['initiatives', '-r', corpus, '-f', 'ndjson', '-q'])
      .stdout.trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(initiatives.some((row) => row.file.endsWith('seed.txt') && row.key === '全国科普日')).toBe(true);
  });
});

describe('progress', () => {
  it('redraws a progress line on a terminal and clears it at the end', () => {
    const command = `${process.execPath} ${bin} parse -r ${corpus} -f ndjson > /dev/null`;
    const result = spawnSync('script', ['-q', '-e', '-c', command, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, CI: '', TERM: 'xterm' } as NodeJS.ProcessEnv,
    });
    // The terminal saw the line drawn (files done of total) and erased (carriage return, erase line).
    expect(result.stdout).toMatch(/\r\u001b\[K\d+\/5 files {2}[\d.]+ MB\/s {2}ETA/);
    expect(result.stdout).toMatch(/\r\u001b\[Kkepu: 5 files, 0 failed/);
  });

  it('is absent when standard error is a pipe, and under CI', () => {
    const piped = kepu(['parse', '-r', corpus, '-f', 'ndjson']);
    expect(piped.stderr).not.toMatch(/MB\/s/);
    expect(piped.stderr).not.toMatch(/\u001b\[K/);
  });
});

describe('worker threads (--jobs)', () => {
  // Over 512 KB, so that --jobs 2 really starts workers: 30 copies of a law, and one file that is not text.
  const many = join(work, 'many');
  mkdirSync(join(many, 'sub'), { recursive: true });
  const law = readFileSync(join(root, 'fixtures', 'corpus', 'laws', '2002-missile-export-control-regulations.md'));
  for (let i = 0; i < 30; i++)
    writeFileSync(join(many, i % 2 ? 'sub' : '.', `law-${String(i).padStart(2, '0')}.md`), law);
  copyFileSync(join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt'), join(many, 'seed.txt'));
  writeFileSync(join(many, 'broken.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3]));

  it('writes the same NDJSON, JSON array and messages as one thread, in input order', () => {
    for (const format of ['ndjson', 'json']) {
      const one = kepu(['parse', '-r', many, '--format', format, '--jobs', '1']);
      const two = kepu(['parse', '-r', many, '--format', format, '--jobs', '2']);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr.replace('32 files,', '32 files (2 worker threads),'));
      expect(two.status).toBe(1);
      expect(one.stderr).toMatch(/broken\.txt: is an executable/);
    }
  });

  it("says how each file's dates were resolved on workers too, for a few files", () => {
    // Three files, over 512 KB in all (the seed repeated), so that --jobs 2 starts workers.
    const few = join(work, 'few');
    mkdirSync(few);
    const seed = readFileSync(join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt'), 'utf8');
    writeFileSync(join(few, 'a.txt'), seed);
    writeFileSync(join(few, 'b.txt'), Array(40).fill(seed).join('\n'));
    copyFileSync(
      join(root, 'fixtures', 'corpus', 'laws', '2002-missile-export-control-regulations.md'),
      join(few, 'c.md'),
    );
    const one = kepu(['deadlines', '-r', few, '--format', 'ndjson', '--jobs', '1']);
    const two = kepu(['deadlines', '-r', few, '--format', 'ndjson', '--jobs', '2']);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr.replace('3 files,', '3 files (2 worker threads),'));
    expect(two.stderr).toContain('(2 worker threads)');
    expect(two.stderr).toContain(`${join(few, 'a.txt')}: relative dates resolved against 2022 (from the title)`);
    expect(two.stderr).toContain(`${join(few, 'b.txt')}: relative dates resolved against 2022`);
  });

  it('lists deadlines and initiatives as NDJSON on workers, as one thread does', () => {
    for (const command of ['deadlines', 'initiatives']) {
      const one = kepu([command, '-r', many, '--format', 'ndjson', '--jobs', '1']);
      const two = kepu([command, '-r', many, '--format', 'ndjson', '--jobs', '2']);
      expect(one.stdout.split('\n').length).toBeGreaterThan(30);
      expect(two.stdout).toBe(one.stdout);
      expect(two.stderr).toBe(one.stderr.replace('32 files,', '32 files (2 worker threads),'));
    }
  });

  it('with --unordered, writes the same documents in the order they are ready', () => {
    const one = kepu(['parse', '-r', many, '--format', 'ndjson', '--jobs', '1']);
    const unordered = kepu(['parse', '-r', many, '--format', 'ndjson', '--jobs', '2', '--unordered']);
    expect(unordered.stdout.split('\n').sort()).toEqual(one.stdout.split('\n').sort());
  });

  it('writes one file per input under -o DIR/, as one thread does', () => {
    const out = join(work, 'many-out');
    kepu(['parse', '-r', many, '-o', out + '/', '--jobs', '2', '-q']);
    expect(readFileSync(join(out, 'sub', 'law-01.json'), 'utf8')).toBe(
      kepu(['parse', join(many, 'sub', 'law-01.md')]).stdout,
    );
  });

  it('refuses a --jobs that is not a whole number from 1', () => {
    const run = kepu(['parse', '-r', many, '--jobs', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--jobs takes a whole number from 1/);
  });
});
