/**
 * Finding the mentions of initiatives in one piece of folded text: 《》 titles (with aliases),
 * quoted names with the kind word after them, and unquoted names that end in a kind word.
 */
import {
  DAY_NAME_ENDINGS,
  FORMULATION,
  GENERIC_WORDS,
  type InitiativeKind,
  KIND_WORD_CONTINUATIONS,
  KIND_WORDS,
  LEADING_VERBS,
  NUMBERED_CAMPAIGN,
  PLAN_PERIOD,
  PROPER_WORD_UNLESS_LONGER,
  SLOGAN,
  kindOfName,
} from './initiative-kinds.js';
import type { Initiative } from './extract-initiatives.js';

/** A name found in the text, with its span in the text. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  kind: InitiativeKind;
  mark: Initiative['mark'];
  alias?: string;
  declares?: string;
}

const KIND_SOURCE = [...KIND_WORDS]
  .map(([word]) => word)
  .sort((a, b) => b.length - a.length)
  .map((word) => (KIND_WORD_CONTINUATIONS[word] ? `${word}(?![${KIND_WORD_CONTINUATIONS[word]}])` : word))
  .join('|');
const KIND_PATTERN = new RegExp(KIND_SOURCE, 'g');
const KIND_AT = new RegExp(KIND_SOURCE, 'y');
const SORTED_VERBS = [...LEADING_VERBS].sort((a, b) => b.length - a.length);
// Words after which a name starts anew: clear verbs and connectives (not 建设/提升, which end names).
const INNER_BREAKS =
  /(?:联合(?![体会国])|方式|公布|根据|统筹安排|统筹|安排|编制|制定|拟定|上报|报送|完成|印发|出台|修订|实行|实施|开展|办好|举办|组织|启动|打造|参加|参与|召开|策划|落实|支持|推动|推进|鼓励|引导|依托|发挥|围绕|聚焦|成立|组建|设立|用好|建好|建强|做精|做强|做好|深化|加强|完善|探索|发布|认定|注册|的|和|与|及|等|在|为|对|向|将|把|并|或|以|通过|按照|结合|包括|其中|如)/g;
const ACTION_BEFORE = /(?:开展|实施|办好|举办|落实|组织|推出|打造|建好|用好|壮大|启动|参加|推动|做精|做强|推广|贯彻)$/;
const ACTION_AFTER = /^(?:等|活动|品牌|选树|系列|项目|建设)/;
const SORTED_GENERIC = [...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const PROPER = /全国|中国|世界|国际|国家|科普中国|[A-Za-z]|[0-9]{4}/;
const NAME_CHAR = /[\u4e00-\u9fff0-9A-Za-z·-]/;
/** The longest unquoted name looked for, in characters (科普中国平台建设工程 is 10; the longest on the seed 19). */
const MAX_NAME_LENGTH = 40;

/** Qualifiers that make what follows a description, not a name: 专项科学素质提升行动, 重点部际合作项目. */
const DESCRIPTIVE_START =
  /^(?:专项|相关|有关|各类|各项|重点|一批|高水平|高质量|多种|若干|新型|有效|年度|本区|本市|区域|项目)|(?:大|工作|实施|年度|改造|按|期)$/;

/**
 * Whether the words before a kind word make a name: at least two characters, not a verb, no
 * connective inside, not a description, and distinctive enough for the kind word.
 */
