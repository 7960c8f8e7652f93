/** `kepu diff`: loaded only when that command runs. */
import type { Document } from '../types.js';
import { diffPlans, hasDifferences, type DiffOptions } from '../diff/diff-plans.js';
import { formatMarkdown, formatText } from '../diff/format-diff.js';
import { formatHtml } from '../diff/format-html.js';
import { createPainter } from './color.js';

export async function runDiff(
  before: Document,
  after: Document,
  options: DiffOptions & { format: 'text' | 'json' | 'md' | 'html'; color?: boolean; all?: boolean },
): Promise<{ text: string; changed: boolean }> {
  const diff = diffPlans(before, after, options);
  const changed = hasDifferences(diff);
  switch (options.format) {
    case 'json':
      return { text: JSON.stringify(diff, null, 2) + '\n', changed };
    case 'md':
      return { text: formatMarkdown(diff), changed };
    case 'html':
      return { text: formatHtml(diff), changed };
    default:
      return {
        text: formatText(diff, createPainter(options.color === true), { all: options.all }),
        changed,
      };
  }
}
