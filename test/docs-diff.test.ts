/**
 * docs/diff.md says how `kepu diff` pairs sections, with the constants that decide it in a table: each
 * row must give the value the code has (src/diff/align-sections.ts), and every pairing constant of the
 * code must have its row, so that the page and the code cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const page = readFileSync(join(root, 'docs', 'diff.md'), 'utf8');
const code = readFileSync(join(root, 'src', 'diff', 'align-sections.ts'), 'utf8');

/** The rows of the page's table of constants: `| \`NAME\` | value | what it does |`. */
function documentedConstants(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const match of page.matchAll(/^\| `([A-Z_]+)` \| ([0-9.]+) \|/gm)) rows.set(match[1], Number(match[2]));
  return rows;
}

/** The numeric constants of the pairing, as the code declares them: `const NAME = 0.5;`. */
function codeConstants(): Map<string, number> {
  const constants = new Map<string, number>();
  for (const match of code.matchAll(/^(?:export )?const ([A-Z_]+) = ([0-9.]+);/gm))
    constants.set(match[1], Number(match[2]));
  return constants;
}

describe('docs/diff.md', () => {
  it('gives each pairing constant the value the code has', () => {
    const documented = documentedConstants();
    const declared = codeConstants();
    expect(documented.size).toBeGreaterThan(0);
    for (const [name, value] of documented) expect(declared.get(name), name).toBe(value);
  });

  it('has a row for every constant that decides a pair (the thresholds, margins and weights)', () => {
    const documented = documentedConstants();
    const deciding = [...codeConstants().keys()].filter((name) => /THRESHOLD|MARGIN|WEIGHT|CONFIDENT/.test(name));
    expect(deciding.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('says the figures of its prose as the table does', () => {
    const documented = documentedConstants();
    const prose = page.replace(/\s+/g, ' ');
    const heading = documented.get('HEADING_WEIGHT')!;
    expect(prose).toContain(
      `${heading} × the cosine of the headings + ${Number((1 - heading).toFixed(2))} × the cosine`,
    );
    expect(prose).toContain(`at most ${documented.get('POSITION_WEIGHT')}`);
    expect(prose).toContain(`scores ${documented.get('CONFIDENT')} or more`);
  });
});
