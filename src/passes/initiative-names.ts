/**
 * What makes the words before a kind word a name (circulars.md §5): where the name starts (after a verb,
 * preposition or connective that the word segmenter reads as a word), what makes it a category or a
 * description instead, and the coverage of a text by the names found so far.
 */
import { allMatches } from './all-matches.js';
import {
  GENERIC_WORDS,
  type InitiativeKind,
  type InitiativeMark,
  KIND_WORD_CONTINUATIONS,
  KIND_WORDS,
  LEADING_VERBS,
  PROPER_WORD_UNLESS_LONGER,
  DAY_NAME_ENDINGS,
  kindOfName,
} from './initiative-kinds.js';

/** A name found in the text, with its span in the text. */
export interface Mention {
  start: number;
  end: number;
  name: string;
  kind: InitiativeKind;
  mark: InitiativeMark;
  alias?: string;
  declares?: string;
  /** A quoted word with the action it names (“两旧一村”改造), which the words of a longer name may follow. */
  head?: boolean;
}

/**
 * A unit named for what it handles (市科协计划财务部, 市交通委（计划财务处）, 区规划资源局, 各项目公司, 项目办): a kind
 * word followed by at most two characters and a word of a unit (部, 处, 科, 司, 局, 室, 办) that ends the clause or
 * has the unit's task after it (负责, 牵头, 落实 …; not 部分, 处理, 局面, 室内: those go on as other words) is
 * inside the name of an office or a company, a unit responsible for something (circulars.md §5: units named as
 * responsible are no initiative), not the programme, plan or platform itself. Only kinds whose words name a
 * function (计划, 规划, 项目, 工程, 平台, 系统 …); an event or a body keeps its own secretariat or office
 * (…大会秘书处, …领导小组办公室 name the event and the body).
 */
const UNIT_AFTER =
  '[\\u4e00-\\u9fff]{0,2}[部处科司局室办](?:(?![\\u4e00-\\u9fff])|(?=负责|牵头|配合|会同|落实|承办|审核|组织))';
const UNIT_NAMED_KINDS = new Set<InitiativeKind>(['programme', 'document', 'platform']);

/** The kind words as one pattern, longest first, each with what may not follow it. */
export const KIND_SOURCE = [...KIND_WORDS]
  .sort(([a], [b]) => b.length - a.length)
  .map(([word, kind]) => {
    const continued = KIND_WORD_CONTINUATIONS[word] ? `(?![${KIND_WORD_CONTINUATIONS[word]}])` : '';
    return word + continued + (UNIT_NAMED_KINDS.has(kind) ? `(?!${UNIT_AFTER})` : '');
  })
  .join('|');
/**
 * KIND_SOURCE anchored where it is tried. The passes read a kind word at a given place through this one
 * pattern (kindWordAt, kindPairAt), not through patterns of their own that hold the kind words: V8
 * compiles a pattern of 4,800 characters of words in about 10 million instructions, once for each
 * pattern built from them.
 */
const KIND_AT = new RegExp(KIND_SOURCE, 'y');

/**
 * The kind word that starts at `index` of `text`, as KIND_SOURCE reads it there (the first of its words
 * that matches, and what may follow it), or ''.
 *
 * @example
 * kindWordAt('实施科普工程。', 4) // '工程'
 */
export function kindWordAt(text: string, index: number): string {
  KIND_AT.lastIndex = index;
  return KIND_AT.exec(text)?.[0] ?? '';
}

/**
 * A kind word joined to the one before by 、 or 和, at `index` of `text`: the joint, at most one character
 * and the kind word (、冬残奥会, 和残奥会), as the pattern ^[、和][\u4e00-\u9fff]?(?:KIND_SOURCE) reads it
 * (with the character when a kind word follows it, else without), or ''.
 *
 * @example
 * kindPairAt('冬奥会和冬残奥会', 3) // '和冬残奥会'
 */
export function kindPairAt(text: string, index: number): string {
  const joint = text[index];
  if (joint !== '、' && joint !== '和') return '';
  const next = text.charCodeAt(index + 1);
  if (next >= 0x4e00 && next <= 0x9fff) {
    const word = kindWordAt(text, index + 2);
    if (word !== '') return text.slice(index, index + 2) + word;
  }
  const word = kindWordAt(text, index + 1);
  return word === '' ? '' : joint + word;
}
/** The verbs trimmed off a name's front, longest first. */
export const SORTED_VERBS = [...LEADING_VERBS].sort((a, b) => b.length - a.length);

/**
 * SORTED_VERBS by their first character, each list in SORTED_VERBS' order: a text can start at an
 * index only with the verbs that begin with its character there, so the walks below try those few
 * instead of all 115 at each name's start.
 */
const VERBS_BY_FIRST: ReadonlyMap<number, readonly string[]> = (() => {
  const byFirst = new Map<number, string[]>();
  for (const verb of SORTED_VERBS) {
    const list = byFirst.get(verb.charCodeAt(0));
    if (list) list.push(verb);
    else byFirst.set(verb.charCodeAt(0), [verb]);
  }
  return byFirst;
})();
const NO_VERBS: readonly string[] = [];

/**
 * The verbs of SORTED_VERBS that may start `text` at `index` (those of its character there), longest first.
 *
 * @example
 * verbsAt('深入实施科普工程', 0) // ['深入实施', '深入开展', …]: to be checked with startsWith
 */
export function verbsAt(text: string, index: number): readonly string[] {
  return VERBS_BY_FIRST.get(text.charCodeAt(index)) ?? NO_VERBS;
}

