/**
 * Finding the mentions of initiatives in one piece of folded text: 《》 titles (with aliases),
 * quoted names with the kind word after them, and unquoted names that end in a kind word.
 */
import { allMatches } from './all-matches.js';
import {
  DAY_NAME_ENDINGS,
  FORMULATION,
  type InitiativeKind,
  NUMBERED_CAMPAIGN,
  OVERHAUL_CAMPAIGN,
  PLAN_PERIOD,
  SLOGAN,
  kindOfName,
} from './initiative-kinds.js';
import { type Mention, INNER_BREAKS, kindWordAt, SORTED_VERBS, createCoverage, isGeneric } from './initiative-names.js';

export type { Mention } from './initiative-names.js';
export {
  findAttachedList,
  findBuiltWorks,
  findFoundedBodies,
  findPilotedWork,
  findUnquoted,
} from './find-unquoted-names.js';

const ACTION_BEFORE =
  /(?:开展|实施|办好|举办|落实|组织|推出|打造|建好|用好|壮大|启动|参加|推动|做精|做强|推广|贯彻|推进|推行|深化|发展)$/;
// (等 only before a kind of programme: “烛光义教”等品牌, not “地条钢”等行为, “未来之门”等部分艺术点位. 实施 after a quote
// is the carrying out of what it names: 扩大内外销产品“同线同标同质”实施范围.)
const ACTION_AFTER =
  /^(?:等[^，,。；;]{0,4}(?:活动|品牌|项目|行动|工程|计划|赛|节)|活动|品牌|选树|系列|项目|建设|实施)/;
