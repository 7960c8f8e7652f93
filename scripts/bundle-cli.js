// Bundles the CLI into dist/cli/ so that start-up reads a few files instead of dozens.
// Heavy modules (remark, yaml, the schema validators) stay in chunks loaded on demand.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

rmSync('dist/cli', { recursive: true, force: true });

await build({
  entryPoints: ['src/cli/main.ts'],
  outdir: 'dist/cli',
  entryNames: 'kepu',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // commander is CommonJS: give its require() of node built-ins a real require.
  banner: { js: "import{createRequire as __kepuCreateRequire}from'node:module';const require=__kepuCreateRequire(import.meta.url);" },
});
