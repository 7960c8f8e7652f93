// Bundles the CLI into one file, dist/cli/kepu.cjs, so that start-up reads one file instead of
// dozens, then records V8's compiled code for it (see bin/kepu.js). Heavy modules (remark, yaml,
// the readers, the schema validators) are in the bundle but run only when a command needs them;
// V8 compiles a function on its first call, so code that never runs costs little more than reading it.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

// commander requires child_process at load time for executable subcommands, which kepu does not
// have; a lazy stand-in saves loading it on every start (about 4 ms) and forwards if ever used.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(node:)?child_process$/ }, () => ({
      path: 'child_process',
      namespace: 'lazy-builtin',
    }));
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents:
        "module.exports = new Proxy({}, { get: (_, name) => process.getBuiltinModule('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

const shared = {
  plugins: [lazyChildProcess],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.env.KEPU_BUNDLE_READABLE,
  legalComments: 'none',
  logLevel: 'warning',
  // pdf.js loads its worker and CMaps from its own package: it stays in node_modules.
  external: ['pdfjs-dist'],
};

await build({
  ...shared,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/kepu.cjs',
  format: 'cjs',
  // The modules' import.meta.url (to find the worker, pdf.js and lunar-javascript) is the bundle's own.
  define: { 'import.meta.url': '__kepuUrl' },
  banner: { js: "var __kepuUrl=require('node:url').pathToFileURL(__filename).href;" },
});

// The worker thread of `kepu parse --jobs`: a bundle of its own, so that the command's chunks (and
// so its start-up) stay as they are.
await build({
  ...shared,
  entryPoints: ['src/cli/parse-worker.ts'],
  outfile: 'dist/cli/parse-worker.js',
  format: 'esm',
  // commander is not in the worker, but other CommonJS modules may require() node built-ins.
  banner: {
    js: "import{createRequire as __kepuCreateRequire}from'node:module';const require=__kepuCreateRequire(import.meta.url);",
  },
});

// import() of the modules left outside (pdf.js) goes through bin/kepu.js: see there.
const bundled = readFileSync('dist/cli/kepu.cjs', 'utf8');
const outside = /(?<![\w$.])import\((?=")/g;
if (!outside.test(bundled))
  throw new Error('dist/cli/kepu.cjs: no import() of pdf.js found to route through bin/kepu.js');
// The bundle is written as the function bin/kepu.js calls (see there), so that the text read is
// the script V8 compiles: a wrapper added at start-up made a second string of the whole bundle,
// which V8 copied into one piece (2.5 MB, 600 page faults) before compiling it.
writeFileSync(
  'dist/cli/kepu.cjs',
  '(function (exports, require, module, __filename, __dirname, __kepuImport) {' +
    asciiOnly(bundled.replace(outside, '__kepuImport('), 'dist/cli/kepu.cjs') +
    '\n})',
);
writeFileSync(
  'dist/cli/parse-worker.js',
  asciiOnly(readFileSync('dist/cli/parse-worker.js', 'utf8'), 'dist/cli/parse-worker.js'),
);

/**
 * The bundle with every character outside ASCII written as a \u escape. esbuild escapes them in
 * strings and names but leaves the regular expressions' (０-９, 年, 《》…) as they are, and a
 * single one makes the whole source a string of two bytes a character: reading the bundle
 * (UTF-8 decoded character by character) then took about 25 million instructions of every start,
 * and the source twice the memory. Outside strings and names they stand only in regular expression
 * literals, where \uXXXX means the same character, with or without the u flag (a character
 * beyond the BMP as its two surrogates, which a u pattern reads as one); an escaped one (\年) would
 * not, and stops the build.
 */
function asciiOnly(code, file) {
  if (/\\[\u0080-\uffff]/.test(code)) throw new Error(`${file}: a character outside ASCII after a backslash`);
  return code.replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// Record the compiled code of typical runs: parsing the seed, as `npm start` does, and a diff of
// two yearly reports (a diff runs much code that a parse does not: without it in the cache, V8
// compiles it on every diff, about a tenth of a diff's instructions).
const recording = spawnSync(
  process.execPath,
  ['bin/kepu.js', 'parse', 'fixtures/seed/cast-2022-kepu-plan-forwarded.txt'],
  {
    env: {
      ...process.env,
      KEPU_RECORD_CODE_CACHE: '1',
      KEPU_RECORD_ALSO: JSON.stringify([
        ['diff', 'fixtures/work-reports/2016.txt', 'fixtures/work-reports/2017.txt', '-q'],
      ]),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
);
if (recording.status !== 0) throw new Error(`recording the code cache: kepu exited ${recording.status}`);
