// Checks that docs/api (the API reference, made by TypeDoc from the TSDoc of src/index.ts's
// exports) is current: it is made again in a temporary folder and compared file by file.
// `npm run docs` rewrites docs/api. It also checks that every export has TSDoc with an @example.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fresh = mkdtempSync(join(tmpdir(), 'kepu-docs-'));
const args = [
  'typedoc',
  '--out',
  fresh,
  '--entryPoints',
  'src/index.ts',
  '--tsconfig',
  'tsconfig.json',
  '--readme',
  'none',
  '--hideGenerator',
  '--disableSources',
  '--treatWarningsAsErrors',
  // Warnings are errors here (--treatWarningsAsErrors): show them, so that a failure says why.
  '--logLevel',
  'Warn',
  '--json',
  join(fresh, '..', `${fresh.split('/').pop()}.json`),
];
const run = spawnSync('npx', args, { cwd: root, encoding: 'utf8' });
if (run.status !== 0) {
  console.error(run.stdout + run.stderr || `typedoc exited ${run.status}`);
  process.exit(1);
}
// Every export: a comment, with an example.
const api = JSON.parse(readFileSync(join(fresh, '..', `${fresh.split('/').pop()}.json`), 'utf8'));
const undocumented = api.children
  .filter((child) => {
    const comment = child.signatures?.[0]?.comment ?? child.comment;
    return !comment?.blockTags?.some((tag) => tag.tag === '@example');
  })
  .map((child) => child.name);
if (undocumented.length > 0) {
  console.error(`exports without TSDoc and an @example: ${undocumented.join(', ')}`);
  process.exit(1);
}
const files = (folder) =>
  readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
const committed = join(root, 'docs', 'api');
const want = files(fresh)
  .map((path) => relative(fresh, path))
  .sort();
let have = [];
try {
  have = files(committed)
    .map((path) => relative(committed, path))
    .sort();
} catch {
  // no docs yet
}
const stale = want.filter((name) => {
  try {
    return !readFileSync(join(committed, name)).equals(readFileSync(join(fresh, name)));
  } catch {
    return true;
  }
});
const extra = have.filter((name) => !want.includes(name));
if (stale.length + extra.length > 0) {
  console.error(
    `docs/api is out of date (${[...stale, ...extra].slice(0, 5).join(', ')}${stale.length + extra.length > 5 ? ' …' : ''}); run npm run docs`,
  );
  process.exit(1);
}
console.log(`docs/api: ${want.length} files, current; all ${api.children.length} exports have TSDoc with an example`);
