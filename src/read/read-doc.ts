/**
 * Old binary Word files (.doc, Word 97–2003), read with word-extractor: the body text one
 * paragraph a line (a table row is its cells joined by tabs), headers and footers as page
 * furniture. word-extractor reads the text stream only: Word's automatic numbering, which a .doc
 * keeps in its list tables and not in the text, is not rendered (numbers typed in the text are
 * read as usual; a file that has lists gets an `unread-numbering` warning), and nothing says
 * which lines are centred.
 */
import { InputError } from './decode.js';
import { ExtractedLines, type ExtractedText, type LineHint } from './extracted.js';
import { OLE_SIGNATURE, identifyBinary, startsWithBytes } from './sniff.js';

/** What word-extractor gives for a document (its package has no type declarations). */
interface WordDocument {
  getBody(options?: { filterUnicode?: boolean }): string;
  getHeaders(options?: { includeFooters?: boolean; filterUnicode?: boolean }): string;
  getFooters(options?: { filterUnicode?: boolean }): string;
}

/** The text as written: word-extractor would otherwise turn “” into " and — into -. */
const AS_WRITTEN = { filterUnicode: false };

/** word-extractor's .doc extractor, one instance a file. */
interface OleExtractor {
  extract(reader: unknown): Promise<WordDocument>;
  extractWordDocument(document: unknown, stream: Buffer): Promise<unknown>;
}

/**
 * Whether a .doc defines Word lists (automatic numbering): its File Information Block gives the
 * list tables' sizes (PlfLst and PlfLfo, pairs 73 and 74 of FibRgFcLcb97, MS-DOC 2.5.6).
 */
function hasWordLists(fib: Buffer): boolean {
  const FC_LCB_START = 0x9a;
  const pairs = fib.length >= FC_LCB_START ? fib.readUInt16LE(FC_LCB_START - 2) : 0;
  if (pairs <= 74 || fib.length < FC_LCB_START + 75 * 8) return false;
  const lcbPlfLfo = fib.readUInt32LE(FC_LCB_START + 74 * 8 + 4);
  return lcbPlfLfo > 0;
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
  const readStream = extractor.extractWordDocument.bind(extractor);
  extractor.extractWordDocument = (document, stream) => {
    lists = hasWordLists(stream);
    return readStream(document, stream);
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
  const furniture = (text: string, layout: LineHint['layout']) => {
    const seen = new Set<string>();
    for (const line of text.split('\n')) {
      const trimmed = line.trim();
      if (trimmed.length > 0 && !seen.has(trimmed)) out.push(trimmed, { layout }, -1);
      seen.add(trimmed);
    }
  };
  furniture(document.getHeaders({ ...AS_WRITTEN, includeFooters: false }), 'running-header');
  document
    .getBody(AS_WRITTEN)
    .split('\n')
    .forEach((line, index) => out.push(line, {}, index));
  furniture(document.getFooters(AS_WRITTEN), 'running-footer');
  const extracted = out.finish('doc-paragraph', 'utf-8');
  if (lists)
    extracted.problems = [
      {
        code: 'unread-numbering',
        message:
          'this .doc numbers paragraphs with Word lists (automatic numbering), which kepu cannot read from .doc files: those numbers are missing from the text and the outline; save it as .docx in Word to keep them',
      },
    ];
  return extracted;
}
