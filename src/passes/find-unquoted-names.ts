/**
 * Unquoted names that end in a kind word: 实施|国家科普能力提升工程, 推进|农村土地制度改革试点, coordinated
 * names sharing one kind word (大气、水、土壤污染防治行动计划), laws named as words of their own (海关法).
 */
import { allMatches } from './all-matches.js';
import { type InitiativeKind, kindOfName } from './initiative-kinds.js';
import {
  type Mention,
  INNER_BREAKS,
  KIND_SOURCE,
  kindPairAt,
  MAX_NAME_LENGTH,
  NAME_CHAR,
  SORTED_VERBS,
  ONE_WORD_LAWS,
  PHASED_WORDS,
  PHASE_END,
  createBoundaries,
  createCoverage,
  citedTitleStart,
  isGeneric,
  isNameLike,
  nameStart,
  reformInsideName,
  withoutGeneric,
  verbsAt,
} from './initiative-names.js';

const KIND_PATTERN = new RegExp(KIND_SOURCE, 'g');

/** What follows 试点 used as a verb (在X试点): the end of a clause. */
const PILOT_AS_VERB_AFTER = /^(?:[。，；;,！]|$)/;

/** Zones, and the stages and parts of one that the text names after it (自贸区升级版, 试验区新片区). */
const ZONE_WORDS = new Set(['自贸区', '自由贸易区', '试验区', '自由贸易港']);
const ZONE_STAGE = /^(?:升级版|新片区)/;

/**
 * 宪法和法律, 宪法法律, 宪法、法律和法规: a one-word law joined with the law in general names the legal order one
 * obeys, not a document the text cites (宪法和基本法 and 遵守宪法 alone cite one).
 */
const WITH_LAW_IN_GENERAL = /^(?:和|与|及|、)?法(?:律|规)/;

/** 宪法, 刑法: a law named by one word, ending at `wordEnd`, or null. */
function oneWordLaw(text: string, wordEnd: number, boundary: (index: number) => boolean): Mention | null {
  const law = /[\u4e00-\u9fff]{1,2}法$/.exec(text.slice(Math.max(0, wordEnd - 3), wordEnd));
  const whole = law ? [law[0], law[0].slice(1)].find((word) => ONE_WORD_LAWS.has(word)) : undefined;
  if (!whole || !boundary(wordEnd - whole.length) || !boundary(wordEnd)) return null;
  if (WITH_LAW_IN_GENERAL.test(text.slice(wordEnd, wordEnd + 3))) return null;
  return { start: wordEnd - whole.length, end: wordEnd, name: whole, kind: 'document', mark: 'none' };
}

/** Adverbs among the leading verbs: 全面推进, 深入实施 (they qualify the verb after them). */
const ADVERBS = new Set(['全面', '深入', '积极', '大力', '着力', '持续', '继续', '进一步', '共同']);
/** The adverb that heads a name after a verb (推进|全面创新改革试验): 全面 only. */
const NAME_ADVERB = /^全面/;

/**
 * Where a name starts once leading verbs (实施, 深入开展 …; a one-character one only as a word of its own) and a
 * leading span of years or dash (2021-2025年全国科普教育基地, -中国科协主题日) are trimmed off.
 */
