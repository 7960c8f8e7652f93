/**
 * The parts table: every rule fires on each of its sample lines, and the driver reads the layouts
 * the rules were added for (orders, forwarded documents that sign themselves, wrapped titles).
 */
import { describe, expect, it } from 'vitest';
import { BODY_RULES, HEAD_RULES, type PartContext, type PartRule } from '../src/parse/part-rules.js';
import { createPartContext } from '../src/parse/recognize-parts.js';
import type { RootPiece } from '../src/parse/pieces.js';
import { createLocator } from '../src/parse/locate.js';
import { isRegExpSpace, isSpace, splitLines } from '../src/parse/split-lines.js';
import { assembleBlocks } from '../src/parse/assemble-blocks.js';
import { parseCircular } from '../src/index.js';
import { fold, foldedStart } from '../src/parse/part-patterns.js';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

function contextFor(lines: readonly string[], rule: PartRule): PartContext {
  const text = lines.join('\n') + '\n';
  const blocks = assembleBlocks(text, splitLines(text, createLocator(text).lineStarts)).blocks;
  const ctx = createPartContext(blocks, rule.states[0]);
  // Below the head, the letter has some text before the sample (a closing closes a text).
  if (rule.zone !== 'head') {
    const body = assembleBlocks('现将有关事项通知如下。\n', splitLines('现将有关事项通知如下。\n', [0])).blocks[0];
    ctx.container.push({ kind: 'body', block: body });
  }
  return ctx;
}

/** The parts recorded, attachments' own included. */
function partsIn(pieces: RootPiece[]): number {
  return pieces.reduce(
    (count, piece) => count + (piece.kind === 'part' ? 1 : piece.kind === 'attachment' ? partsIn(piece.pieces) : 0),
    0,
  );
}

// Rules whose match depends on what came before (a title read, a 《》 cited, a closing met): the
// golden fixtures and the corpus tests cover them.
const CONTEXTUAL = [
  'front matter',
  'Markdown block above the title',
  '标题 set centred, over up to four lines (the layout of HTML, Word and PDF input)',
  "the speaker's line under a report's or a speech's subtitle or date (国务院总理　李强)",
  'the title repeated (a web copy, or the H1 copied into the text)',
  'the title of a document the letter forwards (现将《关于……的意见》转发给你们), when the letter is unsigned',
  'an unlabelled attachment title after the closing (the forwarded plan)',
  'a second document after the first among the attachments (two regulations in one, a letter forwarding two)',
];

describe('white space', () => {
  it("is what JavaScript's \\s matches (line ends aside), and zero-width spaces, for every code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (code === 10 || code === 13) continue;
      const expected = /\s/.test(String.fromCharCode(code)) || (code >= 0x200b && code <= 0x200d) || code === 0x2060;
      if (isSpace(code) !== expected) differ.push(code);
    }
    expect(differ).toEqual([]);
  });

  it("isRegExpSpace is exactly JavaScript's \\s, for every code unit", () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isRegExpSpace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    }
    expect(differ).toEqual([]);
  });
});

describe('the parts table', () => {
  const rules = [...HEAD_RULES, ...BODY_RULES];
  it('names each rule once, and gives samples to every rule that can be tried alone', () => {
    expect(new Set(rules.map((rule) => rule.name)).size).toBe(rules.length);
    expect(rules.filter((rule) => rule.samples.length === 0).map((rule) => rule.name)).toEqual(CONTEXTUAL);
  });
  for (const rule of rules) {
    for (const sample of rule.samples) {
      it(`${rule.zone}: ${rule.name} fires on ${sample.join(' / ')}`, () => {
        const ctx = contextFor(sample, rule);
        const length = rule.match(ctx, 0);
        expect(length).toBeGreaterThan(0);
        const before = partsIn(ctx.result.pieces);
        const next = rule.read(ctx, 0, length);
        // The rule goes on after what it took, and has recorded a part for it.
        expect(next ?? length).toBeGreaterThanOrEqual(length);
        expect(partsIn(ctx.result.pieces)).toBeGreaterThan(before);
      });
    }
  }
  it('does not take a body sentence for any head part', () => {
    const sentence = ['现将《2023年科普工作要点》印发给你们，请结合实际认真贯彻落实。'];
    for (const rule of HEAD_RULES) expect(rule.match(contextFor(sentence, rule), 0), rule.name).toBe(0);
  });
});

