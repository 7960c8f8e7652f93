/**
 * The eleven Shanghai notices of the corpus as the text of their pages: front matter, the
 * scraper's note and Markdown marks left out. Several tests render or copy them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'corpus', 'shanghai');

/** The text of a notice's page, from its Markdown copy. */
export function pageText(markdown: string): string {
  return (
    markdown
      .replace(/^---\n[\s\S]*?\n---\n/, '')
      .split('\n')
      .filter((line) => !line.startsWith('>'))
      .map((line) => line.replace(/^#+\s*/, ''))
      .join('\n')
      .trim() + '\n'
  );
}

/** Each notice: its file name and its page text. */
export const SHANGHAI_NOTICES: Array<{ file: string; text: string }> = readdirSync(dir)
  .filter((name) => name.endsWith('.md') && name !== 'SOURCES.md')
  .map((file) => ({ file, text: pageText(readFileSync(join(dir, file), 'utf8')) }));
