// The targets of `npm run bench`, read from docs/performance.md (one table: key, what, target),
// and the check of measured figures against them (`npm run bench -- --check`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const COMPARE = {
  '≥': (value, bound) => value >= bound,
  '≤': (value, bound) => value <= bound,
  '<': (value, bound) => value < bound,
  '>': (value, bound) => value > bound,
};

/**
 * The targets of a performance document: key → { what, operator, bound, text }. The targets are the
 * table at its top, before its first `## ` section (the notes and the last run, which have tables of
 * their own).
 */
export function readTargets(markdown) {
  const targets = new Map();
  const sections = markdown.indexOf('\n## ');
  for (const line of (sections < 0 ? markdown : markdown.slice(0, sections)).split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    // | key | what | target |  →  ['', key, what, target, '']
    if (cells.length !== 5 || cells[1] === 'key' || /^-+$/.test(cells[1])) continue;
    const bound = /^([≥≤<>])\s*([0-9.]+)$/.exec(cells[3]);
    if (!bound) throw new Error(`docs/performance.md: the target of ${cells[1]} is not "≥ N", "≤ N", "< N" or "> N"`);
    targets.set(cells[1], { what: cells[2], operator: bound[1], bound: Number(bound[2]), text: cells[3] });
  }
  return targets;
}

/** The targets of docs/performance.md in the repository. */
export function projectTargets(root) {
  return readTargets(readFileSync(join(root, 'docs', 'performance.md'), 'utf8'));
}

/**
 * Collects measured figures against the targets: `measure(key, value)` records one (and returns
 * the target as text, for the line the bench prints); `report()` lists every target, met, missed
 * or not measured, and says whether all were met.
 */
export function createTargetCheck(targets) {
  const measured = new Map();
  return {
    measure(key, value) {
      const target = targets.get(key);
      if (!target) throw new Error(`bench: ${key} is measured, but docs/performance.md has no target for it`);
      measured.set(key, value);
      return target.text;
    },
    report(skipped = new Set()) {
      const lines = [];
      let ok = true;
      for (const [key, target] of targets) {
        if (!measured.has(key)) {
          if (skipped.has(key)) {
            lines.push(`  -  ${key.padEnd(26)} not measured in this run (target ${target.text})`);
            continue;
          }
          ok = false;
          lines.push(`  ✗  ${key.padEnd(26)} not measured (target ${target.text})`);
          continue;
        }
        const value = measured.get(key);
        const met = COMPARE[target.operator](value, target.bound);
        if (!met) ok = false;
        lines.push(
          `  ${met ? '✓' : '✗'}  ${key.padEnd(26)} ${String(round(value)).padStart(9)}   target ${target.text}`,
        );
      }
      return { ok, lines };
    },
  };
}

function round(value) {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}
