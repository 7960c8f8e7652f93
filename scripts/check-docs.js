// Checks the API reference (made by TypeDoc from the TSDoc of src/index.ts's exports): it is built
// in a temporary folder with warnings as errors, and every export must have TSDoc with an @example.
// The pages are not committed: `npm run docs` builds them into docs/api (ignored by git).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
console.log(`API reference builds without warnings; all ${api.children.length} exports have TSDoc with an example`);