/** Whether a verb of SORTED_VERBS longer than one character starts `text` at `index`. */
function longVerbAt(text: string, index: number): boolean {
  const verbs = verbsAt(text, index);
  for (let at = 0; at < verbs.length; at++) if (verbs[at].length > 1 && text.startsWith(verbs[at], index)) return true;
  return false;
}
// Words after which a name starts anew: verbs that introduce a name, prepositions and connectives (not
// 建设, 提升, 改革, 促进, which end or sit inside names: 职业技能提升行动, 农村土地制度改革试点). A one-character
// word counts unless the characters around it make another word of it (对 in 农超对接, 和 in 和平共处). Verbs of
// spending (用于, 投向, 投入) and a number with its measure (惠及3000多万|…学生营养改善计划) come first, so that 用
// alone does not hide 用于. The speaker's place and this occasion (我市|2023年全国科普日, 这次|全省科技创新大会) are
// no words of a name; nor are a purpose (为了|规范科普基地的认定) and the term a rule defines (本办法所称|科普基地,
// a kind of place, not one named). The name's owner and round stay in it: 党的群众路线教育实践活动 (的 after 党),
// 新一轮农村电网改造升级工程 (新一轮 is dropped from the key, as an edition is), 中央企业对口支援工程 (对口 is a word).
export const INNER_BREAKS =
  /(?:提出|抓紧|用于|用来|投向|投入|扶持|惠及|[0-9][0-9.]*(?:多?[万亿]多?(?:人次|[元人户名])?|人次|[种名户家所座条元人])|[0-9]+[个项]|实施好|落实好|执行好|贯彻好|管理好|建设好|抓住|紧紧抓住|提高|拓展|防止|避免|杜绝|出现|实现|分为|决胜|在建|今年|明年|去年|当年|(?<![总])是(?![否非])|联合(?![体会国])|方式|公布|根据|依照|依据|参照|统筹安排|统筹|安排|编制|制定|制订|拟定|上报|报送|完成|印发|出台|修订|修改|审议|实行|实施|执行|贯彻|开展|进行|办好|举办|举行|承办|筹办|(?<![合易生际])组织(?!峰会|会议|大会|年会|论坛)|按需|启动|推开|扩大|扩展|加大|新开工|开工|建成|梳理|打造|打好|打赢|坚决|早日|结束|主办|成功|我国|我们|我市|我省|我区|我县|这次|本次|此次|申报|搞|缩减|压缩|大幅|赋予|增设|新设|新增|出席|试行|商签|签署|登录|登陆|访问|自行|推行|依法|取缔|特别是|尤其是|关于|转向|改进|其(?![他中次实余])|进一步|都|要(?![求素点闻])|(?<![使应信利运作费采适通享])用(?![户地水电工品])|参加|参与|召开|策划|落实|支持|推动|推进|推广|鼓励|引导|依托|发挥|围绕|聚焦|成立|组建|设立|建立|用好|建好|建强|做精|做强|做好|抓好|深化|加强|加快|完善|健全|探索|丰富|发布|认定|注册|违反|遵守|纳入|融入|列入|作为|或者|会同|是指|所称|为了|不受|需经|取得|确定|共商|牵头|负责|配合|应当|属于|符合|提交|申请|批准|委托|听取|下设|一批|一些|若干|多个|一系列|各类|各项|这些|上述|一个|一种|更多|报(?![告表刊纸道送])|经(?![济营费验过典销理纪合])|(?<!党)的(?![确士])|和(?![平谐睦])|与|同|及(?!时)|等(?![级同])|在(?![线职岗校编场])|(?<![作行成认因更较])为(?![民主期])|对(?![接外象标话应口])|向(?!导)|将(?!来)|把(?![握关])|并|或(?![者许])|以(?![及上下来后前内外])|由(?![于来])|通过|按照|结合|包括|其中|如)/g;
/** Quantifiers before a name make it a category: 建设一批重大水利工程, 开展若干新的试点, 新设12个…综合试验区. */
const QUANTIFIER = /^(?:[0-9]+[个项]|一批|一些|若干|多个|一系列|各类|各项|这些|上述|一个|一种|更多)$/;
const QUANTIFIER_BEFORE = /(?:一批|一些|若干|多个|一系列|各类|各项|这些|上述|一个|一种|更多)(?:新的|新|的)$/;
/** Laws named by one word: 宪法, 刑法 (两|字 names the segmenter keeps whole). */
export const ONE_WORD_LAWS = new Set(['宪法', '刑法', '民法典', '基本法', '民法']);
const SORTED_GENERIC = [...GENERIC_WORDS].sort((a, b) => b.length - a.length);
const PROPER = /全国|全民|中国|世界|国际|国家|中央|国务院|科普中国|[A-Za-z]|[0-9]{4}/;
export const NAME_CHAR = /[\u4e00-\u9fff0-9A-Za-z·、-]/;
/** The longest unquoted name looked for, in characters (科普中国平台建设工程 is 10; the longest on the seed 19). */
export const MAX_NAME_LENGTH = 40;

/** Kind words that are also common nouns (规划, 试点, 平台): after a verb alone they name nothing. */
const COMMON_KIND_WORDS = new Set([
  '规划',
  '计划',
  '项目',
  '工程',
  '试点',
  '平台',
  '系统',
  '条例',
  '纲要',
  '活动',
  '基地',
  '专项整治',
  '专项治理',
  '大会',
  '方案',
  '办法',
  '清单',
  '目录',
  // 国家财政安排专项资金, 中央财政安排……项目资金: a budget line, not a named fund.
  '专项资金',
  '项目资金',
]);
/** The end of a name of its own: a list part ending so is a whole name, not a modifier of the next kind word. */
const HEAD_NOUN_END =
  /(?:会议|会|赛|节|展|法|条例|规定|办法|计划|工程|项目|试点|行动|平台|系统|库|基地|中心|园区|区|港)$/;
/** A party named before 与 inside a name: a short noun of two to six characters. */
const PARTY = /^[\u4e00-\u9fff]{2,6}$/;
/** The longest part of a coordinated name (蓝天、碧水、净土保卫战; 农村土地征收、……、宅基地制度改革试点). */
const MAX_CONJUNCT_LENGTH = 18;
/** Committees set up or tasked for a purpose: 专家委员会, 协调委员会, 筹备委员会. */
const TASKED_COMMITTEE =
  /专家|技术|标准|协调|咨询|评审|筹备|组织|指导|顾问|学术|伦理|考评|评估|审查|鉴定|推进|工作|领导/;
/**
 * What a named information system serves: 收入分配监测系统, 综合管理信息系统, 交通城运系统, 北斗卫星导航系统, and the
 * payments a financial one clears (人民币跨境支付系统).
 */
const PLATFORM_SYSTEM =
  /信息|卫星导航|管理|服务|监测|监管|监控|政务|城运|数据|调度|办公|审批|交易|登记|报送|统计|预警|网上|在线|支付|清算|结算/;
