/**
 * What bytes are before they are decoded: known binary formats by their magic numbers, and how
 * plausible a decoding is as Chinese text (for UTF-16 without a BOM, and Big5 against GB18030).
 */
import { toSimplified } from '../normalize.js';

/** A binary format recognised by its first bytes, and what to tell the user. */
interface MagicNumber {
  /** The leading bytes. */
  bytes: number[];
  /** What the file is, as said in the error: `is a PNG image`. */
  what: string;
  /** How to get text out of it, when kepu cannot. */
  hint: string;
}

/** An OLE compound file (old Word .doc, or a password-protected .docx). */
export const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Whether the bytes start with the given bytes. */
export const startsWithBytes = (bytes: Uint8Array, start: readonly number[]) =>
  start.every((byte, index) => bytes[index] === byte);

/** Binary formats, by their leading bytes (checked in order). */
export const MAGIC_NUMBERS: MagicNumber[] = [
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'an executable (ELF)', hint: 'not a document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', hint: 'run OCR on it first (e.g. tesseract -l chi_sim)' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', hint: 'run OCR on it first (e.g. tesseract -l chi_sim)' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image', hint: 'not a document' },
  {
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
    what: 'a PDF file',
    hint: 'read it as PDF (name it .pdf, or give --from pdf; in the library, readCircular)',
  },
  {
    bytes: OLE_SIGNATURE,
    what: 'an old binary Office file (.doc, .xls)',
    hint: 'read a Word file as .doc (name it .doc, or give --from doc; in the library, readCircular)',
  },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive', hint: 'unpack it first (gunzip)' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive', hint: 'unpack it first' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive', hint: 'unpack it first' },
];

/** The first `limit` bytes as Latin-1 text: what byte patterns are looked for in. */
export function latin1Head(bytes: Uint8Array, limit: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit)).toString('latin1');
}

/** A ZIP archive whose entries (their names are stored uncompressed) include word/: a .docx. */
export function isWordZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04 &&
    latin1Head(bytes, 1 << 20).includes('word/')
  );
}

/** A ZIP file: a Word document when it holds word/document.xml, else some other archive. */
function describeZip(bytes: Uint8Array): MagicNumber {
  const head = latin1Head(bytes, 1 << 20);
  if (head.includes('word/')) {
    return {
      bytes: [],
      what: 'a Word document (.docx)',
      hint: 'read it as Word (name it .docx, or give --from docx; in the library, readCircular)',
    };
  }
  if (head.includes('xl/') || head.includes('ppt/')) {
    return { bytes: [], what: 'an Excel or PowerPoint file', hint: 'not a circular' };
  }
  return { bytes: [], what: 'a ZIP archive', hint: 'unpack it first (unzip)' };
}

/** The binary format the bytes start with, or null for what may be text. */
export function identifyBinary(bytes: Uint8Array): { what: string; hint: string } | null {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return describeZip(bytes);
  for (const magic of MAGIC_NUMBERS) {
    if (startsWithBytes(bytes, magic.bytes)) return magic;
  }
  return null;
}

/**
 * The 500-odd most frequent characters of Chinese official prose (simplified); a traditional
 * text is folded to simplified before it is counted.
 */
const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞推科普服务工作要点通知印发落实加强组织领导各级单位开展建设健全完善推进促进提升创新服务保障监督检查考核评估落实责任牵头配合部门机关协会学会中心基地示范项目计划活动宣传培训教育人才队伍资金政策措施意见方案办法规定条例实施细则附件抄送';
let commonSet: Set<string> | undefined;

/**
 * How plausible a decoding is as a Chinese circular, from 0 to 1: the share of its characters
 * that are ASCII text, CJK punctuation or frequent Chinese characters (traditional folded to
 * simplified). Wrong decodings give rare characters, private-use or control codes.
 */
export function plausibility(text: string): number {
  commonSet ??= new Set(COMMON);
  const sample = toSimplified(text.slice(0, 32768));
  let good = 0;
  let counted = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0)!;
    if (code === 0x20 || code === 0x3000 || code === 0x0a || code === 0x0d || code === 0x09) continue;
    counted++;
    if ((code > 0x20 && code < 0x7f) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff5e))
      good++;
    else if (
      code === 0x201c ||
      code === 0x201d ||
      code === 0x2018 ||
      code === 0x2019 ||
      code === 0x2014 ||
      code === 0x2026
    )
      good++;
    else if (commonSet.has(ch)) good++;
  }
  return counted === 0 ? 0 : good / counted;
}
