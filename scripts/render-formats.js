// Renders a circular's text as the formats people get it in: a gov.cn-shaped page, a news page,
// and a Word .docx with automatic numbering. Used by scripts/build-format-fixtures.js (which also
// prints PDFs) and by the property test in test/formats.test.ts. The roles of the lines (title,
// signature …) come from a parse of the text, passed in as `parseCircular`.
import { zipSync, strToU8 } from 'fflate';

// ---- What each line is, from kepu's own reading of the text ---------------------------------

/** Each non-blank line with its role: title, addressees, signatory, date, or body. */
export function linesOf(text, parseCircular) {
  const document = parseCircular(text);
  const roles = new Map();
  const visit = (node) => {
    if (node.type === 'part') {
      for (let line = node.position.start.line; line <= node.position.end.line; line++) roles.set(line, node.role);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(document);
  return text
    .split('\n')
    .map((value, index) => ({ value: value.trim(), role: roles.get(index + 1) ?? 'body' }))
    .filter((line) => line.value.length > 0);
}

// ---- Numbering: typed markers → Word's automatic numbering --------------------------------

const CN = '〇一二三四五六七八九';
const cnValue = (s) => {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + CN.indexOf(s[1]);
  if (s.length === 2 && s[1] === '十') return CN.indexOf(s[0]) * 10;
  if (s.length === 3) return CN.indexOf(s[0]) * 10 + CN.indexOf(s[2]);
  return CN.indexOf(s);
};
/** The outline levels, as the fixture texts type them, with Word's number format and level text. */
// Each level's marker as the text types it: group 1 the number; the rest of the match, around it,
// becomes the level text (（一） or (一), 1． or 1.), fixed by the first marker of the level.
const LEVELS = [
  { re: /^()([一二三四五六七八九十]{1,3})(、)/, format: 'chineseCounting', value: cnValue },
  { re: /^([（(])([一二三四五六七八九十]{1,3})([）)])/, format: 'chineseCounting', value: cnValue },
  { re: /^()([0-9]{1,2})([．.、])(?![0-9])/, format: 'decimal', value: Number },
  { re: /^([（(])([0-9]{1,2})([）)])/, format: 'decimal', value: Number },
  { re: /^()([\u2460-\u2473])()/, format: 'decimalEnclosedCircle', value: (c) => c.charCodeAt(0) - 0x245f },
];
const ARTICLE = { re: /^第([一二三四五六七八九十]{1,3})条\s*/, format: 'chineseCounting', text: '第%1条' };

export const escapeXml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The numbered paragraphs of the lines, and the list instances and level texts they need. */
function numberLines(lines) {
  const instances = []; // { level, start }
  // The level text of each level, from its first marker: a marker typed otherwise stays typed.
  const forms = [];
  const sameForm = (level, match) => {
    const form = `${match[1]}%${level + 1}${match[3]}`;
    forms[level] ??= form;
    return forms[level] === form;
  };
  const counts = [];
  let current = null;
  const paragraphs = [];
  for (const line of lines) {
    let text = line.value;
    let numbering = null;
    const article = ARTICLE.re.exec(text);
    const level = article ? -1 : LEVELS.findIndex((l) => l.re.test(text));
    if (article) {
      text = text.slice(article[0].length);
      numbering = { numId: 1, ilvl: 0 };
    } else if (level >= 0 && line.role === 'body' && sameForm(level, LEVELS[level].re.exec(text))) {
      const match = LEVELS[level].re.exec(text);
      const value = LEVELS[level].value(match[2]);
      text = text.slice(match[0].length);
      // A level that restarts (under a new higher item) starts at its instance's override, else at 1.
      const override = current === null ? undefined : instances[current - 3];
      const restartAt = override && override.level === level ? override.start : 1;
      const expected = counts[level] === undefined ? restartAt : counts[level] + 1;
      if (current === null || value !== expected) {
        // Word restarts a list with a new instance that overrides the level's start.
        instances.push({ level, start: value });
        current = instances.length + 2;
      }
      counts[level] = value;
      counts.length = level + 1;
      numbering = { numId: current, ilvl: level };
    }
    paragraphs.push({ line, text, numbering });
  }
  return { paragraphs, instances, forms };
}

export function docx(lines) {
  const numbered = numberLines(lines);
  const paragraphs = numbered.paragraphs.map(({ line, text, numbering }) => {
    const centered = line.role === 'title';
    const right = line.role === 'signatory' || line.role === 'date';
    const props = [
      numbering ? `<w:numPr><w:ilvl w:val="${numbering.ilvl}"/><w:numId w:val="${numbering.numId}"/></w:numPr>` : '',
      centered ? '<w:jc w:val="center"/>' : right ? '<w:jc w:val="right"/>' : '',
      line.role === 'body' && !numbering ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : '',
    ].join('');
    return `<w:p><w:pPr>${props}</w:pPr><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  const { instances, forms } = numbered;
  const lvl = (ilvl, spec, text = spec.text) =>
    `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${spec.format}"/><w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;
  const numbering = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    `<w:abstractNum w:abstractNumId="0">${lvl(0, ARTICLE)}</w:abstractNum>`,
    `<w:abstractNum w:abstractNumId="1">${LEVELS.map((spec, i) => lvl(i, spec, forms[i] ?? `%${i + 1}`)).join('')}</w:abstractNum>`,
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>',
    '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    ...instances.map(
      (instance, i) =>
        `<w:num w:numId="${i + 3}"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="${instance.level}"><w:startOverride w:val="${instance.start}"/></w:lvlOverride></w:num>`,
    ),
    '</w:numbering>',
  ].join('');
  return packDocx(paragraphs, numbering);
}

/** The parts of a .docx around its paragraphs and numbering, zipped. */
function packDocx(paragraphs, numbering) {
  const document = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>',
    ...paragraphs,
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>',
  ].join('');
  const footer =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>';
  const types =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>';
  const rels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
  const documentRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>';
  // A fixed date in the zip entries, so that a rebuild gives the same bytes.
  const mtime = new Date('2026-01-01T00:00:00Z');
  return zipSync(
    {
      '[Content_Types].xml': [strToU8(types), { mtime }],
      '_rels/.rels': [strToU8(rels), { mtime }],
      'word/document.xml': [strToU8(document), { mtime }],
      'word/numbering.xml': [strToU8(numbering), { mtime }],
      'word/footer1.xml': [strToU8(footer), { mtime }],
      'word/_rels/document.xml.rels': [strToU8(documentRels), { mtime }],
    },
    { level: 6 },
  );
}

// ---- HTML --------------------------------------------------------------------------------------

/** The document's lines as HTML: the title lines centred in one block across <br>, body paragraphs indented. */
export function articleHtml(lines) {
  const out = [];
  const titleLines = [];
  for (const line of lines) {
    if (line.role === 'title' && out.length === titleLines.length) {
      titleLines.push(escapeXml(line.value));
      continue;
    }
    if (titleLines.length > 0 && out.length === 0)
      out.push(`<div style="text-align: center; font-size: 22pt">${titleLines.join('<br>')}</div>`);
    const style =
      line.role === 'title'
        ? 'text-align: center'
        : line.role === 'signatory' || line.role === 'date'
          ? 'text-align: right'
          : line.role === 'body'
            ? 'text-indent: 2em'
            : '';
    out.push(`<p${style ? ` style="${style}"` : ''}>${escapeXml(line.value)}</p>`);
  }
  if (out.length === 0 && titleLines.length > 0)
    out.push(`<div style="text-align: center">${titleLines.join('<br>')}</div>`);
  return out.join('\n');
}

export function govHtml(lines) {
  const nav = ['首页', '国务院', '总理', '新闻', '政策', '互动', '服务', '数据', '国情']
    .map((name, i) => `<li><a href="/${i}/">${name}</a></li>`)
    .join('');
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>${escapeXml(lines[0].value)}_政府信息公开</title>
<script>var _hmt = _hmt || []; document.write("统计代码");</script><style>.nav li{display:inline}</style></head>
<body><div class="header"><ul class="nav">${nav}</ul><div class="search"><input type="text" value="请输入关键字"><button>搜索</button></div></div>
<div class="BreadcrumbNav">当前位置：<a href="/">首页</a> &gt; <a href="/zhengce/">政策</a> &gt; 政策文件</div>
<div class="main"><div class="article">
<div class="pages-date">发布时间：2023-04-10 来源：临江市科学技术协会 <span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
${articleHtml(lines)}
<div class="editor">【我要纠错】 责任编辑：王五</div>
</div>
<div class="related"><h3>相关稿件</h3><ul>${[
    '关于做好2022年科普工作的通知',
    '2022年科普工作总结',
    '科普工作要点解读',
    '全国科普日活动安排',
  ]
    .map((title, i) => `<li><a href="/r/${i}.htm">${title}</a></li>`)
    .join('')}</ul></div></div>
<div class="footer"><p><a href="/about">关于本网</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></p><p>版权所有：临江市人民政府办公厅 京ICP备05070218号 网站标识码bm01000001</p></div>
</body></html>
`;
}

export function newsHtml(lines) {
  const links = (titles) => titles.map((title, i) => `<li><a href="/n/${i}.html">${title}</a></li>`).join('');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeXml(lines[0].value)} - 临江新闻网</title></head>
<body>
<header><nav><a href="/">首页</a> <a href="/news">新闻</a> <a href="/tech">科技</a> <a href="/edu">教育</a> <a href="/video">视频</a> <a href="/app">客户端</a></nav></header>
<div class="ad">广告 <a href="https://ad.example">点击领取科普大礼包</a></div>
<div class="wrap"><div class="left">
<div class="crumbs">您现在的位置：<a href="/">首页</a> &gt; <a href="/tech">科技</a></div>
<div class="info">2023-04-11 09:30:15　来源：临江新闻网　作者：记者 赵六　阅读数：3,481</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="content">
${articleHtml(lines)}
</div>
<div class="share">扫描二维码，用手机看新闻</div>
<div class="tags">标签：<a>科普</a> <a>科协</a></div>
<div class="comments"><h4>网友评论</h4><ul><li><a href="/u/1">网友甲</a>：<a href="/c/1">支持</a></li><li><a href="/u/2">网友乙</a>：<a href="/c/2">很好</a></li><li><a href="/u/3">网友丙</a>：<a href="/c/3">点赞</a></li></ul></div>
</div>
<aside class="right"><h3>热点新闻</h3><ul>${links(['本市启动科技活动周', '新能源车销量再创新高', '市民热议智慧城市建设', '青少年科学营开营', '院士专家走进校园', '图书馆延长开放时间'])}</ul></aside></div>
<footer><p>Copyright © 2023 临江新闻网 版权所有 未经授权禁止转载</p><p>沪ICP备12345678号</p></footer>
</body></html>
`;
}

/**
 * The CJK font families the PDF renderings are set in, each with the Debian package that has it:
 * WenQuanYi Zen Hei, whose text layer gives the ideographs, and Noto Sans CJK, whose text layer
 * gives Kangxi radicals for the ideographs that share a glyph with one (⼀ for 一, ⽉ for 月), as
 * many real PDFs do.
 */
export const PDF_FONTS = [
  { family: 'WenQuanYi Zen Hei', package: 'fonts-wqy-zenhei', suffix: '' },
  { family: 'Noto Sans CJK SC', package: 'fonts-noto-cjk', suffix: '-noto' },
];

/** A plain A4 layout of the lines for printing to PDF: 16 pt in the given family, the title centred. */
export function printHtml(lines, family = PDF_FONTS[0].family) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "${family}"; font-size: 16pt; line-height: 28pt; }
p { margin: 0; text-align: justify; }
div { margin: 0 0 28pt 0; line-height: 36pt; }
</style></head><body>
${articleHtml(lines)}
</body></html>`;
}

/**
 * A page set the way GB/T 9704-2012 sets a circular: the issuer mark large, red and spaced out,
 * the 发文字号 centred over a red rule, the title in 22pt bold (a long one wrapping across the full
 * measure), the text in 16pt at 28 characters a line with a 2em indent, the signature and date
 * set in from the right, and the 抄送/印发 lines between rules.
 */
export function gbtHtml(lines, family = PDF_FONTS[0].family) {
  const out = [];
  const title = [];
  for (const line of lines) {
    const value = escapeXml(line.value);
    if (line.role === 'title' && out.length === 0) {
      title.push(value);
      continue;
    }
    if (title.length > 0 && !out.some((html) => html.startsWith('<div class="title">')))
      out.push(`<div class="title">${title.join('<br>')}</div>`);
    const cls = {
      issuerMark: 'mark',
      docNumber: 'number',
      signatory: 'sign',
      date: 'sign',
      addressees: '',
      cc: 'record',
      printer: 'record',
    }[line.role];
    if (cls === 'number') out.push(`<p class="number">${value}</p><div class="rule"></div>`);
    else if (cls === 'mark') out.push(`<div class="mark">${value}</div>`);
    else out.push(`<p class="${cls ?? 'body'}">${value}</p>`);
  }
  if (title.length > 0 && out.length === 0) out.push(`<div class="title">${title.join('<br>')}</div>`);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: "${family}"; font-size: 16pt; line-height: 28.9pt; }
p { margin: 0; text-align: justify; }
.body { text-indent: 2em; }
.sign { text-align: right; padding-right: 4em; }
.mark { color: #d00; font-size: 42pt; line-height: 60pt; text-align: center; letter-spacing: 0.2em; margin-top: 20mm; }
.number { text-align: center; margin: 10pt 0; }
.rule { border-bottom: 2px solid #d00; margin-bottom: 28pt; }
.title { text-align: center; font-size: 22pt; line-height: 36pt; font-weight: bold; margin: 0 0 28pt 0; }
.record { border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; padding-left: 1em; }
</style></head><body>
${out.join('\n')}
</body></html>`;
}

/** Chromium's page.pdf options: A4 as the CSS sets it, with "— N —" folios in the footer, in the given family. */
export function pdfOptions(family = PDF_FONTS[0].family) {
  return {
    format: 'A4',
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: `<div style="width:100%;text-align:center;font-family:'${family}';font-size:14pt">— <span class="pageNumber"></span> —</div>`,
  };
}

/** The options for WenQuanYi Zen Hei, the first family. */
export const PDF_OPTIONS = pdfOptions();
