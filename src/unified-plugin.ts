/**
 * kepu as a unified plugin, a few lines of glue around the same functions, as remark-parse wraps
 * mdast-util-from-markdown:
 *
 *   const file = await unified().use(kepuParse).use(kepuStringify).process(vfile)
 *   console.error(reporter(file))  // the diagnostics, as vfile messages
 *
 * `kepuParse` parses a circular (text or Markdown, by the file's extension or `format`) into kepu's
 * unist tree and turns its diagnostics into messages on the file (a warning is not fatal, an
 * information is neither); `kepuStringify` writes the tree as Markdown.
 */
import type { Plugin, Processor } from 'unified';
import type { VFile } from 'vfile';
import type { Document, InputFormat } from './types.js';
import { detectFormat, parseCircular, type ParseOptions } from './parse-circular.js';
import { toMarkdown } from './output/to-markdown.js';

/**
 * Options of the kepuParse unified plugin (as parseCircular's).
 *
 * @example
 * unified().use(kepuParse, { format: 'text' } satisfies KepuParseOptions)
 */
export interface KepuParseOptions {
  /** text or md; by default from the file's name. */
  format?: InputFormat;
  /** Readers to use instead of the built-in ones (see parseCircular). */
  readers?: ParseOptions['readers'];
}

/**
 * Parses the file into kepu's tree. Example:
 * `unified().use(kepuParse).parse(vfile({path: 'plan.txt', value: text}))`.
 *
 * @example
 * const tree = unified().use(kepuParse).parse(vfile) // a kepu Document
 */
export const kepuParse: Plugin<[KepuParseOptions?], string, Document> = function (
  this: Processor,
  options: KepuParseOptions = {},
) {
  const parser = (document: string, file: VFile): Document => {
    const name = file.path || undefined;
    const tree = parseCircular(String(file.value ?? document), {
      name,
      format: options.format ?? detectFormat(name),
      readers: options.readers,
    });
    for (const diagnostic of tree.diagnostics) {
      const message = file.message(diagnostic.message, {
        place: diagnostic.position,
        ruleId: diagnostic.code,
        source: 'kepu',
      });
      message.fatal = diagnostic.severity === 'error' ? true : diagnostic.severity === 'warning' ? false : undefined;
    }
    return tree;
  };
  // unified 11 reads the parser from the processor.
  (this as unknown as { parser: typeof parser }).parser = parser;
};

/**
 * Writes kepu's tree as Markdown (a heading per level). Example: `.use(kepuParse).use(kepuStringify)`.
 *
 * @example
 * String(await unified().use(kepuParse).use(kepuStringify).process(text)) // Markdown
 */
export const kepuStringify: Plugin<[], Document, string> = function (this: Processor) {
  (this as unknown as { compiler: (tree: Document) => string }).compiler = (tree) => toMarkdown(tree);
};
