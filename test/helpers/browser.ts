/**
 * The tools the browser tests drive: Debian's chromium and the CJK font families the PDF
 * renderings name. A test that needs one that is missing fails, naming the package to install:
 * a suite that skipped them would be green and prove nothing. KEPU_SKIP_BROWSER=1 skips them
 * instead (and says so). CI (.ci/run) installs every one of them.
 */
import { existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { describe } from 'vitest';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { PDF_FONTS } from '../../scripts/render-formats.js';

/** Where Debian puts chromium; undefined when it is not installed. */
export const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));

/** Whether the browser tests are to be skipped (KEPU_SKIP_BROWSER=1). */
export const skipBrowser = process.env.KEPU_SKIP_BROWSER === '1';

/**
 * Whether fontconfig's fc-list is there (Debian's package fontconfig), which the font families are
 * looked up with. Debian's chromium pulls it in (through GTK), fonts-noto-cjk does not: without it
 * the families cannot be told, and the message names fontconfig rather than fonts that may be there.
 */
export const hasFcList = spawnSync('fc-list', ['--version'], { stdio: 'ignore' }).error === undefined;

/** Each font family the PDF renderings name, with its package and whether fontconfig has it. */
export const pdfFonts: Array<{ family: string; package: string; suffix: string; installed: boolean }> = (
  PDF_FONTS as Array<{ family: string; package: string; suffix: string }>
).map((font) => ({ ...font, installed: hasFamily(font.family) }));

function hasFamily(family: string): boolean {
  try {
    execFileSync('fc-list', ['-q', family], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Whether any font has Chinese (a fallback for a family that is missing). */
function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

/**
 * What is missing for the browser tests, as one message naming the packages; null when nothing is.
 * A missing family is allowed outside CI when another Chinese font is there (Chromium falls back
 * to it, and the rendering is still read): with only Noto CJK installed the suite passes. In CI
 * both families must be there, so that both paths are tested.
 */
export function missingTools(options: { fonts: boolean }): string | null {
  const packages: string[] = [];
  if (!chromiumPath) packages.push('chromium');
  if (options.fonts && !hasFcList) packages.push('fontconfig');
  else if (options.fonts) {
    const missing = pdfFonts.filter((font) => !font.installed);
    if (process.env.CI ? missing.length > 0 : !hasChineseFont()) packages.push(...missing.map((font) => font.package));
  }
  if (packages.length === 0) return null;
  return `missing ${packages.join(', ')}: apt-get install ${packages.join(' ')} (or KEPU_SKIP_BROWSER=1 to skip the browser tests)`;
}

/**
 * describe for a suite that drives chromium: skipped under KEPU_SKIP_BROWSER=1 (with a note),
 * otherwise run, its tests failing with what to install when a tool is missing (see requireTools).
 */
export function browserDescribe(file: string): typeof describe | typeof describe.skip {
  if (!skipBrowser) return describe;
  console.warn(`${file}: skipped (KEPU_SKIP_BROWSER=1)`);
  return describe.skip;
}

/** Throws (failing the suite's beforeAll, so each test) with the packages to install, when any is missing. */
export function requireTools(options: { fonts: boolean }): void {
  const missing = missingTools(options);
  if (missing) throw new Error(missing);
  if (options.fonts) {
    for (const font of pdfFonts.filter((font) => !font.installed))
      console.warn(
        `${font.family} is not installed (apt-get install ${font.package}): Chromium prints in another font`,
      );
  }
}
