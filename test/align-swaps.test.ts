/**
 * Two sibling sections that changed places between editions (A, B → B′, A′), short and alike in
 * form, each reworded: the sibling pass must pair A→A′ and B→B′ and report the move, not leave both
 * open because each is the other's runner-up. Built from real development text (the Shanghai
 * transport plan of 2024-2026, whose tasks （一）…（二十三） are short and mostly 提升…服务水平): two
 * adjacent tasks swapped, each abridged to every third of its clauses (a heavy rewording), the rest
 * of the plan as written.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import type { Document } from '../src/types.js';
import { planRoot, sectionPairs, siblingGroups, swapSections, type SectionLike } from './helpers/sections.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'corpus', 'shanghai', '2024-2026-refined-management-plan.md');
const text = readFileSync(file, 'utf8');

const planGroups = (document: Document) => siblingGroups(planRoot(document));

/** Every third clause of a section's text (after its marker): a heavy rewording that keeps its topic. */
function abridge(body: string): string {
  const clauses = body.split(/(?<=[。；，、])/);
  return clauses.filter((_, index) => index % 3 === 1).join('') || body;
}

/** Swaps two adjacent sections' texts (their markers stay in place), each abridged. */
const swapped = (a: SectionLike, b: SectionLike) => swapSections(text, a, b, abridge);

/** The plan's pairs, old id → new id and the change's kinds. */
const pairsAfterSwap = (a: SectionLike, b: SectionLike) =>
  sectionPairs(parseCircular(text, { name: 'old' }), parseCircular(swapped(a, b), { name: 'new' }));

const document = parseCircular(text, { name: 'old' });
const tasks = planGroups(document).filter((group) => group.some((node) => node.id.split('.').length === 2));
const byId = new Map(tasks.flat().map((node) => [node.id, node]));

describe('siblings that changed places, reworded', () => {
  it.each([
    ['3.15', '3.16'],
    ['4.20', '4.21'],
  ])('pairs %s and %s with their own text and reports the move', (first, second) => {
    // Each pair scores under 0.5 and the other's text, one place nearer, came within 0.8 of it:
    // judged alone neither was sure; judged as a swap against the two pairs, both are.
    const pairs = pairsAfterSwap(byId.get(first)!, byId.get(second)!);
    expect(pairs.get(first)?.id).toBe(second);
    expect(pairs.get(second)?.id).toBe(first);
    expect([...pairs.get(first)!.kinds, ...pairs.get(second)!.kinds]).toContain('moved');
  });

  it('makes no wrong pair when any two adjacent tasks of the plan change places', () => {
    let right = 0;
    let wrong = 0;
    let total = 0;
    for (const group of tasks)
      for (let index = 0; index + 1 < group.length; index++) {
        const [a, b] = [group[index], group[index + 1]];
        if (a.id.split('.').length !== 2) continue;
        const pairs = pairsAfterSwap(a, b);
        total++;
        if (pairs.get(a.id)?.id === b.id && pairs.get(b.id)?.id === a.id) right++;
        for (const [from, to] of [
          [a.id, b.id],
          [b.id, a.id],
        ])
          if (pairs.has(from) && pairs.get(from)!.id !== to && byId.has(pairs.get(from)!.id)) wrong++;
      }
    expect(total).toBe(19);
    // Judged one by one (before the swap was weighed as one), 7 of the 19 swaps had both pairs made;
    // now 9. The others leave one or both open (an abridged task of 30 characters is often no longer
    // sure of itself), never a wrong pair.
    expect(right).toBeGreaterThanOrEqual(9);
    expect(wrong).toBe(0);
  });
});

describe('siblings that changed places, a few sentences reworded, in two development plans', () => {
  /** Every third sentence of a section's text after its heading's sentence dropped: a light rewording. */
  const reword = (body: string) => {
    const cut = body.search(/[。\n]/) + 1;
    const head = cut > 0 ? body.slice(0, cut) : '';
    const sentences = body.slice(head.length).split(/(?<=[。；])/);
    return head + sentences.filter((_, index) => index % 3 !== 2).join('');
  };

  it.each(['2024-2026-refined-management-plan', 'jiading-urban-renewal-opinion'])(
    'pairs both halves of every swap of two adjacent sections of %s and reports the move',
    (name) => {
      const source = readFileSync(
        join(import.meta.dirname, '..', 'fixtures', 'corpus', 'shanghai', `${name}.md`),
        'utf8',
      );
      const original = parseCircular(source, { name: 'old' });
      const groups = siblingGroups(planRoot(original));
      let swaps = 0;
      const failed: string[] = [];
      for (const group of groups)
        for (let index = 0; index + 1 < group.length; index++) {
          const [a, b] = [group[index], group[index + 1]];
          const pairs = sectionPairs(original, parseCircular(swapSections(source, a, b, reword), { name: 'new' }));
          swaps++;
          const first = pairs.get(a.id);
          const second = pairs.get(b.id);
          const moved = [...(first?.kinds ?? []), ...(second?.kinds ?? [])].includes('moved');
          if (first?.id !== b.id || second?.id !== a.id || !moved) failed.push(`${a.id}⇄${b.id}`);
        }
      expect(swaps).toBeGreaterThanOrEqual(20);
      expect(failed).toEqual([]);
    },
    120_000,
  );
});
