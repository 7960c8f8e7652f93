/**
 * The HTML reader's two tables of elements, as a reader of a government page sees them: what sits in a
 * form, a script, a frame or a navigation bar is not the circular's text, and each block element starts
 * a line of its own. The paragraphs are the seed plan's (fixtures/seed); the furniture is the kind
 * government sites put inside the content area itself (打印本页 buttons, 站内搜索 boxes, share icons).
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../src/read/read-html.js';

/** Two paragraphs of the seed plan, long enough to be the page's main text. */
const FIRST = '深入贯彻落实党的十九大和十九届历次全会精神，全面贯彻落实习近平总书记关于科普和科学素质建设的重要论述。';
const SECOND = '加强国家科普能力建设，推动科普工作全面融入经济社会发展，为实现高水平科技自立自强营造良好社会氛围。';

function read(content: string): string[] {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>站点标题：门户网站</title></head><body><div class="content"><p>${FIRST}</p>${content}<p>${SECOND}</p></div></body></html>`;
  return readHtml(Buffer.from(html)).text.replace(/\n$/, '').split('\n');
}

describe('elements whose text is not the page’s', () => {
  const furniture: [string, string][] = [
    ['script', '<script>var 站内统计 = "访问量统计代码";</script>'],
    ['style', '<style>.访问量统计代码 { color: red }</style>'],
    ['noscript', '<noscript>访问量统计代码需要脚本</noscript>'],
    ['svg', '<svg><text>访问量统计代码图标</text></svg>'],
    ['iframe', '<iframe>访问量统计代码框架</iframe>'],
    ['select', '<select><option>访问量统计代码</option><option>市科协</option></select>'],
    ['option', '<datalist><option>访问量统计代码</option></datalist>'],
    ['button', '<button>访问量统计代码打印本页</button>'],
    ['textarea', '<textarea>访问量统计代码留言</textarea>'],
    ['nav', '<nav><span>访问量统计代码首页</span><span>政务公开</span></nav>'],
    ['aside', '<aside>访问量统计代码相关阅读</aside>'],
    ['form', '<form><span>访问量统计代码站内搜索</span></form>'],
  ];

  it.each(furniture)('leaves out what a <%s> inside the content holds', (_tag, html) => {
    const text = read(html);
    expect(text).toEqual([FIRST, SECOND]);
  });

  it('leaves out the head: the site’s <title> is not a line of the text', () => {
    expect(read('').join('\n')).not.toContain('门户网站');
  });

  it('keeps the text of an inline element the tables do not name, on the line it is in', () => {
    expect(read('<p><span>附件：</span><a href="x.doc">科普工作要点</a></p>')).toEqual([
      FIRST,
      '附件：科普工作要点',
      SECOND,
    ]);
  });
});

describe('elements that start and end a line', () => {
  // The block elements of HTML that a page's text is written in (the table's parts are tested below).
  const blocks = (
    'address article blockquote center dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header li main ol p ' +
    'pre section ul'
  ).split(' ');

  it.each(blocks)('puts the text of a <%s> on a line of its own', (tag) => {
    // Written inline, with no white space around the element: only the element's kind makes the lines.
    const text = read(`<p>一、总体要求<${tag}>（一）指导思想</${tag}>二、重点任务</p>`);
    expect(text).toEqual([FIRST, '一、总体要求', '（一）指导思想', '二、重点任务', SECOND]);
  });

  it('breaks a line at a rule <hr>', () => {
    // In a <div>: in a <p>, the parser closes the paragraph before the rule, which breaks the line anyway.
    expect(read('<div>一、总体要求<hr>二、重点任务</div>')).toEqual([FIRST, '一、总体要求', '二、重点任务', SECOND]);
  });

  it.each(['table', 'tbody', 'thead', 'tfoot', 'caption'])('ends a line before and after a <%s>', (tag) => {
    const inner =
      tag === 'caption'
        ? '<table><caption>重点任务分工表</caption><tr><td>任务</td></tr></table>'
        : tag === 'table'
          ? '<table><tr><td>重点任务分工表</td></tr></table>'
          : `<table><${tag}><tr><td>重点任务分工表</td></tr></${tag}></table>`;
    const text = read(`<div>附件1${inner}附件2</div>`);
    expect(text.slice(0, 2)).toEqual([FIRST, '附件1']);
    expect(text).toContain('附件2');
    expect(text.find((line) => line.includes('重点任务分工表'))).not.toContain('附件');
  });

  it('puts each row <tr> of a table on its own line', () => {
    const text = read('<table><tr><td>科普日</td><td>9月</td></tr><tr><td>科技周</td><td>5月</td></tr></table>');
    const rows = text.filter((line) => line.includes('科普日') || line.includes('科技周'));
    expect(rows).toHaveLength(2);
  });

  it('keeps inline elements (span, a, b, font) on one line', () => {
    expect(read('<p>一、<span>总体</span><b>要求</b><font>和</font><a href="#">目标</a></p>')).toEqual([
      FIRST,
      '一、总体要求和目标',
      SECOND,
    ]);
  });
});
