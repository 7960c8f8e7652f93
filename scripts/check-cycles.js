// Fails when the modules of src/ import each other in a cycle, or when an import runs up the house:
// the command line (src/cli/) is the top floor, and nothing below it may import from it (the
// library must work without the CLI). Every import counts: a value import, a type-only one
// (`import type`, which TypeScript erases but which still ties the two modules' designs together)
// and a lazy `import()`. A cycle is printed as the chain of files that closes it.
//
//   node scripts/check-cycles.js [DIR]   (default: src)
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = resolve(process.argv[2] ?? 'src');

/** Every .ts file below a directory (declaration files included: they import too). */
function sourceFiles(directory) {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** `from '…'`, `import '…'`, `import('…')` and `export … from '…'` of relative modules. */
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

/** The files a file imports, resolved (`./x.js` is the source `./x.ts`). */
function importsOf(file) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const found = new Set();
  for (const match of text.matchAll(IMPORT)) {
    const target = resolve(dirname(file), match[1]).replace(/\.js$/, '.ts');
    found.add(target);
  }
  return [...found];
}

const files = sourceFiles(root);
const known = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file).filter((target) => known.has(target))]));

// Tarjan's strongly connected components: every component of more than one file (or a file that
// imports itself) is a cycle.
let index = 0;
const stack = [];
const state = new Map();
const components = [];
function visit(file) {
  const entry = { index, low: index, onStack: true };
  index++;
  state.set(file, entry);
  stack.push(file);
  for (const next of graph.get(file)) {
    if (!state.has(next)) {
      visit(next);
      entry.low = Math.min(entry.low, state.get(next).low);
    } else if (state.get(next).onStack) entry.low = Math.min(entry.low, state.get(next).index);
  }
  if (entry.low === entry.index) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      state.get(member).onStack = false;
      component.push(member);
    } while (member !== file);
    if (component.length > 1 || graph.get(file).includes(file)) components.push(component);
  }
}
for (const file of files) if (!state.has(file)) visit(file);

/** One cycle through the component's first file: a shortest way back to it. */
function cycleIn(component) {
  const members = new Set(component);
  const start = component.sort()[0];
  const previous = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of graph.get(file)) {
      if (next === start) {
        const chain = [file];
        while (previous.get(chain[0]) !== null) chain.unshift(previous.get(chain[0]));
        return [...chain, start];
      }
      if (members.has(next) && !previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
    }
  }
  return [start, start];
}

const name = (file) => relative(process.cwd(), file);

/** The folders that only the folder itself (and what is above it) may import: src/cli/. */
const TOP_FLOORS = [join(root, 'cli')];
const upward = [];
for (const [file, targets] of graph) {
  for (const floor of TOP_FLOORS) {
    if (file.startsWith(floor + '/')) continue;
    for (const target of targets) if (target.startsWith(floor + '/')) upward.push([file, target]);
  }
}

for (const component of components) console.error(`import cycle: ${cycleIn(component).map(name).join(' → ')}`);
for (const [file, target] of upward) console.error(`import up the house: ${name(file)} → ${name(target)}`);
if (components.length === 0 && upward.length === 0) {
  console.log(
    `no import cycles and no imports of src/cli from below among the ${files.length} modules of ${name(root)}`,
  );
} else {
  console.error(
    `${components.length} import cycle(s), ${upward.length} import(s) up the house among the ${files.length} modules of ${name(root)}`,
  );
  process.exitCode = 1;
}