function trimFront(
  text: string,
  from: number,
  wordEnd: number,
  wordLength: number,
  boundary: (index: number) => boolean,
): number {
  let start = from;
  let trimmed = true;
  // (The walk may have cut the name after its verb already: 推进|全面创新改革试验.)
  const verbBefore = text.slice(Math.max(0, from - 2), from);
  let afterVerb = SORTED_VERBS.includes(verbBefore) && !ADVERBS.has(verbBefore);
  while (trimmed) {
    trimmed = false;
    // 开展|健全…体制试点, 开展|完善…机制试点: a verb of reform the name opens with stays (reformInsideName).
    if (reformInsideName(text, start, wordEnd - wordLength)) break;
    // 推进|全面创新改革试验: an adverb right after a verb cannot qualify that verb; it is the name's first word.
    if (afterVerb && NAME_ADVERB.test(text.slice(start, start + 2))) break;
    for (const verb of verbsAt(text, start)) {
      if (
        text.startsWith(verb, start) &&
        wordEnd - start >= verb.length + wordLength + 2 &&
        (verb.length > 1 || boundary(start + verb.length))
      ) {
        start += verb.length;
        trimmed = true;
        afterVerb = verb.length > 1 && !ADVERBS.has(verb);
        break;
      }
    }
  }
  const lead = /^(?:[0-9]{4}[-—至][0-9]{4}年|[-·—]+)/.exec(text.slice(start, wordEnd));
  if (lead && wordEnd - start - lead[0].length >= wordLength + 2) start += lead[0].length;
  return start;
}

/** A document's title a citing verb names (see citedTitleStart), or null. */
function citedTitle(
  text: string,
  from: number,
  wordStart: number,
  wordEnd: number,
  word: string,
  kind: InitiativeKind,
): Mention | null {
  const start = kind === 'document' ? citedTitleStart(text, from, wordStart, word) : -1;
  return start === -1
    ? null
    : { start, end: wordEnd, name: text.slice(start, wordEnd), kind: 'document', mark: 'none' };
}

/**
 * Quoted words that may head the name after them, by where they end (“一带一路”青少年创客营): formulations, words of
 * no kind, quoted heads (“两旧一村”改造), and plan periods, which head the title of the period's plan
 * (“十四五”国家科普能力发展规划).
 */
function quotedHeads(mentions: Mention[]): Map<number, Mention> {
  const byEnd = new Map<number, Mention>();
  for (const other of mentions) {
    if (other.mark !== '“”') continue;
    if (other.kind === 'formulation' || other.kind === 'other' || other.kind === 'period' || other.head)
      byEnd.set(other.end, other);
  }
  return byEnd;
}

/**
 * Where a name ends: after its kind word, or after the pair it makes with the next kind word of its kind (北京冬奥会、
 * 冬残奥会, 北京冬奥会和冬残奥会: at most one word of its own after 、 or, for an event, 和; the text names the pair
 * as one event), or after the new stage or
 * part of a zone (中国－东盟自贸区升级版, 上海自贸试验区新片区: a name of its own).
 */
function nameEnd(
  text: string,
  wordEnd: number,
  word: string,
  kind: InitiativeKind,
  taken: { covered: (index: number) => boolean },
): number {
  // 、 or 和 and a kind word with at most one character before it: 、冬残奥会, 和残奥会.
  const pair = kindPairAt(text.slice(wordEnd, wordEnd + 8), 0);
  // (和 joins a sister event only: 北京冬奥会和冬残奥会; two programmes joined so are two names.)
  if (
    pair !== '' &&
    (pair[0] === '、' || kind === 'event') &&
    kindOfName(pair)?.kind === kind &&
    !taken.covered(wordEnd + 1)
  )
    return wordEnd + pair.length;
  return wordEnd + (ZONE_WORDS.has(word) ? (ZONE_STAGE.exec(text.slice(wordEnd, wordEnd + 3))?.[0] ?? '') : '').length;
}

/**
 * Verbs that carry out or improve a programme named for its purpose (实施|两年新增4万亿元的投资计划, 不断完善|应对…的
 * 一揽子计划).
 */
const CARRYING_OUT = /(?:实施|开展|启动|完善)/g;
/**
 * What a purpose clause may not hold or start with: a list of clauses, a count of items, a frame (以节能为主题, 对…,
 * 为…, 按…), a manner (形式多样, 丰富多彩: too short besides).
 */
