/**
 * What the part recogniser produces: pieces (a part, a body block, or an attachment holding its own
 * pieces) and the meta values read from the parts.
 */
import type { DocumentMeta, PartRole } from '../types.js';
import type { Block } from './block.js';

export type Piece = { kind: 'part'; role: PartRole; block: Block } | { kind: 'body'; block: Block };

export interface AttachmentPiece {
  kind: 'attachment';
  index: number | null;
  title: string;
  pieces: Piece[];
  /** The attachment's own 署名 and 成文日期 (a forwarded document signs and dates itself). */
  signatory?: string;
  signatoryNote?: string;
  date?: string;
}

export type RootPiece = Piece | AttachmentPiece;

/** The parts found, as nodes to place (pieces) and as the values of DocumentMeta. */
export interface RecognizedParts extends Pick<
  DocumentMeta,
  | 'issuerMark'
  | 'docNumber'
  | 'title'
  | 'addressees'
  | 'attachments'
  | 'signatory'
  | 'signatoryNote'
  | 'date'
  | 'subtitle'
  | 'note'
  | 'cc'
  | 'printer'
  | 'printDate'
> {
  pieces: RootPiece[];
  /** Fields of a portal's information table above the text (gov.cn: 标题, 发文字号, 成文日期, 发布日期 …). */
  pageFields: Record<string, string>;
  /** The kind of text a subtitle names (——在……上的讲话 → 讲话), the genre of a title without a genre word. */
  subtitleGenre: string | null;
}
