/**
 * The output formats, one writer each. Writers that need a heavy library load it on demand,
 * so that `kepu parse` (JSON) never pays for YAML or remark.
 */
import type { Document } from '../types.js';

export type Writer = (documents: Document[]) => Promise<string>;

export const OUTPUT_FORMATS: Record<'json' | 'yaml' | 'md' | 'csv', Writer> = {
  json: async (documents) => JSON.stringify(documents.length === 1 ? documents[0] : documents, null, 2) + '\n',
  yaml: async (documents) => {
    const yaml = await import('yaml');
    const stringify = yaml.stringify ?? (yaml as unknown as { default: typeof yaml }).default.stringify;
    return documents
      .map((document) => stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 }))
      .join('---\n');
  },
  md: async (documents) => {
    const { toMarkdown } = await import('./to-markdown.js');
    return documents.map(toMarkdown).join('\n---\n\n');
  },
  csv: async (documents) => {
    const { toCsv } = await import('./to-csv.js');
    return documents.map(toCsv).join('');
  },
};
