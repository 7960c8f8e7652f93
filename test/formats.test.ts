/**
 * HTML, Word and PDF input. fixtures/formats/<case>/ holds a text and its renderings, built from it
 * by scripts/build-format-fixtures.js: a gov.cn-shaped page in GB2312, a news page full of
 * furniture, a .docx with Word's automatic numbering, and a PDF printed by Chromium with folios.
 * Each must parse to the same meta and outline as its text, with exact positions into the
 * extracted text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  readCircular,
  extractText,
  extractDeadlines,
  parseCircular,
  pickFormat,
  diffPlans,
  toSimplified,
} from '../src/index.js';
import { UNIFIED_PAIRS } from '../src/generated/unified-ideographs.js';
import type { Document, Node } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
import { SHANGHAI_NOTICES } from './helpers/shanghai.js';
import { chineseCounting, NumberingCounter } from '../src/read/docx-numbering.js';
import { readNumbering } from '../src/read/read-docx.js';
import { readHtml } from '../src/read/read-html.js';
import fc from 'fast-check';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { docx, govHtml, linesOf, newsHtml } from '../scripts/render-formats.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'formats');
/** The ideographs that a radical or compatibility ideograph stands for. */
const UNIFIED_TARGETS = new Set([...UNIFIED_PAIRS].filter((_, i) => i % 2 === 1));
const cases = readdirSync(root).filter((name) => !name.includes('.') && name !== 'bad');
const RENDERINGS = [
  ['gov.html', 'html'],
  ['news.html', 'html'],
  ['plan.docx', 'docx'],
  ['plan.pdf', 'pdf'],
  ['plan-noto.pdf', 'pdf'],
  ['typed.doc', 'doc'],
  ['plan-libreoffice.pdf', 'pdf'],
] as const;

function outline(document: Document): string[] {
  const out: string[] = [];
  const visit = (node: Node, depth: number) => {
    if (node.type === 'section') out.push(`${depth} ${node.marker}${node.heading} #${node.ordinal}`);
    if (node.type === 'attachment') out.push(`附件 ${node.index} ${node.title}`);
    if ('children' in node)
      for (const child of node.children) visit(child as Node, depth + (node.type === 'section' ? 1 : 0));
  };
  visit(document, 0);
  return out;
}

function metaOf(document: Document) {
  const { title, docNumber, date, addressees, signatory, attachments, issuerMark, cc, printer } = document.meta;
  return { title, docNumber, date, addressees, signatory, attachments, issuerMark, cc, printer };
}

describe('HTML, Word and PDF renderings parse like their text', () => {
  it('has the seven cases and their renderings', () => {
    expect(cases).toEqual([
      'four-levels',
      'full-cover',
      'gov-wrapped-title',
      'rules',
      'seed',
      'shanghai-jiading-opinion',
      'shanghai-waterway-2023',
    ]);
  });
  for (const name of cases) {
    const text = readFileSync(join(root, name, 'input.txt'));
    const expected = parseCircular(text, { name: 'input.txt' });
    for (const [file, format] of RENDERINGS) {
      it(`${name}/${file}`, async () => {
        const bytes = readFileSync(join(root, name, file));
        expect(pickFormat(file, bytes)).toBe(format);
        const extracted = (await extractText(bytes, { name: file }))!;
        const document = parseCircular(extracted, { name: file, format });
        checkTree(document, extracted.text);
        expect(document.source.format).toBe(format);
        expect(document.source.origin?.lines.length).toBe(extracted.text.split('\n').length - 1);
        expect(metaOf(document)).toEqual(metaOf(expected));
        // Noto Sans CJK SC draws 户 and 戶 with one glyph, and its text layer names the lower code
        // point, 戶: a reader of the PDF cannot tell them apart either.
        const glyphs = file === 'plan-noto.pdf' ? toSimplified : (text: string) => text;
        expect(outline(document).map(glyphs)).toEqual(outline(expected).map(glyphs));
        // The radicals that Noto CJK's text layer gives for ideographs are replaced, and noted once.
        const codes = document.diagnostics.map((d) => d.code).filter((code) => code !== 'compatibility-ideographs');
        expect(codes).toEqual(expected.diagnostics.map((d) => d.code));
        expect(extracted.text).not.toMatch(/[\u2e80-\u2fdf\uf900-\ufaff]/);
      });
    }
  }
});

