/**
 * The entries of a zip archive (a .docx), read from its central directory, and inflated with a
 * bound: zlib stops as soon as the output passes what the caller allows, so that a zip bomb
 * (300 KB that inflate to 300 MB or more) costs a few tens of milliseconds, not gigabytes. ZIP64
 * archives are read too.
 */
import { inflateRawSync } from 'node:zlib';
import { InputError } from './decode.js';

/** One file of the archive: where its data starts, how it is stored, and how large it says it is. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  /** The local header's offset (the data follows the header). */
  headerOffset: number;
}

const damaged = () => new InputError('is not a readable .docx: the zip archive is damaged');

/** A little-endian reader over the bytes that throws "damaged" past their end. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (at: number, size: number) => {
    if (at < 0 || at + size > bytes.length) throw damaged();
  };
  return {
    u16: (at: number) => (check(at, 2), view.getUint16(at, true)),
    u32: (at: number) => (check(at, 4), view.getUint32(at, true)),
    u64: (at: number) => (check(at, 8), Number(view.getBigUint64(at, true))),
  };
}

/** The offset of the end-of-central-directory record, searched from the end (a comment may follow it). */
function endOfDirectory(bytes: Uint8Array): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06) return at;
  }
  throw damaged();
}

/**
 * The archive's entries by name, from its central directory.
 *
 * @example
 * listZipEntries(readFileSync('plan.docx')).has('word/document.xml') // true
 */
export function listZipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const read = reader(bytes);
  const end = endOfDirectory(bytes);
  let count = read.u16(end + 10);
  let offset = read.u32(end + 16);
  // ZIP64: the real values are in the ZIP64 end record, found through its locator.
  if ((count === 0xffff || offset === 0xffffffff) && end >= 20 && read.u32(end - 20) === 0x07064b50) {
    const record = read.u64(end - 20 + 8);
    if (read.u32(record) !== 0x06064b50) throw damaged();
    count = read.u64(record + 32);
    offset = read.u64(record + 48);
  }
  const entries = new Map<string, ZipEntry>();
  for (let i = 0, at = offset; i < count; i++) {
    if (read.u32(at) !== 0x02014b50) throw damaged();
    const flags = read.u16(at + 8);
    const nameLength = read.u16(at + 28);
    const extraLength = read.u16(at + 30);
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(
      bytes.subarray(at + 46, at + 46 + nameLength),
    );
    let compressedSize = read.u32(at + 20);
    let headerOffset = read.u32(at + 42);
    // The ZIP64 extra field holds, in this order, the sizes and offset marked 0xffffffff.
    for (let extra = at + 46 + nameLength; extra < at + 46 + nameLength + extraLength;) {
      const id = read.u16(extra);
      const size = read.u16(extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (read.u32(at + 24) === 0xffffffff) field += 8;
        if (compressedSize === 0xffffffff) {
          compressedSize = read.u64(field);
          field += 8;
        }
        if (headerOffset === 0xffffffff) headerOffset = read.u64(field);
      }
      extra += 4 + size;
    }
    entries.set(name, { name, method: read.u16(at + 10), encrypted: (flags & 1) === 1, compressedSize, headerOffset });
    at += 46 + nameLength + extraLength + read.u16(at + 32);
  }
  return entries;
}

/**
 * An entry's bytes, inflated; `onOverflow()` is thrown as soon as they pass `most` bytes (zlib
 * stops inflating there: a zip bomb costs the limit, not its size).
 *
 * @example
 * inflateEntry(bytes, entries.get('word/document.xml')!, 64 * 1024 * 1024, () => new Error('too large'))
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, most: number, onOverflow: () => Error): Uint8Array {
  if (entry.encrypted) throw new InputError('is an encrypted .docx: remove its password in Word first');
  const read = reader(bytes);
  const header = entry.headerOffset;
  if (read.u32(header) !== 0x04034b50) throw damaged();
  const start = header + 30 + read.u16(header + 26) + read.u16(header + 28);
  if (start + entry.compressedSize > bytes.length) throw damaged();
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > most) throw onOverflow();
    return data;
  }
  if (entry.method !== 8)
    throw new InputError(`is not a readable .docx: ${entry.name} is compressed by method ${entry.method}`);
  try {
    // maxOutputLength must be at least 1.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, most) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw onOverflow();
    throw damaged();
  }
}