/** A quote first in a list of unquoted kinds: 推进“城中村”、老旧小区改造. */
const KIND_LIST = /^、[^“"「]/;
/**
 * A quote that modifies the noun after it: “米袋子”省长负责制, “宽带中国”战略, “非禁即入”普遍落实 (not one whose words run to a
 * kind word or to what is built: “科普中国·繁星追梦”网络科普活动, “科普临江”新媒体矩阵建设).
 */
const MODIFIES_NEXT = /^(?![和与及])[\u4e00-\u9fff](?![\u4e00-\u9fff]{0,7}(?:活动|行动|计划|工程|项目|赛|节|周|建设))/;

/** One or two Chinese characters without a numeral: 高校, 导师, 地方 (not 双减, 四化). */
const GENERIC_NOUN = /^[\u4e00-\u9fff]{1,2}$/u;
const NUMERAL = /[一二三四五六七八九十两双百千万]/;

/** A count of items: 两个, 四个, 一个 (两个屏障, 四个全面). */
const COUNTED_ITEMS = /^[一二三四五六七八九十两]+个/;

/**
 * A scheme that connects two markets, named by them (“深港通”, “沪港通”: three characters ending in 通, no numeral;
 * not “三通”, “法人一证通”, a login tool).
 */
const CONNECT_SCHEME = /^[\u4e00-\u9fff]{2}通$/;
/** A named service window (国际贸易“单一窗口”): a platform, with the name words before the quote. */
const SERVICE_WINDOW = /^[\u4e00-\u9fff]{2,}窗口$/;

/** Classifies quoted content: a plan period, a named kind, a formulation or slogan, or other. */
function classifyQuoted(content: string, joined: string): InitiativeKind {
  if (PLAN_PERIOD.test(content)) return 'period';
  // “两个基地”, “一个桥头堡”: a count of items in quotes is a formulation, whatever noun closes it (as “四个意识”).
  if (joined === content && COUNTED_ITEMS.test(content)) return 'formulation';
  if (joined === content && CONNECT_SCHEME.test(content) && !NUMERAL.test(content)) return 'programme';
  if (joined === content && SERVICE_WINDOW.test(content)) return 'platform';
  const named = kindOfName(joined);
  if (named && (joined !== content || named.word.length > 1)) return named.kind;
  if (NUMBERED_CAMPAIGN.test(content) || OVERHAUL_CAMPAIGN.test(content)) return 'campaign';
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

/** What makes “十X五”规划 the years of the plan rather than the plan: 承上启下之年, 开局之年, 时期, 期间. */
const PERIOD_AFTER_PLAN = /^的?(?:承上启下|承前启后|开局|收官|关键|最后|起步|时期|期间|之年|实施之年|第[一二三四五]年)/;

/**
 * 规划 or 规划纲要 after a quoted plan period the text cites as a document (完成“十一五”规划的主要目标, 实施“十三五”
 * 规划确定的重大项目, 西部大开发“十三五”规划), or '': the plan named for its years (实施“十四五”规划承上启下之年) is
 * the period.
 */
function citedPlanWord(text: string, content: string, close: number, prefix: number): string {
  if (!PLAN_PERIOD.test(content)) return '';
  const word = /^规划(?:纲要)?/.exec(text.slice(close + 1, close + 5))?.[0] ?? '';
  const after = text.slice(close + 1 + word.length, close + 1 + word.length + 6);
  return word !== '' && (prefix > 0 || !PERIOD_AFTER_PLAN.test(after)) ? word : '';
}

// （以下简称《纲要》）, （附件1，以下简称《国内核查报告书》）, （以下简称《国际核查报告书》一式两份，附件7）
const ALIAS_AT = /^[（(][^（）()]{0,30}?简称[《“"「]?([^》”"」）)，,]{1,20})[》”"」]?[^（）()]{0,30}[）)]/;

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
    QUOTED_HEAD_AT.lastIndex = close + 1;
    const after = kindWordAt(text, close + 1) || (QUOTED_HEAD_AT.exec(text)?.[0] ?? '');
    // A one-character kind word (日, 周, 节) joins only a name that reads as a day or week.
    // "十四五" with no kind word stays the plan period it names (kept apart); with 规划, see periodPlan below.
    const read =
      after && !PLAN_PERIOD.test(content) && !(after.length === 1 && !DAY_NAME_ENDINGS.test(content + after))
        ? after
        : '';
    // 深化“放管服”改革, “城中村”改造: a quoted word of three characters or fewer before an action (an abbreviation or
    // a common noun) names a kind of work or a formulation, not a programme of its own (“证照分离”改革, “美丽街区”建设
    // and “两旧一村”改造 name one).
    // (Where name words stand before the quote or a kind word follows the action, the quote is a word of a longer
    // name: 收费清单“一张网”建设, 项目经费使用“包干制”改革试点.)
    const short =
      ACTION_HEADS.has(read) &&
      content.length <= 3 &&
      quotePrefix(text, open, titles) === 0 &&
      // (A kind word right after a quoted head: the head is inside a longer name, “包干制”改革|试点.)
      !kindWordAt(text.slice(close + 1 + read.length, close + 1 + read.length + 4), 0);
    const word = short ? '' : read;
    const joined = content + word;
    // 调动“高校”“导师”“地方”的积极性: a common noun of one or two characters in quotes names nothing;
    // one with a numeral (双减, 四化) is a formulation.
    if (word === '' && GENERIC_NOUN.test(content) && !NUMERAL.test(content)) continue;
    // 推进内环高架“年轻化”工程, 实施西部大开发“十三五”规划: name words before the quote belong to the name.
    const prefix =
      word !== '' || PLAN_PERIOD.test(content) || SERVICE_WINDOW.test(content) ? quotePrefix(text, open, titles) : 0;
    const planWord = citedPlanWord(text, content, close, prefix);
    const headWord = planWord || word;
    const kind = short
      ? 'formulation'
      : planWord
        ? 'document'
        : (QUOTED_HEADS[headWord] ?? classifyQuoted(content, joined));
    // 网站“上海一网通办”: a quote right after a kind word names one of that kind.
    const before = KIND_BEFORE.exec(text.slice(Math.max(0, open - 4), open));
    mentions.push({
      start: open - prefix,
      end: close + 1 + headWord.length,
      name: text.slice(open - prefix, open) + content + headWord,
      kind: headWord === '' && before ? QUOTE_AFTER_KIND[before[0]] : kind,
      mark: '“”',
      ...(QUOTED_HEADS[headWord] ? { head: true } : {}),
    });
  }
  settleQuotedReadings(text, mentions);
  settleBuiltPlaces(text, mentions);
}

/**
 * A quoted name of a place or works to build (a road, a circle of life, a district: “四好农村路”, “15分钟生活圈”):
 * its last word is a thing one builds, and the text builds or develops it.
 */
const BUILT_PLACE = /(?:路|圈|街区|社区|乡村|绿道|廊道|公园|岸线|街)$/;
/** A verb that builds or carries out what follows it: 推进|“四好农村路”, 打造|“…街区”. */
const BUILDS_BEFORE = /(?:打造|推进|推动|建设|实施)$/;
/**
 * The building or developing of what stands before: “15分钟生活圈”打造, “四好农村路”高质量发展. Not 建设: a quote before
 * 建设 is a head's (QUOTED_HEADS), and one the head declines is not built there (“一带一路”建设进展, …建设成效: the
 * progress or the results of the building).
 */
