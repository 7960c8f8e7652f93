/**
 * The output sink: `-o FILE` is gathered as UTF-8 in 1 MB buffers written by the thread pool while
 * the next is filled, and renamed into place only when every write is done; a failed write leaves
 * the old file as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSink } from '../src/cli/io.js';
import { parseCircular } from '../src/index.js';
import { type DocumentFormat, createDocumentWriter } from '../src/output/document-writer.js';

const root = join(import.meta.dirname, '..');
const seed = join(root, 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const work = mkdtempSync(join(tmpdir(), 'kepu-io-'));

describe('the file sink', () => {
  it('writes every chunk in order, however many writes are in flight, and waits when too many are', async () => {
    const target = join(work, 'large.txt');
    writeFileSync(target, 'the old contents');
    const sink = createSink(target, []);
    const seedText = readFileSync(seed, 'utf8');
    const expected: Buffer[] = [];
    let waits = 0;
    // 12 MB in all: strings of Chinese text, byte arrays, and one piece larger than a buffer.
    for (let i = 0; i < 600; i++) {
      const piece: string | Uint8Array = i % 3 === 2 ? Buffer.from(`${i}:${seedText}`) : `${i}:${seedText}`;
      expected.push(Buffer.from(piece));
      sink.write(piece);
      if (i === 300) {
        const large = Buffer.alloc(3 * 1024 * 1024 + 7, 'x');
        expected.push(large);
        sink.write(large);
      }
      const wait = sink.ready();
      if (wait) {
        waits++;
        await wait;
      }
    }
    // Nothing is in place before the end: the old file is still there.
    expect(readFileSync(target, 'utf8')).toBe('the old contents');
    await sink.end();
    const written = readFileSync(target);
    const whole = Buffer.concat(expected);
    expect(written.length).toBe(whole.length);
    expect(written.equals(whole)).toBe(true);
    expect(waits).toBeGreaterThan(0);
    // No temporary file is left beside it.
    expect(readdirSync(work).filter((name) => name.includes('.kepu-'))).toEqual([]);
  });

  it('makes every document writer wait while the sink has too much in flight, in every format', async () => {
    const tree = parseCircular(readFileSync(seed, 'utf8'), { name: 'seed.txt' });
    for (const format of ['json', 'ndjson', 'yaml'] as DocumentFormat[]) {
      let release: () => void = () => {};
      let asked = 0;
      const written: string[] = [];
      // A sink that is full once: the writer must not finish its document before the sink drains.
      const sink = {
        write: (chunk: string | Uint8Array) => void written.push(String(chunk)),
        ready: () => (asked++ === 0 ? new Promise<void>((resolve) => (release = resolve)) : null),
        end: () => {},
      };
      const writer = createDocumentWriter(format, sink, { array: false });
      const untilAsked = async () => {
        for (let tries = 0; asked === 0 && tries < 500; tries++)
          await new Promise((resolve) => setTimeout(resolve, 10));
        expect(asked).toBeGreaterThan(0);
      };
      let finished = false;
      const writing = writer.write(tree).then(() => (finished = true));
      // The writer asks the sink only once its format's serialiser is loaded (yaml is imported lazily).
      await untilAsked();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(finished).toBe(false);
      release();
      await writing;
      expect(finished).toBe(true);
      expect(written.join('').length).toBeGreaterThan(1000);
      // And a document serialised on a worker.
      asked = 0;
      let done = false;
      const serialized = writer.writeSerialized('{}\n').then(() => (done = true));
      await untilAsked();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(done).toBe(false);
      release();
      await serialized;
    }
  });

  it('reports a write that fails as one line, exit 2, and keeps the old file (EFBIG under ulimit -f)', () => {
    const target = join(work, 'limited.json');
    writeFileSync(target, '{"old":true}\n');
    // A file size limit of 16 KB: the 53 KB of the seed's JSON cannot be written. The signal
    // the kernel sends is ignored, so that write() fails with EFBIG as it would on a full disk.
    const result = spawnSync(
      'bash',
      [
        '-c',
        `trap '' XFSZ; ulimit -f 16; exec "$0" "$@"`,
        process.execPath,
        join(root, 'bin', 'kepu.js'),
        'parse',
        seed,
        '-o',
        target,
      ],
      { encoding: 'utf8' },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`kepu: ${target}: cannot write the file (EFBIG)\n`);
    expect(readFileSync(target, 'utf8')).toBe('{"old":true}\n');
    expect(readdirSync(work).filter((name) => name.includes('.kepu-'))).toEqual([]);
  });
});