function isNameLike(modifier: string, word: string): boolean {
  if (modifier.length < 2 || /^[0-9]+$/.test(modifier)) return false;
  if (SORTED_VERBS.includes(modifier) || /[和及或、]/.test(modifier) || DESCRIPTIVE_START.test(modifier)) return false;
  // 以……联合体为平台: a connective or another kind word at the end means the name is not this one.
  if (/(?:为|作为|的|和|与|及|等|成)$/.test(modifier) || kindOfName(modifier) !== null) return false;
  if (/^[0-9]{4}年?度?$/.test(modifier)) return false;
  // 上海市交通委员会, 嘉定区人民政府: a government body that issues or receives the document, not an initiative.
  if (word === '委员会' && /[省市区县州盟旗]/.test(modifier) && !/专家|技术|标准|协调|咨询|评审/.test(modifier))
    return false;
  if (word.length === 1) return DAY_NAME_ENDINGS.test(modifier + word) && modifier.length >= 3;
  // Compound kind words (活动周, 科普日, 科学节) are names by themselves: 科技活动周, 青少年科学节.
  if (word.length >= 3 && kindOfName(word)?.kind === 'event') return true;
  // Generic words make a description (市级科普教育基地); a contest of them is still a name (青少年科技创新大赛).
  if ((modifier.length <= 5 || !['大赛', '竞赛', '大会', '论坛'].includes(word)) && isGeneric(modifier)) return false;
  // Kind words that name descriptions as often as names need a proper word (全国, 中国, 科普中国 …) or length.
  const excused = PROPER_WORD_UNLESS_LONGER[word];
  return excused === undefined || PROPER.test(modifier) || modifier.length >= excused;
}

/** Strips generic words from the front and back until nothing distinctive is left. */
function isGeneric(modifier: string): boolean {
  let rest = modifier;
  let changed = true;
  while (rest.length > 0 && changed) {
    changed = false;
    for (const word of SORTED_GENERIC) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
      } else if (rest.endsWith(word)) {
        rest = rest.slice(0, -word.length);
        changed = true;
      }
    }
  }
  return rest.length === 0;
}

/** One or two Chinese characters without a numeral: 高校, 导师, 地方 (not 双减, 四化). */
const GENERIC_NOUN = /^[\u4e00-\u9fff]{1,2}$/u;
const NUMERAL = /[一二三四五六七八九十两双百千万]/;

/** Classifies quoted content: a plan period, a named kind, a formulation or slogan, or other. */
function classifyQuoted(content: string, joined: string): InitiativeKind {
  if (PLAN_PERIOD.test(content)) return 'period';
  const named = kindOfName(joined);
  if (named && (joined !== content || named.word.length > 1)) return named.kind;
  if (NUMBERED_CAMPAIGN.test(content)) return 'campaign';
  if (SLOGAN.test(content) || content.length <= 2 || FORMULATION.test(content)) return 'formulation';
  return 'other';
}

const OPEN_TITLE = 0x300a; // 《
const CLOSE_TITLE = 0x300b; // 》
const STRAIGHT_QUOTE = 0x22; // "
const OPEN_QUOTE = 0x201c; // “
const OPEN_CORNER = 0x300c; // 「

/** The 》 that closes each 《, by nesting, in one pass with a stack (-1 where none does). */
function matchTitleMarks(text: string): Map<number, number> {
  const closeOf = new Map<number, number>();
  const open: number[] = [];
  for (let i = text.indexOf('《'); i !== -1 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_TITLE) open.push(i);
    else if (code === CLOSE_TITLE && open.length > 0) closeOf.set(open.pop()!, i);
  }
  for (const unclosed of open) closeOf.set(unclosed, -1);
  return closeOf;
}

/** Finds 《》 titles with their nesting; returns mentions and stray marks. */
export function findTitles(text: string, mentions: Mention[], strays: number[]): void {
  if (text.indexOf('《') === -1) return;
  const closeOf = matchTitleMarks(text);
  for (let i = text.indexOf('《'); i !== -1 && i < text.length; i++) {
    if (text.charCodeAt(i) !== OPEN_TITLE) continue;
    const close = closeOf.get(i)!;
    if (close === -1) {
      strays.push(i);
      continue;
    }
    const name = text.slice(i + 1, close);
    const mention: Mention = { start: i, end: close + 1, name, kind: 'document', mark: '《》' };
    // （以下简称《纲要》） or (以下简称"纲要")
    const alias = ALIAS_AT.exec(text.slice(close + 1, close + 40));
    if (alias) {
      mention.declares = alias[1];
      mention.end = close + 1 + alias[0].length;
    }
    mentions.push(mention);
    // Titles cited inside the title: 《关于印发〈……〉的通知》.
    for (const inner of name.matchAll(/[〈<]([^〉>]{2,80})[〉>]/g)) {
      mentions.push({
        start: i + 1 + inner.index!,
        end: i + 1 + inner.index! + inner[0].length,
        name: inner[1],
        kind: 'document',
        mark: '《》',
      });
    }
    i = close;
  }
}

