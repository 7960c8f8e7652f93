// word-extractor ships no type declarations; read-doc.ts describes what it uses of it.
declare module 'word-extractor/lib/word-ole-extractor.js';
declare module 'word-extractor/lib/buffer-reader.js';
