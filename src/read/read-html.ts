/**
 * HTML → extracted text. The page is parsed with parse5 (as rehype-parse does) into a hast tree,
 * elements nested deeper than HTML_MAX_DEPTH flattened first; the main text is found the way a
 * reader's eye finds it (the smallest element that holds most of the page's Chinese text outside
 * links, widened to take in the title and date above it); its block elements (<p>, <div>, <br>,
 * table rows) become lines, with text-align:center and text-indent kept as hints. The encoding
 * comes from <meta charset> (gb2312 and gbk pages are common), else from the bytes.
 */
import { isUtf8 } from 'node:buffer';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { fromParse5 } from 'hast-util-from-parse5';
import { InputError, SUPPORTED_ENCODINGS, decodeBytes } from './decode.js';
import { latin1Head } from './sniff.js';
import { ExtractedLines, type ExtractedText, type LineHint } from './extracted.js';

interface HastText {
  type: 'text';
  value: string;
  position?: { start: { offset?: number } };
}
interface HastElement {
  type: 'element';
  tagName: string;
  properties: Record<string, unknown>;
  children: HastNode[];
  position?: { start: { offset?: number } };
}
type HastNode = HastText | HastElement | { type: 'comment' | 'doctype'; position?: unknown };
interface HastRoot {
  type: 'root';
  children: HastNode[];
}

/** Elements whose text is not the page's (scripts, forms, navigation). */
const SKIPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'select',
  'option',
  'button',
  'input',
  'textarea',
  'nav',
  'aside',
  'form',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'caption',
]);

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(latin1Head(bytes, 4096));
  // A name decodeBytes knows (gb2312, gbk, big5, utf-8 …); it maps it to its WHATWG label.
  const name = found?.[1].toLowerCase();
  return name && SUPPORTED_ENCODINGS.includes(name) ? name : null;
}

interface Weight {
  /** Chinese characters outside links, and inside them. */
  text: number;
  links: number;
}

/** Weighs every element once, bottom up: its Chinese text outside and inside links. */
function weigh(node: HastElement | HastRoot, weights: Map<object, Weight>, inLink = false): Weight {
  const weight = { text: 0, links: 0 };
  if (node.type === 'element' && SKIPPED.has(node.tagName)) return weight;
  const link = inLink || (node.type === 'element' && node.tagName === 'a');
  for (const child of node.children) {
    if (child.type === 'text') {
      const value = (child as HastText).value;
      let count = 0;
      for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code >= 0x3400 && code <= 0x9fff) count++;
      }
      if (link) weight.links += count;
      else weight.text += count;
    } else if (child.type === 'element') {
      const part = weigh(child as HastElement, weights, link);
      weight.text += part.text;
      weight.links += part.links;
    }
  }
  weights.set(node, weight);
  return weight;
}

const elementsOf = (node: HastElement | HastRoot) =>
  node.children.filter((child): child is HastElement => child.type === 'element');

/**
 * The main text: from the root, go down into the container child that holds most of the Chinese
 * text outside links — at least 80% of it, or at least half and twice as much as any other child
 * (beside a breadcrumb, a share bar, a site footer). Then go back up while what a parent adds is
 * small and not mostly links,
 * and holds the title or the signed date that a page may set beside the text (through wrappers that
 * hold nothing else, which count as no level).
 */
function findMain(root: HastRoot, weights: Map<object, Weight>): HastElement | HastRoot {
  const path: Array<HastElement | HastRoot> = [root];
  let current: HastElement | HastRoot = root;
  for (;;) {
    const total = weights.get(current)!.text;
    const children: HastElement[] = elementsOf(current).filter((child) => !SKIPPED.has(child.tagName));
    // Only a container (an element with block children) can hold the main text: not one paragraph.
    const best: HastElement | null = children
      .filter(hasBlocks)
      .reduce<HastElement | null>((a, b) => (a && weights.get(a)!.text >= weights.get(b)!.text ? a : b), null);
    if (!best || total === 0) break;
    const text = weights.get(best)!.text;
    const second = Math.max(0, ...children.filter((child) => child !== best).map((child) => weights.get(child)!.text));
    if (text < total * 0.8 && !(text >= total * 0.5 && text >= second * 2)) break;
    current = best;
    path.push(best);
  }
  const core = weights.get(current)!;
  for (let depth = 0; depth < 3 && path.length > 1; depth++) {
    const parent = path[path.length - 2];
    if (parent.type === 'root' || (parent as HastElement).tagName === 'body' || parent.type !== 'element') break;
    const outer = weights.get(parent)!;
    const addedText = outer.text - core.text;
    const addedLinks = outer.links - core.links;
    if (addedText > Math.max(core.text * 0.3, 80) || addedLinks > addedText + 40) break;
    const siblings = elementsOf(parent).filter((child) => child !== current);
    // A wrapper that holds nothing else (<div class="content"><div class="TRS_Editor">…) is no level: the
    // title may stand beside the wrapper.
    if (siblings.length > 0 && !siblings.some((sibling) => holdsTitle(sibling) || holdsDate(sibling))) break;
    if (siblings.length === 0) depth--;
    path.pop();
    current = parent;
  }
  return current;
}

