/**
 * Old binary Word files (.doc, Word 97–2003), read with word-extractor: the body text one
 * paragraph a line (a table row is its cells joined by tabs), headers and footers as page
 * furniture. word-extractor reads the text only: Word's automatic numbering, which a .doc keeps
 * in its list tables, is read here from those tables (doc-numbering.ts) and put before each
 * numbered paragraph as Word shows it; when the tables cannot be lined up with the text, the
 * numbers are left out with an `unread-numbering` warning. Nothing says which lines are centred.
 */
import { InputError } from './decode.js';
import { ExtractedLines, type ExtractedText } from './extracted.js';
import { OLE_SIGNATURE, identifyBinary, startsWithBytes } from './sniff.js';
import { type DocPiece, docListMarkers, hasDocLists } from './doc-numbering.js';
import { checkCompoundFile } from './check-compound-file.js';

/** What word-extractor gives for a document (its package has no type declarations). */
interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getHeaders(options?: { includeFooters?: boolean; filterUnicode?: boolean }): string;
  getFooters(options?: { filterUnicode?: boolean }): string;
}

/** The text as written: word-extractor would otherwise turn “” into " and — into -. */
const AS_WRITTEN = { filterUnicode: false };

/** word-extractor's .doc extractor, one instance a file, with the parts of it kepu looks at. */
interface OleExtractor {
  extract(reader: unknown): Promise<WordDocument>;
  extractWordDocument(document: unknown, stream: Buffer): Promise<unknown>;
  writeParagraphProperties(stream: Buffer, table: Buffer): void;
  _pieces: DocPiece[];
  _boundaries: { ccpText: number };
}

/** The list markers by line, or null (with a warning) when the list tables cannot be read. */
function listMarkers(
  streams: { word: Buffer; table: Buffer },
  extractor: OleExtractor,
  lines: number,
): Map<number, string> | null {
  try {
    return docListMarkers(streams.word, streams.table, extractor._pieces, extractor._boundaries.ccpText, lines);
  } catch {
    return null;
  }
}

/**
 * Extracts a circular's text from an old binary Word .doc file.
 *
 * @example
 * (await readDoc(readFileSync('plan.doc'))).text // '各分支机构、地方学会:\n…'
 */
export async function readDoc(bytes: Uint8Array): Promise<ExtractedText> {
  if (!startsWithBytes(bytes, OLE_SIGNATURE)) {
    const binary = identifyBinary(bytes);
    throw new InputError(`is not a Word .doc file${binary ? ` but ${binary.what}` : ''}`);
  }
  // word-extractor follows sector chains without a bound: a looping one is refused first.
  checkCompoundFile(bytes);
  // word-extractor's own parts (held to 1.0.4 in package.json): its .doc extractor, fed from
  // memory, with a look at the WordDocument stream on the way for the list tables.
  const { default: WordOleExtractor } = (await import('word-extractor/lib/word-ole-extractor.js')) as {
    default: new () => OleExtractor;
  };
  const { default: BufferReader } = (await import('word-extractor/lib/buffer-reader.js')) as {
    default: new (buffer: Buffer) => { open(): Promise<unknown> };
  };
  const extractor = new WordOleExtractor();
  let lists = false;
  let streams: { word: Buffer; table: Buffer } | null = null;
  const readStream = extractor.extractWordDocument.bind(extractor);
  extractor.extractWordDocument = (document, stream) => {
    lists = hasDocLists(stream);
    return readStream(document, stream);
  };
  // The WordDocument and table streams, as word-extractor has read them, for the list tables.
  const readParagraphs = extractor.writeParagraphProperties.bind(extractor);
  extractor.writeParagraphProperties = (word, table) => {
    streams = { word, table };
    readParagraphs(word, table);
  };
  let document: WordDocument;
  try {
    const reader = new BufferReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    await reader.open();
    document = await extractor.extract(reader);
  } catch (error) {
    const reason = (error as Error).message.replace(/\s+/g, ' ').trim();
    throw new InputError(
      `is not a readable Word .doc file (${reason}): it may be encrypted, damaged, or another Office file (.xls, .ppt, a password-protected .docx)`,
    );
  }
  const out = new ExtractedLines();
  out.pushFurniture(document.getHeaders({ ...AS_WRITTEN, includeFooters: false }).split('\n'), 'running-header');
  const lines = document.getBody(AS_WRITTEN).split('\n');
  // Word's automatic numbering, from the list tables: null when they do not line up with the text.
  const markers = lists && streams ? listMarkers(streams, extractor, lines.length) : new Map<number, string>();
  lines.forEach((line, index) => out.push((markers?.get(index) ?? '') + line, {}, index));
  out.pushFurniture(document.getFooters(AS_WRITTEN).split('\n'), 'running-footer');
  const extracted = out.finish('doc-paragraph', 'utf-8');
  if (markers === null)
    extracted.problems = [
      {
        code: 'unread-numbering',
        message:
          'this .doc numbers paragraphs with Word lists (automatic numbering), and kepu could not line its list tables up with the text: those numbers are missing from the text and the outline; save it as .docx in Word to keep them',
      },
    ];
  else if (lists && markers.size === 0)
    extracted.problems = [
      {
        code: 'unread-numbering',
        message:
          'this .doc defines Word lists (automatic numbering) but no paragraph names one itself: lists set through paragraph styles are not read from .doc files, so if its headings are numbered by Word, those numbers are missing; save it as .docx in Word to keep them',
      },
    ];
  return extracted;
}