/**
 * The words of what a platform or a system does, and how (监管应用系统, 综合管理信息系统, 政务服务平台): a name made of
 * these alone says what kind of system it is, not which one (circulars.md §5: a bare 信息系统 with no name); one
 * named for its domain or owner keeps it (收入分配监测系统, 交通城运系统, 全国统一政务服务平台).
 */
const SYSTEM_FUNCTION = new RegExp(
  `(?:${PLATFORM_SYSTEM.source}|应用|综合|业务|智能|智慧|一体化|数字化|信息化|共享|公共|集成|运行|运营)`,
  'g',
);
const SYSTEM_WORDS = new Set(['系统', '信息系统', '平台', '数据库', '云平台']);

/** Kind words of stores of knowledge or data: 知识库, 资源库, 数据库. */
const STORE_WORDS = new Set(['知识库', '资源库', '数据库']);
/**
 * "This city" (or district, province) in front of a store's name, with a name of six characters or more after it:
 * the owner, not a description (本市重点项目 is one; a store is named for what it holds).
 */
const STORE_OWNER = /^本[市区省县](?=[\u4e00-\u9fff]{6})/;

/** Kind words of works that a phase in brackets may stand before: …装修（二期）项目, …改造(三期)工程. */
export const PHASED_WORDS = new Set(['项目', '工程']);
/** A phase in brackets at the end of a name (folded: half-width brackets). */
export const PHASE_END = /\((?:[一二三四五六七八九十]+|[0-9]+)期\)$/;
/**
 * A facility named by its place at the front of a project's name, with four characters or more after it (虹桥机场|
 * 航站楼智慧卫生间项目, 浦东机场|航站楼卫生间更新配套装修项目): the place makes the project one of its own, as a
 * proper word does. Not a kind of facility (民用机场, 国际机场, 支线机场) nor an owner (本市, 各).
 */
const NAMED_FACILITY =
  /^(?!民用|国际|国内|通用|支线|干线|枢纽|综合|客运|货运|新建|现有|重点|重大|本|各|该|全)[\u4e00-\u9fff]{2}(?:机场|港区|码头|火车站|航站楼)(?=[^、和与及]{4})/;

/** Kind words of lists and registers. */
const REGISTER_WORDS = new Set(['清单', '目录', '名录']);
/**
 * A class of units as a list's owner: 国务院部门, 省级政府部门, 市政府部门 (a one-character level before 政府), 地方政府,
 * 各部门, 各单位; an edition may stand in front (2016年版市政府部门权力清单).
 */
const UNITS_OWNER =
  /^(?:[0-9]{4}年?版)?(?:(?:各级|各|地方|省级|市级|县级|区级)政府|(?:各级|各|地方|省级|市级|县级|区级|国务院|中央|[省市区县](?=政府))?(?:政府)?各?(?:部门|单位|机构))/;

/** A count of levels of government: 两级, 市区两级, 省市县三级. */
const LEVELS_COUNTED = /[两二三四五]级/;

/** Kind words of zones and regions set up by policy. */
const ZONE_KIND_WORDS = new Set(['试验区', '自贸区', '自由贸易区', '自由贸易港', '经济带', '经济走廊']);

/** Words that make a name proper only with more words of its own after them. */
const WEAK_PROPER = /^(?:国家|中央|国际)/;
const WEAK_PROPER_KINDS = new Set(['项目', '计划', '工程']);

/** How a title of rules ends before 规定: 中央八项规定, 国内水路运输管理规定, 暂行规定. */
const RULES_TITLE = /(?:[一二三四五六七八九十]+项|管理|暂行|实施|试行)$/;
/** What a kind of platform does: 融资平台, 服务平台, 作业平台. */
const GENERIC_PLATFORM = /(?:服务|融资|作业|运作|交易|合作|公共)$/;

/** A sector and what is done to works (交通建设, 对外承包): the works of a sector, not a named project. */
const SECTOR_WORKS = /^[\u4e00-\u9fff]{1,2}(?:建设|承包|施工|在建)$/;
/** A sector and its key works (林业重点生态, 交通重点): not 十大重点 (a counted list). */
const SECTOR_KEY_WORKS = /^[^0-9一二三四五六七八九十两百千]{2}(?:重点|重大)/;

/** Owners that make a system a kind of system: 政府信息系统, 各部门业务系统. */
const GENERIC_SYSTEM_OWNER = /^(?:各级|各|地方|基层)?(?:政府|部门|行业|单位|企业)?(?:信息|业务|管理)?$/;

/** Qualifiers that make what follows a description, not a name: 专项科学素质提升行动, 重点部际合作项目. */
const DESCRIPTIVE_START =
  /^(?:专项|相关|有关|各|重点|重大|大型|新的|高标准|[0-9一二三四五六七八九十两]+[项个批类家座所亩户]|[0-9]+(?:万|亿)[个项亩户人元]?|一批|高水平|高质量|多种|若干|有效|年度|本区|本市|区域|项目)|(?<![一二三四五六七八九十两])大$|(?:工作|实施|年度|按|(?<![一二三四五六七八九十两])期)$/;
/**
 * What makes even a title or a body a description: 有关规定, 各类平台, 3个专班; 各 before a name makes it each of a
 * kind (推进各国家绿色交通试点工作, 各区城市更新领导小组), not one.
 */
const DESCRIPTIVE_ANY = /^(?:相关|有关|各|一批|若干|多种|[0-9一二三四五六七八九十两]+[项个批类家座所])/;

/** What a standard that is a level of money or of need is of: 补助标准, 扶贫标准, 最低工资标准, 收费标准. */
const LEVEL_STANDARD =
  /(?:补助|补贴|收费|工资|收入|扶贫|贫困|救助|保障|缴费|报销|赔偿|待遇|费用|价格|抚恤|奖励|供养|资助|支付|基础养老金|养老金)$/;
/** Verbs that cite a document by its title: 制定并实施|国家中长期科学和技术发展规划纲要, 修订|政府核准的投资项目目录. */
const CITING_VERB = /(?:制定|制订|实施|印发|出台|颁布|发布|修订|修改|编制|起草|落实|贯彻|执行|完成)/g;
/** Kind words of titles a citing verb may name with 的 inside: …交易试点的指导意见, …投资项目的办法. */
const TITLE_WITH_OF = new Set(['意见', '指导意见', '决定', '办法', '目录']);
/** The words a cited title may not start with: the document itself, a time, a description. */
const NOT_A_TITLE_START =
  /^(?:本|该|这|此|其|今年|明年|年度|新的|相关|有关|各|一系列|具体|工作|好|并|和|与|及|包括|具有|有效|更加|更)/;