const ALIAS_AT = /^[（(]以下简称[《“"「]?([^》”"」）)]{1,20})[》”"」]?[）)]/;

/**
 * Which indices of a text the mentions cover, as a mask built in one pass (a difference array),
 * and kept up to date as mentions are added: `covered(i)` costs nothing whatever their number.
 */
function createCoverage(length: number, mentions: Mention[]) {
  // Most texts have no mention yet: no mask until there is one.
  let mask: Uint8Array | null = null;
  if (mentions.length > 0) {
    const depth = new Int32Array(length + 1);
    for (const mention of mentions) {
      depth[mention.start]++;
      depth[Math.min(mention.end, length)]--;
    }
    mask = new Uint8Array(length);
    for (let i = 0, running = 0; i < length; i++) {
      running += depth[i];
      mask[i] = running > 0 ? 1 : 0;
    }
  }
  return {
    covered: (index: number) => mask !== null && mask[index] === 1,
    add: (mention: Mention) => (mask ??= new Uint8Array(length)).fill(1, mention.start, Math.min(mention.end, length)),
  };
}

/** Finds quoted names; straight quotes pair by position, a stray one is reported. */
export function findQuoted(text: string, mentions: Mention[], strays: number[]): void {
  // Most texts quote nothing: nothing to set up for them.
  let first = 0;
  while (first < text.length) {
    const code = text.charCodeAt(first);
    if (code === STRAIGHT_QUOTE || code === OPEN_QUOTE || code === OPEN_CORNER) break;
    first++;
  }
  if (first === text.length) return;
  const titles = createCoverage(text.length, mentions);
  const quotes: Array<{ open: number; close: number }> = [];
  const straight: number[] = [];
  // The next closing mark after the last search, per mark: an unclosed “ repeated is one search.
  const nextClose = new Map<string, number>();
  const findClose = (closer: string, from: number) => {
    const known = nextClose.get(closer);
    if (known !== undefined && (known === -1 || known >= from)) return known;
    const found = text.indexOf(closer, from);
    nextClose.set(closer, found);
    return found;
  };
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== STRAIGHT_QUOTE && code !== OPEN_QUOTE && code !== OPEN_CORNER) continue;
    if (titles.covered(i)) continue;
    if (code === STRAIGHT_QUOTE) straight.push(i);
    else {
      const closer = code === OPEN_QUOTE ? '”' : '」';
      const close = findClose(closer, i + 1);
      if (close === -1) strays.push(i);
      else {
        quotes.push({ open: i, close });
        i = close;
      }
    }
  }
  for (let k = 0; k + 1 < straight.length; k += 2) quotes.push({ open: straight[k], close: straight[k + 1] });
  if (straight.length % 2 === 1) strays.push(straight[straight.length - 1]);
  for (const { open, close } of quotes) {
    if (close - open - 1 > 60) continue;
    const content = text.slice(open + 1, close).trim();
    if (content.length === 0 || content.length > 40) continue;
    KIND_AT.lastIndex = close + 1;
    const after = KIND_AT.exec(text);
    // A one-character kind word (日, 周, 节) joins only a name that reads as a day or week.
    const word = after && !(after[0].length === 1 && !DAY_NAME_ENDINGS.test(content + after[0])) ? after[0] : '';
    const joined = content + word;
    // 调动“高校”“导师”“地方”的积极性: a common noun of one or two characters in quotes names nothing;
    // one with a numeral (双减, 四化) is a formulation.
    if (word === '' && GENERIC_NOUN.test(content) && !NUMERAL.test(content)) continue;
    mentions.push({
      start: open,
      end: close + 1 + word.length,
      name: joined,
      kind: classifyQuoted(content, joined),
      mark: '“”',
    });
  }
  // A quoted name of no known kind is an initiative only where the text acts on it (开展“最美科技小院”选树,
  // “烛光义教”等品牌); elsewhere it is a slogan (坚持“精字诀”). A run of quotes shares the last one's context.
  const quotedMentions = mentions.filter((mention) => mention.mark === '“”').sort((a, b) => a.start - b.start);
  for (let k = quotedMentions.length - 1; k >= 0; k--) {
    const mention = quotedMentions[k];
    if (mention.kind !== 'other') continue;
    const next = quotedMentions[k + 1];
    const before = text.slice(Math.max(0, mention.start - 4), mention.start);
    const after = text.slice(mention.end, mention.end + 3);
    const acted =
      ACTION_BEFORE.test(before) ||
      ACTION_AFTER.test(after) ||
      (next !== undefined && next.start === mention.end && next.kind !== 'formulation' && next.kind !== 'period');
    if (!acted) mention.kind = 'formulation';
  }
}

