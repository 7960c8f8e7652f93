/**
 * The two newest leftover passes of `alignSections` on the development work reports: a section split
 * in two (or two merged into one) by the words of its heading (`pairHeadingSplits`), and a pair of
 * sections whose headings share a theme word but faintly (`pairFaintThemes`). Each pair below is the
 * readers' (fixtures/work-reports/pairs*.json, or composed from two of their links), asserted both
 * ways round: the split seen from the old side is the merge seen from the new one. Written for the
 * mutation run of src/diff/align-sections.ts (docs/mutation.md): the documents are parsed once, every
 * alignment is computed inside its test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import type { Document } from '../src/types.js';
import { alignDocuments } from './helpers/sections.js';

const reports = join(import.meta.dirname, '..', 'fixtures', 'work-reports');
const parsed = new Map<number, Document>();
const report = (year: number): Document => {
  if (!parsed.has(year))
    parsed.set(year, parseCircular(readFileSync(join(reports, `${year}.txt`), 'utf8'), { name: `${year}.txt` }));
  return parsed.get(year)!;
};
/** `from` aligned to `to`: the pairs by old id, the new ids left open, and a pair's reason. */
const years = (from: number, to: number) => {
  const aligned = alignDocuments(report(from), report(to));
  const taken = new Set(aligned.pairs.values());
  return { ...aligned, open: (newId: string) => !taken.has(newId) };
};

describe('a section split by the words of its heading (pairHeadingSplits)', () => {
  it('pairs 2013’s reform and opening task with the reform piece, the opening piece open, both ways', () => {
    // 2013 （四）…深入推进改革开放 → 2014 （一）推动重要领域改革取得新突破 (改革 first) and （二）开创高水平对外
    // 开放新局面 (开放, later in the heading): the readers paired （四） with （一）.
    const forward = years(2013, 2014);
    expect(forward.pairs.get('3.4')).toBe('3.1');
    expect(forward.open('3.2')).toBe(true);
    expect(forward.reason('3.4')).toBe('body');
    const backward = years(2014, 2013);
    expect(backward.pairs.get('3.1')).toBe('3.4');
    expect(backward.pairs.has('3.2')).toBe(false);
    expect(backward.reason('3.1')).toBe('body');
  });

  it('pairs a merged section with the piece of its first word that no later word names, both ways', () => {
    // 2015 四、协调推动经济稳定增长和结构优化 merged 2014 （三）增强内需拉动经济… and （六）…经济结构优化升级:
    // 经济 is in both, 结构 in （六） alone, so （三） leads (the readers' pair), a move up a level.
    const forward = years(2014, 2015);
    expect(forward.pairs.get('3.3')).toBe('4');
    expect(forward.reason('3.3')).toBe('moved-from-parent');
    expect(forward.pairs.has('3.6')).toBe(false);
    const backward = years(2015, 2014);
    expect(backward.pairs.get('4')).toBe('3.3');
    expect(backward.reason('4')).toBe('moved-from-parent');
    expect(backward.open('3.6')).toBe(true);
  });

  it('pairs 2015’s reform and opening part with 2016’s reform task, a level down, both ways', () => {
    // 2015 三、把改革开放扎实推向纵深 → 2016 （二）…结构性改革… (the readers' pair) and （五）…对外开放….
    const forward = years(2015, 2016);
    expect(forward.pairs.get('3')).toBe('3.2');
    expect(forward.reason('3')).toBe('moved-from-parent');
    expect(forward.open('3.5')).toBe(true);
    const backward = years(2016, 2015);
    expect(backward.pairs.get('3.2')).toBe('3');
    expect(backward.reason('3.2')).toBe('moved-from-parent');
    expect(backward.pairs.has('3.5')).toBe(false);
  });
});

describe('headings that share a theme word but faintly (pairFaintThemes)', () => {
  it('pairs 2013’s growth task with 2014’s domestic demand task by body, both ways', () => {
    // 2013 （一）加快转变经济发展方式，促进经济持续健康发展 → 2014 （三）增强内需拉动经济的主引擎作用 (经济;
    // headings 0.095, bodies 0.29): the readers' pair.
    const forward = years(2013, 2014);
    expect(forward.pairs.get('3.1')).toBe('3.3');
    expect(forward.reason('3.1')).toBe('body');
    const backward = years(2014, 2013);
    expect(backward.pairs.get('3.3')).toBe('3.1');
    expect(backward.reason('3.3')).toBe('body');
  });

  it('does not pair by body a task whose theme word another open candidate names as closely', () => {
    // 2016 （二）加强供给侧结构性改革 is closest by body to 2017 （二）深化重要领域和关键环节改革, but the readers
    // paired it with （一）用改革的办法…, which names 改革 too: no pair with （二）, from 2016 or from 2015's
    // 三、把改革开放扎实推向纵深 (paired with 2016 （二）, so with 2017 （一） two years on).
    expect(years(2016, 2017).pairs.get('3.2')).not.toBe('3.2');
    expect(years(2015, 2017).pairs.get('3')).not.toBe('3.2');
  });

  it('leaves open two sections whose headings share words of action alone, however alike their bodies', () => {
    // 2014 （九）努力建设生态文明的美好家园 and 2015 六、切实加强政府自身建设 share 建设 (a word of action, no
    // theme), close by body through the closing passages both run on into; the readers left （九） open. So
    // too 2016 （六）加大环境治理力度 and 2018 （四）坚决打好三大攻坚战 (加大 against 打好: nothing shared).
    const fifteen = years(2014, 2015);
    expect(fifteen.pairs.has('3.9')).toBe(false);
    expect(fifteen.open('6')).toBe(true);
    expect(years(2015, 2014).pairs.has('6')).toBe(false);
    expect(years(2016, 2018).pairs.has('3.6')).toBe(false);
    expect(years(2018, 2016).pairs.has('3.4')).toBe(false);
  });
});
