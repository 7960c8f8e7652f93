/**
 * The eleven Shanghai notices of the corpus as the text of their pages: front matter, the
 * scraper's note and Markdown marks left out. Several tests render or copy them; the scripts that
 * build fixtures read them the same way (scripts/shanghai-pages.js).
 */
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { SHANGHAI_PAGES } from '../../scripts/shanghai-pages.js';

/** Each notice: its file name and its page text. */
export const SHANGHAI_NOTICES: Array<{ file: string; text: string }> = SHANGHAI_PAGES;
