#!/usr/bin/env node
// The kepu command. dist/cli/kepu.cjs is a one-file bundle of src/cli/main.ts, built by
// `npm run build`, which also keeps V8's compiled code for it (kepu.cjs.cache, recorded while the
// bundle parsed the seed). Handing that code back to V8 instead of compiling the bundle anew takes
// about a fifth off the start-up. V8 rejects a cache made by another Node version or with other
// flags; the bundle is then compiled as usual, and nothing else changes.
//
// This file is CommonJS (bin/package.json says so): an ES module as the main file starts Node's
// ES module loader, which a CommonJS one does not, and that took about 25 million instructions of
// every run (4% of `kepu --version`; a CommonJS main file is what `node -e 0` runs as well).
'use strict';
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join, sep } = require('node:path');
const { Script } = require('node:vm');

const directory = join(__dirname, '..', 'dist', 'cli');
const filename = join(directory, 'kepu.cjs');
const cacheFile = join(directory, 'kepu.cjs.cache');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {
  // No cache (a build without one): compile.
}
// The bundle is one function expression, (function (exports, require, module, __filename,
// __dirname, __kepuImport) {…}), written so by the build, and only ASCII (see scripts/bundle-cli.js).
const script = new Script(readFileSync(filename, 'utf8'), { filename, cachedData });
const bundle = { exports: {} };
// The bundle's import() of ES modules outside it (pdf.js) comes here: code run by vm.Script has
// no import() of its own once V8 takes it from the cache.
const importOutside = (specifier) => import(specifier);
script.runInThisContext()(bundle.exports, createRequire(filename), bundle, filename, directory + sep, importOutside);

async function run() {
  await bundle.exports.main(process.argv);
  // The build records the cache this way (scripts/bundle-cli.js), after a whole run, so that it
  // holds the functions the run compiled and not only the bundle's top level; the runs listed in
  // KEPU_RECORD_ALSO (a JSON list of argument lists: a diff) run first in the same process, so
  // that their functions are in the cache too.
  if (process.env.KEPU_RECORD_CODE_CACHE === '1') {
    for (const args of JSON.parse(process.env.KEPU_RECORD_ALSO ?? '[]'))
      await bundle.exports.main([process.argv[0], process.argv[1], ...args]);
    writeFileSync(cacheFile, script.createCachedData());
  } else if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) {
    // The command has written all it writes (-o files are awaited, standard output is written with
    // blocking writes) and nothing waits in the streams: exit at once, rather than let Node tear
    // down the heap and the isolate first. After a diff of two yearly reports that tear-down is
    // about 65 million instructions, 3% of the run.
    process.exit();
  }
}

run();
