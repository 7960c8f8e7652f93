/**
 * Short names for the files of a table: the last parts of each path, as few as keep the names
 * apart (`…/2019.txt`, `…/a/plan.txt` beside `…/b/plan.txt`), instead of a cut from the right
 * that can leave several rows with the same `…/corpus/re…`.
 */

/** Splits a path into its parts (either slash). */
const partsOf = (path: string) => path.split(/[\\/]/);

/**
 * The shortest tail of each path that no other (different) path ends with, `…/` before it when
 * parts were left out. The same path given twice gets the same name.
 *
 * @example
 * shortestTails(['fixtures/work-reports/2018.txt', 'fixtures/work-reports/2019.txt']) // ['…/2018.txt', '…/2019.txt']
 */
export function shortestTails(paths: readonly string[]): string[] {
  const tailOf = (parts: string[], length: number) => parts.slice(parts.length - length).join('/');
  // How many different paths end with each tail (a table may list thousands of files).
  const holders = new Map<string, number>();
  for (const path of new Set(paths)) {
    const parts = partsOf(path);
    for (let length = 1; length <= parts.length; length++) {
      const tail = tailOf(parts, length);
      holders.set(tail, (holders.get(tail) ?? 0) + 1);
    }
  }
  return paths.map((path) => {
    const parts = partsOf(path);
    for (let length = 1; length < parts.length; length++) {
      const tail = tailOf(parts, length);
      if (holders.get(tail) === 1) return `…/${tail}`;
    }
    return path;
  });
}
