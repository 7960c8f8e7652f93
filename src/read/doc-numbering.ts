/**
 * Word's automatic numbering in an old binary .doc (Word 97–2003), rendered as the reader sees it.
 * A .doc keeps its lists out of the text (MS-DOC): the list definitions (PlfLst, each level's start,
 * number format and level text), the list instances that paragraphs name (PlfLfo, with start
 * overrides), and, per paragraph, the instance and level (sprmPIlfo, sprmPIlvl in the paragraph
 * properties, PlcfBtePapx). They become the same `Numbering` the .docx reader builds, and run on
 * the same counters. Lists named through a paragraph style, not the paragraph itself, are not read.
 */
import { type Numbering, type NumberingLevel, NumberingCounter } from './docx-numbering.js';

/** A run of the document's text as word-extractor reads it (its piece table). */
export interface DocPiece {
  startCp: number;
  endCp: number;
  /** Offset of the piece's first character in the WordDocument stream. */
  startFilePos: number;
  /** Bytes a character: 2 (UTF-16) or 1 (compressed). */
  bpc: number;
  text: string;
}

/** MS-DOC's number formats (MSONFC), by value, as OOXML names them. */
const NFC = [
  'decimal',
  'upperRoman',
  'lowerRoman',
  'upperLetter',
  'lowerLetter',
  'ordinal',
  'cardinalText',
  'ordinalText',
  'hex',
  'chicago',
  'ideographDigital',
  'japaneseCounting',
  'aiueo',
  'iroha',
  'decimalFullWidth',
  'decimalHalfWidth',
  'japaneseLegal',
  'japaneseDigitalTenThousand',
  'decimalEnclosedCircle',
  'decimalFullWidth',
  'aiueoFullWidth',
  'irohaFullWidth',
  'decimalZero',
  'bullet',
  'ganada',
  'chosung',
  'decimalEnclosedFullstop',
  'decimalEnclosedParen',
  'decimalEnclosedCircleChinese',
  'ideographEnclosedCircle',
  'ideographTraditional',
  'ideographZodiac',
  'ideographZodiacTraditional',
  'taiwaneseCounting',
  'ideographLegalTraditional',
  'taiwaneseCountingThousand',
  'taiwaneseDigital',
  'chineseCounting',
  'chineseLegalSimplified',
  'chineseCountingThousand',
];

/** Where FibRgFcLcb97 starts in the WordDocument stream, and its pairs used here. */
const FC_LCB = 0x9a;
const PLCF_BTE_PAPX = 13;
const PLF_LST = 73;
const PLF_LFO = 74;

/** The (fc, lcb) pair `index` of the File Information Block, or null when the FIB is shorter. */
function fcLcb(word: Buffer, index: number): { fc: number; lcb: number } | null {
  if (word.length < FC_LCB) return null;
  const pairs = word.readUInt16LE(FC_LCB - 2);
  if (index >= pairs || word.length < FC_LCB + (index + 1) * 8) return null;
  return { fc: word.readUInt32LE(FC_LCB + index * 8), lcb: word.readUInt32LE(FC_LCB + index * 8 + 4) };
}

/** One LVL at `pos`: the level and where the next structure starts. */
function readLevel(table: Buffer, pos: number): { level: NumberingLevel; end: number } {
  const start = table.readInt32LE(pos);
  const nfc = table.readUInt8(pos + 4);
  const flags = table.readUInt8(pos + 5);
  const follow = table.readUInt8(pos + 15);
  const chpx = table.readUInt8(pos + 24);
  const papx = table.readUInt8(pos + 25);
  let at = pos + 28 + papx + chpx;
  const length = table.readUInt16LE(at);
  at += 2;
  let text = '';
  for (let i = 0; i < length; i++) {
    const code = table.readUInt16LE(at + i * 2);
    // Characters 0–8 stand for the number of that level.
    text += code < 9 ? `%${code + 1}` : String.fromCharCode(code);
  }
  return {
    level: {
      start,
      format: nfc === 0xff ? 'none' : (NFC[nfc] ?? 'decimal'),
      text,
      legal: (flags & 0x04) !== 0,
      suffix: follow === 0 ? 'tab' : follow === 1 ? 'space' : 'nothing',
    },
    end: at + length * 2,
  };
}