/**
 * Where a document's title starts when a citing verb stands before it with no break in between (制定并实施|国家
 * 中长期科学和技术发展规划纲要, 制定|收入划分总体方案, 修订|政府核准的投资项目目录), or -1: the verb shows that the
 * words name a document, so 和 and (for titles such as …的指导意见) 的 may stand inside, and no proper word is
 * needed, but five characters of its own are.
 */
export function citedTitleStart(text: string, from: number, wordStart: number, word: string): number {
  const head = text.slice(from, wordStart);
  let cut = -1;
  for (const verb of head.matchAll(CITING_VERB)) cut = verb.index! + verb[0].length;
  if (cut === -1) return -1;
  // 制定了…, 2011-2020年中国农村扶贫开发纲要: a particle and the span of years are not the title's words.
  cut += /^(?:了|[0-9]{4}[-—至][0-9]{4}年)?/.exec(head.slice(cut))![0].length;
  // 出台包括农民工在内的|城镇企业职工养老保险关系转移接续办法: a scope in 包括……在内的 says whom the title covers.
  cut += /^(?:包括[^，。；、]{1,16}?在内的)?/.exec(head.slice(cut))![0].length;
  // 劳动合同法和就业促进法, 新10年农村扶贫开发纲要和兴边富民行动规划: a whole name before a connective is a title of
  // its own; this one starts after the connective (or is no cited title).
  // (及其 joins a document to its own rules: 中央八项规定及其实施细则 is one title.)
  // (…八项规定及实施细则: the rules that carry out the title before the connective belong to it.)
  for (const joint of head.slice(cut).matchAll(/以及|[和与]|及(?!其)/g)) {
    const before = head.slice(cut, cut + joint.index!);
    if (joint.index! + joint[0].length === head.length - cut && /细则$/.test(word)) break;
    if (kindOfName(before) || HEAD_NOUN_END.test(before) || /(?:战略|谈判)$/.test(before)) {
      cut += joint.index! + joint[0].length;
      // …兴边富民行动和发展少数民族事业五年规划: verbs in a row share one title; not this reading.
      if (longVerbAt(head, cut)) return -1;
      break;
    }
  }
  const modifier = head.slice(cut);
  const of = modifier.indexOf('的');
  // (社区科普展品目录: three characters of its own besides generic words, as 节能减排综合性工作方案 has.)
  if (
    modifier.length < 5 ||
    withoutGeneric(modifier).length < 3 ||
    NOT_A_TITLE_START.test(modifier) ||
    DESCRIPTIVE_ANY.test(modifier)
  )
    return -1;
  // 制定|国务院部门权力和责任清单: a list each of a class of units keeps (see UNITS_OWNER) is cited by kind.
  if (REGISTER_WORDS.has(word) && UNITS_OWNER.test(modifier)) return -1;
  // 执行|最低生活保障标准, 落实|…补助标准: a level of money, not a standard of how a thing is made or measured.
  if (word === '标准' && LEVEL_STANDARD.test(modifier)) return -1;
  // 专家委员会组成办法, 议事规则: the rules a body sets up works by are part of setting it up.
  if (/(?:组成|议事|运行)$/.test(modifier)) return -1;
  // 重点城市群规划: a qualifier of description needs more words of its own (重点产业调整振兴规划).
  if (/^(?:重点|重大)/.test(modifier) && modifier.length < 7) return -1;
  // …交易试点的指导意见, …投资项目的办法: 的 only before the kind word (or 若干) of a title such as 意见; a list
  // may say whose it is (政府核准的投资项目目录).
  const ofEnds = /^的(?:若干)?$/.test(modifier.slice(of)) || word === '目录' || word === '清单';
  if (of !== -1 && (!TITLE_WITH_OF.has(word) || of < 4 || !ofEnds)) return -1;
  if (/[、，,]|各项|各类|委托|对(?!外)|[把被]/.test(modifier) || QUANTIFIER_BEFORE.test(modifier)) return -1;
  return from + cut;
}

/**
 * Whether a kind word right after another ends one name with it (…专项整治行动, 中非合作论坛峰会, 博鳌亚洲论坛年会,
 * …发展计划纲要, …规划纲要实施方案, …生态保护修复工程试点): the second names the same kind of thing as the first (a
 * campaign of a campaign, an event of an event), a document (the outline or the implementing plan of what it
 * follows), or a pilot of what it tries. Not a programme or a platform of another kind word (国家科技计划项目, the
 * projects of a programme; 促进联合体平台, the body's platform): the first is then the name.
 */
function endsCompound(inner: InitiativeKind, word: string): boolean {
  const outer = kindOfName(word)?.kind;
  if (word === '试点' || outer === 'document') return true;
  return outer === inner && (outer === 'campaign' || outer === 'event');
}

/** The characters that may not follow each kind word (KIND_WORD_CONTINUATIONS), as one class each. */
const CONTINUATION_CLASS = new Map(
  Object.entries(KIND_WORD_CONTINUATIONS).map(([word, characters]) => [word, new RegExp(`^[${characters}]`)]),
);

/** Whether `next` starts with a character that makes `word` before it part of a longer word (攻坚|工程). */
function continuedBy(word: string, next: string): boolean {
  return CONTINUATION_CLASS.get(word)?.test(next) ?? false;
}

/**
 * Whether the words before a kind word make a name: at least two characters, not a verb, no
 * connective inside, not a description, and distinctive enough for the kind word (`listed`: a member of a
 * list of named things, whose other members show the words are a name).
 */