describe('layouts read by the rules', () => {
  it('reads an order given as one line (国务院令第707号) as the order number', () => {
    const text =
      '中华人民共和国国务院令第707号\n\n《国务院关于修改部分行政法规的决定》已经国务院常务会议通过，现予公布，自公布之日起施行。\n\n总理　李克强\n2018年9月18日\n';
    const { meta } = parseCircular(text);
    expect(meta.docNumber?.raw).toBe('国令第707号');
    expect(meta.date).toBe('2018-09-18');
  });
  it("keeps a ministry's order number as it is cited (教育部令第50号)", () => {
    const text =
      '中华人民共和国教育部令\n第50号\n\n《校外培训行政处罚暂行办法》已于2023年8月16日经教育部第3次部务会议审议通过，现予公布，自2023年10月15日起施行。\n\n部长　怀进鹏\n2023年8月23日\n';
    const { meta } = parseCircular(text);
    expect(meta.docNumber).toEqual({ raw: '教育部令第50号', agency: '教育部令', year: null, serial: 50 });
    expect(meta.title).toBe('校外培训行政处罚暂行办法');
    expect(meta.signatory).toBe('部长　怀进鹏');
  });
  it("gives the letter's date to the letter and the forwarded document's to its attachment", () => {
    const text = [
      '关于转发《市科协2023年科普工作要点》的通知',
      '',
      '各区科协：',
      '现将《市科协2023年科普工作要点》转发给你们，请认真贯彻执行。',
      '',
      '区科协办公室',
      '2023年3月2日',
      '',
      '市科协2023年科普工作要点',
      '一、总体要求',
      '做好全年科普工作。',
      '',
      '市科学技术协会',
      '2023年1月20日',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta.date).toBe('2023-03-02');
    expect(document.meta.signatory).toBe('区科协办公室');
    const attachment = document.children.find((node) => node.type === 'attachment');
    expect(attachment).toMatchObject({
      title: '市科协2023年科普工作要点',
      signatory: '市科学技术协会',
      date: '2023-01-20',
    });
  });
  it('reads a gov.cn information table above the text, and fills what the text does not say', () => {
    const text = [
      '索  引  号：000014349/2021-00114\t主题分类：城乡建设、环境保护\\节能与资源综合利用',
      '发文机关：国务院\t成文日期：2021年10月24日',
      '标　　题：国务院关于印发2030年前碳达峰行动方案的通知',
      '发文字号：国发〔2021〕23号\t发布日期：2021年10月26日',
      '国务院关于印发2030年前碳达峰行动方案的通知',
      '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：',
      '　　现将《2030年前碳达峰行动方案》印发给你们，请认真贯彻执行。',
      '　　（此件公开发布）',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta).toMatchObject({
      title: '国务院关于印发2030年前碳达峰行动方案的通知',
      docNumber: { raw: '国发〔2021〕23号', year: 2021, serial: 23 },
      date: '2021-10-24',
      publishDate: '2021-10-26',
      addressees: ['各省、自治区、直辖市人民政府', '国务院各部委、各直属机构'],
    });
    const furniture = document.children.filter((node) => node.type === 'part' && node.role === 'siteFurniture');
    expect(furniture).toHaveLength(4);
  });
  it('keeps the space between joint issuers, reads the date in brackets under the title, and closes up a letter-spaced title', () => {
    const joint = parseCircular('中共中央 国务院关于深化教育改革的意见\n（2021年9月22日）\n\n　　现提出如下意见。\n');
    expect(joint.meta).toMatchObject({ title: '中共中央 国务院关于深化教育改革的意见', date: '2021-09-22' });
    const spaced = parseCircular('关 于 开 展 科 普 日 活 动 的 通 知\n各区科协：\n现将有关事项通知如下。\n');
    expect(spaced.meta.title).toBe('关于开展科普日活动的通知');
  });
  it("reads a web page's own title line without the site's name, and takes no furniture into a title", () => {
    const text = [
      '关于开展2023年全国科普日活动的通知_临江市科学技术协会',
      '发布时间：2023-04-10  来源：市科协',
      '关于开展2023年全国科普日活动的通知',
      '各区科协：',
      '现将有关事项通知如下。',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta.title).toBe('关于开展2023年全国科普日活动的通知');
    expect(document.meta.addressees).toEqual(['各区科协']);
    expect(parseCircular('国务院关于印发2030年前碳达峰行动方案的通知 - 中国政府网\n各省人民政府：\n').meta.title).toBe(
      '国务院关于印发2030年前碳达峰行动方案的通知',
    );
    // A dash inside a title is not a site's name.
    expect(parseCircular('关于举办“科技助力——乡村振兴”活动的通知\n各区科协：\n').meta.title).toBe(
      '关于举办“科技助力——乡村振兴”活动的通知',
    );
  });
  it("reads a 发文字号 in brackets under the title, and a portal's 发布机构 / 文号 / 发布日期 lines above it", () => {
    const bracketed = parseCircular(
      '上海市人民政府关于印发《上海市促进科普事业发展实施方案》的通知\n（沪府发〔2023〕12号）\n各区人民政府：\n现将有关方案印发给你们。\n',
    );
    expect(bracketed.meta.docNumber).toMatchObject({ raw: '沪府发〔2023〕12号', year: 2023, serial: 12 });
    const labelled = parseCircular(
      '发布机构：上海市人民政府\n文号：沪府发〔2023〕12号\n发布日期：2023-05-08\n上海市人民政府关于印发《上海市促进科普事业发展实施方案》的通知\n各区人民政府：\n现将有关方案印发给你们。\n',
    );
    expect(labelled.meta).toMatchObject({
      title: '上海市人民政府关于印发《上海市促进科普事业发展实施方案》的通知',
      docNumber: { raw: '沪府发〔2023〕12号' },
      publishDate: '2023-05-08',
      addressees: ['各区人民政府'],
    });
  });
});

describe('foldedStart', () => {
  it("gives fold's first character without folding, or -1, on every line of the seed, the corpus and the work reports", () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    const files = [
      join(root, 'seed', 'cast-2022-kepu-plan-forwarded.txt'),
      ...readdirSync(join(root, 'corpus', 'shanghai')).map((name) => join(root, 'corpus', 'shanghai', name)),
      ...readdirSync(join(root, 'work-reports'))
        .filter((name) => name.endsWith('.txt'))
        .map((name) => join(root, 'work-reports', name)),
    ];
    // Full-width and ideographic spaces at the start, as fold folds them.
    const texts = [...files.map((file) => readFileSync(file, 'utf8')), '（一）总体要求\n１．全宽数字\n\u3000缩进'];
    let known = 0;
    let blocks = 0;
    for (const text of texts) {
      for (const block of assembleBlocks(text, splitLines(text, createLocator(text).lineStarts)).blocks) {
        blocks++;
        const start = foldedStart(block);
        if (start === -1) continue;
        known++;
        const folded = fold(block);
        expect(start).toBe(folded.charCodeAt(0));
      }
    }
    // Most lines of a plan are long or numbered: their start is known.
    expect(known).toBeGreaterThan(blocks / 2);
  });
});
