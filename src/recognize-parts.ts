/**
 * Stage 4: blocks → GB/T 9704 parts. Walks the blocks once, in three states:
 *
 * - head: front matter, 份号/密级, 发文机关标志, 发文字号, title (wrapped lines joined), 主送机关;
 * - body: the letter (or the whole rules text) up to its closing: 附件 list, 署名, 成文日期, 附注;
 * - attachments: each 附件 with its label, title and own body; 抄送 and 印发 at the foot.
 *
 * Everything that is not a recognised part stays a body block, so nothing is dropped.
 */
import type { DocumentMeta, PartRole } from './types.js';
import { type Block, markerOf, mergeBlocks } from './block.js';
import { foldForMatching } from './normalize.js';
import { DATE_LINE, DOC_NUMBER_IN_LINE, readDateGroups, readDocNumber, readGenre } from './read-fields.js';
import {
  ATTACHMENT_LABEL,
  ATTACHMENT_LABEL_WITH_TITLE,
  ATTACHMENT_LIST,
  CC,
  CLASSIFICATION,
  ISSUER_MARK,
  ISSUER_NAME,
  LIST_ITEM,
  type ListItem,
  MARKDOWN_PREAMBLE,
  SITE_FURNITURE,
  PAGE_FOOTER,
  PRINTER,
  PROMULGATION,
  SIGNER,
  addresseeRun,
  fold,
  isCcContinuation,
  isClosingDate,
  isDateLine,
  isListContinuation,
  isSignatureLike,
  isTitleLike,
  readListItems,
  repeatsTitle,
  splitGroups,
  squeeze,
  startsAttachment,
  titleLength,
} from './part-patterns.js';
import { parseOrdinal } from './numerals.js';

export type Piece = { kind: 'part'; role: PartRole; block: Block } | { kind: 'body'; block: Block };

