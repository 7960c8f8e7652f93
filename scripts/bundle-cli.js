// Bundles the CLI into dist/cli/ so that start-up reads a few files instead of dozens.
// Heavy modules (remark, yaml, the schema validators) stay in chunks loaded on demand.
import { rmSync } from 'node:fs';
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
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // pdf.js loads its worker and CMaps from its own package: it stays in node_modules.
  external: ['pdfjs-dist'],
  // commander is CommonJS: give its require() of node built-ins a real require.
  banner: {
    js: "import{createRequire as __kepuCreateRequire}from'node:module';const require=__kepuCreateRequire(import.meta.url);",
  },
};

await build({
  ...shared,
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  entryNames: 'kepu',
  splitting: true,
});

// The worker thread of `kepu parse --jobs`: a bundle of its own, so that the command's chunks (and
// so its start-up) stay as they are.
await build({ ...shared, entryPoints: ['src/cli/parse-worker.ts'], outfile: 'dist/cli/parse-worker.js' });