const NOT_A_PURPOSE = /[、，,]|[0-9]+[个项]|一批|若干|^(?:以|对|为|按|把|在|由|从|并|和|及|与|或|不断)/;
/** The words after 的 that only qualify the kind word: 总投资500亿元的|重大项目, 面向中小企业的|专项行动. */
const ONLY_QUALIFIER = /^(?:重大|重点|专项|相关|有关|各类|各项|新的|新)?$/;

/**
 * A programme named by its purpose (circulars.md §5, the longest name the text supports): where the words after
 * 的 are more than a qualifier, a name or not (投资计划, 专项治理行动, 科技创新重大项目, 一揽子计划), a clause of 6 to
 * 20 characters between a verb that carries it out and 的 is the name's front (实施|两年新增4万亿元的投资计划,
 * 继续实施|应对国际金融危机的一揽子计划,
 * 开展|打击侵犯知识产权和制售假冒伪劣商品的专项治理行动, 部署启动|面向2030年的科技创新重大项目). Not after a verb
 * that cites or a description (对…有贡献的创新项目, 规划确定的重大项目: no carrying verb right before the clause),
 * not a mere qualifier after 的 (总投资500亿元的重大项目), not an activity (以节能为主题的宣传活动, 形式多样的科普
 * 活动). Programmes and campaigns only.
 */
function purposeClauseName(
  text: string,
  from: number,
  nameFrom: number,
  wordEnd: number,
  named: { kind: InitiativeKind; word: string },
): Mention | null {
  const { kind, word } = named;
  if ((kind !== 'programme' && kind !== 'campaign') || word === '活动' || text[nameFrom - 1] !== '的') return null;
  if (ONLY_QUALIFIER.test(text.slice(nameFrom, wordEnd - word.length))) return null;
  const head = text.slice(from, nameFrom - 1);
  let verbEnd = -1;
  for (const verb of head.matchAll(CARRYING_OUT)) verbEnd = verb.index! + verb[0].length;
  if (verbEnd === -1) return null;
  const clause = head.slice(verbEnd);
  if (clause.length < 6 || clause.length > 20 || NOT_A_PURPOSE.test(clause)) return null;
  const start = from + verbEnd;
  return { start, end: wordEnd, name: text.slice(start, wordEnd), kind, mark: 'none' };
}

/** Games that their kind word names by itself (冬奥会, the Winter Olympics; 残奥会), with no place or year in front. */
const SELF_NAMED_EVENTS = new Set(['奥运会', '冬奥会', '残奥会', '亚运会', '世博会']);

/** Whether nothing of a name stands before a kind word: no words, or a verb or connective right before it. */
function endsInBreak(head: string): boolean {
  if (head === '') return true;
  let last = -1;
  for (const inner of allMatches(head, INNER_BREAKS)) last = inner.index! + inner[0].length;
  return last === head.length;
}

/** 做好|冬奥会、冬残奥会筹办工作: games named by their kind word alone, right after a verb or a break, or null. */
function selfNamedGames(
  text: string,
  from: number,
  wordStart: number,
  wordEnd: number,
  word: string,
  taken: { covered: (index: number) => boolean },
): Mention | null {
  if (!SELF_NAMED_EVENTS.has(word) || !endsInBreak(text.slice(from, wordStart))) return null;
  const end = nameEnd(text, wordEnd, word, 'event', taken);
  return { start: wordStart, end, name: text.slice(wordStart, end), kind: 'event', mark: 'none' };
}

/** Kind words of the celebration of an anniversary. */
const ANNIVERSARY_WORDS = new Set(['庆祝活动', '纪念活动']);
/** The anniversary a celebration is named by: 成立70周年, 诞辰120周年, 胜利80周年. */
const ANNIVERSARY = /(?:成立|诞辰|胜利|建校|建院)?[0-9一二三四五六七八九十百]+周年$/;