/** Whether an element holds block elements (it is a container, not a paragraph). */
const hasBlocks = (element: HastElement) =>
  element.children.some(
    (child) => child.type === 'element' && (BLOCKS.has(child.tagName) || /^(?:body|td|th)$/.test(child.tagName)),
  );

/** Whether an element's text holds a written date (2023年4月10日), as a signature block does. */
function holdsDate(element: HastElement): boolean {
  const text = (node: HastNode): string =>
    node.type === 'text' ? node.value : node.type === 'element' ? node.children.map(text).join('') : '';
  return /[0-9〇○零一二三四五六七八九]{4}\s*年\s*[0-9一二三四五六七八九十]{1,3}\s*月\s*[0-9一二三四五六七八九十]{1,3}\s*日/.test(
    text(element),
  );
}

const TITLE_NAME = /title|biaoti|headline|bt\b/i;

/** Whether an element is, or holds, what looks like a page's title. */
function holdsTitle(element: HastElement): boolean {
  if (/^h[1-3]$/.test(element.tagName) || isCentered(element)) return true;
  const names = [element.properties.className, element.properties.id].flat().join(' ');
  if (TITLE_NAME.test(names)) return true;
  return elementsOf(element).some(holdsTitle);
}

function styleOf(element: HastElement): string {
  const style = element.properties.style;
  return typeof style === 'string' ? style.toLowerCase() : '';
}

const isCentered = (element: HastElement) =>
  element.tagName === 'center' ||
  /text-align\s*:\s*center/.test(styleOf(element)) ||
  String(element.properties.align ?? '').toLowerCase() === 'center';

const isIndented = (element: HastElement) => /text-indent\s*:\s*[1-9]/.test(styleOf(element));

/** A list of links (related articles, 上一篇/下一篇): mostly link text, three links or more. */
function isLinkList(element: HastElement, weights: Map<object, Weight>): boolean {
  if (!['ul', 'ol', 'dl', 'div', 'table', 'td', 'th'].includes(element.tagName)) return false;
  const weight = weights.get(element);
  if (!weight || weight.links < weight.text * 4) return false;
  let links = 0;
  const count = (node: HastNode): void => {
    if (node.type !== 'element') return;
    if (node.tagName === 'a') links++;
    else node.children.forEach(count);
  };
  count(element);
  return links >= 3;
}

/** Walks the main element and writes its lines. */
class Linearizer {
  private buffer = '';
  private origin = -1;
  private hint: LineHint = {};
  constructor(
    readonly out: ExtractedLines,
    readonly weights: Map<object, Weight>,
  ) {}

  /** Writes the line; a <br> keeps the block's hint (centring) for the next line. */
  flush(keepHint = false): void {
    if (this.buffer.trim().length > 0) {
      const leading = /^[\u00a0\u3000]{2,}/.test(this.buffer.replace(/^ +/, ''));
      this.out.push(this.buffer.replace(/^ +/, ''), { ...this.hint, ...(leading && { indented: true }) }, this.origin);
    }
    this.buffer = '';
    this.origin = -1;
    if (!keepHint) this.hint = {};
  }

  text(node: HastText, pre: boolean): void {
    const value = pre ? node.value : node.value.replace(/[ \t\r\n\f]+/g, ' ');
    if (value.length === 0 || (value === ' ' && (this.buffer === '' || this.buffer.endsWith(' ')))) return;
    if (this.origin < 0) this.origin = node.position?.start.offset ?? 0;
    if (pre && value.includes('\n')) {
      const [first, ...rest] = value.split('\n');
      this.buffer += first;
      for (const line of rest) {
        this.flush();
        this.buffer = line;
        this.origin = node.position?.start.offset ?? 0;
      }
      return;
    }
    this.buffer += this.buffer.endsWith(' ') && value.startsWith(' ') ? value.slice(1) : value;
  }

  element(element: HastElement, centered: boolean, pre: boolean): void {
    const tag = element.tagName;
    if (SKIPPED.has(tag) || isLinkList(element, this.weights)) return;
    if (tag === 'br') return this.flush(true);
    const block = BLOCKS.has(tag);
    const center = centered || isCentered(element);
    if (block) {
      this.flush();
      this.hint = { ...(center && { centered: true }), ...(isIndented(element) && { indented: true }) };
    }
    if ((tag === 'td' || tag === 'th') && this.buffer.trim().length > 0) this.buffer += '\t';
    this.children(element, center, pre || tag === 'pre');
    if (block) this.flush();
    else if (this.hint.centered === undefined && center) this.hint = { ...this.hint, centered: true };
  }