const BUILT_AFTER = /^(?:打造|高质量发展)/;

/**
 * A quoted name of four characters or more that ends in a thing one builds (BUILT_PLACE), where a verb right before
 * it builds or carries it out (and no noun it modifies follows) or a word of building or developing follows it
 * (推进“四好农村路”高质量发展, 结合“15分钟生活圈”打造), is a programme, though it reads as a formulation (a numeral
 * first: 四好) or no kind. A formulation names a way or a set of ideas, not a thing built: “四个意识”, “放管服”,
 * “四大板块”发展 (板块 is no work), “港人治港” and 实行“携号转网” (no building) stay as they are.
 */
function settleBuiltPlaces(text: string, mentions: Mention[]): void {
  for (const mention of mentions) {
    if (mention.mark !== '“”' || (mention.kind !== 'formulation' && mention.kind !== 'other')) continue;
    if (mention.name.length < 4 || !BUILT_PLACE.test(mention.name) || SLOGAN.test(mention.name)) continue;
    const before = text.slice(Math.max(0, mention.start - 2), mention.start);
    const ahead = text.slice(mention.end, mention.end + 12);
    // 推进“一带一路”国际合作: a quote that modifies the noun after it is not what the verb carries out.
    if ((BUILDS_BEFORE.test(before) && !MODIFIES_NEXT.test(ahead)) || BUILT_AFTER.test(ahead))
      mention.kind = 'programme';
  }
}

/**
 * A quoted name of no known kind is an initiative only where the text acts on it (开展“最美科技小院”选树,
 * “烛光义教”等品牌); elsewhere it is a slogan (坚持“精字诀”). A run of quotes shares the last one's context.
 */
function settleQuotedReadings(text: string, mentions: Mention[]): void {
  const quotedMentions = mentions.filter((mention) => mention.mark === '“”').sort((a, b) => a.start - b.start);
  for (let k = quotedMentions.length - 1; k >= 0; k--) {
    const mention = quotedMentions[k];
    if (mention.kind !== 'other') continue;
    const next = quotedMentions[k + 1];
    // 严格落实“菜篮子”、“米袋子”行政首长负责制: quotes listed with 、 share the last one's reading; where the last
    // modifies the noun after it (a formulation), so do the ones before it, whatever verb heads the list.
    if (
      next !== undefined &&
      next.start === mention.end + 1 &&
      text[mention.end] === '、' &&
      next.kind === 'formulation'
    ) {
      mention.kind = 'formulation';
      continue;
    }
    const before = text.slice(Math.max(0, mention.start - 4), mention.start);
    const after = text.slice(mention.end, mention.end + 3);
    const ahead = text.slice(mention.end, mention.end + 12);
    const acted =
      (ACTION_BEFORE.test(before) &&
        !(MODIFIES_NEXT.test(ahead) && !ACTION_AFTER.test(after)) &&
        !KIND_LIST.test(after)) ||
      ACTION_AFTER.test(after) ||
      (next !== undefined && next.start === mention.end && next.kind !== 'formulation' && next.kind !== 'period');
    if (!acted) mention.kind = 'formulation';
  }
}

/**
 * How many name characters stand right before a quote and belong to the name it opens (内环高架“年轻化”工程):
 * back to the last verb, preposition or punctuation, at most 12, none when they are only generic words.
 */
function quotePrefix(text: string, open: number, taken: { covered: (index: number) => boolean }): number {
  let start = open;
  while (
    start > Math.max(0, open - 12) &&
    /[\u4e00-\u9fff0-9A-Za-z]/.test(text[start - 1]) &&
    !taken.covered(start - 1)
  )
    start--;
  const head = text.slice(start, open);
  let cut = 0;
  for (const inner of allMatches(head, INNER_BREAKS)) cut = inner.index! + inner[0].length;
  const prefix = head.slice(cut);
  return prefix.length >= 2 && !isGeneric(prefix) && !SORTED_VERBS.includes(prefix) ? prefix.length : 0;
}

/** Kind words a quoted name may follow (网站“上海一网通办”, 平台“XX”): the quote names one of that kind. */
const QUOTE_AFTER_KIND: Record<string, InitiativeKind> = {
  网站: 'platform',
  平台: 'platform',
  系统: 'platform',
  小程序: 'platform',
  公众号: 'platform',
  客户端: 'platform',
};
const KIND_BEFORE = new RegExp(`(?:${Object.keys(QUOTE_AFTER_KIND).join('|')})$`);