/**
 * Whether a .doc defines Word lists (automatic numbering): its File Information Block gives the
 * size of the list instances' table (PlfLfo).
 *
 * @example
 * hasDocLists(wordDocumentStream) // true for a file with automatic numbering
 */
export function hasDocLists(word: Buffer): boolean {
  return (fcLcb(word, PLF_LFO)?.lcb ?? 0) > 0;
}

/** The list definitions and instances (PlfLst with its LVLs, PlfLfo with its overrides). */
export function readDocLists(word: Buffer, table: Buffer): Numbering {
  const numbering: Numbering = { abstracts: new Map(), instances: new Map() };
  const lists = fcLcb(word, PLF_LST);
  const instances = fcLcb(word, PLF_LFO);
  if (!lists || !instances || lists.lcb === 0 || instances.lcb === 0) return numbering;
  const count = table.readInt16LE(lists.fc);
  // The LVLs follow the PlfLst: nine for each list, or one for a simple list.
  let pos = lists.fc + lists.lcb;
  for (let i = 0; i < count; i++) {
    const lstf = lists.fc + 2 + i * 28;
    const lsid = String(table.readInt32LE(lstf));
    const simple = (table.readUInt8(lstf + 26) & 0x01) !== 0;
    const levels = new Map<number, NumberingLevel>();
    for (let l = 0; l < (simple ? 1 : 9); l++) {
      const { level, end } = readLevel(table, pos);
      levels.set(l, level);
      pos = end;
    }
    numbering.abstracts.set(lsid, levels);
  }
  const lfoMac = table.readUInt32LE(instances.fc);
  let data = instances.fc + 4 + lfoMac * 16;
  for (let i = 0; i < lfoMac; i++) {
    const lfo = instances.fc + 4 + i * 16;
    const starts = new Map<number, number>();
    const overrides = table.readUInt8(lfo + 12);
    data += 4; // the LFOData's cp
    for (let k = 0; k < overrides; k++) {
      const start = table.readInt32LE(data);
      const flags = table.readUInt32LE(data + 4);
      data += 8;
      if (flags & 0x10) starts.set(flags & 0x0f, start);
      if (flags & 0x20) data = readLevel(table, data).end;
    }
    // Paragraphs name an instance by its place, from 1.
    numbering.instances.set(String(i + 1), { abstractId: String(table.readInt32LE(lfo)), starts });
  }
  return numbering;
}

/** The list (ilfo, from 1; 0 for none) and level each run of paragraph marks has, by stream offset. */
interface PapxRun {
  start: number;
  end: number;
  ilfo: number;
  ilvl: number;
}

/** Operand sizes by the sprm's spra (its top three bits); 0 for the variable ones. */
const OPERAND = [1, 1, 2, 4, 2, 2, 0, 3];
const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;

/** The list and level a paragraph's own properties give (grpprl from `pos` to `end`). */
function readListSprms(word: Buffer, pos: number, end: number): { ilfo: number; ilvl: number } {
  let ilfo = 0;
  let ilvl = 0;
  while (pos + 2 <= end) {
    const sprm = word.readUInt16LE(pos);
    pos += 2;
    let size = OPERAND[sprm >>> 13];
    // A variable operand gives its size in its first byte; the table definitions are not read.
    if (size === 0) {
      if (sprm === 0xd608 || sprm === 0xc615) break;
      size = 1 + word.readUInt8(pos);
    }
    if (sprm === SPRM_P_ILFO) ilfo = word.readInt16LE(pos);
    else if (sprm === SPRM_P_ILVL) ilvl = word.readUInt8(pos);
    pos += size;
  }
  return { ilfo, ilvl };
}