  children(parent: HastElement | HastRoot, centered: boolean, pre: boolean): void {
    for (const child of parent.children) {
      if (child.type === 'text') this.text(child as HastText, pre);
      else if (child.type === 'element') this.element(child as HastElement, centered, pre);
    }
  }
}

type Parse5Node = DefaultTreeAdapterMap['node'];
type Parse5Parent = DefaultTreeAdapterMap['parentNode'];

/**
 * How deep elements may nest: the depth Chromium's HTML parser keeps. Past it, elements are
 * flattened (see flattenDeep), so that no reader below (the hast builder, kepu's own walks)
 * recurses without bound: a page nested 2,000 deep overflowed the stack.
 */
export const HTML_MAX_DEPTH = 512;

const XHTML = 'http://www.w3.org/1999/xhtml';

/** The nodes that stand for an element past the depth limit: its content, between line breaks if it is a block. */
function flattened(node: Parse5Node, parent: Parse5Parent, out: Parse5Node[]): void {
  // An explicit stack of the nodes still to write, in document order: the depth is unbounded.
  const pending: Array<Parse5Node | 'break'> = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next === 'break') {
      const br = { nodeName: 'br', tagName: 'br', attrs: [], namespaceURI: XHTML, childNodes: [], parentNode: parent };
      out.push(br as unknown as Parse5Node);
    } else if (!('tagName' in next)) {
      out.push(Object.assign(next, { parentNode: parent }));
    } else if (SKIPPED.has(next.tagName)) {
      // Left out of the text anyway: kept, emptied, so that nothing below it is walked.
      if ('content' in next) next.content.childNodes = [];
      out.push(Object.assign(next, { parentNode: parent, childNodes: [] }));
    } else {
      const block = BLOCKS.has(next.tagName) || next.tagName === 'br';
      if (block) pending.push('break');
      for (let i = next.childNodes.length - 1; i >= 0; i--) pending.push(next.childNodes[i]);
      if (block) pending.push('break');
    }
  }
}

/**
 * Flattens what is nested deeper than `depth`: the children of an element at that depth become
 * its descendants' content in order (text, and line breaks where block elements began and ended),
 * so that no text is lost and lines stay lines. Walks with an explicit stack.
 */
export function flattenDeep(root: Parse5Parent, depth = HTML_MAX_DEPTH): void {
  const stack: Array<{ node: Parse5Parent; level: number }> = [{ node: root, level: 0 }];
  while (stack.length > 0) {
    const { node, level } = stack.pop()!;
    const children = 'content' in node && node.nodeName === 'template' ? [node, node.content] : [node];
    for (const holder of children as Parse5Parent[]) {
      if (level >= depth) {
        const out: Parse5Node[] = [];
        for (const child of holder.childNodes) flattened(child, holder, out);
        holder.childNodes = out as typeof holder.childNodes;
        continue;
      }
      for (const child of holder.childNodes)
        if ('childNodes' in child) stack.push({ node: child as Parse5Parent, level: level + 1 });
    }
  }
}

/** The page as a hast tree, as rehype-parse builds it, with elements past HTML_MAX_DEPTH flattened. */
function parsePage(text: string): HastRoot {
  const document = parse(text, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  flattenDeep(document);
  // fromParse5 reads only the text of the file (String(file)), for positions.
  const file = { toString: () => text } as unknown as NonNullable<Parameters<typeof fromParse5>[1]>['file'];
  return fromParse5(document, { file }) as unknown as HastRoot;
}

/**
 * Decodes as asked, else as the page declares, else as the bytes read best: a page may declare
 * wrongly, and bytes that are valid UTF-8 are UTF-8 whatever the page says (GBK text almost never is).
 */
function decodeDeclared(bytes: Uint8Array, forced: string | undefined, declared: string | null) {
  if (forced || !declared || isUtf8(bytes)) return decodeBytes(bytes, forced);
  try {
    return decodeBytes(bytes, declared);
  } catch {
    return decodeBytes(bytes);
  }
}

/**
 * Extracts a circular's text from an HTML page.
 *
 * @example
 * readHtml(readFileSync('notice.html')).text.split('\n')[0] // the title, centred
 */
export function readHtml(bytes: Uint8Array, options: { encoding?: string } = {}): ExtractedText {
  const declared = options.encoding ? null : declaredCharset(bytes);
  const decoded = decodeDeclared(bytes, options.encoding, declared);
  const tree = parsePage(decoded.text);
  const weights = new Map<object, Weight>();
  const total = weigh(tree, weights);
  if (total.text === 0)
    throw new InputError('the page has no Chinese text (is it the right page, or a script-built one?)');
  const main = findMain(tree, weights);
  const out = new ExtractedLines();
  const walker = new Linearizer(out, weights);
  walker.children(main, main.type === 'element' && isCentered(main), false);
  walker.flush();
  const extracted = out.finish('html-offset', decoded.encoding);
  return { ...extracted, bom: decoded.bom };
}