/** Words that make a quoted name a programme though no kind word follows: “美丽街区”建设, “证照分离”改革. */
const QUOTED_HEADS: Record<string, InitiativeKind> = {
  建设: 'programme',
  改造: 'programme',
  创建: 'programme',
  改革: 'programme',
  学习教育: 'campaign',
  主题教育: 'campaign',
  // “三严三实”专题教育; “五五”普法: the five-year round of legal education, named by its round.
  专题教育: 'campaign',
  普法: 'campaign',
  // 推进“数字管安”治理体系, 形成“数字管安”治理体系: a named system of governance the text sets up (as a short quote,
  // “放管服”, it stays a formulation: see ACTION_HEADS).
  治理体系: 'programme',
};
/** The heads of QUOTED_HEADS that name an action on a thing (not a campaign of study). */
const ACTION_HEADS = new Set(['建设', '改造', '创建', '改革', '治理体系']);
const QUOTED_HEAD_AT = new RegExp(
  `(?:${Object.keys(QUOTED_HEADS)
    .sort((a, b) => b.length - a.length)
    .join('|')})(?!布局|成|工作|任务|总体|要求|方案|目标|规划|进展)`,
  'y',
);

/** What the text forbids or prevents is no initiative: 防止出现“半拉子”工程, 不能搞“半拉子”工程, 严禁“洋垃圾”入境. */
const PREVENTED = /(?:防止|避免|杜绝|严禁|禁止|不能|不得|不准|不要)(?:出现|发生|搞|再搞)?$/;

/**
 * A model or system of management named after its parts (准入前国民待遇加负面清单(的)管理模式/管理制度, 2014–2016): a
 * mechanism, not the list or document its words end in (市场准入负面清单制度 stays: 制度 alone follows a list).
 */
const MODEL_AFTER = /^的?(?:管理模式|管理制度|模式)/;

/**
 * An event named as where something was won or said (体育健儿在里约奥运会、残奥会上再创佳绩, 在……纪念会上的重要讲话):
 * 在 before it, 上 right after it and a result or a speech in the clause make it the setting of what others did,
 * not an event the document holds or tasks (在全国科普日上发布… keeps it: the plan acts there).
 */
const SETTING_BEFORE = /在[^，,。；;：:！？在]{0,4}$/;
const SETTING_AFTER = /^上[^，,。；;：:！？]{0,8}?(?:佳绩|成绩|取得|获得|夺得|荣获|金牌|奖牌|讲话|致辞)/;

/**
 * A region or zone named by its kind word (经济带, 试验区, 自贸区, 自由贸易港) is a programme where the clause sets
 * it up, builds or plans it (建设长江经济带, 抓紧规划建设丝绸之路经济带、…, 设立中国上海自由贸易试验区, 推进亚太自贸区
 * 建设, 海南自贸试验区启动建设), not where it is the place or the occasion a sentence speaks of (取得明显进展，长江经济带
 * 生态优先; 抓住…自贸区全面建成…等契机: circulars.md §5 counts what the document sets up or tasks, and a place
 * as such is none) or its development names a strategy (长江经济带发展三大战略, 长江经济带发展要坚持…).
 */
const REGION = /(?:经济带|经济走廊|试验区|自贸区|自由贸易区|自由贸易港)(?:升级版|新片区)?$/;
const REGION_ACTED =
  /(?:建设|打造|规划|推进|推动|培育|共建|构建|实施|设立|增设|新设|批设|管理好|谈判|商谈|加快|启动|完成|结束|签署|升级)[^，,。；;：:！？]*$/;
/** A verb of building right after the zone: 海南自贸试验区启动建设, …自贸区建设. */
const REGION_BUILT_AFTER = /^(?:(?:启动|开始|加快|全面)?建设|谈判|协定|升级)/;
const REGION_STRATEGY = /^发展/;
/**
 * What may follow a belt the clause acts on: the end of the verb's object (punctuation, a list, 建设). A belt that
 * more words of a noun follow is the place of what the verb acts on (推动|长江经济带绿色发展, 建设|长江经济带综合立体
 * 交通走廊, 支持|长江经济带沿线城市): a region in general, as 长江经济带生态优先 is after a break.
 */
