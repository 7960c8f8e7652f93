/**
 * The HTML reader in-process: the encoding a page declares, the main text a reader's eye finds
 * (and the title and date set beside it), the lines its blocks make with their hints, and pages
 * nested past the depth limit. Pages are built the way government sites build them (a content
 * div among a site's navigation, related links and footer).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readCircular } from '../src/index.js';
import { declaredCharset, flattenDeep, readHtml } from '../src/read/read-html.js';

const root = join(import.meta.dirname, '..', 'fixtures', 'formats');

/** A paragraph of 45 Chinese characters. */
const PARAGRAPH = '各区科协要结合实际制定本地区科普工作计划，明确任务分工和完成时限，确保各项工作落到实处，取得实效。';

function page(body: string, head = '<meta charset="utf-8">'): Buffer {
  return Buffer.from(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

function lines(html: Buffer | string) {
  const extracted = readHtml(typeof html === 'string' ? page(html) : html);
  return extracted.text.replace(/\n$/, '').split('\n');
}

describe('the declared charset', () => {
  it('reads <meta charset> and the http-equiv form, in any case', () => {
    expect(declaredCharset(Buffer.from('<html><head><meta charset="GB2312">'))).toBe('gb2312');
    expect(declaredCharset(Buffer.from("<meta charset='big5'>"))).toBe('big5');
    expect(declaredCharset(Buffer.from('<META http-equiv="Content-Type" content="text/html; charset=gbk">'))).toBe(
      'gbk',
    );
    expect(declaredCharset(Buffer.from('<meta charset = utf-8 >'))).toBe('utf-8');
  });

  it('ignores a charset kepu cannot decode, and one past the first 4096 bytes', () => {
    expect(declaredCharset(Buffer.from('<meta charset="x-mac-chinesesimp">'))).toBeNull();
    expect(declaredCharset(Buffer.from('<html><head><title>通知</title>'))).toBeNull();
    expect(declaredCharset(Buffer.from(`<!--${' '.repeat(4100)}--><meta charset="gbk">`))).toBeNull();
  });

  it('decodes a GB2312 page as it declares, and a forced encoding over it', async () => {
    const bytes = readFileSync(join(root, 'seed', 'gov.html'));
    const declared = readHtml(bytes);
    expect(declared.encoding).toBe('gb18030');
    expect(declared.text).toContain('科普');
    // Forced to UTF-8, the GB2312 bytes are refused, not read as the page declares.
    expect(() => readHtml(bytes, { encoding: 'utf-8' })).toThrow('the bytes are not valid utf-8');
  });

  it('reads a page declared GBK that is not valid GBK as its bytes read best', () => {
    // UTF-8 bytes declared as gbk: UTF-8 wins.
    const utf8 = page(`<div><p>关于开展科普日活动的通知</p><p>${PARAGRAPH}</p></div>`, '<meta charset="gbk">');
    const read = readHtml(utf8);
    expect(read.encoding).toBe('utf-8');
    expect(read.text.split('\n')[0]).toBe('关于开展科普日活动的通知');
  });
});

describe('the main text', () => {
  const nav =
    '<div class="nav"><a href="/">首页</a><a href="/a">机构概况</a><a href="/b">政务公开</a><a href="/c">办事服务</a><a href="/d">互动交流</a></div>';
  const foot =
    '<div class="foot"><p>主办单位：临江市科学技术协会</p><p>地址：临江市人民路一号　邮编：一二三四五六</p></div>';

  it('is the container that holds most of the Chinese text outside links', () => {
    const body = `${nav}<div class="main"><div class="content"><p>关于开展2023年科普日活动的通知</p><p>各区科协：</p>${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div></div>${foot}`;
    const text = lines(body);
    expect(text[0]).toBe('关于开展2023年科普日活动的通知');
    expect(text).toHaveLength(8);
    expect(text.join('')).not.toContain('首页');
    expect(text.join('')).not.toContain('主办单位');
  });

  it('goes into a child with half the text and twice any other, beside a long footer', () => {
    const article = `<div class="content">${Array.from({ length: 4 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div>`;
    const side = `<div class="side"><p>${PARAGRAPH}</p><p>${PARAGRAPH.slice(0, 30)}</p></div>`;
    // 180 of 255: 70%, more than twice the side's 75.
    expect(lines(`<div class="wrap">${article}${side}</div>`)).toHaveLength(4);
    // Beside a side of three paragraphs (the content 180 of 315: 57%, not twice the side’s 135): the wrap is kept.
    const wide = `<div class="side"><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></div>`;
    expect(lines(`<div class="wrap">${article}${wide}</div>`)).toHaveLength(7);
  });

  it('takes in the title beside the text, but not a long block of other text', () => {
    const article = `<div class="content">${Array.from({ length: 4 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div>`;
    const withTitle = lines(
      `<div class="wrap"><div class="article"><h1>关于做好2023年全市科普工作的通知</h1>${article}</div>${foot}</div>`,
    );
    expect(withTitle[0]).toBe('关于做好2023年全市科普工作的通知');
    expect(withTitle).toHaveLength(5);
    // A title found by its class name (biaoti), not its tag.
    const byClass = lines(
      `<div class="wrap"><div class="article"><div class="biaoti">关于做好2023年全市科普工作的通知</div>${article}</div>${foot}</div>`,
    );
    expect(byClass[0]).toBe('关于做好2023年全市科普工作的通知');
    // A signed date beside the text is taken in too.
    const dated = lines(
      `<div class="wrap"><div class="article">${article}<div class="sign"><span>临江市科学技术协会</span><span>2023年4月10日</span></div></div>${foot}</div>`,
    );
    expect(dated.at(-1)).toBe('临江市科学技术协会2023年4月10日');
    // Beside no title or date, the parent is not taken in.
    const bare = lines(
      `<div class="wrap"><div class="article"><div class="share">分享到微信朋友圈</div>${article}</div>${foot}</div>`,
    );
    expect(bare).toHaveLength(4);
  });

  it('reads a date written in Chinese numerals beside the text as a date', () => {
    const article = `<div class="content">${Array.from({ length: 4 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div>`;
    const dated = lines(
      `<div class="wrap"><div class="article">${article}<div class="sign">二〇二三年四月十日</div></div>${foot}</div>`,
    );
    expect(dated.at(-1)).toBe('二〇二三年四月十日');
  });

  it('says a page without Chinese text is no circular', () => {
    expect(() => readHtml(page('<p>Hello world</p><script>document.write("通知")</script>'))).toThrow(
      'the page has no Chinese text (is it the right page, or a script-built one?)',
    );
  });
});

describe('lines and hints', () => {
  it('makes a line of each block, and keeps the text of inline elements together', () => {
    expect(
      lines(
        '<div><p>关于<b>开展</b><span>科普日</span>活动的通知</p><p>各区科协：</p><p>现将有关事项<a href="#">通知</a>如下。</p></div>',
      ),
    ).toEqual(['关于开展科普日活动的通知', '各区科协：', '现将有关事项通知如下。']);
  });

  it('collapses white space as a browser does, and keeps the line breaks of <pre>', () => {
    expect(lines('<div><p>  Science   and\n technology  周 </p></div>')).toEqual(['Science and technology 周']);
    expect(lines('<div><pre>一、总体要求\n二、主要任务\n  （一）阵地建设</pre></div>')).toEqual([
      '一、总体要求',
      '二、主要任务',
      '（一）阵地建设',
    ]);
  });

  it('breaks lines at <br>, keeping the block’s centring for the line after', () => {
    const extracted = readHtml(
      page('<div><p style="text-align: center">临江市2023年<br>科普工作要点</p><p>正文第一段。</p></div>'),
    );
    expect(extracted.text).toBe('临江市2023年\n科普工作要点\n正文第一段。\n');
    expect(extracted.hints).toEqual([{ centered: true }, { centered: true }, {}]);
  });

  it('reads centring from <center>, align and style, and a first-line indent from text-indent', () => {
    const extracted = readHtml(
      page(
        '<div><center>关于开展科普日活动的通知</center><div align="CENTER">临科协〔2023〕5号</div><p style="TEXT-INDENT: 2em">现将有关事项通知如下。</p><p style="text-indent:0">各区科协：</p><p>　　二、主要任务</p><p>　一、总体要求</p></div>',
      ),
    );
    expect(extracted.text.split('\n').slice(0, 6)).toEqual([
      '关于开展科普日活动的通知',
      '临科协〔2023〕5号',
      '现将有关事项通知如下。',
      '各区科协：',
      '　　二、主要任务',
      '　一、总体要求',
    ]);
    expect(extracted.hints).toEqual([
      { centered: true },
      { centered: true },
      { indented: true },
      {},
      { indented: true },
      {},
    ]);
  });

  it('centres a line whose inline element is centred', () => {
    const extracted = readHtml(
      page('<div><p><span style="text-align:center">关于开展科普日活动的通知</span></p><p>各区科协：</p></div>'),
    );
    expect(extracted.hints).toEqual([{ centered: true }, {}]);
  });

  it('separates table cells by tabs and rows by lines', () => {
    const table = `<div><p>${PARAGRAPH}</p><p>附件</p><table><tr><th>序号</th><th>任务</th><th>牵头单位</th></tr><tr><td>1</td><td>建设社区科普站点</td><td>市科协</td></tr></table></div>`;
    expect(lines(table)).toEqual([PARAGRAPH, '附件', '序号\t任务\t牵头单位', '1\t建设社区科普站点\t市科协']);
  });

  it('leaves out scripts, forms, navigation and lists of related links', () => {
    const body = `<div><p>关于开展科普日活动的通知</p><script>var 标题 = "广告";</script><style>.标题{}</style><form><input value="请输入关键字"><button>搜索文章</button><select><option>站内搜索</option></select></form><nav>网站首页</nav><aside>热点新闻</aside><p>${PARAGRAPH}</p><ul><li><a href="/1">上一篇：关于举办讲解大赛的通知</a></li><li><a href="/2">下一篇：关于评选示范基地的通知</a></li><li><a href="/3">相关稿件：科普日回顾</a></li></ul></div>`;
    const text = lines(body);
    expect(text).toEqual(['关于开展科普日活动的通知', PARAGRAPH]);
  });

  it('keeps a list of two links, and a list whose text is more than links', () => {
    const two = `<div><p>${PARAGRAPH}</p><ul><li><a href="/1">附件1：任务分工表</a></li><li><a href="/2">附件2：报名表</a></li></ul></div>`;
    expect(lines(two)).toContain('附件1：任务分工表');
    const mixed = `<div><p>${PARAGRAPH}</p><ul><li>请下载<a href="/1">报名表</a>，填写本单位参加活动的人员名单和联系方式后报送</li><li><a href="/2">附件</a></li><li><a href="/3">通知</a></li></ul></div>`;
    expect(lines(mixed).join('')).toContain('报名表');
  });

  it('marks a line set in by two ideographic or no-break spaces as indented', () => {
    const extracted = readHtml(page('<div><p>\u00a0\u00a0各区科协要结合实际。</p><p>\u3000各单位：</p></div>'));
    expect(extracted.hints).toEqual([{ indented: true }, {}]);
  });

  it('maps each line to the offset of its first text in the page', () => {
    const html = page('<div><p>\n  关于开展科普日活动的通知</p><p><b>各区</b>科协：</p></div>').toString();
    const extracted = readHtml(Buffer.from(html));
    expect(extracted.origin.unit).toBe('html-offset');
    expect(extracted.origin.lines.map((offset) => html.slice(offset, offset + 5))).toEqual(['\n  关于', '各区</b']);
  });
});

describe('pages nested past the depth limit', () => {
  it('keeps every word and line of a page nested 600 deep', () => {
    const open = '<div>'.repeat(600);
    const close = '</div>'.repeat(600);
    const html = page(
      `${open}<p>关于开展科普日活动的通知</p><p>各区科协：</p><div><span>现将有关</span><b>事项通知如下。</b></div>${close}`,
    );
    expect(lines(html)).toEqual(['关于开展科普日活动的通知', '各区科协：', '现将有关事项通知如下。']);
  });

  it('flattens what is deeper than the limit into its text, with breaks where blocks were', () => {
    const document = parse(
      '<div><section><p>一、总体要求</p><span>全面</span><i>贯彻</i><br><script>x()</script><p>二、主要任务</p></section></div>',
    );
    flattenDeep(document, 4);
    // html > body > div > section: the section's children are flattened.
    const html = document.childNodes.find((node) => node.nodeName === 'html') as unknown as {
      childNodes: Array<{ nodeName: string; childNodes: unknown[] }>;
    };
    const body = html.childNodes.find((node) => node.nodeName === 'body')!;
    const div = body.childNodes[0] as { childNodes: Array<{ nodeName: string; childNodes: unknown[] }> };
    const section = div.childNodes[0] as {
      childNodes: Array<{ nodeName: string; value?: string; childNodes?: unknown[] }>;
    };
    expect(section.childNodes.map((node) => (node.nodeName === '#text' ? node.value : node.nodeName))).toEqual([
      'br',
      '一、总体要求',
      'br',
      '全面',
      '贯彻',
      'br',
      'br',
      'script',
      'br',
      '二、主要任务',
      'br',
    ]);
    const script = section.childNodes.find((node) => node.nodeName === 'script')!;
    expect(script.childNodes).toEqual([]);
  });

  it('parses a page 600 deep as a circular with its sections', async () => {
    const open = '<div>'.repeat(600);
    const close = '</div>'.repeat(600);
    const html = page(
      `${open}<p style="text-align:center">临江市2023年科普工作要点</p><p>一、总体要求</p><p>${PARAGRAPH}</p><p>二、主要任务</p><p>${PARAGRAPH}</p>${close}`,
    );
    const document = await readCircular(html, { name: 'deep.html' });
    expect(document.meta.title).toBe('临江市2023年科普工作要点');
    expect(
      document.children
        .filter((node) => node.type === 'section')
        .map((node) => node.type === 'section' && node.heading),
    ).toEqual(['总体要求', '主要任务']);
  });
});

describe('the title and date beside the main text', () => {
  const article = Array.from({ length: 4 }, () => `<p>${PARAGRAPH}</p>`).join('');
  const nav = '<div class="nav"><a href="/">首页</a><a href="/a">机构概况</a><a href="/b">政务公开</a></div>';
  const foot = '<div class="foot"><p>主办单位：临江市科学技术协会</p></div>';
  const TITLE = '关于做好2023年全市科普工作的通知';

  it('takes in the title above a content block whose text sits in an editor’s wrapper', () => {
    // The layout of TRS and similar CMSs: the text inside <div class="TRS_Editor"> inside the content.
    const wrapped = lines(
      `${nav}<div class="article"><h1>${TITLE}</h1><div class="info">发布时间：2023-04-10</div><div class="content"><div class="TRS_Editor">${article}</div></div></div>${foot}`,
    );
    expect(wrapped[0]).toBe(TITLE);
    expect(wrapped).toContain('发布时间：2023-04-10');
    expect(wrapped.join('')).not.toContain('主办单位');
    // Wrapped three times over.
    const deep = lines(
      `${nav}<div class="article"><h1>${TITLE}</h1><div class="a"><div class="b"><div class="c"><div class="d">${article}</div></div></div></div></div>${foot}`,
    );
    expect(deep[0]).toBe(TITLE);
    expect(deep).toHaveLength(5);
  });

  it('takes in a title and a date on two levels above the text, and no level more', () => {
    const twoLevels = lines(
      `${nav}<div class="page"><h1>${TITLE}</h1><div class="article"><div class="content">${article}</div><div class="sign"><p>临江市科学技术协会</p><p>2023年4月10日</p></div></div></div>${foot}`,
    );
    expect(twoLevels[0]).toBe(TITLE);
    expect(twoLevels.at(-1)).toBe('2023年4月10日');
    expect(twoLevels.join('')).not.toContain('主办单位');
  });

  it('does not take in a parent that adds more text than a title, or mostly links', () => {
    const long = `<div class="intro">${Array.from({ length: 2 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div>`;
    const added = lines(
      `<div class="page"><h1>${TITLE}</h1>${long}<div class="content">${Array.from({ length: 6 }, () => `<p>${PARAGRAPH}</p>`).join('')}</div></div>`,
    );
    // The content is 270 of 390 characters (69%, more than twice the intro): the page adds 120 > 80.
    expect(added[0]).toBe(PARAGRAPH);
    expect(added).toHaveLength(6);
    const links = `<div class="related"><a href="/1">关于举办全市科技馆讲解大赛的通知</a><a href="/2">关于评选二〇二三年度科普示范基地的通知</a><a href="/3">关于开展全国科普日活动的通知</a><a href="/4">关于公布全市优秀科普作品评选结果的通知</a><a href="/5">关于征集全市科普志愿服务典型案例的通知</a></div>`;
    // Five related links (85 characters of links beside a title of 15): the page is not taken in.
    const linked = lines(`<div class="page"><h1>${TITLE}</h1>${links}<div class="content">${article}</div></div>`);
    expect(linked[0]).toBe(PARAGRAPH);
  });
});

describe('white space and hidden content at the edges', () => {
  it('keeps one space between words whatever elements the spaces sit in', () => {
    expect(lines('<div><p>Science <b> </b>Week</p><p>Science <b> Week</b></p><p> <i> </i>科普周</p></div>')).toEqual([
      'Science Week',
      'Science Week',
      '科普周',
    ]);
  });

  it('reads a page that hides 3,000 nested elements in a <template>', () => {
    const hidden = `<template>${'<div>'.repeat(3000)}隐藏的模板${'</div>'.repeat(3000)}</template>`;
    expect(lines(`<div>${hidden}<p>关于开展科普日活动的通知</p><p>${PARAGRAPH}</p></div>`)).toEqual([
      '关于开展科普日活动的通知',
      PARAGRAPH,
    ]);
  });
});

describe('the main text on whole government pages', () => {
  const TITLE = '关于做好2023年全市科普工作的通知';
  const paragraphs = (n: number) => Array.from({ length: n }, () => `<p>${PARAGRAPH}</p>`).join('');

  it('takes in a signed date written with spaces, as Word exports it', () => {
    const signed = lines(
      `<div class="article"><div class="content">${paragraphs(4)}</div><div class="sign"><!-- 落款 --><p>临江市科学技术协会</p><p>2023 年 12 月 8 日</p></div></div>`,
    );
    expect(signed.slice(-2)).toEqual(['临江市科学技术协会', '2023 年 12 月 8 日']);
  });

  it('does not take in the site’s banner and footer of a text set straight in <body>', () => {
    const text = lines(
      `<div class="logo" align="center">临江市科学技术协会</div><div class="content">${paragraphs(4)}</div><div class="foot">网站更新日期：2023年4月10日</div>`,
    );
    expect(text).toEqual(Array(4).fill(PARAGRAPH));
  });

  it('goes into a block with exactly half the text and twice any other, not one with less than half', () => {
    const notice = `<div class="notice"><p>${PARAGRAPH}</p></div>`;
    const half = lines(`${notice}<div class="content">${paragraphs(2)}</div>${notice}`);
    expect(half).toEqual([PARAGRAPH, PARAGRAPH]);
    // 90 of 210 characters (43%) beside four blocks of 30: no block is the text, the page is read whole.
    const short = `<div class="box"><p>${PARAGRAPH.slice(0, 30)}</p></div>`;
    const whole = lines(`${short}${short}<div class="content">${paragraphs(2)}</div>${short}${short}`);
    expect(whole).toHaveLength(6);
  });

  it('takes in a long title above a short text', () => {
    // A title of 29 characters above 90: more than 30% of the text, less than 80 characters.
    const long = '临江市科学技术协会关于印发《2023年全民科学素质行动工作要点》的通知';
    const text = lines(`<div class="article"><h1>${long}</h1><div class="content">${paragraphs(2)}</div></div>`);
    expect(text[0]).toBe(long);
  });

  it('keeps the links to a text’s attachments, and its title above', () => {
    const attachments =
      '<p>附件：<a href="/1.xlsx">临江市二〇二三年全国科普日活动任务分工表</a> <a href="/2.docx">全国科普日活动参加人员报名表</a> <a href="/3.docx">全国科普日活动总结报告模板</a></p>';
    const text = lines(
      `<div class="article"><h1>${TITLE}</h1><div class="content">${paragraphs(4)}${attachments}</div></div>`,
    );
    expect(text[0]).toBe(TITLE);
    expect(text.at(-1)).toBe(
      '附件：临江市二〇二三年全国科普日活动任务分工表 全国科普日活动参加人员报名表 全国科普日活动总结报告模板',
    );
  });

  it('leaves out related links set in a list, a definition list, a div or a table', () => {
    const items = ['关于举办全市科技馆讲解大赛的通知', '关于评选示范基地的通知', '关于开展全国科普日活动的通知'];
    const related = [
      `<ul>${items.map((item, i) => `<li><a href="/${i}">${item}</a></li>`).join('')}</ul>`,
      `<ol>${items.map((item, i) => `<li><a href="/${i}">${item}</a></li>`).join('')}</ol>`,
      `<dl><dt>相关稿件</dt>${items.map((item, i) => `<dd><a href="/${i}">${item}</a></dd>`).join('')}</dl>`,
      `<div class="related">${items.map((item, i) => `<a href="/${i}">${item}</a>`).join('')}</div>`,
      `<table><tr>${items.map((item, i) => `<td><a href="/${i}">${item}</a></td>`).join('')}</tr></table>`,
    ];
    for (const list of related)
      expect(lines(`<div class="content"><p>${TITLE}</p>${paragraphs(4)}${list}</div>`)).toEqual([
        TITLE,
        ...Array(4).fill(PARAGRAPH),
      ]);
  });

  it('takes in the title, a date line and the signature over three levels, not the site’s banner', () => {
    const text = lines(
      `<div class="page"><div class="banner" align="center">临江市科学技术协会</div><div class="main"><h1>${TITLE}</h1><div class="bd"><div class="info">发布日期：2023年4月10日</div><div class="article"><div class="content">${paragraphs(4)}</div><div class="sign"><p>临江市科学技术协会</p><p>2023年4月10日</p></div></div></div></div></div>`,
    );
    expect(text[0]).toBe(TITLE);
    expect(text).toHaveLength(8);
  });

  it('does not weigh Latin text: a long English footer does not outweigh the Chinese text', () => {
    const english = '<p>Copyright 2023 Linjiang Association for Science and Technology. All rights reserved.</p>';
    const text = lines(`<div class="content">${paragraphs(4)}</div><div class="foot">${english.repeat(3)}</div>`);
    expect(text).toEqual(Array(4).fill(PARAGRAPH));
  });
  it('takes in a signed date whose parts sit in separate elements', () => {
    const signed = lines(
      `<div class="article"><div class="content">${paragraphs(4)}</div><div class="sign"><p>临江市科学技术协会</p><p><span>2023年</span><span>4月10日</span></p></div></div>`,
    );
    expect(signed.at(-1)).toBe('2023年4月10日');
  });
});

describe('lines and hints of an older page', () => {
  it('ends a centred block’s line and hint before the loose text after it', () => {
    const extracted = readHtml(
      page(
        `<div class="content"><p align="center">关于开展科普日活动的通知</p>各区科协：<br>现将有关<b>事项</b>通知如下。<p style="text-indent:2em">${PARAGRAPH}</p><p>\n　　${PARAGRAPH}</p></div>`,
      ),
    );
    expect(extracted.text.split('\n').slice(0, 5)).toEqual([
      '关于开展科普日活动的通知',
      '各区科协：',
      '现将有关事项通知如下。',
      PARAGRAPH,
      `　　${PARAGRAPH}`,
    ]);
    expect(extracted.hints).toEqual([{ centered: true }, {}, {}, { indented: true }, { indented: true }]);
  });

  it('reads through the comments a CMS leaves in the text', () => {
    expect(
      lines(`<div class="content"><!-- 正文开始 --><p>${PARAGRAPH}</p><!-- 正文结束 --><p>各区科协：</p></div>`),
    ).toEqual([PARAGRAPH, '各区科协：']);
  });

  it('keeps the spaces between words set in separate inline elements', () => {
    expect(
      lines(
        '<div><p>\n国际科普日（<span>National</span> <span>Science</span> <span>Day</span>）</p><p>各区科协：</p></div>',
      ),
    ).toEqual(['国际科普日（National Science Day）', '各区科协：']);
  });
  it('marks as indented only a line that starts with two ideographic spaces, not one with them inside', () => {
    const extracted = readHtml(page(`<div><p>${PARAGRAPH}</p><p>联系人：张　　三，电话：一二三四五六七八</p></div>`));
    expect(extracted.hints).toEqual([{}, {}]);
  });

  it('maps the later lines of a <pre> to the start of its text, not of the page', () => {
    const html = page('<div><p>各区科协：</p><pre>一、总体要求\n二、主要任务</pre></div>').toString();
    const extracted = readHtml(Buffer.from(html));
    expect(extracted.origin.lines.map((offset) => html.slice(offset, offset + 2))).toEqual(['各区', '一、', '一、']);
  });
});