describe('HTML', () => {
  it('takes the encoding from <meta charset> (a GB2312 page)', async () => {
    const bytes = readFileSync(join(root, 'seed', 'gov.html'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const document = await readCircular(bytes, { name: 'gov.html' });
    expect(document.source.encoding).toBe('gb18030');
  });
  it('reads a page that declares gb2312 but is UTF-8, as its bytes read best', async () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body><p>关于开展科普日活动的通知</p><p>各区科协：</p></body></html>';
    const document = await readCircular(Buffer.from(html), { name: 'wrong.html' });
    expect(document.meta.title).toBe('关于开展科普日活动的通知');
    expect(document.source.encoding).toBe('utf-8');
  });
  it('leaves out navigation, related links, comments and the site footer', async () => {
    for (const page of ['gov.html', 'news.html']) {
      const { text } = (await extractText(readFileSync(join(root, 'seed', page)), { name: page }))!;
      for (const furniture of ['网站地图', '相关稿件', '热点新闻', '网友评论', '请输入关键字', '点击领取科普大礼包']) {
        expect(text, `${page}: ${furniture}`).not.toContain(furniture);
      }
    }
  });
  it('keeps the furniture inside the article (发布时间 … 来源, 责任编辑) as siteFurniture parts, not body', async () => {
    const document = await readCircular(readFileSync(join(root, 'full-cover', 'gov.html')), { name: 'gov.html' });
    const furniture = document.children.filter((node) => node.type === 'part' && node.role === 'siteFurniture');
    expect(furniture.map((node) => node.type === 'part' && node.text)).toEqual([
      '发布时间：2023-04-10 来源：临江市科学技术协会 【字体：大 中 小】',
      '【我要纠错】 责任编辑：王五',
    ]);
  });
  it('reads furniture lines of a news page as siteFurniture when they are inside the text', () => {
    const text = [
      '您现在的位置：首页 > 科技',
      '关于开展2023年科技活动周的通知',
      '2023-04-11 09:30:15　来源：临江新闻网　作者：记者 赵六　阅读数：3,481',
      '分享到：微信 微博 QQ空间',
      '各区科协：',
      '现就有关事项通知如下。',
      '市科协',
      '2023年4月10日',
      '扫描二维码，用手机看新闻',
      '标签：科普 科协',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta.title).toBe('关于开展2023年科技活动周的通知');
    expect(document.meta.addressees).toEqual(['各区科协']);
    const furniture = document.children.filter((node) => node.type === 'part' && node.role === 'siteFurniture');
    expect(furniture).toHaveLength(5);
  });
  it('keeps the page foot out of the last section when the text ends without a closing (diff: no change)', async () => {
    const [page, word] = await Promise.all(
      ['gov.html', 'plan.docx'].map((name) => readCircular(readFileSync(join(root, 'seed', name)), { name })),
    );
    const { hasDifferences } = await import('../src/index.js');
    expect(hasDifferences(diffPlans(word, page))).toBe(false);
  });
  it('maps each line back to its offset in the HTML source', () => {
    const html =
      '<html><body><div class="content"><p>关于开展科普日活动的通知</p><p>各区科协：</p></div></body></html>';
    const extracted = readHtml(Buffer.from(html));
    expect(extracted.text).toBe('关于开展科普日活动的通知\n各区科协：\n');
    expect(extracted.origin.lines.map((offset) => html.slice(offset, offset + 4))).toEqual(['关于开展', '各区科协']);
  });
  it('reads a centred block at the top as the title, even across <br> and without a genre word', async () => {
    const html =
      '<html><body><div style="text-align:center">临江市2023年<br>科普示范基地名单</div><p style="text-indent:2em">经评审，认定以下单位为科普示范基地。</p><p>1．临江市科技馆</p></body></html>';
    const document = await readCircular(Buffer.from(html), { name: 'list.html' });
    expect(document.meta.title).toBe('临江市2023年科普示范基地名单');
  });
});

describe('Word', () => {
  it('renders Word numbering formats as the reader sees them', () => {
    expect([1, 9, 10, 11, 20, 35, 100, 105].map(chineseCounting)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '三十五',
      '一百',
      '一百零五',
    ]);
  });
  it('counts on within a level, restarts the levels under it, and honours a start override', () => {
    const numbering = readNumbering(
      '<w:numbering xmlns:w="w"><w:abstractNum w:abstractNumId="0">' +
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>' +
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>' +
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3．"/></w:lvl>' +
        '<w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedCircle"/><w:lvlText w:val="%4"/></w:lvl>' +
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>' +
        '</w:numbering>',
    );
    const counter = new NumberingCounter(numbering);
    const seen = [
      [1, 0],
      [1, 1],
      [1, 1],
      [1, 2],
      [1, 3],
      [1, 3],
      [1, 0],
      [1, 1],
      [2, 0],
    ].map(([numId, level]) => counter.next(String(numId), level));
    expect(seen).toEqual(['一、', '（一）', '（二）', '1．', '①', '②', '二、', '（一）', '五、']);
    // A level used before the level above it counts that one as started, as Word shows it.
    const fresh = new NumberingCounter(numbering);
    expect([1, 1, 0, 1].map((level) => fresh.next('1', level))).toEqual(['（一）', '（二）', '二、', '（一）']);
  });
  it('reads a text box (the red 发文机关标志 often is one) once, as a line of its own', async () => {
    const { zipSync, strToU8 } = await import('fflate');
    const run = (text: string) => `<w:r><w:t>${text}</w:t></w:r>`;
    const box = `<w:txbxContent><w:p>${run('临江市科学技术协会文件')}</w:p></w:txbxContent>`;
    const xml =
      '<w:document xmlns:w="w" xmlns:mc="mc"><w:body>' +
      `<w:p><w:r><mc:AlternateContent><mc:Choice>${box}</mc:Choice><mc:Fallback>${box}</mc:Fallback></mc:AlternateContent></w:r>${run('临科协发〔2023〕12号')}</w:p>` +
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('关于印发《2023年科普工作要点》的通知')}</w:p>` +
      `<w:p>${run('各区科协：')}</w:p></w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
    const document = await readCircular(bytes, { name: 'box.docx' });
    expect(document.meta).toMatchObject({
      issuerMark: '临江市科学技术协会文件',
      docNumber: { raw: '临科协发〔2023〕12号' },
      title: '关于印发《2023年科普工作要点》的通知',
      addressees: ['各区科协'],
    });
  });
  it('keeps the footer (the page-number field) as layout, not text', async () => {
    const document = await readCircular(readFileSync(join(root, 'seed', 'plan.docx')), { name: 'plan.docx' });
    expect(document.layout.map((item) => [item.kind, item.text])).toEqual([['page-number', '— 1 —']]);
  });
});