export function isNameLike(modifier: string, word: string, listed = false): boolean {
  if (word === '建设') return builtThing(modifier);
  // 新一轮服务业综合改革试点: the round stays in the name but names nothing by itself (新一轮行动计划 is none).
  if (modifier.startsWith('新一轮')) return isNameLike(modifier.slice(3), word, listed);
  // 本市|交通行业重点领域重大事故隐患判定标准知识库: "this city" is the owner of a store it sets up, as 上海市 is.
  if (STORE_WORDS.has(word) && STORE_OWNER.test(modifier)) return isNameLike(modifier.slice(2), word, listed);
  // 浦东机场航站楼卫生间更新配套装修（二期）|项目: the phase stays in the name and says nothing of it.
  if (PHASED_WORDS.has(word) && PHASE_END.test(modifier))
    return isNameLike(modifier.replace(PHASE_END, ''), word, listed);
  if (modifier.length < 2 || /^[0-9]+$/.test(modifier)) return false;
  // 意见, 决定, 标准: titles only where the text cites them (citedTitleStart).
  if (word === '意见' || word === '指导意见' || word === '决定' || word === '标准') return false;
  // 庆祝活动, 纪念活动: named only by an anniversary (anniversaryEvent); 国庆庆祝活动 is a kind of activity.
  if (word === '庆祝活动' || word === '纪念活动') return false;
  // 大气、水、土壤污染防治行动计划: coordinated names share the kind word; each part must be a word, and the
  // last, with the kind word, a name (not 科技培训、科技交流、科普活动).
  if (modifier.includes('、')) {
    const parts = modifier.split('、').map((part) => part.replace(/等$/, ''));
    const last = modifier.slice(modifier.lastIndexOf('、') + 1).replace(/等/, '');
    return (
      parts.every((part) => part.length >= 1 && part.length <= MAX_CONJUNCT_LENGTH) &&
      (isNameLike(last, word) || scaledLastMember(parts, last, word))
    );
  }
  // 沿海沿江沿线经济带, 新的区域经济带, 高质量发展经济带: a belt described by where or how, not named.
  if (word === '经济带' && /沿|区域|发展/.test(modifier)) return false;
  // 陆上经济走廊, 海上经济走廊, 国际经济走廊: corridors of a kind, by terrain or scope, not one named by its parties.
  if (word === '经济走廊' && /沿|区域|发展|陆上|海上|国际|跨境/.test(modifier)) return false;
  // 国家生态文明试验区, 国家级新区: a class of zones the state designates (several places hold one), named by the
  // state and a topic, is a category of places (circulars.md §5); a zone of its own is named by its place or its
  // parties (中国上海自由贸易试验区, 海南自贸试验区, 中日韩自贸区).
  if (ZONE_KIND_WORDS.has(word) && /^国家/.test(modifier)) return false;
  // 国务院部门权力和责任清单, 地方政府权力和责任清单, 各部门工作目录: a list each unit of a class of units keeps
  // (departments, governments, bodies) is a kind of list, one per unit (circulars.md §5, categories); a list of its
  // own is named for what it lists (市场准入负面清单, 外商投资产业指导目录, 政府核准的投资项目目录).
  if (REGISTER_WORDS.has(word) && UNITS_OWNER.test(modifier)) return false;
  // 市、县两级行政许可事项清单, 省市县三级平台: a count of levels of government says each level keeps one, a kind
  // (circulars.md §5, categories), as 市区两级交通管理部门 names a kind of unit.
  if (LEVELS_COUNTED.test(modifier)) return false;
  // 本条例, 本办法: the document itself.
  if (modifier.startsWith('本') && modifier.length <= 3) return false;
  // 中央军事委员会, 上海市交通委员会: a standing body (an issuer or a responsible unit), not one set up or tasked.
  if (word === '委员会' && !TASKED_COMMITTEE.test(modifier)) return false;
  // 推力矢量控制系统, 精密跟踪系统: devices; a platform names what it serves (监测, 管理, 政务 …).
  if (word === '系统' && !PLATFORM_SYSTEM.test(modifier) && !PROPER.test(modifier)) return false;
  // 有关规定, 国家相关规定, 具体规定: rules in general, not a title (中央八项规定 is one).
  // (规定 is a verb as often: 本条例第六条规定, 请申报企业于规定; a title of rules ends in 八项, 管理, 暂行 ….)
  if (word === '规定' && (!RULES_TITLE.test(modifier) || /有关|相关|[第条于请]/.test(modifier))) return false;
  // 国家科技计划, 国际产能合作项目, 中央企业投资项目: a national, central or international word before a generic
  // or short description names a kind of programme, not one.
  if (WEAK_PROPER_KINDS.has(word) && WEAK_PROPER.test(modifier)) {
    const rest = modifier.replace(WEAK_PROPER, '');
    if (isGeneric(rest) || (word === '项目' && rest.length <= 4)) return false;
  }
  // 交通建设工程, 对外承包工程: the works a sector builds or contracts, a category; 林业重点生态工程, 交通重点项目: a
  // sector's key works of a kind (十大重点节能工程 is counted, so numbered). A proper word names one all the same.
  if (
    (word === '工程' || word === '项目') &&
    !PROPER.test(modifier) &&
    (SECTOR_WORKS.test(modifier) || SECTOR_KEY_WORKS.test(modifier))
  )
    return false;
  // 外贸转型升级示范基地, 产教融合实训基地, 小企业创业基地: a kind of place many are named to, unless a proper word
  // names one (科学家精神教育基地 is one programme of bases).
  if (word === '基地' && !PROPER.test(modifier) && /(?:示范|实训|创业|孵化|生产|培训)$/.test(modifier)) return false;
  // 地方政府融资平台, 外贸综合服务平台, 海上试采油作业平台: kinds of platform, unless a proper word names one.
  if (word === '平台' && !PROPER.test(modifier) && GENERIC_PLATFORM.test(modifier)) return false;
  // 监管应用系统, 综合管理信息系统: what a system does, with no domain or owner of its own (see SYSTEM_FUNCTION).
  if (SYSTEM_WORDS.has(word) && !PROPER.test(modifier) && modifier.replace(SYSTEM_FUNCTION, '') === '') return false;
  // 政府信息系统, 地方政府信息系统: systems of a kind of owner, not one named system.
  if ((word === '系统' || word === '信息系统') && GENERIC_SYSTEM_OWNER.test(modifier)) return false;
  // (重点项目推进专班: a body is named for what it does, 重点 or not.)
  // A title or a body is named as it is (区域全面经济伙伴关系协定, 重点项目推进专班), save for plain descriptions.
  // (A special action, 专项行动, is named by its topic whatever qualifier heads it: 重点行业污染治理专项行动 is one
  // campaign, where 重点部际合作项目 is a kind of project.)
  const proper =
    kindOfName(word)?.kind === 'organisation' || kindOfName(word)?.kind === 'document' || word === '专项行动';
  const descriptive = (proper ? DESCRIPTIVE_ANY : DESCRIPTIVE_START).test(modifier);
  if (SORTED_VERBS.includes(modifier) || descriptive) return false;
  if (/[和及或]/.test(modifier) && !joinedByConnective(modifier, word)) return false;
  // 以……联合体为平台: a connective or another kind word at the end means the name is not this one.
  // (A one-character kind word at the end is a word of the name: 科普中国智库平台.)
  // (A one-character kind word at the end is a word of the name: 科普中国智库平台; so is the programme a pilot
  // tries: 山水林田湖草生态保护修复工程试点.)
  // (…扶贫开发攻坚工程: a kind word that may not stand before the next one's first character, 攻坚 before 工, is none.)
  const inner = kindOfName(modifier);
  if (inner !== null && inner.word.length > 1 && !endsCompound(inner.kind, word) && !continuedBy(inner.word, word))
    return false;
  if (/(?:为|作为|的|和|与|及|等|成)$/.test(modifier)) return false;
  // 大气污染治理攻坚: an assault on a work of control, named by what it controls; 全面推进|脱贫攻坚: one named by the
  // result it reaches (脱贫, 减排, as 精准脱贫攻坚战 and 节能减排攻坚战 are). Not 奋力攻坚, 集中攻坚 (a manner), nor 扶贫
  // 攻坚 (an activity, not its result: 2014's first reader lists no …与扶贫攻坚, its second does).
  if (word === '攻坚' && !ASSAULT_ON_CONTROL.test(modifier)) return false;
  // 中国共产党第十九次全国代表大会, 第十二届全国人民代表大会: a sitting of a standing body.
  if (word === '大会' && /代表$/.test(modifier)) return false;
  if (/^[0-9]{4}年?度?$/.test(modifier)) return false;
  if (word === '日' || word === '周' || word === '节')
    return DAY_NAME_ENDINGS.test(modifier + word) && modifier.length >= 3;
  // Compound kind words of a day or a week (活动周, 科普日) are names by themselves: 科技活动周, 全国科普日. (Not a
  // meeting or a fair: 科学运动会 in a list of kinds of activity is no name, 第十二届全国运动会 is one.)
  if (word.length >= 3 && /[日周]$/.test(word) && kindOfName(word)?.kind === 'event') return true;
  // 根据全国活动主题, 国家计划: a word of scope alone (全国, 国家, 国际 …) says where, not which one.
  // (Only before the kind words that need a proper word, see PROPER_WORD_UNLESS_LONGER: 国务院大督查 is one.)
  if (PROPER_WORD_UNLESS_LONGER[word] !== undefined && /^(?:全国|全民|中国|世界|国际|国家|中央|国务院)$/.test(modifier))
    return false;
  // Generic words make a description (市级科普教育基地); a contest of them is still a name (青少年科技创新大赛).
  if ((modifier.length <= 5 || !['大赛', '竞赛', '大会', '论坛'].includes(word)) && isGeneric(modifier)) return false;
  // Kind words that name descriptions as often as names need a proper word (全国, 中国, 科普中国 …) or length.
  // (A member of a list of named things, 载人航天、探月工程、载人深潜, is named by the list: a finite length is met.)
  const needed = PROPER_WORD_UNLESS_LONGER[word];
  const excused = listed && needed !== Infinity ? 2 : needed;
  if (
    excused !== undefined &&
    !PROPER.test(modifier) &&
    modifier.length < excused &&
    !namedPlan(modifier, word) &&
    !(word === '项目' && NAMED_FACILITY.test(modifier))
  )
    return false;
  // 全域科普试点: a pilot needs words of its own besides generic ones (跨境电子商务试点, 低碳城市试点).
  const distinct = DISTINCT_AT_LEAST[word];
  return distinct === undefined || withoutGeneric(modifier).length >= distinct;
}

