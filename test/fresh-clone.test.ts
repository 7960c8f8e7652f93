/**
 * The suite runs from a fresh clone alone. A test that reads a file beside the checkout (the
 * development corpus in ../shared, say) passes on the machine it was written on and fails on a clean
 * one, where `.ci/run` clones the repository by itself: every path a test builds from its own folder
 * (`join` or `resolve` of `import.meta.dirname` and literal parts) must stay inside the repository,
 * and no test may name a folder outside it by a literal path.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/** The TypeScript files of test/ and its folders. */
function testFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === '__snapshots__' ? [] : testFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Whether a path lies outside the repository. */
const outside = (path: string) => {
  const rel = relative(root, path);
  return rel === '..' || rel.startsWith('../') || isAbsolute(rel);
};

/**
 * The paths outside the repository that a test file's source names: each `join`/`resolve` of
 * `import.meta.dirname` with literal parts, resolved from the file's folder, and each literal that
 * starts with `../shared/` or `/work/` (the folders beside the checkout this project is developed in).
 */
function pathsOutside(source: string, file: string): string[] {
  const found: string[] = [];
  const call = /\b(?:join|resolve)\(\s*import\.meta\.dirname((?:\s*,\s*(?:'[^'\n]*'|"[^"\n]*"))*)/g;
  for (const match of source.matchAll(call)) {
    const parts = [...match[1].matchAll(/'([^'\n]*)'|"([^"\n]*)"/g)].map((part) => part[1] ?? part[2]);
    const path = resolve(dirname(file), ...parts);
    if (outside(path)) found.push(path);
  }
  for (const match of source.matchAll(/['"`]((?:\.\.\/)+shared\/[^'"`\n]*|\/work\/[^'"`\n]*)['"`]/g))
    found.push(match[1]);
  return found;
}

describe('a fresh clone holds every file the suite reads', () => {
  it('finds a path outside the repository in the forms a test can build it', () => {
    const file = join(root, 'test', 'example.test.ts');
    const joined = `const file = join(\n  import.meta.dirname,\n  '..',\n  '..',\n  'shared',\n  'corpus',\n  'a.md',\n);`;
    expect(pathsOutside(joined, file)).toEqual([resolve(root, '..', 'shared', 'corpus', 'a.md')]);
    expect(pathsOutside(`readFileSync('../shared/corpus/a.md')`, file)).toEqual(['../shared/corpus/a.md']);
    expect(pathsOutside(`const corpus = "/work/shared/corpus";`, file)).toEqual(['/work/shared/corpus']);
    // Inside the repository: the fixtures, from test/ and from test/helpers/.
    expect(pathsOutside(`join(import.meta.dirname, '..', 'fixtures', 'corpus')`, file)).toEqual([]);
    expect(
      pathsOutside(`join(import.meta.dirname, '..', '..', 'fixtures')`, join(root, 'test', 'helpers', 'x.ts')),
    ).toEqual([]);
  });

  it('no test reads a file outside the repository', () => {
    // This file's own examples above excepted.
    const files = testFiles(join(root, 'test')).filter((file) => file !== import.meta.filename);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      pathsOutside(readFileSync(file, 'utf8'), file).map((path) => `${relative(root, file)}: ${path}`),
    );
    expect(found).toEqual([]);
  });
});