/**
 * The celebration of an anniversary, named by what it celebrates (组织好|内蒙古自治区成立70周年庆祝活动): the subject,
 * two characters or more after the last break before it, and the anniversary right before the kind word; or null (开展
 * 庆祝活动, 国庆庆祝活动: no anniversary, a kind of activity).
 */
function anniversaryEvent(
  text: string,
  from: number,
  wordStart: number,
  wordEnd: number,
  word: string,
  boundary: (index: number) => boolean,
): Mention | null {
  if (!ANNIVERSARY_WORDS.has(word)) return null;
  const anniversary = ANNIVERSARY.exec(text.slice(from, wordStart));
  if (!anniversary) return null;
  const subjectEnd = wordStart - anniversary[0].length;
  const cut = nameStart(text, from, subjectEnd, wordEnd, 'event', boundary);
  if (cut === -1) return null;
  const start = trimFront(text, cut, subjectEnd, 0, boundary);
  const subject = text.slice(start, subjectEnd);
  if (subject.length < 2 || isGeneric(subject) || endsInBreak(subject) || !/^[\u4e00-\u9fff]/.test(subject))
    return null;
  return { start, end: wordEnd, name: text.slice(start, wordEnd), kind: 'event', mark: 'none' };
}

/** Verbs that set a platform up: 设立, 打造, 建设, 建成, 建立 (not 搭建 or 构建, which put up a venue for a use). */
const SETS_UP = /(?:设立|打造|建设|建成|建立)$/;
/** What a platform's name may not hold: a qualifier of level or kind, 的, a connective, a list. */
const NOT_A_PLATFORM_NAME =
  /^(?:高水平|高质量|高能级|高标准|新型|综合性?|各类|相关|有关|一批|若干|[0-9一二三四五六七八九十两]+[个批类家])|[的和与及、]|大$/;

/**
 * A platform the text sets up, named for its field and what it does (设立|新兴产业创业创新平台, 打造|科技资源开放共享平台,
 * 加快建设|科技创新资源开放共享平台, 打造|工业互联网平台): a verb of setting up right before five characters or more of
 * its own, four besides generic words, and not a kind of platform (服务平台, 融资平台: isNameLike's GENERIC_PLATFORM).
 * Elsewhere a platform needs a proper word (科普中国供需服务平台): 依托|互联网平台 and 搭建|数字科普研究平台 name uses.
 */
function setUpPlatform(text: string, start: number, modifier: string): boolean {
  const word = text.slice(start + modifier.length, start + modifier.length + 2);
  return (
    word === '平台' &&
    SETS_UP.test(text.slice(Math.max(0, start - 2), start)) &&
    modifier.length >= 5 &&
    withoutGeneric(modifier).length >= 4 &&
    !NOT_A_PLATFORM_NAME.test(modifier) &&
    // 打造|全国科普日活动大平台: a platform for another initiative (its kind word inside) is that initiative's venue.
    kindOfName(modifier) === null &&
    !/(?:服务|融资|作业|运作|交易|合作|公共|支撑|研究|发展)$/.test(modifier) &&
    !/^体系/.test(text.slice(start + modifier.length + 2, start + modifier.length + 4))
  );
}

/**
 * Works named by the places they join (港珠澳大桥, 川藏铁路: each character a province's or a city's short name) and a
 * new area named by its place (雄安新区), where the clause builds them: a verb of building right before the name
 * (高标准建设|雄安新区, 加快|川藏铁路规划建设) or a word of building later in the clause (港珠澳大桥建成通车, 推进|港珠澳
 * 大桥等大型跨境基础设施建设). Not a line or a place the text runs or speaks of (金山铁路全天开行, 上海浦东新区…先行先试),
 * nor a kind of works (高速铁路, 民用机场, 国家级新区).
 */
const BUILT_WORKS =
  /(?:([京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新港澳台珠深穗杭甬昆蓉]{2,4})(?:铁路|高铁|大桥|隧道)|(?<=(?:建设|设立|规划建设)|[^\u4e00-\u9fff])([\u4e00-\u9fff]{2})新区)(?![\u4e00-\u9fff]{0,2}(?:管委会|政府|管理委员会))/g;