/** A scale that heads the last member of a list of names sharing a kind word: 重大装备专项. */
const MEMBER_SCALE = /^(?:重大|重点)/;

/**
 * 工业强基、重大装备专项工程: where the members before the last are bare names (four characters or more, no kind word,
 * not generic, no scale of their own), a scale heading the last member qualifies that member alone, which is a name
 * once the scale is set aside (装备专项工程). A list of kinds stays out: 重点行业、重大项目工程 (a generic member), and a
 * scale alone (…、重大工程) names nothing.
 */
function scaledLastMember(parts: string[], last: string, word: string): boolean {
  const scale = MEMBER_SCALE.exec(last);
  if (!scale || !isNameLike(last.slice(scale[0].length), word)) return false;
  return parts
    .slice(0, -1)
    .every(
      (part) =>
        part.length >= 4 &&
        kindOfName(part) === null &&
        !isGeneric(part) &&
        !MEMBER_SCALE.test(part) &&
        !DESCRIPTIVE_START.test(part),
    );
}

/** The named thing a programme of building ends in: a centre, a university, a discipline (not a team, a system). */
const BUILT_THING = /(?:中心|大学|学科)$/;
/** Words that make a thing built one named: a place of the world or a rank (世界, 国际, 一流), or a proper word. */
const BUILT_RANK = /一流|世界级/;

/**
 * 建设 as the kind word of a programme (circulars.md §5, named programmes the text builds): the building of a named
 * centre, university or discipline, named so by a proper word or a rank (上海国际航运中心建设, 世界一流大学和一流学科
 * 建设, 一流大学和一流学科建设: two nouns joined by 和 share it, each ranked). Not a thing of no name (制造业创新中心
 * 建设, 重点学科建设), nor the building of anything else (队伍建设, 法治建设, 海绵城市建设: too many descriptions end so).
 */
function builtThing(modifier: string): boolean {
  if (!BUILT_THING.test(modifier) || !(PROPER.test(modifier) || BUILT_RANK.test(modifier))) return false;
  const parts = modifier.split(/[和与及]/);
  return (
    parts.length <= 2 &&
    parts.every((part) => part.length >= 3 && BUILT_THING.test(part) && !/^(?:重点|各类|相关|有关|一批)/.test(part))
  );
}

/**
 * Works of control or results an assault (攻坚) is named for: 大气污染治理攻坚, 水污染防治攻坚, 环境整治攻坚, 脱贫攻坚,
 * 节能减排攻坚.
 */
const ASSAULT_ON_CONTROL = /(?:治理|防治|整治|脱贫|减排)$/;

