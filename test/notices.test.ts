/**
 * Notices as people have them (fixtures/notices/): every header field a reader wrote down for each
 * web copy, State Council document (text and HTML), report, plan and PDF-extracted text, and the
 * rules behind them, each on text of its own: furniture above the title, titles decided by place,
 * subtitles, seal notes, decimal numbering, attachment lists and starts, HTML fragments on standard
 * input, paragraphs across page breaks and inside brackets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeadlines, parseCircular, readCircular } from '../src/index.js';
import { pickFormat } from '../src/read/input-formats.js';
import { type PdfLine, writeParagraphs } from '../src/read/read-pdf.js';
import { ExtractedLines } from '../src/read/extracted.js';
import { sourceOf } from '../src/source-of.js';
import type { Attachment, Document, Node, Part, Section } from '../src/types.js';
import { checkTree } from './helpers/check-tree.js';
// @ts-expect-error: a plain JavaScript module of the repository's scripts
import { NOTICES, scoreDocument } from '../scripts/score-notices.js';

const gold = JSON.parse(readFileSync(join(NOTICES, 'gold.json'), 'utf8')) as Record<string, Record<string, unknown>>;

const parts = (document: Document, role: Part['role']) =>
  document.children.filter((node): node is Part => node.type === 'part' && node.role === role);
const sections = (nodes: Node[]) => nodes.filter((node): node is Section => node.type === 'section');
const attachments = (document: Document) =>
  document.children.filter((node): node is Attachment => node.type === 'attachment');
const outline = (nodes: Node[]) => sections(nodes).map((node) => `${node.marker} ${node.heading}`);

describe('the notices of fixtures/notices: every field a reader wrote down', () => {
  it('has documents of every kind, in dev/, check/ and check2/', () => {
    const kinds = new Set(Object.values(gold).map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['attachments', 'pdf-text', 'plan', 'report', 'state-council', 'web']);
    for (const folder of ['dev/', 'check/', 'check2/'])
      expect(Object.keys(gold).filter((file) => file.startsWith(folder)).length).toBeGreaterThanOrEqual(10);
  });
  for (const [file, entry] of Object.entries(gold)) {
    it(file, async () => {
      const document = await readCircular(readFileSync(join(NOTICES, file)), { name: file });
      checkTree(document, sourceOf(document)!.text);
      const rows = scoreDocument(document, entry) as Record<string, { got: unknown; want: unknown; right: boolean }>;
      const wrong = Object.entries(rows)
        .filter(([, row]) => !row.right)
        .map(([field, row]) => `${field}: got ${String(row.got)}, want ${String(row.want)}`);
      expect(wrong).toEqual([]);
    });
  }
});

describe("a page's furniture above and under the title", () => {
  it('takes a category label for furniture, never for the title or its genre', () => {
    const document = parseCircular('工作动态\n关于开展科技活动周的通知\n各区科协：\n现将有关事项通知如下。\n');
    expect(document.meta).toMatchObject({ title: '关于开展科技活动周的通知', genre: '通知', addressees: ['各区科协'] });
    expect(parts(document, 'siteFurniture').map((part) => part.text)).toEqual(['工作动态']);
  });
  it('takes a headline run into the title for furniture, but keeps an issuer over its title', () => {
    const headline = parseCircular(
      '市科协召开全年科普工作部署会\n临江市科协关于印发年度科普工作要点的通知\n临科协发〔2023〕5号\n各区科协：\n',
    );
    expect(headline.meta.title).toBe('临江市科协关于印发年度科普工作要点的通知');
    expect(headline.meta.docNumber?.raw).toBe('临科协发〔2023〕5号');
    // Who issues a title and a verb waiting for its object are a title's first lines.
    const forwarding = parseCircular(
      '国务院办公厅转发国家发展改革委\n关于推动降低物流成本意见的通知\n国办发〔2024〕15号\n',
    );
    expect(forwarding.meta.title).toBe('国务院办公厅转发国家发展改革委关于推动降低物流成本意见的通知');
    expect(parts(forwarding, 'siteFurniture')).toEqual([]);
  });
  it('keeps portal date lines out of the text and the deadlines, under the title as above it', () => {
    const text = [
      '关于做好年度安全检查的通知',
      '发布时间 2020-05-29',
      '时间:2018-11-13  作者:市应急局',
      '各区应急局：',
      '请于6月30日前报送检查情况。',
      '临江市应急管理局',
      '2020年5月28日',
      '发布日期：2020-05-29',
    ].join('\n');
    const document = parseCircular(text);
    expect(parts(document, 'siteFurniture')).toHaveLength(3);
    expect(document.meta).toMatchObject({ addressees: ['各区应急局'], date: '2020-05-28', publishDate: '2020-05-29' });
    const { deadlines } = extractDeadlines(document, { all: true });
    expect(deadlines.map((deadline) => deadline.text)).toEqual(['6月30日前']);
  });
  it("reads a date written with a letter O, followed by the site's foot, as the closing date", () => {
    const document = parseCircular(
      '关于开展检查的通知\n各区：\n现将有关事项通知如下。\n二O二一年五月十日\n网站标识码：3301000012\n',
    );
    expect(document.meta.date).toBe('2021-05-10');
  });
  it('reads a 发文字号 and a 《》-wrapped title on one line, the repeated title and numbers under it', () => {
    const text = [
      '临政发〔2023〕5号《临江市人民政府关于印发〈临江市科普基地管理办法〉的通知》',
      '临江市人民政府关于印发《临江市科普基地管理办法》的通知',
      '临政发〔2023〕5号',
      '临政发〔2023〕5号',
      '各区人民政府：',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta).toMatchObject({
      title: '临江市人民政府关于印发《临江市科普基地管理办法》的通知',
      docNumber: { raw: '临政发〔2023〕5号', year: 2023, serial: 5 },
      addressees: ['各区人民政府'],
    });
    expect(parts(document, 'docNumber')).toHaveLength(3);
    expect(parts(document, 'title')).toHaveLength(2);
  });
});

describe('titles decided by place, not by the word a line ends with', () => {
  it('joins title lines up to the 发文字号, whatever word a line ends with', () => {
    for (const word of ['制度', '机制', '规划', '标准']) {
      const text = `国务院办公厅关于健全科技成果评价${word}\n加快成果转化的意见\n国办发〔2023〕9号\n各省人民政府：\n`;
      const document = parseCircular(text);
      expect(document.meta.title, word).toBe(`国务院办公厅关于健全科技成果评价${word}加快成果转化的意见`);
      expect(document.meta.docNumber?.raw).toBe('国办发〔2023〕9号');
      expect(document.meta.issuerMark).toBeNull();
    }
  });
  it('takes four lines before the number, and keeps the title to itself after it', () => {
    const text = '国务院关于印发\n全民科学素质行动规划纲要\n（2021—2035年）\n的通知\n国发〔2021〕9号\n各省人民政府：\n';
    expect(parseCircular(text).meta.title).toBe('国务院关于印发全民科学素质行动规划纲要（2021—2035年）的通知');
    const after = parseCircular('临科协发〔2023〕5号\n关于印发年度工作要点的通知\n总体要求\n做好全年工作。\n');
    expect(after.meta.title).toBe('关于印发年度工作要点的通知');
  });
  it('stops at an empty line where empty lines set the parts apart', () => {
    const text = '临江市年度科普工作要点\n\n总体思路和目标\n\n以提升科学素质为主线。\n\n一、重点任务\n';
    expect(parseCircular(text).meta.title).toBe('临江市年度科普工作要点');
  });
  it('drops the spaces of a letter-spaced title and attachment title, and keeps them in the text', () => {
    const document = parseCircular('国 家 地 震 应 急 预 案\n1　总则\n1.1　编制目的\n做好地震应急工作。\n');
    expect(document.meta).toMatchObject({ title: '国家地震应急预案', genre: '预案' });
    expect(parts(document, 'title')[0].text).toBe('国 家 地 震 应 急 预 案');
  });
});

describe('subtitles of reports and speeches', () => {
  it('reads the date, occasion and speaker, and gives the date and year to the document', () => {
    const text =
      '临江市政府工作报告\n——2024年1月10日在临江市第十七届人民代表大会第四次会议上\n临江市市长　王五\n各位代表：\n现在，我代表市人民政府报告工作。\n一、2023年工作回顾\n';
    const { meta } = parseCircular(text);
    expect(meta.subtitle).toEqual({
      text: '——2024年1月10日在临江市第十七届人民代表大会第四次会议上',
      date: '2024-01-10',
      occasion: '临江市第十七届人民代表大会第四次会议',
      speaker: '临江市市长　王五',
    });
    expect(meta).toMatchObject({ date: '2024-01-10', year: 2024, yearSource: 'subtitle', addressees: ['各位代表'] });
  });
  it("takes the genre from a speech's subtitle, the date from the brackets, and a speaker over two lines", () => {
    const text = '奋力开创科普工作新局面\n——在全市科协工作会议上的讲话\n（2023年2月8日）\n市科协主席\n李四\n同志们：\n';
    const { meta } = parseCircular(text);
    expect(meta).toMatchObject({ genre: '讲话', date: '2023-02-08', year: 2023 });
    expect(meta.subtitle).toMatchObject({ occasion: '全市科协工作会议', speaker: '市科协主席 李四' });
  });
  it("does not take a law's promulgation line and the line under it for a subtitle and speaker", () => {
    const { meta } = parseCircular(
      '# 某某条例\n\n1985年9月18日 国务院发布\n\n发布之日施行\n\n第一条 为了规范管理，制定本条例。\n',
      {
        name: 'law.md',
      },
    );
    expect(meta.subtitle).toBeNull();
    expect(meta.yearSource).toBe('date');
  });
});

describe('seal notes', () => {
  it('keeps （代章） on the signature line, and （盖章） on a line of its own, as the note', () => {
    const inline = parseCircular('关于开展检查的通知\n各区：\n请认真落实。\n临江市科协办公室（代章）\n2023年3月1日\n');
    expect(inline.meta).toMatchObject({ signatory: '临江市科协办公室', signatoryNote: '代章' });
    const own = parseCircular('关于开展检查的通知\n各区：\n请认真落实。\n临江市科学技术协会\n（盖章）\n2023年3月1日\n');
    expect(own.meta).toMatchObject({ signatory: '临江市科学技术协会', signatoryNote: '盖章' });
    expect(parts(own, 'signatoryNote').map((part) => part.text)).toEqual(['（盖章）']);
    // A body's other name in brackets is part of the name.
    const named = parseCircular(
      '关于开展检查的通知\n各区：\n请认真落实。\n上海市交通委员会（上海市港口管理局）\n2023年3月1日\n',
    );
    expect(named.meta).toMatchObject({ signatory: '上海市交通委员会（上海市港口管理局）', signatoryNote: null });
  });
});

describe('decimal numbering (1 / 1.1 / 1.1.1)', () => {
  const plan = [
    '1　总则',
    '1.1　编制目的',
    '2024.3.5前完成隐患排查，安排资金1.5亿元。',
    '1.2 适用范围',
    '1．市应急管理局负责协调。',
    '2．市气象局负责预报。',
    '2　组织体系',
    '2.1　指挥部',
    '2.1.1　指挥部办公室',
    '2.1.3　成员单位',
    '5 家单位参加演练，3 月 5 日前完成。',
  ].join('\n');
  const document = parseCircular(plan);
  it('nests each level under the one above, by the number of parts', () => {
    const [first, second] = sections(document.children);
    expect(outline(document.children)).toEqual(['1 总则', '2 组织体系']);
    expect(outline(first.children)).toEqual(['1.1 编制目的', '1.2 适用范围']);
    expect(first.style).toBe('decimal');
    const third = sections(second.children)[0];
    expect(third).toMatchObject({ style: 'decimal-2', id: '2.1', level: 2 });
    expect(sections(third.children).map((node) => [node.style, node.id])).toEqual([
      ['decimal-3', '2.1.1'],
      ['decimal-3', '2.1.3'],
    ]);
  });
  it('takes no date, amount, 1． list item or counted number for a decimal heading', () => {
    const items = sections(sections(sections(document.children)[0].children)[1].children);
    expect(items.map((node) => node.style)).toEqual(['arabic-dot', 'arabic-dot']);
    const texts = JSON.stringify(document);
    expect(texts).toContain('"text":"2024.3.5前完成隐患排查，安排资金1.5亿元。"');
    expect(texts).toContain('"text":"5 家单位参加演练，3 月 5 日前完成。"');
  });
  it('reports a gap with the whole number', () => {
    expect(document.diagnostics.map((d) => `${d.code}: ${d.message}`)).toEqual([
      'numbering-gap: 2.1.3 follows 2.1.1: 2.1.2 is missing',
    ]);
  });
});

describe('attachment lists and attachment starts, by place', () => {
  it('reads 附件1．… lines above the signature as the list, and the attachments after the date', () => {
    const text = [
      '关于印发两个办法的通知',
      '各区：',
      '现将两个办法印发给你们。',
      '附件1．临江市科普基地管理办法',
      '附件2．临江市科普经费管理办法',
      '临江市科学技术协会',
      '2024年2月26日',
      '附件1',
      '临江市科普基地管理办法',
      '第一条　为规范管理，制定本办法。',
    ].join('\n');
    const document = parseCircular(text);
    expect(document.meta).toMatchObject({ signatory: '临江市科学技术协会', date: '2024-02-26' });
    expect(document.meta.attachments).toEqual([
      { index: 1, title: '临江市科普基地管理办法' },
      { index: 2, title: '临江市科普经费管理办法' },
    ]);
    expect(attachments(document).map((node) => [node.index, node.title])).toEqual([[1, '临江市科普基地管理办法']]);
  });
  it('splits a second regulation from the first when its numbering starts again under its title', () => {
    const text = [
      '关于印发管理办法的通知',
      '各区：',
      '现将有关办法印发给你们。',
      '临江市科学技术协会',
      '2024年2月26日',
      '临江市科普基地管理办法',
      '第一条　为规范管理，制定本办法。',
      '第二条　本办法自印发之日起施行。',
      '临江市科普专家库管理细则',
      '第一条　为规范专家库管理，制定本细则。',
    ].join('\n');
    const titles = attachments(parseCircular(text)).map((node) => node.title);
    expect(titles).toEqual(['临江市科普基地管理办法', '临江市科普专家库管理细则']);
  });
});

describe('standard input and plain text that hold a page', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text));
  it('sniffs a fragment of a page as HTML', () => {
    expect(pickFormat('-', bytes('<p style="text-align:center">关于开展检查的通知</p><p>各区：</p>'))).toBe('html');
    expect(pickFormat('-', bytes('  <div class="content">\n<p>各区：</p>\n</div>'))).toBe('html');
    expect(pickFormat('-', bytes('<span>通知</span>'))).toBe('html');
  });
  it('leaves text that merely starts with a bracket as text', () => {
    expect(pickFormat('-', bytes('<科普>关于开展检查的通知\n'))).toBe('text');
    expect(pickFormat('-', bytes('<p>关于开展检查的通知\n各区：\n'))).toBe('text');
  });
  it('says which format was assumed when text read as text holds markup', () => {
    const document = parseCircular('关于开展检查的通知<br>\n各区：\n', { name: 'notice.txt' });
    expect(document.diagnostics.map((d) => [d.code, d.severity, d.position.start.line])).toEqual([
      ['unrecognised-layout', 'info', 1],
    ]);
    expect(document.diagnostics[0].message).toMatch(/--from html/);
  });
});

describe('paragraphs across page breaks and inside brackets', () => {
  const wrapped = (lines: string[]) => parseCircular(lines.join('\n') + '\n');
  const paragraphs = (document: Document) => {
    const texts: string[] = [];
    const visit = (node: Node) => {
      if (node.type === 'paragraph') texts.push(node.text);
      if ('children' in node) for (const child of node.children) visit(child as Node);
    };
    visit(document);
    return texts;
  };
  it('rejoins extracted text across a bare page number, and not across an empty line', () => {
    const document = wrapped([
      '　　一、工作要求',
      '　　各单位要加强组织领导，明确责任分工，确保各项任务落到实处，按',
      '时报送工作进展情况和年度总结，接受社会监督检查，推动工作取得实',
      '',
      '1',
      '',
      '效，形成一批可复制可推广的经验做法，为全市发展提供有力支撑。',
      '　　二、保障措施',
      '　　市财政每年安排专项资金支持科普基础设施建设和科普活动开展，',
      '各区要将科普经费列入本级财政预算，保障科普工作的顺利开展实施。',
      '',
      '2',
      '',
      '                                    临江市科学技术协会',
      '',
      '                                      2023年3月1日',
      '',
      '3',
    ]);
    expect(document.layout.map((item) => item.value)).toEqual([1, 2, 3]);
    expect(paragraphs(document)).toContain(
      '各单位要加强组织领导，明确责任分工，确保各项任务落到实处，按时报送工作进展情况和年度总结，接受社会监督检查，推动工作取得实效，形成一批可复制可推广的经验做法，为全市发展提供有力支撑。',
    );
    expect(document.meta).toMatchObject({ signatory: '临江市科学技术协会', date: '2023-03-01' });
  });
  it('rejoins a line that ends inside brackets in extracted text, even when it is short', () => {
    // The short line ends neither a sentence nor well short of the margin: inside the brackets it goes on.
    const document = wrapped([
      '　　为深入贯彻落实党中央、国务院关于科普工作的决策部署和要求，根',
      '据《全民科学素质行动规划纲要（2021—2035年）》和《临江市科普',
      '条例》（2019年修订）的有关规定，结合本市实际情况，制定本方案',
      '（2021—',
      '2025年），请各单位认真组织实施，确保各项任务落到实处取得实效。',
      '　　各区要加强组织领导，明确责任分工，确保各项任务落到实处，按',
      '时报送工作进展情况和年度总结，接受社会监督检查，推动工作取得实',
      '效，形成一批可复制可推广的经验做法，为全市发展提供有力支撑。',
    ]);
    expect(document.source.hardWrapped).toBe(true);
    expect(paragraphs(document)[0]).toBe(
      '为深入贯彻落实党中央、国务院关于科普工作的决策部署和要求，根据《全民科学素质行动规划纲要（2021—2035年）》和《临江市科普条例》（2019年修订）的有关规定，结合本市实际情况，制定本方案（2021—2025年），请各单位认真组织实施，确保各项任务落到实处取得实效。',
    );
  });
  it('keeps a line that starts with a date inside its paragraph', () => {
    const document = wrapped([
      '　　一、申报时间',
      '　　本次申报工作自即日起开始，请各单位认真组织，申报截止时间为',
      '2023年4月30日，逾期不予受理，请各区科技局于5月15日前完成推荐',
      '工作，并将推荐函和推荐企业汇总表一并报送市科技局高新技术处室。',
      '　　二、联系方式',
      '　　市科技局高新处负责受理咨询，联系电话为0571-88886666，传真同',
      '上，电子邮箱另行通知，请各单位指定专人负责联系，确保信息畅通。',
    ]);
    expect(document.source.hardWrapped).toBe(true);
    expect(paragraphs(document)).toContain(
      '本次申报工作自即日起开始，请各单位认真组织，申报截止时间为2023年4月30日，逾期不予受理，请各区科技局于5月15日前完成推荐工作，并将推荐函和推荐企业汇总表一并报送市科技局高新技术处室。',
    );
  });

  // A PDF page: 16pt type, text from x 85 to 517 (27 characters a line).
  const line = (text: string, page: number, y: number, x0 = 85, x1 = x0 + text.length * 16): PdfLine => ({
    text,
    page,
    x0,
    x1,
    y,
    size: 16,
    pageLeft: 0,
    pageRight: 595,
  });
  const extract = (pages: PdfLine[][]) => {
    const out = new ExtractedLines();
    writeParagraphs(pages, out);
    return out.finish('pdf-page', 'utf-8').text.split('\n').filter(Boolean);
  };
  const full = (n: number) => '各单位要加强组织领导明确责任分工确保各项任务落到实处按时报送工作进展'.slice(0, n);
  it('goes on in a PDF across a page break, the folio written after the paragraph', () => {
    const pages = [
      [
        line(`　　${full(25)}`, 1, 700, 85, 517),
        line(full(27), 1, 672),
        line(full(27), 1, 644),
        line('— 1 —', 1, 40, 275, 320),
      ],
      [line('情况，接受监督。', 2, 760), line(`　　${full(25)}`, 2, 732, 85, 517), line('— 2 —', 2, 40, 275, 320)],
    ];
    expect(extract(pages)).toEqual([
      `　　${full(25)}${full(27)}${full(27)}情况，接受监督。`,
      '— 1 —',
      `　　${full(25)}`,
      '— 2 —',
    ]);
  });
  it('goes on in a PDF from a line that ends inside brackets, however much room it leaves', () => {
    const pages = [
      [
        line(`　　${full(25)}`, 1, 700, 85, 517),
        line('据《全民科学素质行动规划纲要（2021—', 1, 672, 85, 85 + 14 * 16 + 5 * 9),
        line('2035年）》，结合本市实际，制定本方案。', 1, 644),
        line(`　　${full(25)}`, 1, 616, 85, 517),
      ],
    ];
    expect(extract(pages)[0]).toBe(
      `　　${full(25)}据《全民科学素质行动规划纲要（2021—2035年）》，结合本市实际，制定本方案。`,
    );
  });
});