const BUILDING_BEFORE = /(?:建设|设立|规划建设|修建|加快|推进|推动)$/;
const BUILDING_IN_CLAUSE = /^[^，。；;,！!]*?(?:建设|建成|开工|通车|修建)/;
const NOT_A_NEW_AREA = /国家|级|各|该|本/;

/**
 * Adds the works and new areas of BUILT_WORKS that a clause builds to `mentions`.
 *
 * @example
 * findBuiltWorks('加快川藏铁路规划建设。', mentions) // mentions gains 川藏铁路 (programme)
 */
export function findBuiltWorks(text: string, mentions: Mention[]): void {
  if (!/铁路|高铁|大桥|隧道|新区/.test(text)) return;
  addMatches(text, mentions, BUILT_WORKS, (match) => {
    const start = match.index!;
    const end = start + match[0].length;
    if (match[2] !== undefined && NOT_A_NEW_AREA.test(match[2])) return null;
    const before = text.slice(Math.max(0, start - 4), start);
    // The name's front is a break: a verb of building, or punctuation (港珠澳大桥建成通车 opens a sentence).
    const opens = start === 0 || /[，。；;,：:、！!\s]$/.test(before) || BUILDING_BEFORE.test(before);
    const builds =
      (match[2] !== undefined ? /(?:建设|设立|规划建设)$/ : BUILDING_BEFORE).test(before) ||
      BUILDING_IN_CLAUSE.test(text.slice(end, end + 30));
    return opens && builds ? { start, end, name: match[0], kind: 'programme', mark: 'none' } : null;
  });
}

/**
 * Adds to `mentions` the mention `read` makes of each match of `pattern` (a global pattern), unless a
 * mention found before covers either end of it.
 */
function addMatches(
  text: string,
  mentions: Mention[],
  pattern: RegExp,
  read: (match: RegExpExecArray) => Mention | null,
): void {
  const taken = createCoverage(text.length, mentions);
  for (const match of allMatches(text, pattern)) {
    const mention = read(match);
    if (!mention || taken.covered(mention.start) || taken.covered(mention.end - 1)) continue;
    mentions.push(mention);
    taken.add(mention);
  }
}

/**
 * A name read whole from the walk's start: a title a citing verb names (unless a quote heads it), games their kind word
 * names (冬奥会、冬残奥会), or the celebration of an anniversary; or null.
 */
function wholeName(
  text: string,
  [start, wordStart, wordEnd]: [number, number, number],
  [word, kind]: [string, InitiativeKind],
  quotedByEnd: Map<number, Mention>,
  taken: { covered: (index: number) => boolean },
  boundary: (index: number) => boolean,
): Mention | null {
  const cited = citedTitle(text, start, wordStart, wordEnd, word, kind);
  if (cited && !quotedByEnd.has(cited.start)) return cited;
  return (
    selfNamedGames(text, start, wordStart, wordEnd, word, taken) ??
    anniversaryEvent(text, start, wordStart, wordEnd, word, boundary)
  );
}

/**
 * A fund or a bank the text founds, joins or puts to use, as a financial body (设立|丝路基金, 发起成立|亚洲基础设施投资
 * 银行, 设立|服务贸易创新发展引导基金, 用好|丝路基金, 加入|…银行, 推动|亚洲基础设施投资银行、金砖国家新开发银行正式运营:
 * the members of a list after the first go with it): a verb right before it, and a name of its own. Not a budget line
 * or a pool of money (社保基金, 充实社保基金; 建立…风险补偿基金: 建立 sets up a mechanism), not a kind of bank
 * (发起设立中小型银行等金融机构, 民营银行, 支持大型商业银行…) nor a kind of fund (股权投资基金, 政府引导基金,
 * 产业基金), nor a body of another kind its name begins (国际货币基金组织, 基金会).
 */