/** Kinds whose names may run over 和, 与 or 及 (see joinedByConnective); titles have their own rule. */
const JOINABLE_KINDS = new Set<InitiativeKind>(['programme', 'campaign', 'event', 'platform']);
/**
 * What ends a whole name of no kind word (乡村振兴战略, 河长制, 双重管理体制, 中西部地区初中校舍改造, 城乡供水一体化):
 * the words before a connective then name one thing of their own.
 */
const WHOLE_NAME_END = /(?:战略|谈判|制度|体制|机制|体系|制|工作|改造|建设|改革|创建|化)$/;
/** Proper words a whole name starts with: 全国中小学校舍安全工程 after 和 is a name of its own. */
const PROPER_START = /^(?:全国|全民|中国|世界|国家|中央|国务院)/;

/**
 * Whether a modifier is two nouns joined by 和, 与 or 及 that share the kind word after them (适龄妇女宫颈癌、乳腺癌
 * 免费检查和救治保障试点, 国民经济和社会发展计划): the name runs over the connective, the longest name the text
 * supports. The second with the kind word must be a name by itself (地方政府信息系统 is none: 国务院部门和地方政府
 * 信息系统 stays a category), the first no whole name (知识创新工程和…), no verb, no description and not generic.
 */
export function joinedByConnective(modifier: string, word: string): boolean {
  const kind = kindOfName(word)?.kind;
  if (kind === undefined || !JOINABLE_KINDS.has(kind)) return false;
  const joints = [...modifier.matchAll(/[和与及]/g)];
  if (joints.length !== 1) return false;
  const at = joints[0].index!;
  const first = modifier.slice(0, at);
  const second = modifier.slice(at + 1);
  return (
    first.length >= 2 &&
    first.length <= MAX_CONJUNCT_LENGTH &&
    !first.endsWith('、') &&
    kindOfName(first) === null &&
    !HEAD_NOUN_END.test(first) &&
    !WHOLE_NAME_END.test(first) &&
    !DESCRIPTIVE_START.test(first) &&
    !longVerbAt(first, 0) &&
    !isGeneric(first) &&
    !PROPER_START.test(second) &&
    isNameLike(second, word)
  );
}

/**
 * A plan named for what it develops (人才发展规划, 战略性新兴产业发展规划, 京津冀协同发展规划; not 区域发展规划, 发展规划,
 * 产业发展规划: a kind of plan) or a plan of years named for its work (三大攻坚战三年行动方案).
 */
function namedPlan(modifier: string, word: string): boolean {
  // 三大攻坚战三年行动方案, 医改三年实施方案, 区城市更新三年行动方案: a plan of years named for its work (not a bare
  // 三年行动方案).
  const span = /(?:[一二三四五两]|[0-9]+)年$/.exec(modifier);
  if ((word === '行动方案' || word === '实施方案') && span) return modifier.length - span[0].length >= 2;
  if (word !== '规划' || !modifier.endsWith('发展')) return false;
  const what = modifier.slice(0, -2);
  return what.length >= 2 && !isGeneric(what) && !/^(?:区域|产业|行业|城乡|经济社会|社会|经济)$/.test(what);
}

/** Kind words whose names need this many characters besides generic words (科普, 重点, 示范 …). */
const DISTINCT_AT_LEAST: Record<string, number> = { 试点: 3, 清单: 3, 目录: 3, 办法: 4, 专项行动: 3 };

/** A year, a span of years or an edition in front: 2022年度, 2021-2025年, 第三批. */
const EDITION = /^(?:[0-9]{4}(?:[-—至][0-9]{4})?年度?|第[一二三四五六七八九十百0-9]+[届次期批])/;

