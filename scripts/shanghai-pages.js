// The eleven Shanghai notices of fixtures/corpus/shanghai as the text of their pages (front matter,
// the scraper's note and Markdown marks left out), for the scripts that render them and the tests
// (test/helpers/shanghai.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'shanghai');

export const SHANGHAI_PAGES = readdirSync(dir)
  .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
  .map((file) => ({
    file,
    text:
      readFileSync(join(dir, file), 'utf8')
        .replace(/^---\n[\s\S]*?\n---\n/, '')
        .split('\n')
        .filter((line) => !line.startsWith('>'))
        .map((line) => line.replace(/^#+\s*/, ''))
        .join('\n')
        .trim() + '\n',
  }));