const FOUNDED_BODY =
  /(?:(?:推动|支持)?(?:发起设立|发起成立|设立|成立|筹建|组建)|加入|参与|用好|利用|运用|发挥好|发挥|推动|支持|启动)([\u4e00-\u9fff][\u4e00-\u9fff－·-]{1,13}?(基金|银行))(?![\u4e00-\u9fff]*?(?:会|业|卡|账户|组织))/g;
/** A further member of a list of bodies: 、金砖国家新开发银行. */
const LISTED_BODY =
  /^、([\u4e00-\u9fff][\u4e00-\u9fff－·-]{1,13}?(基金|银行))(?![\u4e00-\u9fff]*?(?:会|业|卡|账户|组织))/;
/** The words that make a fund or a bank a kind: a size, an owner of a class, a level, a quantity. */
const KIND_OF_BODY =
  /^(?:中小型?|小型|大型|民营|社区|村镇|地方|商业|政策性|外资|各类|各|一批|若干|新的|相关|有关|专项|产业|投资|政府|国有)|[、和与及等的]/;
/**
 * The type of a fund, which names a kind (股权投资基金, 政府引导基金, 风险补偿基金) unless three characters or more of
 * a name of its own come before it (国家集成电路产业投资基金).
 */
const FUND_TYPE =
  /(?:股权投资|创业投资|风险投资|天使投资|产业投资|政府引导|引导|风险补偿|担保|保险|养老|社保|保障|投资)$/;

/** A fund or a bank named `name` (kind word `word`) ending at `end`, or null where it is a kind or money. */
function financialBody(name: string, word: string, end: number): Mention | null {
  const own = name.slice(0, -word.length);
  if (KIND_OF_BODY.test(own) || withoutGeneric(own).length < 2) return null;
  const type = word === '基金' ? FUND_TYPE.exec(own) : null;
  if (type && withoutGeneric(own.slice(0, -type[0].length)).length < 3) return null;
  const kind: InitiativeKind = word === '银行' ? 'organisation' : 'programme';
  return { start: end - name.length, end, name, kind, mark: 'none' };
}

/**
 * Adds the funds and banks the text founds, joins or uses (FOUNDED_BODY) to `mentions`.
 *
 * @example
 * findFoundedBodies('发起成立亚洲基础设施投资银行。', mentions) // mentions gains 亚洲基础设施投资银行 (organisation)
 */
export function findFoundedBodies(text: string, mentions: Mention[]): void {
  if (!/基金|银行/.test(text)) return;
  addMatches(text, mentions, FOUNDED_BODY, (match) => {
    const end = match.index! + match[0].length;
    return financialBody(match[1], match[2], end);
  });
  // The further members of a list whose first member was found: 、金砖国家新开发银行.
  const found = mentions.filter((mention) => /(?:基金|银行)$/.test(mention.name) && mention.mark === 'none');
  for (let index = 0; index < found.length; index++) {
    const listed = LISTED_BODY.exec(text.slice(found[index].end, found[index].end + 20));
    if (!listed) continue;
    const body = financialBody(listed[1], listed[2], found[index].end + listed[0].length);
    if (body && !mentions.some((mention) => mention.start < body.end && body.start < mention.end)) {
      mentions.push(body);
      found.push(body);
    }
  }
}

/**
 * 试点 as the verb that opens a clause of a list of actions (、试点集装箱新能源车示范运营, 。试点推进船舶生活污水直接上岸
 * 接入城市污水管网): what is piloted, after a verb of carrying out if one stands there, to the clause's end (or 等).
 */
const PILOTED_WORK =
  /(?<=^|[。；;、，,：:])试点(?:推进|开展|实施|推行|建设)?([\u4e00-\u9fff0-9A-Za-z]{8,30}?)(?=等|[。；;，,、]|$)/g;