describe('Word .doc', () => {
  for (const name of cases) {
    it(`${name}/plan.doc: Word's automatic numbering is read from the list tables, as LibreOffice shows it`, async () => {
      const text = readFileSync(join(root, name, 'input.txt'), 'utf8');
      const expected = parseCircular(text, { name: 'input.txt' });
      const bytes = readFileSync(join(root, name, 'plan.doc'));
      expect(pickFormat('plan.doc', bytes)).toBe('doc');
      expect(pickFormat('unnamed', bytes)).toBe('doc');
      const extracted = (await extractText(bytes, { name: 'plan.doc' }))!;
      const document = parseCircular(extracted, { name: 'plan.doc', format: 'doc' });
      checkTree(document, extracted.text);
      expect(document.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('unread-numbering');
      // Line for line what LibreOffice's text export of the same file shows, white space aside.
      const lines = (value: string) =>
        value
          .replace(/^\ufeff/, '')
          .split('\n')
          .map((line) => line.replace(/\s+/g, ''))
          .filter(Boolean);
      const libreOffice = readFileSync(join(root, name, 'plan.doc-libreoffice.txt'), 'utf8');
      expect(lines(extracted.text)).toEqual(lines(libreOffice));
      expect(document.meta.title).toBe(expected.meta.title);
      expect(outline(document).length).toBe(outline(expected).length);
    });
  }
  it('warns when a .doc defines lists but no paragraph names one itself (lists set through styles are not read)', async () => {
    // plan.doc with every paragraph's list instance (sprmPIlfo, after its sprmPIlvl) set to none.
    const bytes = Buffer.from(readFileSync(join(root, 'four-levels', 'plan.doc')));
    let cleared = 0;
    for (let i = 0; i + 5 < bytes.length; i++) {
      if (bytes[i] === 0x0a && bytes[i + 1] === 0x26 && bytes[i + 3] === 0x0b && bytes[i + 4] === 0x46) {
        bytes.writeInt16LE(0, i + 5);
        cleared++;
      }
    }
    expect(cleared).toBe(12);
    const extracted = (await extractText(bytes, { name: 'plan.doc' }))!;
    const document = parseCircular(extracted, { name: 'plan.doc', format: 'doc' });
    expect(document.diagnostics.filter((diagnostic) => diagnostic.code === 'unread-numbering')).toHaveLength(1);
    expect(extracted.text).toContain('\n总体要求\n');
  });
  it('a .doc with typed numbers and no Word lists gets no unread-numbering warning', async () => {
    const bytes = readFileSync(join(root, 'seed', 'typed.doc'));
    const document = parseCircular((await extractText(bytes, { name: 'typed.doc' }))!, {
      name: 'typed.doc',
      format: 'doc',
    });
    expect(document.diagnostics.map((diagnostic) => diagnostic.code)).not.toContain('unread-numbering');
  });
});

describe('PDF', () => {
  it('reads a PDF set in Noto CJK, whose text layer gives Kangxi radicals for ideographs, as the ideographs', async () => {
    const bytes = readFileSync(join(root, 'full-cover', 'plan-noto.pdf'));
    // What pdf.js gives (the radicals), before kepu's extractor unifies them.
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    const raw = (await (await pdf.getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : ''));
    await pdf.destroy();
    expect(raw.join('')).toMatch(/[⼀⽉⼯]/);
    const extracted = (await extractText(bytes, { name: 'plan-noto.pdf' }))!;
    expect(extracted.text).toContain('9月底前完成年度科普资源普查');
    expect(extracted.text).toContain('一、总体要求');
    const document = parseCircular(extracted, { name: 'plan-noto.pdf', format: 'pdf' });
    const note = document.diagnostics.filter((diagnostic) => diagnostic.code === 'compatibility-ideographs');
    expect(note).toHaveLength(1);
    expect(note[0].severity).toBe('info');
    expect(note[0].message).toMatch(new RegExp(`^${extracted.unified!.count} Kangxi radicals`));
    // The note points at the first replaced character: an ideograph that has a radical of its own.
    const first = extracted.unified!.first;
    expect(note[0].position.start.offset).toBe(first);
    expect(UNIFIED_TARGETS.has(extracted.text[first])).toBe(true);
    const { deadlines } = extractDeadlines(document);
    expect(deadlines.find((deadline) => deadline.text === '9月底前')?.date).toBe('2023-09-30');
  });

  it('keeps the folios as layout, with their page numbers', async () => {
    const document = await readCircular(readFileSync(join(root, 'seed', 'plan.pdf')), { name: 'plan.pdf' });
    const folios = document.layout.filter((item) => item.kind === 'page-number');
    expect(folios.map((item) => item.value)).toEqual(folios.map((_, i) => i + 1));
    expect(folios.length).toBeGreaterThan(3);
    expect(JSON.stringify(document.children)).not.toContain('— 2 —');
  });
  it('puts no space between Chinese and digits, and records each line’s page', async () => {
    const extracted = (await extractText(readFileSync(join(root, 'full-cover', 'plan.pdf')), { name: 'plan.pdf' }))!;
    expect(extracted.text).toContain('9月底前完成年度科普资源普查');
    expect(extracted.text).toContain('不少于20场');
    expect(extracted.origin.unit).toBe('pdf-page');
    expect(new Set(extracted.origin.lines)).toEqual(new Set([1, 2]));
  });
});

describe('bad input: one line on stderr naming the file, exit 2, no stack trace', () => {
  const kepu = join(import.meta.dirname, '..', 'bin', 'kepu.js');
  const cases = [
    ['scan.pdf', /scan\.pdf: is a PDF without a text layer .*ocrmypdf/],
    ['encrypted.pdf', /encrypted\.pdf: is a password-protected PDF/],
    ['truncated.docx', /truncated\.docx: is not a readable \.docx: the zip archive is damaged/],
    ['renamed-doc.docx', /renamed-doc\.docx: is an old Word \.doc file.*read it as \.doc/],
    ['truncated.doc', /truncated\.doc: is not a readable Word \.doc file/],
    ['english.html', /english\.html: the page has no Chinese text/],
  ] as const;
  for (const [file, message] of cases) {
    it(file, () => {
      const run = spawnSync(process.execPath, [kepu, 'parse', join(root, 'bad', file)], { encoding: 'utf8' });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }
  it('reads a .docx, .pdf and .html through the CLI, and by content when the name says nothing', () => {
    const out = execFileSync(process.execPath, [kepu, 'parse', '-', '--format', 'json'], {
      input: readFileSync(join(root, 'four-levels', 'plan.docx')),
      encoding: 'utf8',
    });
    expect(JSON.parse(out).source.format).toBe('docx');
  });
});

describe('property: text → HTML and .docx → parse gives the outline and meta of the text', () => {
  const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
  const MARKERS = [
    (n: number) => `${CN[n - 1]}、`,
    (n: number) => `（${CN[n - 1]}）`,
    (n: number) => `${n}．`,
    (n: number) => `（${n}）`,
    (n: number) => String.fromCharCode(0x245f + n),
  ];
  const heading = fc.constantFrom('总体要求', '加强组织领导', '实施科学素质提升行动', '办好全国科普日', '强化保障措施');
  const sentence = fc.constantFrom(
    '各单位要结合实际认真贯彻落实。',
    '9月底前完成年度科普资源普查。',
    '年底前组织开展主题活动不少于20场。',
    '推动科普基地向公众开放，提升服务能力。',
  );
  type Outline = { heading: string; body: string[]; children: Outline[] };
  const outlineOf = (depth: number): fc.Arbitrary<Outline[]> =>
    fc.array(
      fc.record({
        heading,
        body: fc.array(sentence, { maxLength: 2 }),
        children: depth < 4 ? fc.constant(null).chain(() => outlineOf(depth + 1)) : fc.constant([] as Outline[]),
      }),
      { minLength: depth === 0 ? 1 : 0, maxLength: depth === 0 ? 4 : 2 },
    );
  const write = (items: Outline[], depth: number): string[] =>
    items.flatMap((item, i) => [
      `${MARKERS[depth](i + 1)}${item.heading}`,
      ...item.body,
      ...write(item.children, depth + 1),
    ]);
  const circular = fc
    .record({
      title: fc.constantFrom(
        '关于印发《临江市2023年科普工作要点》的通知',
        '临江市2024年科普工作要点',
        '关于开展2023年全国科普日活动的通知',
      ),
      addressees: fc.constantFrom('各区科协：', '各全国学会，各省、自治区、直辖市科协：'),
      outline: outlineOf(0),
      signatory: fc.constantFrom('临江市科学技术协会', '中国科协办公厅'),
      date: fc.constantFrom('2023年4月10日', '2024年1月5日'),
    })
    .map(
      ({ title, addressees, outline, signatory, date }) =>
        [title, addressees, '现将有关事项通知如下。', ...write(outline, 0), signatory, date].join('\n') + '\n',
    );

  it('holds for generated circulars of up to five levels', async () => {
    await fc.assert(
      fc.asyncProperty(circular, async (text) => {
        const expected = parseCircular(text);
        const lines = linesOf(text, parseCircular);
        for (const [name, bytes] of [
          ['page.html', Buffer.from(newsHtml(lines))],
          ['gov.html', Buffer.from(govHtml(lines).replace('charset=gb2312', 'charset=utf-8'))],
          ['plan.docx', docx(lines)],
        ] as const) {
          const document = await readCircular(bytes, { name });
          expect(metaOf(document), name).toEqual(metaOf(expected));
          expect(outline(document), name).toEqual(outline(expected));
        }
      }),
      { numRuns: process.env.CI ? 200 : 50 },
    );
  });
});

describe('the real Shanghai notices, rendered as a gov.cn page, a news page and a .docx, parse like their text', () => {
  for (const { file, text } of SHANGHAI_NOTICES) {
    it(file, async () => {
      const expected = parseCircular(text);
      const lines = linesOf(text, parseCircular);
      for (const [name, bytes] of [
        ['gov.html', Buffer.from(govHtml(lines).replace('charset=gb2312', 'charset=utf-8'))],
        ['news.html', Buffer.from(newsHtml(lines))],
        ['plan.docx', docx(lines)],
      ] as const) {
        const extracted = (await extractText(bytes, { name }))!;
        const document = parseCircular(extracted, { name, format: pickFormat(name) });
        checkTree(document, extracted.text);
        expect(metaOf(document), `${file} as ${name}`).toEqual(metaOf(expected));
        expect(outline(document), `${file} as ${name}`).toEqual(outline(expected));
      }
    });
  }
});

describe('the real Shanghai notices as .docx exported to PDF by LibreOffice parse like their text', () => {
  // Word users' PDFs: Chinese and Western text set apart by space characters, ragged right edges,
  // lines shortened by line-breaking rules, titles in body type (fixtures/formats-libreoffice).
  for (const { file, text } of SHANGHAI_NOTICES) {
    it(file, async () => {
      const expected = parseCircular(text);
      const bytes = readFileSync(join(root, '..', 'formats-libreoffice', file.replace(/\.md$/, '.pdf')));
      const extracted = (await extractText(bytes, { name: 'notice.pdf' }))!;
      const document = parseCircular(extracted, { name: 'notice.pdf', format: 'pdf' });
      checkTree(document, extracted.text);
      const fields = (d: Document) => {
        const { title, docNumber, addressees, date, signatory, attachments } = d.meta;
        return { title, docNumber, addressees, date, signatory, attachments, outline: outline(d) };
      };
      expect(fields(document)).toEqual(fields(expected));
      // Paragraphs rejoined as written: no quote or bracket split across two of them.
      expect(document.diagnostics.map((diagnostic) => diagnostic.code)).toEqual(
        expected.diagnostics.map((diagnostic) => diagnostic.code),
      );
    });
  }
});
