/**
 * A check of an OLE compound file (a .doc) before word-extractor reads it. A compound file is a
 * small file system: sectors, a FAT of "next sector" links, streams as chains through it, and a
 * directory of streams as a tree. word-extractor follows a chain until it ends, so a chain that
 * loops (a 2 KB file whose directory chain goes 1 → 2 → 1) grows an array until the process dies
 * (2 GB, then V8 aborts); a header that claims two billion FAT sectors does the same. Here every
 * chain word-extractor will follow, and the directory tree, is walked once with a bound: a loop, a
 * link past the end of the file or a count larger than the file can hold is refused with one line.
 */
import { InputError } from './decode.js';

/** Sector numbers at or above this are markers (end of chain, free, FAT sector, DIFAT sector). */
const MAX_SECTOR = 0xfffffffa;
const NO_STREAM = 0xffffffff;
/** The streams word-extractor opens: the text and its tables. */
const READ_STREAMS = new Set(['WordDocument', '0Table', '1Table']);

/** The refusal, worded as readDoc words word-extractor's own failures. */
const damaged = (what: string) =>
  new InputError(
    `is not a readable Word .doc file (${what}): it may be encrypted, damaged, or another Office file (.xls, .ppt, a password-protected .docx)`,
  );

/** The file's header fields that locate its tables, as the compound file format sets them. */
function readHeader(bytes: Uint8Array) {
  if (bytes.length < 512) throw damaged('it is shorter than its header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) throw damaged(`its sector size 2^${shift} is not 512 or 4096`);
  const sectorSize = 1 << shift;
  return {
    view,
    sectorSize,
    /** Sectors the file holds (a last sector cut short counts: word-extractor reads what is there). */
    sectors: Math.ceil((bytes.length - sectorSize) / sectorSize),
    fatSectors: view.getUint32(44, true),
    directoryStart: view.getUint32(48, true),
    miniCutoff: view.getUint32(56, true),
    miniFatStart: view.getUint32(60, true),
    difatStart: view.getUint32(68, true),
    difatSectors: view.getUint32(72, true),
  };
}

type Header = ReturnType<typeof readHeader>;

/** The 32-bit entry `index` of sector `sector`. */
const entryOf = (header: Header, sector: number, index: number) =>
  header.view.getUint32((sector + 1) * header.sectorSize + index * 4, true);

/**
 * The sectors of a chain: from `start`, following `next`, each below `count`, none twice. Ends at
 * a marker (as word-extractor does at any negative link).
 */
function followChain(start: number, next: (sector: number) => number, count: number, what: string): number[] {
  const chain: number[] = [];
  const seen = new Uint8Array(count);
  for (let sector = start; sector < MAX_SECTOR; sector = next(sector)) {
    if (sector >= count) throw damaged(`its ${what} runs past the end of the file`);
    if (seen[sector]) throw damaged(`its ${what} loops back on itself`);
    seen[sector] = 1;
    chain.push(sector);
  }
  return chain;
}

/** The FAT: the sectors that hold it (from the header and the DIFAT chain), read into one table. */
function readFat(header: Header): Uint32Array {
  const { sectors, sectorSize, fatSectors, difatSectors } = header;
  if (fatSectors > sectors || difatSectors > sectors) throw damaged('its header counts more sectors than it holds');
  const locations: number[] = [];
  for (let i = 0; i < 109 && locations.length < fatSectors; i++)
    locations.push(header.view.getUint32(76 + i * 4, true));
  const perDifat = sectorSize / 4 - 1;
  const difat = followChain(
    header.difatStart,
    (sector) => entryOf(header, sector, perDifat),
    sectors,
    'DIFAT chain',
  ).slice(0, difatSectors);
  for (const sector of difat) {
    for (let i = 0; i < perDifat && locations.length < fatSectors; i++) locations.push(entryOf(header, sector, i));
  }
  const perSector = sectorSize / 4;
  const fat = new Uint32Array(locations.length * perSector);
  locations.forEach((location, index) => {
    if (location >= sectors) throw damaged('its FAT lies past the end of the file');
    for (let i = 0; i < perSector; i++) fat[index * perSector + i] = entryOf(header, location, i);
  });
  return fat;
}

interface DirectoryEntry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

/** The directory: 128-byte entries in the sectors of its chain. */
function readDirectory(header: Header, chain: number[]): DirectoryEntry[] {
  const entries: DirectoryEntry[] = [];
  for (const sector of chain) {
    for (let offset = 0; offset < header.sectorSize; offset += 128) {
      const at = (sector + 1) * header.sectorSize + offset;
      if (at + 128 > header.view.byteLength) break;
      const nameLength = Math.min(64, Math.max(0, header.view.getUint16(at + 64, true) - 2));
      entries.push({
        name: Buffer.from(header.view.buffer, header.view.byteOffset + at, nameLength).toString('utf16le'),
        type: header.view.getUint8(at + 66),
        left: header.view.getUint32(at + 68, true),
        right: header.view.getUint32(at + 72, true),
        child: header.view.getUint32(at + 76, true),
        start: header.view.getUint32(at + 116, true),
        size: header.view.getUint32(at + 120, true),
      });
    }
  }
  return entries;
}

/** Walks the directory tree (siblings left and right, a storage's children) once: no entry twice. */
function checkTree(entries: DirectoryEntry[], root: number): void {
  const seen = new Uint8Array(entries.length);
  const pending = [entries[root].child];
  seen[root] = 1;
  while (pending.length > 0) {
    const id = pending.pop()!;
    if (id === NO_STREAM) continue;
    if (id >= entries.length) throw damaged('its directory points past its end');
    if (seen[id]) throw damaged('its directory tree loops back on itself');
    seen[id] = 1;
    const entry = entries[id];
    pending.push(entry.left, entry.right);
    if (entry.type === 1) pending.push(entry.child);
  }
}

/**
 * Checks a compound file's chains and directory as word-extractor will follow them; throws an
 * InputError for a loop, a link out of the file, or a count the file cannot hold.
 *
 * @example
 * checkCompoundFile(readFileSync('plan.doc')) // returns; a looping chain throws
 */
export function checkCompoundFile(bytes: Uint8Array): void {
  const header = readHeader(bytes);
  const fat = readFat(header);
  const count = Math.min(fat.length, header.sectors);
  const next = (sector: number) => fat[sector];
  const entries = readDirectory(header, followChain(header.directoryStart, next, count, 'directory chain'));
  const root = entries.findIndex((entry) => entry.type === 5);
  if (root < 0) throw damaged('it has no root entry');
  checkTree(entries, root);
  // The mini FAT, and the mini stream (the root's chain) that small streams live in, 64 bytes a sector.
  const miniFatChain = followChain(header.miniFatStart, next, count, 'mini FAT chain');
  const miniFat = new Uint32Array(miniFatChain.length * (header.sectorSize / 4));
  miniFatChain.forEach((sector, index) => {
    for (let i = 0; i < header.sectorSize / 4; i++)
      miniFat[index * (header.sectorSize / 4) + i] = entryOf(header, sector, i);
  });
  const miniStream = followChain(entries[root].start, next, count, 'mini stream chain');
  const miniCount = Math.min(miniFat.length, (miniStream.length * header.sectorSize) / 64);
  // The streams word-extractor reads (others it names but never opens).
  entries.forEach((entry) => {
    if (entry.type !== 2 || !READ_STREAMS.has(entry.name)) return;
    const what = `${entry.name} stream's sector chain`;
    if (entry.size < header.miniCutoff) followChain(entry.start, (sector) => miniFat[sector], miniCount, what);
    else followChain(entry.start, next, count, what);
  });
}