/** Every run of paragraphs with its list and level, from the PAPX pages (FKPs), by stream offset. */
function readPapxRuns(word: Buffer, table: Buffer): PapxRun[] {
  const bte = fcLcb(word, PLCF_BTE_PAPX);
  if (!bte || bte.lcb < 12) return [];
  const pages = (bte.lcb - 4) / 8;
  const runs: PapxRun[] = [];
  for (let i = 0; i < pages; i++) {
    const page = (table.readUInt32LE(bte.fc + (pages + 1) * 4 + i * 4) & 0x3fffff) * 512;
    if (page + 512 > word.length) continue;
    const crun = word.readUInt8(page + 511);
    for (let r = 0; r < crun; r++) {
      const start = word.readUInt32LE(page + r * 4);
      const end = word.readUInt32LE(page + (r + 1) * 4);
      const offset = word.readUInt8(page + (crun + 1) * 4 + r * 13) * 2;
      let list = { ilfo: 0, ilvl: 0 };
      if (offset > 0) {
        const cb = word.readUInt8(page + offset);
        const from = cb === 0 ? page + offset + 2 : page + offset + 1;
        const length = cb === 0 ? 2 * word.readUInt8(page + offset + 1) : 2 * cb - 1;
        // The grpprl after the paragraph's style (istd, two bytes).
        list = readListSprms(word, from + 2, Math.min(from + length, page + 511));
      }
      runs.push({ start, end, ...list });
    }
  }
  return runs.sort((a, b) => a.start - b.start);
}

/** The run holding stream offset `fc` (binary search), or null. */
function runAt(runs: PapxRun[], fc: number): PapxRun | null {
  let low = 0;
  let high = runs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (runs[middle].end <= fc) low = middle + 1;
    else if (runs[middle].start > fc) high = middle - 1;
    else return runs[middle];
  }
  return null;
}

/** Characters word-extractor turns into a line break. */
const BREAKS = new Set([0x0a, 0x0b, 0x0c, 0x0d]);

/**
 * The marker Word shows before each numbered paragraph, by the line of word-extractor's body text
 * the paragraph starts, or null when the lists cannot be lined up with that text (`lines`, its
 * number of lines, is the check).
 *
 * @example
 * docListMarkers(wordStream, tableStream, pieces, ccpText, 40)?.get(3) // '一、'
 */
export function docListMarkers(
  word: Buffer,
  table: Buffer,
  pieces: DocPiece[],
  ccpText: number,
  lines: number,
): Map<number, string> | null {
  const counter = new NumberingCounter(readDocLists(word, table));
  const runs = readPapxRuns(word, table);
  const markers = new Map<number, string>();
  let line = 0;
  let paragraphLine = 0;
  // Fields as word-extractor reads them: the instruction (\x13 … \x14) is left out, the result
  // (\x14 … \x15) kept; a stack, as fields nest.
  const fields: Array<'instruction' | 'result'> = [];
  let hidden = 0;
  for (const piece of pieces) {
    for (let cp = Math.max(piece.startCp, 0); cp < Math.min(piece.endCp, ccpText); cp++) {
      const code = piece.text.charCodeAt(cp - piece.startCp);
      if (code === 0x13) {
        fields.push('instruction');
        hidden++;
        continue;
      }
      if (code === 0x14 && fields.length > 0 && fields[fields.length - 1] === 'instruction') {
        fields[fields.length - 1] = 'result';
        hidden--;
        continue;
      }
      if (code === 0x15 && fields.length > 0) {
        if (fields.pop() === 'instruction') hidden--;
        continue;
      }
      if (hidden > 0 || !BREAKS.has(code)) continue;
      if (code === 0x0d) {
        const run = runAt(runs, piece.startFilePos + (cp - piece.startCp) * piece.bpc);
        if (run && run.ilfo > 0) {
          const marker = counter.next(String(run.ilfo), run.ilvl);
          if (marker) markers.set(paragraphLine, marker);
        }
        paragraphLine = line + 1;
      }
      line++;
    }
  }
  return line + 1 === lines ? markers : null;
}
