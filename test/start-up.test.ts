/**
 * How the built command starts and ends (bin/kepu.js, scripts/bundle-cli.js): the bundle as V8 reads
 * it, its code cache, and the exit once the command is done.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffPlans, parseCircular } from '../src/index.js';
import { DIFF_WRITERS } from '../src/output/diff.js';

const root = join(import.meta.dirname, '..');
const bundle = join(root, 'dist', 'cli', 'kepu.cjs');
const reports = join(root, 'fixtures', 'work-reports');

describe('the bundle', () => {
  const source = readFileSync(bundle, 'utf8');

  it('is ASCII only, so that V8 holds it as a string of one byte a character', () => {
    // The modules' regular expressions hold Chinese characters (年, ０-９, 《》): written as \u escapes.
    expect(source.match(/[^\x00-\x7f]/)).toBeNull();
    expect(source).toMatch(/\\u5e74/);
  });

  it('is the function bin/kepu.js calls, so that the text read is the script compiled', () => {
    expect(source.startsWith('(function (exports, require, module, __filename, __dirname, __kepuImport) {')).toBe(true);
    expect(source.endsWith('\n})')).toBe(true);
  });

  it("has a code cache that V8 takes for this build's bundle", () => {
    // What bin/kepu.js does, in a fresh process of the same Node: a rejected cache would compile the bundle anew.
    const check = [
      "const { readFileSync } = require('node:fs');",
      "const { Script } = require('node:vm');",
      `const file = ${JSON.stringify(bundle)};`,
      "const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData: readFileSync(file + '.cache') });",
      'process.stdout.write(String(script.cachedDataRejected));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe('false');
  });
});

describe('the end of a run', () => {
  it('writes the whole diff to a slow pipe before it exits, with the exit status of --exit-code', async () => {
    // A diff of two yearly reports with every section (--all) is several times a pipe's 64 KB: the command
    // exits only after the last byte is written, however slowly the reader takes them.
    const files = [join(reports, '2010.txt'), join(reports, '2011.txt')];
    const expected = DIFF_WRITERS.text(
      diffPlans(
        parseCircular(readFileSync(files[0]), { name: files[0] }),
        parseCircular(readFileSync(files[1]), { name: files[1] }),
      ),
      { color: false, width: 100, all: true },
    );
    const child = spawn(
      process.execPath,
      [join(root, 'bin', 'kepu.js'), 'diff', ...files, '--all', '--exit-code', '-q'],
      {
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 5);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    expect(bytes.toString('utf8')).toBe(expected);
    expect(status).toBe(1);
  });
});
