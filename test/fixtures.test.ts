/**
 * Golden fixtures: fixtures/parse/<case>/input.* beside expected.json (a reviewable summary of
 * the tree). `UPDATE=1 npx vitest run test/fixtures.test.ts` rewrites the expected files; review
 * the diff before committing. Every parse also passes the shared tree checker.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { decodeBytes } from '../src/read/decode.js';
import { checkTree } from './helpers/check-tree.js';
import { summarize } from './helpers/summarize.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'parse');
const cases = readdirSync(root);

describe('golden fixtures', () => {
  it('has the fixtures the parse issue asks for', () => {
    expect(cases).toEqual(
      expect.arrayContaining([
        'crlf-bom',
        'four-levels',
        'full-cover',
        'gb18030',
        'halfwidth',
        'malformed-numbering',
        'markdown-front-matter',
        'pdf-extracted',
        'rules',
        'traditional',
        'utf16',
      ]),
    );
  });

  for (const name of cases) {
    it(name, () => {
      const input = readdirSync(join(root, name)).find((file) => file.startsWith('input.'))!;
      const bytes = readFileSync(join(root, name, input));
      const document = parseCircular(bytes, { name: input });
      checkTree(document, decodeBytes(bytes).text);
      const summary = summarize(document);
      const expectedFile = join(root, name, 'expected.json');
      if (process.env.UPDATE) writeFileSync(expectedFile, JSON.stringify(summary, null, 2) + '\n');
      // A fixture folder without its expected file is a mistake, not a case to skip.
      expect(existsSync(expectedFile), `${name}/expected.json is missing (UPDATE=1 writes it)`).toBe(true);
      expect(summary).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