/**
 * What shows 试点 is the noun, not the verb: the pilot's own scope, stage or place right after it (试点范围扩大到…,
 * 试点先行, 试点地区, 试点工作), or a result that the clause reports (扩大, 达到, 覆盖).
 */
const PILOT_AS_NOUN =
  /^(?:范围|工作|先行|经验|地区|城市|单位|项目|成果|阶段|期|的|中|后|以来|基础|县|省|市|区|企业|学校|改革|示范区)|扩大|达到|覆盖|取得|增加/;

/**
 * Adds to `mentions` the works that a clause opened by the verb 试点 pilots (PILOTED_WORK), as programmes: the name
 * is what is piloted, without 试点 and the verb after it.
 *
 * @example
 * findPilotedWork('推动冷链车辆新能源化；试点集装箱新能源车示范运营。', mentions) // gains 集装箱新能源车示范运营
 */
export function findPilotedWork(text: string, mentions: Mention[]): void {
  if (!text.includes('试点')) return;
  addMatches(text, mentions, PILOTED_WORK, (match) => {
    if (PILOT_AS_NOUN.test(match[1])) return null;
    const end = match.index! + match[0].length;
    return { start: end - match[1].length, end, name: match[1], kind: 'programme', mark: 'none' };
  });
}

/** The title of an attached list or register, with the span of years it may end in: …任务清单（2024-2026年）. */
const ATTACHED_LIST = /^([\u4e00-\u9fff0-9A-Za-z·、-]{2,40}?)(清单|目录|名录)(?:\([0-9]{4}(?:[-—至][0-9]{4})?年\))?$/;

/**
 * The title of an attachment that is a list or a register (附件：交通领域精细化管理工作三年行动计划任务清单（2024-2026
 * 年）): the document the notice attaches and cites, its whole title a name (isNameLike, as for 清单 in the text).
 * Titles of another kind (the plan a notice issues, 中国科协2022年科普工作要点) are read from the body's 《》 and
 * quotes; a list attached is rarely cited so. `text` is the attachment's title, folded (half-width brackets).
 *
 * @example
 * findAttachedList('重点任务清单(2024-2026年)', mentions) // mentions gains the whole title (document)
 */
export function findAttachedList(text: string, mentions: Mention[]): void {
  const list = ATTACHED_LIST.exec(text);
  if (!list || !isNameLike(list[1], list[2])) return;
  const taken = createCoverage(text.length, mentions);
  if (taken.covered(0) || taken.covered(text.length - 1)) return;
  mentions.push({ start: 0, end: text.length, name: text, kind: 'document', mark: 'none' });
}

