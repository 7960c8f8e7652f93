/**
 * The bounds kepu puts on what a hostile file can make it do, one row a limit: a .docx whose few
 * hundred KB inflate to gigabytes (a zip bomb), a PDF of tens of thousands of pages. Past a limit
 * the file is refused with one line naming the file and the limit, and the flag that raises it.
 * (Two more bounds never refuse a file: HTML nested deeper than HTML_MAX_DEPTH is flattened, and
 * Markdown nested past MARKDOWN_MAX_NESTING is read line by line; see their readers.)
 */
import { InputError } from './decode.js';

/**
 * The limits of the readers.
 *
 * @example
 * const limits: ReadLimits = { unzippedBytes: 128 * 1024 * 1024, pdfPages: 5000 }
 */
export interface ReadLimits {
  /** The most bytes the XML parts of a .docx (document, numbering, styles, headers, footers) may inflate to. */
  unzippedBytes: number;
  /** The most pages a PDF may have. */
  pdfPages: number;
}

/**
 * One limit: its key, the command-line flag that sets it (in `unit`s of `scale` bytes or items),
 * its default, its help, and its refusal.
 *
 * @example
 * READ_LIMITS.find((limit) => limit.key === 'pdfPages')?.flag // '--max-pdf-pages'
 */
export interface LimitSpec {
  key: keyof ReadLimits;
  flag: string;
  unit: string;
  scale: number;
  default: number;
  /** What the flag does, for --help. */
  help: string;
  /** The one-line refusal of a file past the limit (`limit` with its unit; `found`: what the file has). */
  refusal: (limit: string, found: string) => string;
}

const MB = 1024 * 1024;

/**
 * The limits, with their flags and defaults. A real .docx circular's XML is a few MB (a 300-page
 * one about 20 MB); a real circular's PDF has tens of pages, a yearbook a few hundred.
 *
 * @example
 * READ_LIMITS.map((limit) => limit.flag) // ['--max-unzipped', '--max-pdf-pages']
 */
export const READ_LIMITS: readonly LimitSpec[] = [
  {
    key: 'unzippedBytes',
    flag: '--max-unzipped',
    unit: 'MB',
    scale: MB,
    default: 64 * MB,
    help: 'refuse a .docx whose XML (document, numbering, styles, headers, footers) inflates to more MB than this',
    refusal: (limit) => `its XML inflates to more than ${limit} (a zip bomb?); raise the limit with --max-unzipped MB`,
  },
  {
    key: 'pdfPages',
    flag: '--max-pdf-pages',
    unit: 'pages',
    scale: 1,
    default: 1000,
    help: 'refuse a PDF of more pages than this',
    refusal: (limit, found) => `has ${found} pages, more than the limit of ${limit}; raise it with --max-pdf-pages N`,
  },
];

/**
 * The limits as they are unless a caller sets them.
 *
 * @example
 * DEFAULT_READ_LIMITS.pdfPages // 1000
 */
export const DEFAULT_READ_LIMITS: ReadLimits = Object.fromEntries(
  READ_LIMITS.map((limit) => [limit.key, limit.default]),
) as unknown as ReadLimits;

/**
 * The limits to apply: the defaults, with those given.
 *
 * @example
 * limitsOf({ pdfPages: 5000 }).unzippedBytes // 67108864
 */
export function limitsOf(given: Partial<ReadLimits> | undefined): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...given };
}

/**
 * The error for a file past a limit: one line saying what was found, the limit, and the flag that
 * raises it.
 *
 * @example
 * exceeded('pdfPages', limitsOf({}), '50000') // has 50000 pages, more than the limit of 1000 pages; …
 */
export function exceeded(key: keyof ReadLimits, limits: ReadLimits, found = ''): InputError {
  const spec = READ_LIMITS.find((candidate) => candidate.key === key)!;
  return new InputError(spec.refusal(`${limits[key] / spec.scale} ${spec.unit}`, found));
}
