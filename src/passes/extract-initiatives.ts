/**
 * The initiatives pass: the documents (《》), programmes, campaigns, events, platforms and
 * organisations a plan names, each under one canonical key so that the same programme matches
 * across years and across traditional or half-width copies.
 *
 * In each paragraph or heading, in this order: 《》 titles (nested 〈〉 and quotes stay inside;
 * （以下简称《纲要》） declares an alias), quoted names joined with the kind word that follows
 * (“科学启蒙”计划 → 科学启蒙计划), then unquoted names that end in a kind word, with leading verbs
 * trimmed (实施科普中国星空创作培育计划 → 科普中国星空创作培育计划) and generic ones refused.
 */
import type { Diagnostic, Document, Position } from '../types.js';
import { sourceOf } from '../source-of.js';
import { foldForMatching } from '../normalize.js';
import { createTextMapper, describePath, furnitureOf, type TextLocation, walkText } from './locate-in-tree.js';
import { type InitiativeKind, type InitiativeMark, initiativeKey } from './initiative-kinds.js';
import {
  type Mention,
  dropNested,
  dropNonInitiatives,
  findQuoted,
  findTitles,
  findAttachedList,
  findBuiltWorks,
  findFoundedBodies,
  findPilotedWork,
  findUnquoted,
} from './find-initiative-mentions.js';
import { cappedDiagnostics } from '../parse/capped-diagnostics.js';

/**
 * One place an initiative is named: the text and its section.
 *
 * @example
 * extractInitiatives(tree).initiatives[0].occurrences[0] // { text: '“科学启蒙”计划', section: {…}, position: {…} }
 */
export interface InitiativeOccurrence {
  sectionId: string | null;
  sectionPath: Array<{ marker: string; heading: string }>;
  attachment: number | null;
  position: Position;
  /** The text around the mention. */
  context: string;
  /** The alias used (纲要), when the mention is by alias. */
  alias?: string;
}

/**
 * A named initiative (计划, 行动, 工程, 活动 …) with every place it is named.
 *
 * @example
 * extractInitiatives(tree).initiatives[0] // { name: '科学启蒙', kind: 'plan', count: 2, occurrences: […] }
 */
export interface Initiative {
  name: string;
  key: string;
  kind: InitiativeKind;
  mark: InitiativeMark;
  count: number;
  /** Aliases declared for it (以下简称《纲要》). */
  aliases: string[];
  occurrences: InitiativeOccurrence[];
}

/**
 * The initiatives of a document.
 *
 * @example
 * const { initiatives } = extractInitiatives(tree)
 */
export interface InitiativeList {
  initiatives: Initiative[];
  /** Stray straight quotes and unclosed title marks met on the way. */
  diagnostics: Diagnostic[];
}

/**
 * Options of extractInitiatives: which kinds, and how often a name must occur.
 *
 * @example
 * extractInitiatives(tree, { kinds: ['plan'], minCount: 2 })
 */
export interface InitiativeOptions {
  /** The decoded source; by default the text the tree was parsed from (see `sourceOf`). */
  source?: string;
}

/**
 * A licence notice a web copy adds (Wikisource's 本作品是中华人民共和国的法律……根据《中华人民共和国著作权法》第五条第一项，
 * 本作品不适用于该法; the Shanghai copies' 依《中华人民共和国著作权法》第五条第一项，……不适用著作权法).
 */
const LICENCE_NOTICE = /著作权法[\s\S]{0,6}第五条[\s\S]{0,40}不适用/;

