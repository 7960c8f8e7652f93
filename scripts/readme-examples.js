// Regenerates the examples of the README and of the pages of docs/ from real runs, so that they
// cannot drift: every block
//
//   <!-- example: kepu ARGS -->
//   ```
//   $ kepu ARGS
//   …output…
//   ```
//
// gets its output from running the built CLI (no colour, standard error after standard output).
// `--check` rewrites nothing and exits 1 when an example is out of date (npm test runs it).
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The pages whose examples are run: the README and every page of docs/. */
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const BLOCK = /<!-- example: kepu (.+?) -->\n```(\w*)\n[\s\S]*?\n```/g;

/** Splits a command line into words, honouring single and double quotes. */
function words(line) {
  return [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3]);
}

/** The output of one example: what a user sees, standard output then standard error. */
function run(command) {
  const [pipeline, filter] = command.split(' | ');
  const result = spawnSync(process.execPath, [join(root, 'bin', 'kepu.js'), ...words(pipeline)], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, SOURCE_DATE_EPOCH: '0', CI: '' },
  });
  let output = result.stdout + result.stderr;
  // `| head -N` keeps the first lines, as a reader would cut a long output.
  const head = filter && /^head -(\d+)$/.exec(filter.trim());
  if (head) output = output.split('\n').slice(0, Number(head[1])).join('\n') + '\n…\n';
  // CSV's CRLF and BOM are shown as a reader sees them: plain lines.
  return output
    .replace(/\r\n/g, '\n')
    .replace(/\uFEFF/g, '')
    .replace(/\s+$/, '');
}

const check = process.argv.includes('--check');
let stale = 0;
let examples = 0;
for (const page of pages) {
  const path = join(root, page);
  const text = readFileSync(path, 'utf8');
  const updated = text.replace(BLOCK, (_, command, language) => {
    examples++;
    return `<!-- example: kepu ${command} -->\n\`\`\`${language}\n$ kepu ${command}\n${run(command)}\n\`\`\``;
  });
  if (updated === text) continue;
  if (check) {
    console.error(`${page}: an example is out of date; run \`npm run readme\` to regenerate it`);
    stale++;
  } else {
    writeFileSync(path, updated);
    console.log(`${page}: examples regenerated`);
  }
}
if (check && stale > 0) process.exit(1);
console.log(`${examples} examples in ${pages.length} pages${check ? ': every one matches a real run' : ''}`);
