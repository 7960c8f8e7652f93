// Hostile input files, built at test time so that none is committed as a large blob: a zip bomb
// dressed as a .docx, a .doc whose sector chain loops, HTML nested thousands deep, a small PDF of
// many pages, Markdown lists nested thousands deep, and the plain text of a plan with formula
// and terminal-escape injections. Used by test/hostile.test.ts; `node scripts/hostile-files.js DIR`
// writes them all to DIR (for measuring by hand).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { pdfOfObjects } from './pdf-objects.js';

/** A zip archive of entries given already deflated: { name, data (deflated), crc, size }. */
function zipOf(entries) {
  const local = [];
  const central = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed
    header.writeUInt16LE(8, 8); // deflate
    header.writeUInt32LE(entry.crc >>> 0, 14);
    header.writeUInt32LE(entry.data.length, 18);
    header.writeUInt32LE(Math.min(entry.size, 0xffffffff), 22);
    header.writeUInt16LE(name.length, 26);
    local.push(header, name, entry.data);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(entry.crc >>> 0, 16);
    record.writeUInt32LE(entry.data.length, 20);
    record.writeUInt32LE(Math.min(entry.size, 0xffffffff), 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    central.push(record, name);
    offset += header.length + name.length + entry.data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, directory, end]);
}

/** An entry deflated whole. */
function deflated(name, text) {
  const bytes = Buffer.from(text);
  return { name, data: deflateRawSync(bytes), crc: crc32(bytes), size: bytes.length };
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * A .docx whose word/document.xml inflates to about `megabytes` MB: one paragraph of a repeated
 * letter. The deflate stream is built from one flushed 1 MB block repeated (so that building it
 * costs nothing like inflating it): 300 MB come from about 300 KB.
 */
export function zipBombDocx(megabytes = 300) {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body><w:p><w:r><w:t>关于印发`);
  const tail = Buffer.from('的通知</w:t></w:r></w:p></w:body></w:document>');
  const block = Buffer.alloc(1024 * 1024, 'A');
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  const parts = [deflateRawSync(head, flush)];
  const middle = deflateRawSync(block, flush);
  let crc = crc32(head);
  for (let i = 0; i < megabytes; i++) {
    parts.push(middle);
    crc = crc32(block, crc);
  }
  parts.push(deflateRawSync(tail)); // ends with the final block
  crc = crc32(tail, crc);
  const data = Buffer.concat(parts);
  return zipOf([
    deflated('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
    { name: 'word/document.xml', data, crc, size: head.length + megabytes * block.length + tail.length },
  ]);
}

/** A small .docx whose document.xml is given (for XML errors: an undefined entity, an unclosed tag). */
export function docxWithDocumentXml(xml) {
  return zipOf([deflated('[Content_Types].xml', '<?xml version="1.0"?><Types/>'), deflated('word/document.xml', xml)]);
}

/**
 * An OLE compound file (a .doc) of 2 KB whose directory's sector chain loops: sector 1 → 2 → 1.
 * word-extractor follows such a chain for ever, pushing sector numbers until memory runs out.
 */
export function loopingDoc() {
  const sector = 512;
  const file = Buffer.alloc(sector * 4);
  Buffer.from('d0cf11e0a1b11ae1', 'hex').copy(file, 0);
  file.writeUInt16LE(0x003e, 24); // minor version
  file.writeUInt16LE(0x0003, 26); // major version 3 (512-byte sectors)
  file.writeUInt16LE(0xfffe, 28); // little-endian
  file.writeUInt16LE(9, 30); // sector size 2^9
  file.writeUInt16LE(6, 32); // mini sector size 2^6
  file.writeInt32LE(1, 44); // one FAT sector
  file.writeInt32LE(1, 48); // the directory starts at sector 1
  file.writeUInt32LE(4096, 56); // mini stream cutoff
  file.writeInt32LE(-2, 60); // no mini FAT
  file.writeInt32LE(0, 64);
  file.writeInt32LE(-2, 68); // no DIFAT sectors
  file.writeInt32LE(0, 72);
  for (let i = 0; i < 109; i++) file.writeInt32LE(i === 0 ? 0 : -1, 76 + i * 4);
  // Sector 0, the FAT: 0 is a FAT sector, 1 → 2 → 1 loops, 3 is free.
  const fat = sector;
  file.writeInt32LE(-3, fat);
  file.writeInt32LE(2, fat + 4);
  file.writeInt32LE(1, fat + 8);
  for (let i = 3; i < sector / 4; i++) file.writeInt32LE(-1, fat + i * 4);
  // Sector 1: the root entry.
  const entry = sector * 2;
  const name = Buffer.from('Root Entry\0', 'utf16le');
  name.copy(file, entry);
  file.writeUInt16LE(name.length, entry + 64);
  file.writeUInt8(5, entry + 66); // root storage
  file.writeInt32LE(-1, entry + 68);
  file.writeInt32LE(-1, entry + 72);
  file.writeInt32LE(-1, entry + 76);
  file.writeInt32LE(-2, entry + 116);
  return file;
}

/** An HTML page whose text sits inside `depth` nested <div> elements. */
export function deepHtml(depth = 2000) {
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"><title>通知</title></head><body>${'<div>'.repeat(depth)}` +
      `<p>关于开展科普工作的通知</p><p>一、总体要求</p><p>各单位要认真贯彻落实。</p>${'</div>'.repeat(depth)}</body></html>`,
  );
}