const BELT_OBJECT_END = /^(?:$|[^\u4e00-\u9fff]|[、和与及等]|(?:规划)?建设)/;

/**
 * A fund followed by the sum it is given (中央财政扶持中小企业发展专项资金安排106亿元, …基金规模达到500亿元) is a line
 * of a budget, money and not an initiative; a fund the text sets up or calls for applications to stays
 * (设立服务贸易创新发展引导基金, 组织开展…项目资金申报工作, 选择“航运中心建设专项资金”).
 */
const FUND = /(?:资金|基金)$/;
const SUM_AFTER =
  /^(?:安排|下达|拨付|投入|增加到|增加|增至|达到|达|共计|合计|总额|规模|规模达|为)*[0-9.]+多?(?:万亿|[万亿])?元/;

/**
 * Projects as what a procedure handles (“城中村”改造项目认定及备案流程, 旧区改造项目认定 in the Jiading opinion; as
 * 普通商品房项目审批 in 2010 and 工程建设项目审批制度改革 in 2019): the projects of a kind, one file each, not a
 * programme; a call for applications names the programme applied to (…促进现代航运服务业项目申报), and stays.
 */
const PROJECTS = /项目$/;
const PROCEDURE_AFTER = /^(?:的)?(?:认定|备案|审批|核准|立项|验收|评审|入库)/;

/** A region (see REGION) the text does not act on, or whose development it names as a strategy. */
function regionNotActed(text: string, mention: Mention, before: string): boolean {
  if (mention.mark !== 'none' || !REGION.test(mention.name)) return false;
  const after = text.slice(mention.end, mention.end + 4);
  if (REGION_STRATEGY.test(after)) return true;
  if (mention.name.endsWith('经济带') && !BELT_OBJECT_END.test(after)) return true;
  return !REGION_ACTED.test(before) && !REGION_BUILT_AFTER.test(after);
}

/**
 * Drops what the text prevents (see PREVENTED), names of a model of management (see MODEL_AFTER), regions the text
 * does not act on (see REGION), funds given a sum (see FUND), projects a procedure handles (see PROJECTS), events
 * that are the setting of what others did (see SETTING_AFTER). Events count whether past or future (circulars.md
 * §5): the meetings a review says the leaders attended (出席二十国集团领导人峰会、金砖国家领导人会晤……) stay, as do
 * those the country hosted (成功举办…峰会) or will host (办好…峰会).
 */
export function dropNonInitiatives(text: string, mentions: Mention[]): void {
  let kept = 0;
  for (const mention of mentions) {
    const before = text.slice(Math.max(0, mention.start - 80), mention.start);
    const setting =
      mention.kind === 'event' &&
      SETTING_BEFORE.test(before) &&
      SETTING_AFTER.test(text.slice(mention.end, mention.end + 12));
    const model = mention.mark === 'none' && MODEL_AFTER.test(text.slice(mention.end, mention.end + 6));
    const sum = FUND.test(mention.name) && SUM_AFTER.test(text.slice(mention.end, mention.end + 16));
    const handled = PROJECTS.test(mention.name) && PROCEDURE_AFTER.test(text.slice(mention.end, mention.end + 4));
    if (!setting && !model && !sum && !handled && !PREVENTED.test(before) && !regionNotActed(text, mention, before))
      mentions[kept++] = mention;
  }
  mentions.length = kept;
}

/**
 * One name per span (circulars.md §5, issue 20): where a mention lies inside another's span, the reader lists the
 * longer one, the name as the text writes it at its fullest (a quoted word inside the name it heads, a programme
 * named inside a cited document's title), and drops the shorter; a title cited inside a title
 * (《关于印发〈……〉的通知》) and the alias a title declares (（以下简称《纲要》）) are documents of their own, and stay.
 * A programme named elsewhere in the sentence, outside the title, is its own initiative. The finders mostly keep
 * names apart already (a name is not looked for where another covers the text); this is the rule they follow,
 * applied once to what they found. Sorted by start, longest first, so one sweep finds every nested mention.
 */
export function dropNested(mentions: Mention[]): void {
  if (mentions.length < 2) return;
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  let outer: Mention | null = null;
  let kept = 0;
  for (const mention of mentions) {
    const inside = outer !== null && mention.end <= outer.end && mention !== outer;
    if (inside && !(mention.kind === 'document' && mention.mark === '《》')) continue;
    if (outer === null || mention.end > outer.end) outer = mention;
    mentions[kept++] = mention;
  }
  mentions.length = kept;
}