/** Finds unquoted names that end in a kind word. */
export function findUnquoted(text: string, mentions: Mention[]): void {
  // Most texts hold no kind word: nothing to set up for them.
  KIND_PATTERN.lastIndex = 0;
  const any = KIND_PATTERN.test(text);
  KIND_PATTERN.lastIndex = 0;
  if (!any) return;
  const taken = createCoverage(text.length, mentions);
  const boundary = createBoundaries(text);
  // Quoted words joined into a longer name below, removed from the list at the end (one pass).
  const replaced = new Set<Mention>();
  const quotedByEnd = quotedHeads(mentions);
  // Right to left, so that the longest name wins: 科普中国平台建设工程, not 科普中国平台.
  for (const match of allMatches(text, KIND_PATTERN).reverse()) {
    const wordStart = match.index!;
    const wordEnd = wordStart + match[0].length;
    if (taken.covered(wordStart) || taken.covered(wordEnd - 1)) continue;
    const named = kindOfName(match[0])!;
    // 法 is a kind word only as a word of its own after a word of two characters or more: 海关|法, not 依法,
    // 方法, 办法, 有|法.
    if (match[0] === '法' && (!boundary(wordStart) || !boundary(wordEnd) || boundary(wordStart - 1))) {
      const law = oneWordLaw(text, wordEnd, boundary);
      if (law) {
        mentions.push(law);
        taken.add(law);
      }
      continue;
    }
    // Walk left over name characters, as far as a name can be long.
    // 卫生间更新配套装修（二期）|项目: a phase in brackets before the kind word of works is walked over.
    const phase = PHASED_WORDS.has(match[0]) ? PHASE_END.exec(text.slice(Math.max(0, wordStart - 6), wordStart)) : null;
    let start = wordStart - (phase?.[0].length ?? 0);
    const farthest = Math.max(0, wordStart - MAX_NAME_LENGTH);
    while (start > farthest && NAME_CHAR.test(text[start - 1]) && !taken.covered(start - 1)) start--;
    while (text[start] === '、') start++;
    const walked = start;
    // 制定并实施国家中长期科学和技术发展规划纲要: a document cited by a verb runs from the verb to its kind word.
    // (冬奥会、冬残奥会: games their kind word names by itself, see selfNamedGames.)
    const whole = wholeName(text, [start, wordStart, wordEnd], [match[0], named.kind], quotedByEnd, taken, boundary);
    if (whole) {
      mentions.push(whole);
      taken.add(whole);
      continue;
    }
    let cut = nameStart(text, start, wordStart, wordEnd, named.kind, boundary);
    if (cut === -1) continue;
    // 要优先在边境县、民族地区贫困县试点。: 在 with a place and 试点 ending the clause is a verb (to pilot in), not
    // a pilot's name (在……试点中, 在……试点基础上 name one).
    if (match[0] === '试点' && text[cut - 1] === '在' && PILOT_AS_VERB_AFTER.test(text.slice(wordEnd, wordEnd + 1)))
      continue;
    // 载人航天、探月工程、超级计算机: a kind word that a list goes on after belongs to its own member alone (the
    // members each name a thing); one that ends the list is shared (大气、水、土壤污染防治行动计划).
    const member = text[wordEnd] === '、' && text.lastIndexOf('、', wordStart) >= cut;
    if (member) cut = text.lastIndexOf('、', wordStart) + 1;
    // “两旧一村”改造工作专班: a quoted programme right before the words of a name heads it, whatever they are.
    // (Not before 建设, whose quoted heads the quoted finder reads: “智慧科协2.0”建设总体要求.)
    const before = cut === start && match[0] !== '建设' ? quotedByEnd.get(start) : undefined;
    const heading = before?.head ? before : undefined;
    start = heading ? start : trimFront(text, cut, wordEnd, match[0].length, boundary);
    const phrase = text.slice(start, wordEnd);
    const modifier = phrase.slice(0, -match[0].length);
    // A purpose clause before 的 heads the name whether the words after 的 are a name or not (实施|两年新增4万亿元的
    // 投资计划, 继续实施|应对国际金融危机的一揽子计划: the longest name the text supports).
    const purposed = heading ? null : purposeClauseName(text, walked, start, wordEnd, named);
    if (purposed) {
      mentions.push(purposed);
      taken.add(purposed);
    }
    if (purposed || (!heading && !isNameLike(modifier, named.word, member) && !setUpPlatform(text, start, modifier)))
      continue;
    // “一带一路”青少年创客营: a quoted word right before the name belongs to it; a plan period only to a title.
    const quoted = heading ?? quotedByEnd.get(start);
    if (quoted && (quoted.kind !== 'period' || named.kind === 'document')) {
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
    const end = nameEnd(text, wordEnd, match[0], named.kind, taken);
    const mention: Mention = { start, end, name: text.slice(start, end), kind: named.kind, mark: 'none' };
    mentions.push(mention);
    taken.add(mention);
  }
  if (replaced.size > 0) {
    let kept = 0;
    for (const mention of mentions) if (!replaced.has(mention)) mentions[kept++] = mention;
    mentions.length = kept;
  }
}
