/** The bundled seed: the CAST 2022 plan as forwarded by a member society. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import type { Attachment, Section } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';

const file = join(import.meta.dirname, '..', 'fixtures', 'seed', 'cast-2022-kepu-plan-forwarded.txt');
const text = readFileSync(file, 'utf8');
const document = parseCircular(readFileSync(file), { name: 'seed.txt' });

describe('the seed', () => {
  it('passes the tree checker and has no diagnostics', () => {
    checkTree(document, text);
    expect(document.diagnostics).toEqual([]);
  });

  it('reads the forwarding letter', () => {
    expect(document.meta.addressees).toEqual(['各分支机构、地方学会', '各科学传播专家团队、科普教育基地']);
    expect(document.meta.attachments).toEqual([{ index: 1, title: '中国科协2022年科普工作要点' }]);
    expect(document.meta.signatory).toBe('中国岩石力学与工程学会');
    expect(document.meta.date).toBe('2022-03-03');
    expect(document.meta.year).toBe(2022);
  });

  it('finds the plan as attachment 1, with five top-level sections of 5, 3, 4, 7 and 0 subsections', () => {
    const plan = document.children.find((node): node is Attachment => node.type === 'attachment')!;
    expect(plan.index).toBe(1);
    expect(plan.title).toBe('中国科协2022年科普工作要点');
    const top = plan.children.filter((node): node is Section => node.type === 'section');
    expect(top.map((section) => section.marker)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    expect(top.map((section) => section.children.filter((child) => child.type === 'section').length)).toEqual([
      5, 3, 4, 7, 0,
    ]);
    expect(top[0].heading).toBe('以政治引领和价值引领为统领,不断增强科技工作者和公众的科普获得感');
    const second = top[1].children.filter((child): child is Section => child.type === 'section');
    expect(second.map((section) => [section.id, section.marker, section.heading])).toEqual([
      ['2.1', '(一)', '创新《纲要》实施机制'],
      ['2.2', '(二)', '深化重点部际合作项目'],
      ['2.3', '(三)', '完善基层科普组织动员体系'],
    ]);
    expect(
      top[3].children.filter((child): child is Section => child.type === 'section').map((section) => section.heading),
    ).toContain('积极发展科普智库');
  });

  it('keeps the plan preamble and each item body as paragraphs', () => {
    const plan = document.children.find((node): node is Attachment => node.type === 'attachment')!;
    expect(plan.children[1]).toMatchObject({ type: 'paragraph' });
    expect((plan.children[1] as { text: string }).text.startsWith('2022年是党的二十大召开之年')).toBe(true);
  });
});
