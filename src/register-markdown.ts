/** Registers the Markdown reader (remark-parse) in the format table. Imported for its effect. */
import { FORMAT_READERS } from './parse-circular.js';
import { readMarkdown } from './read-markdown.js';

FORMAT_READERS.md = readMarkdown;