/** The mention's name as written: the same slice of the unfolded text. */
function written(text: string, folded: string, mention: Mention): string {
  const foldedSlice = folded.slice(mention.start, mention.end);
  const index = foldedSlice.indexOf(mention.name);
  if (index !== -1) return text.slice(mention.start + index, mention.start + index + mention.name.length);
  // “科學啟蒙”計劃 → 科學啟蒙計劃: the quoted words and the kind word, without the quote marks.
  const slice = text.slice(mention.start, mention.end);
  const unquoted = slice.replace(/^[“"「]/, '').replace(/[”"」](?=[^”"」]*$)/, '');
  return unquoted.length === mention.name.length ? unquoted : mention.name;
}

/**
 * Lists the initiatives a document names.
 *
 * @example
 * extractInitiatives(parseCircular('组织开展“全国科普日”活动。')).initiatives[0].key // '全国科普日'
 */
export function extractInitiatives(document: Document, options: InitiativeOptions = {}): InitiativeList {
  const attached = sourceOf(document, options.source);
  const source = attached?.text;
  const locator = attached?.locator ?? null;
  const furniture = furnitureOf(document);
  const byKey = new Map<string, Initiative>();
  const aliasOf = new Map<string, string>();
  const titles: TitleEnds = new Map();
  const diagnostics: Diagnostic[] = [];
  for (const location of walkText(document)) {
    const text = location.text;
    // A copy's licence notice (本作品……根据《著作权法》第五条……不适用) is the host's furniture, not the document's.
    if (LICENCE_NOTICE.test(text)) continue;
    // Patterns match the folded text (simplified, half-width; same length); names come from the text as written.
    const folded = foldForMatching(text);
    const mentions: Mention[] = [];
    const strays: number[] = [];
    findTitles(folded, mentions, strays);
    findQuoted(folded, mentions, strays);
    // In a title, an unquoted name is the issuer (上海市交通委员会关于……): only 《》 and quotes count there.
    if (location.kind !== 'title') {
      findUnquoted(folded, mentions);
      // 港珠澳大桥, 雄安新区: works and new areas named by their places where the clause builds them.
      findBuiltWorks(folded, mentions);
      // 设立丝路基金, 发起成立亚洲基础设施投资银行: funds and banks the text founds.
      findFoundedBodies(folded, mentions);
      // 试点集装箱新能源车示范运营: what a clause opened by the verb 试点 pilots.
      findPilotedWork(folded, mentions);
    } else if (location.attachment !== null && location.text === location.attachment.title) {
      // 附件：……任务清单（2024-2026年）: an attached list's title names the document attached.
      findAttachedList(folded, mentions);
    }
    dropNonInitiatives(folded, mentions);
    dropNested(mentions);
    if (mentions.length === 0 && strays.length === 0) continue;
    for (const mention of mentions) mention.name = written(text, folded, mention);
    const span = createTextMapper(location, source, locator, furniture);
    const listed = cappedDiagnostics(diagnostics, span);
    for (const stray of strays) {
      listed.add(
        'unclosed-quote',
        stray,
        stray + 1,
        () => `${text[stray]} has no partner in this paragraph; the quoted name around it was not read`,
      );
    }
    listed.finish();
    for (const mention of mentions) record(mention, location, span, byKey, aliasOf, titles);
  }
  mergeJurisdictions(byKey);
  return { initiatives: [...byKey.values()], diagnostics };
}

/**
 * The place or level of government a name may carry in front: 区城市更新专家委员会 and 城市更新专家委员会 in one
 * district's opinion, 上海客运MaaS系统 and 客运MaaS系统 in one Shanghai plan, 国家科技重大专项 and 科技重大专项. The
 * one-character levels (区, 市, 县, 省) only before a body; the country, "this city" and the province-level names
 * (their short forms, with or without 市/省/自治区) before any name of six characters or more.
 */
const LEVEL_OF_GOVERNMENT = /^[区市县省]/;
const PLACE_IN_FRONT = new RegExp(
  `^(?:全国|国家|中国|我国|本市|本区|本省|(?:${[
    '北京',
    '天津',
    '上海',
    '重庆',
    '河北',
    '山西',
    '辽宁',
    '吉林',
    '黑龙江',
    '江苏',
    '浙江',
    '安徽',
    '福建',
    '江西',
    '山东',
    '河南',
    '湖北',
    '湖南',
    '广东',
    '海南',
    '四川',
    '贵州',
    '云南',
    '陕西',
    '甘肃',
    '青海',
    '台湾',
    '内蒙古',
    '广西',
    '西藏',
    '宁夏',
    '新疆',
    '香港',
    '澳门',
  ].join('|')})(?:市|省|自治区|特别行政区)?)(?=.{6})`,
);

/**
 * A name with and without its place or level of government in front (see PLACE_IN_FRONT) is one initiative of
 * one kind, under the key seen first, the other an alias.
 */
function mergeJurisdictions(byKey: Map<string, Initiative>): void {
  for (const [key, initiative] of byKey) {
    const place =
      PLACE_IN_FRONT.exec(key)?.[0] ?? (initiative.kind === 'organisation' ? LEVEL_OF_GOVERNMENT.exec(key)?.[0] : '');
    if (!place) continue;
    const bare = byKey.get(key.slice(place.length));
    if (!bare || bare.kind !== initiative.kind || !CONCRETE.has(bare.kind)) continue;
    const [first, second] =
      bare.occurrences[0].position.start.offset <= initiative.occurrences[0].position.start.offset
        ? [bare, initiative]
        : [initiative, bare];
    first.occurrences.push(...second.occurrences);
    first.occurrences.sort((a, b) => a.position.start.offset - b.position.start.offset);
    first.count += second.count;
    for (const alias of [second.name, ...second.aliases]) if (!first.aliases.includes(alias)) first.aliases.push(alias);
    byKey.delete(second.key);
  }
}

/** Kinds that say what an initiative is (not a formulation, a plan period or a quoted word of no kind). */
const CONCRETE = new Set<InitiativeKind>(['document', 'programme', 'campaign', 'event', 'platform', 'organisation']);

/** The longest short title looked up among the ends of earlier titles (《国际核查报告书》 is 7 characters). */
const MAX_SHORT_TITLE = 12;

/**
 * The titles in 《》 met so far, by the ends of their keys and declared aliases (2 to MAX_SHORT_TITLE characters,
 * shorter than the whole): each end maps to the latest title that ends so. A short title refers back to that title
 * (《核查报告书》 after 《国内核查报告书》 and 《国际核查报告书》: the latest, as a reader takes it); one that no earlier
 * title ends in is a title of its own, unless it names a kind of document only (see DOCUMENT_KINDS). Bounded ends
 * keep the lookup linear in the number of titles.
 */
type TitleEnds = Map<string, string>;

function noteTitleEnds(ends: TitleEnds, key: string, forms: string[]): void {
  for (const form of forms) {
    const longest = Math.min(MAX_SHORT_TITLE, form.length - 1);
    for (let length = 2; length <= longest; length++) ends.set(form.slice(form.length - length), key);
  }
}

/**
 * Titles in 《》 that are only the name of a kind of document (《通知》, 《办法》, 《申请表》): where no earlier title
 * ends in one, it names a document by its kind only (circulars.md §5: categories), and is not listed.
 */
const DOCUMENT_KINDS = new Set([
  '通知',
  '意见',
  '决定',
  '办法',
  '细则',
  '实施细则',
  '规定',
  '条例',
  '方案',
  '实施方案',
  '工作方案',
  '规划',
  '计划',
  '纲要',
  '报告',
  '报告书',
  '申请表',
  '申报表',
  '申报书',
  '承诺书',
  '登记表',
  '附件',
]);

function record(
  mention: Mention,
  location: TextLocation,
  span: (from: number, to: number) => Position,
  byKey: Map<string, Initiative>,
  aliasOf: Map<string, string>,
  titles: TitleEnds,
): void {
  let key = initiativeKey(mention.name);
  let alias: string | undefined;
  const title = mention.mark === '《》' && mention.kind === 'document';
  const referred = title && !aliasOf.has(key) && !byKey.has(key) ? titles.get(key) : undefined;
  if (aliasOf.has(key) && mention.mark !== 'none') {
    alias = mention.name;
    key = aliasOf.get(key)!;
  } else if (referred !== undefined) {
    alias = mention.name;
    key = referred;
  } else if (title && !byKey.has(key) && DOCUMENT_KINDS.has(key)) return;
  let initiative = byKey.get(key);
  if (!initiative) {
    initiative = {
      name: mention.name,
      key,
      kind: mention.kind,
      mark: mention.mark,
      count: 0,
      aliases: [],
      occurrences: [],
    };
    byKey.set(key, initiative);
  }
  // “一带一路” first as a formulation, then “一带一路”建设 as a programme: the text treats it as a programme.
  if ((initiative.kind === 'formulation' || initiative.kind === 'other') && CONCRETE.has(mention.kind)) {
    initiative.kind = mention.kind;
    initiative.name = mention.name;
    initiative.mark = mention.mark;
  }
  if (mention.declares) {
    aliasOf.set(initiativeKey(mention.declares), key);
    if (!initiative.aliases.includes(mention.declares)) initiative.aliases.push(mention.declares);
  }
  if (title) noteTitleEnds(titles, initiative.key, [initiative.key, ...initiative.aliases.map(initiativeKey)]);
  initiative.count++;
  const text = location.text;
  initiative.occurrences.push({
    sectionId: location.section?.id ?? null,
    sectionPath: describePath(location.path),
    attachment: location.attachment?.index ?? null,
    position: span(mention.start, mention.end),
    context: text.slice(Math.max(0, mention.start - 12), Math.min(text.length, mention.end + 12)),
    ...(alias ? { alias } : {}),
  });
}
