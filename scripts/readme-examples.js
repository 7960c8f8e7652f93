// Regenerates the README's examples from real runs, so that they cannot drift: every block
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
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
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

const updated = readme.replace(BLOCK, (_, command, language) => {
  return `<!-- example: kepu ${command} -->\n\`\`\`${language}\n$ kepu ${command}\n${run(command)}\n\`\`\``;
});

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md: an example is out of date; run `node scripts/readme-examples.js` to regenerate it');
    process.exit(1);
  }
  console.log('README.md: every example matches a real run');
} else {
  writeFileSync(readmePath, updated);
  console.log('README.md: examples regenerated');
}
