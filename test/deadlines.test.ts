/** extractDeadlines on whole documents: items, responsible units, reference years, positions. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { extractDeadlines } from '../src/passes/extract-deadlines.js';
import { readResponsible } from '../src/passes/read-responsible.js';

const root = join(import.meta.dirname, '..', 'fixtures');
function load(path: string, options: { all?: boolean } = {}) {
  const text = readFileSync(join(root, path), 'utf8');
  const list = extractDeadlines(parseCircular(text, { name: path }), { source: text, ...options });
  return { text, list };
}

describe('extractDeadlines', () => {
  it('ties each deadline of a 2023 plan to its item and its units', () => {
    const { text, list } = load('deadlines/plan-2023.txt');
    expect(list.reference).toEqual({ year: 2023, source: 'title', date: '2023-02-20' });
    const byText = new Map(list.deadlines.map((deadline) => [deadline.text, deadline]));
    expect(byText.get('9月底前')).toMatchObject({
      kind: 'deadline',
      date: '2023-09-30',
      sectionId: '1.1',
      sectionPath: [
        { marker: '一、', heading: '加强科普阵地建设' },
        { marker: '（一）', heading: '推进科技馆建设' },
      ],
    });
    expect(byText.get('9月底前')!.responsible).toEqual({
      lead: '市科协科普部',
      others: ['市发展改革委', '市财政局'],
      text: '牵头单位：市科协科普部；配合单位：市发展改革委、市财政局',
    });
    expect(byText.get('2024年底前')).toMatchObject({
      date: '2024-12-31',
      sectionId: '1.2',
      responsible: { lead: '市科协', others: ['市民政局'] },
    });
    expect(byText.get('上半年')).toMatchObject({ kind: 'period', start: '2023-01-01', end: '2023-06-30' });
    expect(byText.get('"十四五"期间')).toMatchObject({
      kind: 'period',
      start: '2021-01-01',
      end: '2025-12-31',
      sectionId: null,
    });
    expect(byText.get('每季度')).toMatchObject({ kind: 'recurring', recurrence: 'quarterly', sectionId: '2.1' });
    expect(byText.get('当年12月31日前')).toMatchObject({
      date: '2023-12-31',
      sectionId: '2.2',
      resolvedBy: 'reference-year',
    });
    expect(byText.get('自本要点印发之日起30日内')).toMatchObject({
      date: '2023-03-22',
      resolvedBy: 'reference-date',
      sectionId: '3',
    });
    expect(byText.get('到2025年')).toMatchObject({ kind: 'target', date: '2025-12-31' });
    for (const deadline of list.deadlines) {
      expect(text.slice(deadline.position.start.offset, deadline.position.end.offset)).toBe(deadline.text);
    }
  });

  it("resolves the same relative deadlines against the 2024 plan's year", () => {
    const { list } = load('deadlines/plan-2024.txt');
    const byText = new Map(list.deadlines.map((deadline) => [deadline.text, deadline]));
    expect(byText.get('10月底前')?.date).toBe('2024-10-31');
    expect(byText.get('当年12月31日前')?.date).toBe('2024-12-31');
    expect(byText.get('9月15日至25日')).toMatchObject({ start: '2024-09-15', end: '2024-09-25' });
  });

  it('lists no title-embedded years, labels or mentions of the plan year on the seed by default', () => {
    const { list } = load('seed/cast-2022-kepu-plan-forwarded.txt');
    expect(list.deadlines).toEqual([]);
    expect(list.omitted).toBe(11);
  });

  it("finds the seed's periods in their items with all, each with the role that keeps it off the default list", () => {
    const { list } = load('seed/cast-2022-kepu-plan-forwarded.txt', { all: true });
    expect(list.omitted).toBe(0);
    const roles = (text: string) => list.deadlines.filter((d) => d.text === text).map((d) => d.role);
    // 《…纲要(2021-2035年)》 and 《…实施方案(2019-2022年)》 are cited titles.
    expect(roles('2021-2035年')).toEqual(['cited-title']);
    expect(roles('2019-2022年')).toEqual(['cited-title']);
    // 认定2021-2025年全国科普示范县: a cohort label, not a time to act by.
    expect(roles('2021-2025年')).toEqual(['label', 'label']);
    // 2022年是党的二十大召开之年, and the title's 2022年: the plan's own year.
    expect(roles('2022年')).toContain('plan-year');
    const find = (text: string, section: string | null) =>
      list.deadlines.filter((deadline) => deadline.text === text && deadline.sectionId === section);
    expect(find('"十四五"规划', null)[0]).toMatchObject({
      kind: 'period',
      start: '2021-01-01',
      end: '2025-12-31',
      attachment: 1,
      context: 'text',
    });
    const range = find('2021-2025年', '3.1');
    expect(range).toHaveLength(2);
    expect(range[0]).toMatchObject({
      kind: 'range',
      start: '2021-01-01',
      end: '2025-12-31',
      sectionPath: [{ marker: '三、' }, { marker: '(一)', heading: '强化科普社会化动员机制' }],
    });
    expect(find('2019-2022年', '4.3')[0]).toMatchObject({
      kind: 'range',
      start: '2019-01-01',
      end: '2022-12-31',
      context: 'cited-title',
    });
    expect(find('"十四五"规划', '4.2')[0].context).toBe('cited-title');
  });

  it('gives exact positions in hard-wrapped PDF text', () => {
    const { text, list } = load('parse/pdf-extracted/input.txt');
    const spring = list.deadlines.find((deadline) => deadline.text === '2023年上半年')!;
    expect(spring).toMatchObject({ kind: 'period', end: '2023-06-30' });
    expect(text.slice(spring.position.start.offset, spring.position.end.offset)).toBe('2023年上半年');
    // 年底前 is wrapped over two lines in the source: its span covers the line break.
    const yearEnd = list.deadlines.find((deadline) => deadline.text === '年底前')!;
    expect(text.slice(yearEnd.position.start.offset, yearEnd.position.end.offset)).toBe('年\n底前');
    expect(yearEnd.position.end.line).toBe(yearEnd.position.start.line + 1);
  });

  it("reads the real calls' filing windows", () => {
    const { list } = load('corpus/shanghai/2022-shipping-services-call.md');
    const closing = list.deadlines.find((deadline) => deadline.time === '17:30')!;
    expect(closing).toMatchObject({ kind: 'deadline', date: '2022-09-12' });
  });
});

describe('readResponsible', () => {
  it.each([
    ['（牵头单位：市教育局；配合单位：市科协）', '市教育局', ['市科协']],
    ['（海关总署、商务部负责）', '海关总署', ['商务部']],
    ['(牵头部门:宣传文化部)', '宣传文化部', []],
    ['（市科协牵头，市教育局配合）', '市科协', ['市教育局']],
    ['(各成员单位)', '各成员单位', []],
  ])('%s', (text, lead, others) => {
    expect(readResponsible(`推进某项工作。${text}`)).toMatchObject({ lead, others });
  });
  it('does not read place qualifiers or years as units', () => {
    expect(readResponsible('全国科普示范县(市、区)')).toBeNull();
    expect(readResponsible('《实施方案(2019-2022年)》')).toBeNull();
  });
});