/**
 * A PDF of `pages` empty pages in a few hundred KB: one page object listed `pages` times in the
 * page tree (a reader walks the tree and opens every page).
 */
export function manyPagePdf(pages = 50_000) {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Count ${pages} /Kids [${'3 0 R '.repeat(pages)}] >>`,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  return pdfOfObjects(objects);
}

/** Markdown of list items nested `depth` deep on one line (`- - - … 内容`), as a mangled paste gives. */
export function nestedListMarkdown(depth = 150_000) {
  return Buffer.from(`# 关于开展科普工作的通知\n\n${'- '.repeat(depth)}内容\n`);
}

/** Markdown of list items each nested one deeper than the last, `depth` levels (indented by two spaces a level). */
export function indentedListMarkdown(depth = 550) {
  let text = '# 关于开展科普工作的通知\n\n';
  for (let i = 0; i < depth; i++) text += `${'  '.repeat(i)}- 第${i + 1}项工作\n`;
  return Buffer.from(text);
}

/**
 * A plan whose headings and file name carry what a spreadsheet would run as a formula: a heading
 * that is a HYPERLINK formula, headings that start with @, + and -.
 */
export function injectionPlan() {
  return [
    '临江市科协2023年科普工作要点',
    '一、=HYPERLINK("http://example.com/x","点击")加强科普阵地建设',
    '（一）@SUM(1+1)推进科技馆建设',
    '9月底前完成市科技馆展陈更新，由市科协牵头。',
    '（二）+1+1建设社区科普站点',
    '年底前建成社区科普站点20个。',
    '（三）-2+3发展科普教育基地',
    '10月底前认定一批科普教育基地。',
    '',
  ].join('\n');
}

/**
 * The same plan as a web page whose character references put terminal controls into the text: an
 * OSC sequence that retitles the terminal (ESC ] 0 ; … BEL), a colour (ESC [ 31 m), and a CR (which
 * HTML's white space rules make a space). (&#155; is not CSI: HTML reads 128–159 as Windows-1252.)
 */
export function injectionHtml() {
  const lines = [
    '临江市科协2023年科普工作要点',
    '一、加强科普阵地建设&#27;]0;pwned&#7;',
    '（一）推进科技馆建设&#13;&#27;[31m伪造&#27;[0m',
    '9月底前完成市科技馆展陈更新&#155;2J，由市科协牵头。',
    '（二）=HYPERLINK("http://example.com/x","点击")建设社区科普站点',
    '年底前建成社区科普站点20个。',
  ];
  return Buffer.from(
    `<!doctype html><html><head><meta charset="utf-8"></head><body><div>${lines.map((line) => `<p>${line}</p>`).join('')}</div></body></html>`,
  );
}

/** Every file, by name. */
export function allHostileFiles() {
  return {
    'bomb.docx': zipBombDocx(),
    'loop.doc': loopingDoc(),
    'deep.html': deepHtml(),
    'pages.pdf': manyPagePdf(),
    'nested.md': nestedListMarkdown(),
    'indented.md': indentedListMarkdown(),
    'bad-entity.docx': docxWithDocumentXml(
      `<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>通知&nbsp;</w:t></w:r></w:p></w:body></w:document>`,
    ),
    'unclosed.docx': docxWithDocumentXml(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>通知`),
    'injection.txt': Buffer.from(injectionPlan()),
    'injection.html': injectionHtml(),
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const directory = process.argv[2] ?? 'hostile';
  mkdirSync(directory, { recursive: true });
  for (const [name, bytes] of Object.entries(allHostileFiles())) writeFileSync(join(directory, name), bytes);
  // A name that is not UTF-8 (Latin-1 é), holding a plan.
  writeFileSync(Buffer.from(join(directory, 'caf\xe9.txt'), 'latin1'), injectionPlan());
  console.log(`wrote ${Object.keys(allHostileFiles()).length + 1} files to ${directory}`);
}
