/** kepu as a unified plugin: parse into kepu's tree, diagnostics as vfile messages, Markdown out. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { kepuParse, kepuStringify, parseCircular } from '../src/index.js';
import type { Document } from '../src/types.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

describe('unified().use(kepuParse)', () => {
  it('parses a circular into the same tree as parseCircular', () => {
    const path = join(fixtures, 'seed', 'cast-2022-kepu-plan-forwarded.txt');
    const value = readFileSync(path, 'utf8');
    const tree = unified().use(kepuParse).parse(new VFile({ path, value })) as Document;
    expect(JSON.parse(JSON.stringify(tree))).toEqual(JSON.parse(JSON.stringify(parseCircular(value, { name: path }))));
  });

  it('turns diagnostics into vfile messages that vfile-reporter prints with their places', () => {
    const path = join(fixtures, 'parse', 'malformed-numbering', 'input.txt');
    const file = new VFile({ path, value: readFileSync(path, 'utf8') });
    unified().use(kepuParse).parse(file);
    expect(file.messages.length).toBeGreaterThan(0);
    const gap = file.messages.find((message) => message.ruleId === 'numbering-gap')!;
    expect(gap).toMatchObject({ source: 'kepu', fatal: false, line: 5, column: 1 });
    expect(reporter(file)).toMatch(/5:1.*warning.*numbering-gap/);
  });

  it('reads Markdown by the file name, without any import for its side effect', () => {
    const path = join(fixtures, 'parse', 'markdown-front-matter', 'input.md');
    const tree = unified()
      .use(kepuParse)
      .parse(new VFile({ path, value: readFileSync(path, 'utf8') })) as Document;
    expect(tree.source.format).toBe('md');
    expect(tree.meta.frontMatter).not.toBeNull();
  });

  it('processes a circular to Markdown with kepuStringify', async () => {
    const path = join(fixtures, 'diff', 'plan-2023.txt');
    const file = await unified()
      .use(kepuParse)
      .use(kepuStringify)
      .process(new VFile({ path, value: readFileSync(path, 'utf8') }));
    expect(String(file)).toContain('## 一、加强科普阵地建设');
    const back = parseCircular(String(file), { format: 'md' });
    expect(back.meta.title).toBe(parseCircular(readFileSync(path, 'utf8')).meta.title);
  });
});