/** Finds unquoted names that end in a kind word. */
export function findUnquoted(text: string, mentions: Mention[]): void {
  // Most texts hold no kind word: nothing to set up for them.
  KIND_PATTERN.lastIndex = 0;
  const any = KIND_PATTERN.test(text);
  KIND_PATTERN.lastIndex = 0;
  if (!any) return;
  const taken = createCoverage(text.length, mentions);
  // Quoted words joined into a longer name below, removed from the list at the end (one pass).
  const replaced = new Set<Mention>();
  // Quoted words by where they end, for “一带一路”青少年创客营 below.
  const quotedByEnd = new Map<number, Mention>();
  for (const other of mentions) {
    if (other.mark === '“”' && (other.kind === 'formulation' || other.kind === 'other'))
      quotedByEnd.set(other.end, other);
  }
  // Right to left, so that the longest name wins: 科普中国平台建设工程, not 科普中国平台.
  for (const match of [...text.matchAll(KIND_PATTERN)].reverse()) {
    const wordStart = match.index!;
    const wordEnd = wordStart + match[0].length;
    if (taken.covered(wordStart) || taken.covered(wordEnd - 1)) continue;
    // Walk left over name characters, as far as a name can be long.
    let start = wordStart;
    const farthest = Math.max(0, wordStart - MAX_NAME_LENGTH);
    while (start > farthest && NAME_CHAR.test(text[start - 1]) && !taken.covered(start - 1)) start--;
    let phrase = text.slice(start, wordEnd);
    // Start anew after the last clear verb or connective that still leaves a name of two characters.
    let cut = 0;
    const head = phrase.slice(0, -match[0].length);
    for (const inner of head.matchAll(INNER_BREAKS)) {
      const after = inner.index! + inner[0].length;
      if (head.length - after >= 2) cut = after;
    }
    phrase = phrase.slice(cut);
    start += cut;
    let trimmed = true;
    while (trimmed) {
      trimmed = false;
      for (const verb of SORTED_VERBS) {
        if (phrase.startsWith(verb) && phrase.length >= verb.length + match[0].length + 2) {
          phrase = phrase.slice(verb.length);
          start += verb.length;
          trimmed = true;
          break;
        }
      }
    }
    // 2021-2025年全国科普教育基地, -中国科协主题日: no period or dash at the front of a name.
    const lead = /^(?:[0-9]{4}[-—至][0-9]{4}年|[-·—]+)/.exec(phrase);
    if (lead && phrase.length - lead[0].length >= match[0].length + 2) {
      phrase = phrase.slice(lead[0].length);
      start += lead[0].length;
    }
    const modifier = phrase.slice(0, -match[0].length);
    const named = kindOfName(phrase)!;
    if (!isNameLike(modifier, named.word)) continue;
    // “一带一路”青少年创客营: a quoted word right before the name belongs to it.
    const quoted = quotedByEnd.get(start);
    if (quoted) {
      quotedByEnd.delete(start);
      replaced.add(quoted);
      const mention: Mention = {
        start: quoted.start,
        end: wordEnd,
        name: text.slice(quoted.start, wordEnd),
        kind: named.kind,
        mark: '“”',
      };
      mentions.push(mention);
      taken.add(mention);
      continue;
    }
    const mention: Mention = { start, end: wordEnd, name: phrase, kind: named.kind, mark: 'none' };
    mentions.push(mention);
    taken.add(mention);
  }
  if (replaced.size > 0) {
    let kept = 0;
    for (const mention of mentions) if (!replaced.has(mention)) mentions[kept++] = mention;
    mentions.length = kept;
  }
}