export interface AttachmentPiece {
  kind: 'attachment';
  index: number | null;
  title: string;
  pieces: Piece[];
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
  | 'date'
  | 'note'
  | 'cc'
  | 'printer'
  | 'printDate'
> {
  pieces: RootPiece[];
}

/** Recognises the parts of a document in its blocks. */
export function recognizeParts(blocks: Block[]): RecognizedParts {
  const folded = blocks.map(fold);
  const result: RecognizedParts = {
    pieces: [],
    issuerMark: null,
    docNumber: null,
    title: null,
    addressees: [],
    attachments: [],
    signatory: null,
    date: null,
    note: null,
    cc: [],
    printer: null,
    printDate: null,
  };
  const root = result.pieces;
  let i = 0;
  const part = (target: Piece[] | RootPiece[], role: PartRole, from: number, to = from + 1): void => {
    target.push({ kind: 'part', role, block: mergeBlocks(blocks.slice(from, to)) });
  };

  // ---- Head: everything before the first sentence of the body.
  const addresseeTexts: string[] = [];
  let titleSqueezed: string | null = null;
  while (i < blocks.length) {
    const block = blocks[i];
    const text = folded[i];
    const kind = block.markdown?.kind;
    if (kind === 'frontMatter') {
      let end = i;
      while (end < blocks.length && blocks[end].markdown?.kind === 'frontMatter') end++;
      part(root, 'frontMatter', i, end);
      i = end;
      continue;
    }
    if (kind && MARKDOWN_PREAMBLE.has(kind)) {
      part(root, kind === 'html' ? 'markup' : 'preamble', i);
      i++;
      continue;
    }
    // A web copy's furniture above the title (来源:… 发布时间:…, 选择字号, 返回): a part of its own.
    if (!result.title && !result.docNumber && SITE_FURNITURE.test(text)) {
      part(root, 'siteFurniture', i);
      i++;
      continue;
    }
    if (CLASSIFICATION.test(text)) {
      part(root, 'classification', i);
    } else if (
      !result.issuerMark &&
      !result.title &&
      (ISSUER_MARK.test(text) ||
        (ISSUER_NAME.test(text) &&
          kind !== 'heading' &&
          !readGenre(text) &&
          i + 1 < blocks.length &&
          readDocNumber(blocks[i + 1].text, folded[i + 1]) !== null))
    ) {
      // 临江市科学技术协会文件, or the bare name with the 发文字号 right under it.
      part(root, 'issuerMark', i);
      result.issuerMark = block.text.replace(/\s+/g, '');
    } else if (DOC_NUMBER_IN_LINE.test(text) && (readDocNumber(block.text, text) || /签\s*发\s*人/.test(text))) {
      part(root, 'docNumber', i);
      const found = DOC_NUMBER_IN_LINE.exec(text);
      const raw = block.text.slice(block.syntaxLength).trim();
      if (!result.docNumber && found)
        result.docNumber = readDocNumber(raw.slice(found.index, found.index + found[0].length), found[0]);
    } else if (PROMULGATION.test(text)) {
      // 2002年8月22日 中华人民共和国国务院令第361号公布: the date (and number) a law was issued under.
      const promulgation = PROMULGATION.exec(text)!;
      part(root, 'date', i);
      result.date ??= readDateGroups(promulgation[1], promulgation[2], promulgation[3]);
      const found = DOC_NUMBER_IN_LINE.exec(promulgation[4]);
      if (!result.docNumber && found) result.docNumber = readDocNumber(found[0], found[0]);
    } else if (SIGNER.test(text)) {
      part(root, 'signer', i);
    } else if (
      titleSqueezed === null &&
      (kind === 'heading'
        ? (block.markdown?.depth === 1 || i === 0) && markerOf(block) === null
        : titleLength(blocks, folded, i) > 0)
    ) {
      const length = kind === 'heading' ? 1 : titleLength(blocks, folded, i);
      part(root, 'title', i, i + length);
      const title = blocks
        .slice(i, i + length)
        .map((b) =>
          b.text
            .slice(b.syntaxLength)
            .replace(/^[*_]+|[*_]+$/g, '')
            .trim(),
        )
        .join('');
      result.title = title.replace(/\s+/g, (space, at: number) =>
        /[\u4e00-\u9fff]/.test(title[at - 1] ?? '') && /[\u4e00-\u9fff《]/.test(title[at + space.length] ?? '')
          ? ''
          : ' ',
      );
      titleSqueezed = squeeze(foldForMatching(result.title));
      i += length;
      continue;
    } else if (titleSqueezed !== null && repeatsTitle(folded, i, titleSqueezed) > 0) {
      const length = repeatsTitle(folded, i, titleSqueezed);
      part(root, 'title', i, i + length);
      i += length;
      continue;
    } else if (addresseeRun(folded, i) > 0) {
      // 主送机关, possibly over several lines: 各省、自治区、直辖市人民政府，/ 国务院各部委、各直属机构：
      const length = addresseeRun(folded, i);
      part(root, 'addressees', i, i + length);
      for (const line of blocks.slice(i, i + length)) addresseeTexts.push(line.text.slice(line.syntaxLength).trim());
      i += length;
      continue;
    } else {
      break;
    }
    i++;
  }
  result.addressees = splitGroups(addresseeTexts);

  // ---- Body, closing and attachments.
  type State = 'body' | 'closing' | 'attachment';
  let state: State = 'body';
  let container: Piece[] = root as Piece[];
  let currentAttachment: AttachmentPiece | null = null;
  const listTitles = (): ListItem[] => result.attachments.map((item) => ({ index: item.index, title: item.title }));

  const startAttachment = (
    index: number | null,
    labelFrom: number | null,
    titleFrom: number,
    titleTo: number,
  ): void => {
    const pieces: Piece[] = [];
    if (labelFrom !== null) part(pieces, 'attachmentLabel', labelFrom);
    let title = '';
    if (titleTo > titleFrom) {
      part(pieces, 'title', titleFrom, titleTo);
      title = blocks
        .slice(titleFrom, titleTo)
        .map((b) =>
          b.text
            .slice(b.syntaxLength)
            .replace(/^[*_]+|[*_]+$/g, '')
            .trim(),
        )
        .join('');
    }
    if (index === null) {
      const squeezed = squeeze(foldForMatching(title));
      const listed = listTitles().find((item) => squeeze(foldForMatching(item.title)) === squeezed);
      index = listed?.index ?? null;
    }
    currentAttachment = { kind: 'attachment', index, title, pieces };
    root.push(currentAttachment);
    container = pieces;
    state = 'attachment';
  };

  /** Reads a 附注 — （此件公开发布）, （联系人：……） — starting at `start`; returns where it ends. */
  const readNote = (start: number): number => {
    // （此件公开发布）: one or a few whole lines in brackets — not a numbered （1） item, not a line that
    // merely starts with a bracket.
    if (start >= blocks.length || !/^\(/.test(folded[start]) || markerOf(blocks[start]) !== null) return start;
    let end = start;
    let depth = 0;
    let closedEarly = false;
    do {
      const text = blocks[end].text.slice(blocks[end].syntaxLength).trim();
      for (let k = 0; k < text.length && !closedEarly; k++) {
        const ch = text[k];
        depth += ch === '(' || ch === '（' ? 1 : ch === ')' || ch === '）' ? -1 : 0;
        if (depth === 0 && k < text.length - 1) closedEarly = true;
      }
      end++;
    } while (depth > 0 && !closedEarly && end < blocks.length && end - start < 6);
    if (depth !== 0 || closedEarly) return start;
    part(container, 'note', start, end);
    result.note ??= blocks
      .slice(start, end)
      .map((b) => b.text.trim())
      .join('')
      .replace(/^[（(]|[）)]$/g, '');
    return end;
  };

  while (i < blocks.length) {
    const block = blocks[i];
    const text = folded[i];
    // Fast path: a long line of body text can be no part (parts are short, or start with 附件/抄送, or end in 印发).
    if (
      (markerOf(block) !== null && !LIST_ITEM.test(text)) ||
      (state !== 'closing' && block.text.length > 100 && !/^[附抄]/.test(text) && !/印\s*发$/.test(block.text))
    ) {
      container.push({ kind: 'body', block });
      i++;
      continue;
    }

    // After the closing, a web copy's furniture (责任编辑, 【打印】【关闭】, 版权所有 …): a part of its own.
    if (state === 'closing' && (SITE_FURNITURE.test(text) || PAGE_FOOTER.test(text))) {
      part(root, 'siteFurniture', i);
      i++;
      continue;
    }

    // 抄送 and 印发 close the document wherever they stand.
    const cc = CC.exec(text);
    if (cc) {
      let end = i + 1;
      while (end < blocks.length && !/[。.]$/.test(folded[end - 1]) && end - i < 4 && isCcContinuation(folded[end]))
        end++;
      part(root, 'cc', i, end);
      result.cc.push(
        ...blocks
          .slice(i, end)
          .map((b) => foldForMatching(b.text))
          .join('')
          .replace(/^抄\s*送\s*(?:机关)?\s*:\s*/, '')
          .replace(/[。.]$/, '')
          .split(/[,，、]/)
          .map((s) => s.trim())
          .filter(Boolean),
      );
      container = root as Piece[];
      state = 'closing';
      i = end;
      continue;
    }
    const printer = PRINTER.exec(text);
    if (printer) {
      part(root, 'printer', i);
      result.printer = printer[1].trim();
      const date = DATE_LINE.exec(printer[2].replace(/\s+/g, ''));
      result.printDate = date ? readDateGroups(date[1], date[2], date[3]) : null;
      container = root as Piece[];
      state = 'closing';
      i++;
      continue;
    }

    // 附件1 / 附件：(alone) / 附件2：标题 — a label that starts an attachment.
    const labelWithTitle = ATTACHMENT_LABEL_WITH_TITLE.exec(text);
    const label = ATTACHMENT_LABEL.exec(text);
    const listStart = ATTACHMENT_LIST.exec(text);
    const nextIsListItem = i + 1 < blocks.length && LIST_ITEM.test(folded[i + 1]);
    if (label && !(label[1] === undefined && nextIsListItem && state !== 'closing')) {
      const index = label[1] !== undefined ? parseOrdinal(label[1]) : null;
      let titleTo = i + 1;
      if (titleTo < blocks.length && isTitleLike(folded[titleTo])) {
        titleTo++;
        // A title wrapped over a second line that does not end the title yet.
        if (
          titleTo < blocks.length &&
          !readGenre(folded[titleTo - 1]) &&
          isTitleLike(folded[titleTo]) &&
          readGenre(folded[titleTo - 1] + folded[titleTo])
        )
          titleTo++;
      }
      startAttachment(index, i, i + 1, titleTo);
      i = titleTo;
      continue;
    }
    if (labelWithTitle && !listStart) {
      startAttachment(parseOrdinal(labelWithTitle[1]), null, i, i);
      // The label and title share a line: keep the line as the label, the title as its text.
      currentAttachment!.pieces.push({ kind: 'part', role: 'attachmentLabel', block });
      currentAttachment!.title = labelWithTitle[2].trim();
      i++;
      continue;
    }

    // 附件：1．甲 2．乙 — the attachment list (of the letter, or of an attachment).
    if (listStart && (listStart[1].length > 0 || nextIsListItem) && state !== 'closing') {
      let end = i + 1;
      while (end < blocks.length && isListContinuation(folded, end)) end++;
      const texts = [
        block.text.slice(block.syntaxLength).replace(/^\s*附\s*件\s*[:：]\s*/, ''),
        ...blocks.slice(i + 1, end).map((b) => b.text.slice(b.syntaxLength).trim()),
      ];
      part(container, 'attachmentList', i, end);
      if (state === 'body' && result.attachments.length === 0) {
        result.attachments = readListItems(texts.filter((t) => t.length > 0));
      }
      i = state === 'body' ? readNote(end) : end;
      continue;
    }

    // 成文日期, with the 署名 lines just before it and the 附注 just after.
    const date = state === 'body' ? isDateLine(text) : null;
    if (date && isClosingDate(folded, i, container, listTitles())) {
      const signature: Piece[] = [];
      while (container.length > 0) {
        const last = container[container.length - 1];
        if (last.kind !== 'body' || !isSignatureLike(fold(last.block)) || signature.length >= 3) break;
        container.pop();
        signature.unshift({ kind: 'part', role: 'signatory', block: last.block });
      }
      for (const piece of signature) container.push(piece);
      if (signature.length > 0) result.signatory = signature.map((p) => p.block.text.trim()).join(' ');
      part(container, 'date', i);
      result.date = date;
      i = readNote(i + 1);
      state = 'closing';
      continue;
    }

    // After the closing: a title-like line starts an attachment (the seed's plan has no label).
    if (state === 'closing' && isTitleLike(text) && startsAttachment(folded, i, listTitles())) {
      let titleTo = i + 1;
      if (
        titleTo < blocks.length &&
        !readGenre(text) &&
        isTitleLike(folded[titleTo]) &&
        readGenre(text + folded[titleTo])
      )
        titleTo++;
      startAttachment(null, null, i, titleTo);
      i = titleTo;
      continue;
    }

    container.push({ kind: 'body', block });
    i++;
  }

  if (result.attachments.length === 0) {
    result.attachments = root
      .filter((piece): piece is AttachmentPiece => piece.kind === 'attachment')
      .map((piece) => ({ index: piece.index, title: piece.title }));
  }
  return result;
}
