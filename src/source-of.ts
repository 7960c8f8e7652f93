/**
 * The decoded text a tree was parsed from, kept beside the tree (not in it, so that the JSON stays
 * as it is): the passes reach it from the tree alone and give exact positions without being
 * handed the source. A tree read back from JSON has none; pass `source` to the passes then.
 */
import { type Locator, createLocator } from './parse/locate.js';
import type { Document } from './types.js';

const SOURCES = new WeakMap<Document, { text: string; locator: Locator }>();

/** Records the text (and its locator) that `document` was parsed from. */
export function attachSource(document: Document, text: string, locator: Locator): void {
  SOURCES.set(document, { text, locator });
}

/**
 * The source of a tree and a locator for it: the one given, else the one it was parsed from,
 * else null (positions are then taken from the nodes, exact unless the text was hard-wrapped).
 *
 * @example
 * sourceOf(parseCircular('一、总体要求'))?.text // '一、总体要求'
 */
export function sourceOf(document: Document, given?: string): { text: string; locator: Locator } | null {
  if (given !== undefined) {
    const attached = SOURCES.get(document);
    return attached && attached.text === given ? attached : { text: given, locator: createLocator(given) };
  }
  return SOURCES.get(document) ?? null;
}
