/**
 * One coordinate system: on every fixture and every real document, every position the passes
 * report (deadlines, initiatives and their diagnostics) has line and column agreeing with its
 * offset, and slices to the text it reports, without the source being handed to the passes (the
 * tree keeps it beside itself; see `sourceOf`).
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, extractDeadlines, extractInitiatives, parseCircular } from '../src/index.js';
import { sourceOf } from '../src/source-of.js';
import { checkPassPositions } from './helpers/check-positions.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures');

function documentsBelow(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return documentsBelow(path);
    return /\.(?:txt|md)$/.test(name) && !/^(?:README|SOURCES?)\.md$/.test(name) ? [path] : [];
  });
}

const files = documentsBelow(fixtures);

describe('positions of every pass, on every fixture and real document', () => {
  it('covers the real documents', () => {
    expect(files.some((file) => file.includes('work-reports'))).toBe(true);
    expect(files.some((file) => file.includes(join('corpus', 'shanghai')))).toBe(true);
    expect(files.length).toBeGreaterThan(40);
  });

  for (const file of files) {
    it(relative(fixtures, file), () => {
      const bytes = readFileSync(file);
      const text = decodeBytes(bytes).text;
      const document = parseCircular(bytes, { name: file });
      expect(sourceOf(document)?.text).toBe(text);
      const furniture = document.layout.map((item) => item.position);
      checkPassPositions(text, extractDeadlines(document, { all: true }).deadlines, [], furniture);
      const initiatives = extractInitiatives(document);
      checkPassPositions(text, [], initiatives.diagnostics);
      for (const initiative of initiatives.initiatives) checkPassPositions(text, [], initiative.occurrences);
    });
  }
});