/** A modifier without the generic words (and a year or edition) at its front and back: 全域科普 → 全域. */
export function withoutGeneric(modifier: string): string {
  let rest = modifier;
  let changed = true;
  while (rest.length > 0 && changed) {
    changed = false;
    // 2022年度市级科普教育基地, 第三批市级科普教育基地: a year or a batch makes no category a name.
    const edition = EDITION.exec(rest);
    if (edition) {
      rest = rest.slice(edition[0].length);
      changed = true;
    }
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
  return rest;
}

/** Whether nothing distinctive is left once generic words are stripped from the front and back. */
export function isGeneric(modifier: string): boolean {
  return withoutGeneric(modifier).length === 0;
}

/**
 * Which indices of a text the mentions cover, as a mask built in one pass (a difference array),
 * and kept up to date as mentions are added: `covered(i)` costs nothing whatever their number.
 */
export function createCoverage(length: number, mentions: Mention[]) {
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

/**
 * Word boundaries of a text by the word segmenter, each read from a few characters around it when first asked
 * (a line of a million characters is never segmented whole).
 */
export function createBoundaries(text: string): (index: number) => boolean {
  const known = new Map<number, boolean>();
  return (index) => {
    if (index <= 0 || index >= text.length) return true;
    let answer = known.get(index);
    if (answer === undefined) {
      segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
      const from = Math.max(0, index - BOUNDARY_WINDOW);
      answer = false;
      for (const segment of segmenter.segment(text.slice(from, index + BOUNDARY_WINDOW))) {
        const start = from + segment.index;
        if (start >= index) {
          answer = start === index;
          break;
        }
      }
      known.set(index, answer);
    }
    return answer;
  };
}
/** How far around an index the segmenter reads (words of names are short). */
const BOUNDARY_WINDOW = 12;
let segmenter: Intl.Segmenter | undefined;

/** A scale and a field of one or two characters after 等 (等重大生态工程): what the members listed before are. */
const SCALE_AND_FIELD = /^(?:重大|重点)[\u4e00-\u9fff]{1,2}$/;
/** Verbs of reform that name what a pilot tries (健全, 完善, 建立, 深化, 探索, 推行, 实行 …体制, 制度, 机制). */
const REFORM_VERB = /^(?:健全|完善|建立|深化|探索|推行|实行)/;
/** Verbs whose object is a deed (开展, 进行): a verb right after them opens their object, a clause. */
const DEED_VERB = /(?:开展|进行)$/;
/** A level of government or of a unit that qualifies what follows it (省级, 国家级), as a word of its own. */
const LEVEL_WORD = /(?:^|[^\u4e00-\u9fff]|开展|进行|推进|启动|扩大|支持)(?:省|市|县|区|乡|镇|国家|部)级$/;

/**
 * Whether the verb of reform at `index` is a word of the pilot's name, not the action on it: a pilot is named by
 * the reform it tries, so the verb stays where the word before it cannot end a clause of its own — a verb whose
 * object is a deed (开展|健全国家自然资源资产管理体制试点: what is carried out is the pilot of 健全…体制; not 深化|
 * 农村土地制度改革试点, where 深化 acts on the pilot) or a level that qualifies the whole (开展|省级深化……综合试点).
 */
export function reformInsideName(text: string, index: number, wordStart: number): boolean {
  if (!REFORM_VERB.test(text.slice(index, index + 2)) || !text.startsWith('试点', wordStart)) return false;
  const before = text.slice(Math.max(0, index - 6), index);
  return DEED_VERB.test(before) || LEVEL_WORD.test(before);
}

/** Kind words of one character that end a day, a week or a festival (科普日, 活动周, 科学节) and many other words. */
const TIME_KIND_END = /[日周节]$/;

/**
 * Whether a member of a list ends in a whole name of its own (大学生就业促进计划、……), so that the list before the
 * kind word starts after it. 日, 周 and 节 end a whole name only as a day, a week or a festival (防灾减灾日,
 * 科技活动周); elsewhere they are characters of a place or a word: 中日、中韩自贸区 joins two pairs of countries
 * before one kind word (as 中美、中欧投资协定 does).
 */
function endsInWholeName(part: string): boolean {
  const named = kindOfName(part);
  if (named === null && !HEAD_NOUN_END.test(part)) return false;
  if (TIME_KIND_END.test(part) && (named === null || named.word.length === 1))
    return part.length >= 4 && DAY_NAME_ENDINGS.test(part);
  return true;
}

/**
 * Where a name before a kind word starts: after the last verb, preposition or connective that the segmenter
 * reads as a word and that still leaves a name; or -1 when a quantifier stands there (建设一批重大水利工程: a
 * category, not a name). `from` is where the walk left stopped, `wordStart` where the kind word begins.
 */
export function nameStart(
  text: string,
  from: number,
  wordStart: number,
  wordEnd: number,
  kind: InitiativeKind,
  boundary: (index: number) => boolean,
): number {
  const head = text.slice(from, wordStart);
  let cut = 0;
  let before = 0;
  let breakWord = '';
  for (const inner of allMatches(head, INNER_BREAKS)) {
    const at = inner.index!;
    const after = at + inner[0].length;
    const word = inner[0];
    if (head.length - after < 1) {
      // 按照规划, 开展试点: a verb right before a kind word that is also a common noun leaves no name (not
      // 联合行动, 组织筹委会, where the word before is a noun).
      // (扶持 right before one is a word of the name: 科普中国创作出版扶持计划.)
      if (COMMON_KIND_WORDS.has(text.slice(wordStart, wordEnd)) && !/^(?:[和与及等的]|扶持)$/.test(word)) {
        cut = after;
        breakWord = word;
      }
      continue;
    }
    // (One character: only where the segmenter reads it as a word of its own. Longer breaks are words
    // whatever the segmenter makes of the name next to them: 办好|博鳌亚洲论坛年会.)
    if (word.length === 1 && (!boundary(from + at) || !boundary(from + after))) continue;
    // 开展|健全国家自然资源资产管理体制试点: a verb of reform that opens the pilot's name (reformInsideName).
    if (reformInsideName(text, from + at, wordStart)) continue;
    // 退牧还草、天然林保护……等重大生态工程: 等 closing a list of names sharing the kind word stays in it (not
    // 全国低碳日、世界环境日等主题科普活动, a list of names each whole), whether generic words follow it or a scale
    // and the field the members share (重大生态: the ecological works of which the members are each one).
    const listed = head.slice(0, at);
    if (
      word === '等' &&
      listed.includes('、') &&
      (isGeneric(head.slice(after)) || SCALE_AND_FIELD.test(head.slice(after))) &&
      !kindOfName(listed) &&
      !HEAD_NOUN_END.test(listed)
    )
      continue;
    // 国家中长期教育改革和发展规划纲要: 和 inside a title, unless a whole name stands before it (劳动合同法和……).
    if ((word === '和' || word === '与' || word === '及') && kind === 'document' && !kindOfName(head.slice(0, at)))
      continue;
    // 扩大|用电大户与发电企业直接交易试点: 与 between the two parties of one programme (not of a body: 推动|优质科普资源
    // 与|世界公众科学素质组织筹委会…), when a verb or the walk's start
    // stands right before the first (a short noun, no name of its own) and no verb after it.
    if (
      word === '与' &&
      kind === 'programme' &&
      PARTY.test(head.slice(cut, at)) &&
      !kindOfName(head.slice(cut, at)) &&
      !HEAD_NOUN_END.test(head.slice(cut, at)) &&
      !longVerbAt(head, after)
    )
      continue;
    before = cut;
    cut = after;
    breakWord = word;
  }
  // 国民经济和社会发展计划: two nouns that share the kind word; the name runs over the connective (joinedByConnective).
  // (From the last connective before it at most: 执行情况与|2024年国民经济和社会发展计划.)
  if (/^[和与及]$/.test(breakWord)) {
    const first = Math.max(
      before,
      ...[...head.slice(before, cut - 1).matchAll(/[和与及]/g)].map((j) => before + j.index! + 1),
    );
    if (joinedByConnective(head.slice(first), text.slice(wordStart, wordEnd))) {
      cut = first;
      breakWord = '';
    }
  }
  // 按照规划, 取得市规划: a verb right before the kind word leaves no name; a quantifier makes a category.
  if (QUANTIFIER.test(breakWord) || (breakWord !== '' && cut === head.length)) return -1;
  // 启动一批新的国家重大科技项目: a quantifier a few words before the name makes it a category all the same.
  if (QUANTIFIER_BEFORE.test(head.slice(0, cut))) return -1;
  // 知识、技术创新等工程: a list stops at a whole name before its 、 (大学生就业促进计划、……).
  for (let i = head.lastIndexOf('、'); i >= cut; i = head.lastIndexOf('、', i - 1)) {
    if (endsInWholeName(head.slice(cut, i))) {
      cut = i + 1;
      break;
    }
    if (i === 0) break;
  }
  return from + cut;
}
