/**
 * The tables behind the initiatives pass: kind words and the kind each names, verbs trimmed off a
 * name's front, generic words that make a name too vague to count, and the canonical key.
 */
import { foldWidth, toSimplified } from '../normalize.js';

/**
 * The kinds of initiative, as `kepu initiatives --kind` takes them.
 *
 * @example
 * INITIATIVE_KINDS.plan // the words that make a name a plan: 计划, 规划 …
 */
export const INITIATIVE_KINDS = [
  'document',
  'programme',
  'campaign',
  'event',
  'platform',
  'organisation',
  'formulation',
  'period',
  'other',
] as const;

/**
 * What an initiative is: a plan, an action, a project, an activity, a base, an award …
 *
 * @example
 * const kind: InitiativeKind = 'plan'
 */
export type InitiativeKind = (typeof INITIATIVE_KINDS)[number];

/**
 * How an initiative's name is marked in the text: title marks, quotation marks, or not at all.
 *
 * @example
 * const mark: InitiativeMark = '《》' // 《全民科学素质行动规划纲要》
 */
export type InitiativeMark = '《》' | '“”' | 'none';

/** Words that end a named initiative, with the kind they name (matched longest first). */
export const KIND_WORDS: ReadonlyArray<[string, InitiativeKind]> = [
  ['行动计划', 'programme'],
  ['计划', 'programme'],
  ['工程', 'programme'],
  ['项目', 'programme'],
  // 农村土地制度改革试点, 跨境电子商务试点
  ['试点', 'programme'],
  // 全面创新改革试验, 农村改革综合试验: a trial of reform the state runs where it is named (改革试验区, 综合试验区 are
  // zones, 试验区 below).
  ['改革试验', 'programme'],
  ['综合试验', 'programme'],
  // 世界一流大学和一流学科建设, 上海国际航运中心建设: building a named thing (see BUILT_THING; 队伍建设, 法治建设 are
  // none).
  ['建设', 'programme'],
  // 国家科技重大专项
  ['重大专项', 'programme'],
  // 上海国际航运中心建设专项资金, 调整优化航运集疏运结构项目资金
  ['专项资金', 'programme'],
  ['项目资金', 'programme'],
  // 设立服务贸易创新发展引导基金: a fund the state sets up to steer investment (not 社会保险基金, 政府性基金: money).
  ['引导基金', 'programme'],
  // 海南自贸试验区, 中国特色自由贸易港, 中日韩自贸区
  ['试验区', 'programme'],
  ['自贸区', 'programme'],
  // 中国－东盟自由贸易区, 中韩自由贸易区: the zone written in full (自由贸易区战略, 自贸区网络: a policy, a network).
  ['自由贸易区', 'programme'],
  ['自由贸易港', 'programme'],
  // 长江经济带, 丝绸之路经济带 (not 沿海沿江沿线经济带, 高质量发展经济带: descriptions)
  ['经济带', 'programme'],
  // 孟中印缅、中巴经济走廊: a corridor named by the countries it joins (not 陆上经济走廊, a kind by terrain).
  ['经济走廊', 'programme'],
  // 国家自主创新示范区试点政策: the policies a pilot tries are its name's end.
  ['试点政策', 'programme'],
  // 党的群众路线教育实践活动
  ['教育实践活动', 'campaign'],
  // 民族团结进步创建活动, 群众性精神文明创建活动
  ['创建活动', 'campaign'],
  // 重点行业污染治理专项行动, 贫困地区控辍保学专项行动: a special action is named by its topic (see isNameLike).
  ['专项行动', 'campaign'],
  ['行动', 'campaign'],
  // 内蒙古自治区成立70周年庆祝活动: the celebration of an anniversary, named by it (see anniversaryEvent).
  ['庆祝活动', 'event'],
  ['纪念活动', 'event'],
  ['活动', 'campaign'],
  // 精准脱贫攻坚战, 蓝天保卫战, 食品药品安全专项整治, 扫黑除恶专项斗争
  ['攻坚战', 'campaign'],
  // 全面推进脱贫攻坚。持续开展京津冀及周边、长三角、汾渭平原大气污染治理攻坚，: 攻坚 ending a clause names the
  // campaign (not 攻坚期, 攻坚阶段, 攻坚克难, 脱贫攻坚责任制: see KIND_WORD_CONTINUATIONS).
  ['攻坚', 'campaign'],
  ['保卫战', 'campaign'],
  ['专项整治', 'campaign'],
  // 电信网络诈骗专项治理, 第七次全国人口普查: a special cleanup named by its object, a national census.
  ['专项治理', 'campaign'],
  ['普查', 'campaign'],
  ['专项斗争', 'campaign'],
  // 国务院大督查, 中央环境保护督察, 中央脱贫攻坚专项巡视
  ['大督查', 'campaign'],
  ['督察', 'campaign'],
  ['专项巡视', 'campaign'],
  ['大赛', 'event'],
  ['竞赛', 'event'],
  ['大会', 'event'],
  ['论坛', 'event'],
  ['活动周', 'event'],
  ['科普日', 'event'],
  // 二十国集团领导人峰会, 金砖国家领导人会晤, 中国国际进口博览会, 全国运动会, 北京奥运会, 上海世博会
  ['峰会', 'event'],
  ['会晤', 'event'],
  // 亚太经合组织领导人非正式会议, 澜沧江－湄公河合作首次领导人会议, 东亚领导人系列会议, 亚欧首脑会议: a meeting of
  // leaders is named by its members (会议 alone is any meeting: 精简会议).
  ['领导人非正式会议', 'event'],
  ['领导人系列会议', 'event'],
  ['领导人会议', 'event'],
  ['首脑会议', 'event'],
  // 联大系列高级别会议: high-level meetings named by the body that holds them; 多哈回合谈判: a round of trade talks
  // named by where it opened (协商谈判, 自贸区谈判: talks of a kind or on a zone, no round).
  ['高级别会议', 'event'],
  ['回合谈判', 'event'],
  ['博览会', 'event'],
  ['运动会', 'event'],
  ['奥运会', 'event'],
  ['冬奥会', 'event'],
  ['残奥会', 'event'],
  ['年会', 'event'],
  ['世博会', 'event'],
  ['亚运会', 'event'],
  ['节', 'event'],
  ['周', 'event'],
  ['日', 'event'],
  ['平台', 'platform'],
  ['基地', 'platform'],
  ['云平台', 'platform'],
  // 水路运输建设综合管理信息系统, 交通城运系统, 重大事故隐患判定标准知识库
  ['信息系统', 'platform'],
  ['系统', 'platform'],
  ['数据库', 'platform'],
  ['资源库', 'platform'],
  ['知识库', 'platform'],
  // 上海“一网通办”网站
  ['网站', 'platform'],
  ['联盟', 'organisation'],
  ['联合体', 'organisation'],
  ['委员会', 'organisation'],
  // 筹委会 is 筹备委员会 written short: a body set up for a task (circulars.md §5; TASKED_COMMITTEE takes 筹备).
  ['筹委会', 'organisation'],
  // 区城市更新领导小组, 部际联席会议, 交通领域精细化管理工作专班
  ['领导小组', 'organisation'],
  ['联席会议', 'organisation'],
  ['工作专班', 'organisation'],
  ['专班', 'organisation'],
  // Titles cited without marks: 国家新型城镇化规划, 国家中长期人才发展规划纲要, 国内水路运输管理条例, 劳动合同法
  ['规划纲要', 'document'],
  ['规划', 'document'],
  ['纲要', 'document'],
  ['条例', 'document'],
  ['实施细则', 'document'],
  ['细则', 'document'],
  ['协定', 'document'],
  ['议定书', 'document'],
  ['框架协议', 'document'],
  // 市场准入负面清单, 外商投资产业指导目录, 自然资源统一确权登记办法, 国家公园体制总体方案
  ['清单', 'document'],
  ['目录', 'document'],
  ['办法', 'document'],
  // 三大攻坚战三年行动方案, 医改三年实施方案
  ['行动方案', 'document'],
  ['实施方案', 'document'],
  ['方案', 'document'],
  // 西部大开发新十年指导意见, 排污权有偿使用和交易试点的指导意见, 关于…的决定: titles only where the text cites
  // them (制定, 印发, 实施 … before them; see CITING_VERB).
  ['指导意见', 'document'],
  ['意见', 'document'],
  ['决定', 'document'],
  ['法', 'document'],
  // 修订|中小企业划分标准: a standard the text drafts, revises or enforces (citedTitleStart; 补助标准 is a level).
  ['标准', 'document'],
  // 中央八项规定, 国内水路运输管理规定
  ['规定', 'document'],
];

/** Characters after a kind word that show it is part of a longer word: 行动态, 日常, 周边, 节约. */
export const KIND_WORD_CONTINUATIONS: Record<string, string> = {
  行动: '态力者方上目',
  活动: '态力',
  日: '常益期报前后内起至均间程',
  周: '边期年岁围全转',
  节: '约能点日奏目省',
  // Any character after 攻坚 makes it the front of another word: a campaign only where it ends the clause.
  攻坚: '\u4e00-\u9fff',
  // 标准化, 标准体系, 标准件, 标准值: the front of another word; 标准知识库, 标准库, 标准数据库: a store of standards,
  // whose kind word is the store's.
  标准: '化体件值线制规准知库数',
  自贸区: '战网',
  自由贸易区: '战网',
  // 改革试验区, 综合试验田: the front of another word.
  改革试验: '区田点',
  综合试验: '区田点',
  // 建设: a programme of building only where it ends the clause (上海国际航运中心建设，; not …中心建设难点, 建设总体要求).
  建设: '\u4e00-\u9fff',
  计划: '生外',
  平台: '上',
  工程: '师学',
  项目: '部组',
  试点: '城地县市区省单企园镇村乡建改',
  系统: '性化工内',
  规划: '师建设局区',
  条例: '规',
  // 法无授权不可为, 尊法学法守法用法: 法 as the law in general.
  法: '人律院治庭官典定制案学理不无守用',
  // 普查员, 普查表, 普查结果, 普查工作: the census's staff and forms, not a census.
  普查: '员表结数',
  联席会议: '制机办',
  领导小组: '办成',
  委员会: '办',
  意见: '稿书箱领',
  决定: '性因于权',
};

/**
 * Kind words whose names need a proper word (全国, 中国, 国家, 科普中国, a year) before them, unless the
 * words before them are at least this long: 银龄科普行动 passes, 帮扶项目 and 交通建设工程 do not.
 */
export const PROPER_WORD_UNLESS_LONGER: Record<string, number> = {
  活动: Infinity,
  项目: Infinity,
  平台: Infinity,
  系统: 4,
  行动: 4,
  基地: 4,
  工程: 3,
  试点: 3,
  试验区: 4,
  自贸区: 2,
  自由贸易区: 2,
  清单: 6,
  专项资金: 6,
  项目资金: 6,
  引导基金: 4,
  网站: Infinity,
  目录: 6,
  // 完善土地收入管理使用办法, 改革完善高职院校考试招生办法, 实行差别化考核评价办法: a way of doing a thing that the
  // text improves or applies; a document only where a verb issues or carries it out (制定, 出台, 实施: citedTitleStart)
  // or a proper word names it.
  办法: Infinity,
  方案: Infinity,
  行动方案: Infinity,
  实施方案: Infinity,
  督察: Infinity,
  // 全国经济普查, 全国污染源普查 (not 开展普查, 地名普查: a census of the country is named so).
  普查: Infinity,
  专项巡视: Infinity,
  资源库: 6,
  数据库: 6,
  知识库: 6,
  规划: Infinity,
  纲要: Infinity,
  规划纲要: 4,
  条例: 3,
  规定: 6,
  指导意见: Infinity,
  意见: Infinity,
  决定: Infinity,
  专班: 4,
  创建活动: 4,
  委员会: 4,
  高级别会议: 2,
  改革试验: 2,
  综合试验: 2,
  回合谈判: 2,
};

/**
 * KIND_WORDS by their last character, each list in KIND_WORDS' order: a name can end only in the
 * words that end in its own last character, so `kindOfName` tries those few instead of all of them
 * (it runs for every kind word of every paragraph, and for most of the words before one).
 */
const KIND_WORDS_BY_LAST: ReadonlyMap<number, ReadonlyArray<[string, InitiativeKind]>> = (() => {
  const byLast = new Map<number, Array<[string, InitiativeKind]>>();
  for (const entry of KIND_WORDS) {
    const last = entry[0].charCodeAt(entry[0].length - 1);
    const list = byLast.get(last);
    if (list) list.push(entry);
    else byLast.set(last, [entry]);
  }
  return byLast;
})();

/** Kind of a name by the kind word it ends with (the first of KIND_WORDS that it ends with), or null. */
export function kindOfName(name: string): { kind: InitiativeKind; word: string } | null {
  const words = KIND_WORDS_BY_LAST.get(name.charCodeAt(name.length - 1));
  if (words === undefined) return null;
  for (let index = 0; index < words.length; index++) {
    const word = words[index][0];
    if (name.endsWith(word)) return { kind: words[index][1], word };
  }
  return null;
}

/** Verbs and connectives that precede a name and are not part of it: 实施/开展/办好 …科普中国星空创作培育计划. */
export const LEADING_VERBS = [
  '深入实施',
  '继续实施',
  '持续实施',
  '组织实施',
  '实施',
  '深入开展',
  '继续开展',
  '广泛开展',
  '持续开展',
  '组织开展',
  '开展',
  '继续办好',
  '办好',
  '举办',
  '承办',
  '主办',
  '推进',
  '推动',
  // 加快|中韩自由贸易区谈判 (加快自由贸易区建设步伐: the verb alone before the kind word names nothing)
  '加快',
  // 抓紧规划建设|丝绸之路经济带
  '规划建设',
  '建设',
  '建好',
  '建强',
  '用好',
  '组织',
  '启动',
  '支持',
  '打造',
  '参加',
  '参与',
  '深化',
  '加强',
  '策划',
  '召开',
  '落实',
  '做精',
  '做强',
  '做好',
  '完善',
  '依托',
  '发挥',
  '围绕',
  '聚焦',
  '成立',
  '组建',
  '设立',
  '培育',
  '发布',
  '认定',
  '创建',
  '探索',
  '鼓励',
  '引导',
  '共同',
  '积极',
  '继续',
  '持续',
  '深入',
  '着力',
  '大力',
  '全面',
  '进一步',
  // 发展外贸综合服务平台, 清理规范地方政府融资平台
  '发展',
  '清理规范',
  '清理',
  '规范',
  '好',
  '优化',
  '提升',
  '强化',
  '巩固',
  '实现',
  '形成',
  '开设',
  // 组织申报2024年度市级重点研发计划: a call to apply names the programme applied to.
  '组织申报',
  '申报',
  '推出',
  // 将科技志愿服务“智惠行动”全面融入|科普日活动: what is merged into a programme.
  '融入',
  '助力',
  '搭建',
  '构建',
  '协同构建',
  '协同',
  '建立',
  '健全',
  '创新升级',
  '升级',
  '设计',
  '安排',
  '带动',
  '动员',
  '指导',
  '编制',
  '制定',
  '拟定',
  '上报',
  '报送',
  '完成',
  '印发',
  '出台',
  '修订',
  '编写',
  '开通',
  '实行',
  '以',
  '将',
  '把',
  '对',
  '向',
  '在',
  '为',
  '与',
  '和',
  '及',
  '等',
  '的',
];

/** A name made only of these (after its kind word is removed) is too generic to be an initiative. */
export const GENERIC_WORDS = [
  '科普',
  '主题',
  '系列',
  '相关',
  '各类',
  '各项',
  '有关',
  '品牌',
  '示范',
  '群众性',
  '专题',
  '专项',
  '交流',
  '培训',
  '宣传',
  '志愿服务',
  '科技',
  '科学',
  '教育',
  '重点',
  '重大',
  '学科',
  '年度',
  '实施',
  '资金',
  '区级',
  '市级',
  '更新',
  '整治',
  '养护',
  '计划',
  '工作计划',
  '立法',
  '检查',
  '核查',
  '网络',
  '线上',
  '线下',
  '特色',
  '公益',
  '实践',
  '试点',
  '合作',
  '服务',
  '工作',
  '能力',
  '建设',
  '提升',
  '创新',
  '发展',
  '全国性',
  '区域性',
  '常态化',
  '各地',
  '基层',
  '社区',
  '农村',
  '学校',
  '青少年',
  '国际',
  '国家级',
  '省级',
  '市级',
  '县级',
  '一批',
  '优秀',
  '自由贸易',
  '投资',
  '自贸',
  '管理',
  '实施',
  '具体',
  '总体',
  '任务',
  '责任',
  '权力',
  '负面',
  // 农村民生工程, 社会事业等民生工程, 新增建设用地计划: kinds of spending and quota, not names.
  '民生',
  '用地',
  '有关',
  '大',
  '小',
  '新',
  '等',
  '类',
  '性',
  '的',
];

/** Words a 日/周/节 name must end with before its kind word (全国科普日, 科技活动周): 日 alone is too common. */
export const DAY_NAME_ENDINGS =
  /(?:科普|宣传|活动|环境|低碳|减灾|科学|科技|安全|读书|文化|健康|环保|禁毒|消费者|地球|海洋|航天|气象|博物馆|主题|创新|质量|标准)(?:日|周|节)$/;

/** Numbered political formulations: 四个意识, 两个维护, 双减, 四服务, 六位一体, 一带一路. */
export const FORMULATION = /^[一二三四五六七八九十两双百千万][\u4e00-\u9fff]{0,9}$/;

/** Numbered names that are campaigns all the same: 三下乡, 食品安全进万家. */
export const NUMBERED_CAMPAIGN = /(?:下乡|进万家|进校园|进社区)$/;

/** Quoted names of an overhaul, a campaign by their last word: “厕所革命” (not 革命 alone, nor a slogan with 、). */
export const OVERHAUL_CAMPAIGN = /^[\u4e00-\u9fff]{2,}革命$/;

/**
 * Slogans and lists in quotes: 非平台不业务, 小核心，大外围, 人才、内容、渠道、队伍 (not 互联网+政务服务, a programme where the
 * text acts on it).
 */
export const SLOGAN = /[、，,；;]|^非.+不|不.+不/;

/** 十四五, 十三五 … as quoted plan periods. */
export const PLAN_PERIOD = /^十[一二三四五六七八九]五$/;

/**
 * The canonical identity of an initiative, stable across years and copies: simplified
 * characters, half-width forms, no quotes, title marks, brackets or spaces, one middle dot and
 * one dash, no edition (2022, 第八届, 新一轮) at the front and no 活动 at the end.
 *
 * @example
 * initiativeKey('第八届“科普中国”创作大赛') === initiativeKey('科普中国创作大赛') // true
 */
export function initiativeKey(name: string): string {
  return (
    foldWidth(toSimplified(name))
      .replace(/[《》〈〉<>“”"'‘’「」『』\s]/g, '')
      .replace(/[·•・‧]/g, '·')
      .replace(/[—–－-]+/g, '-')
      .replace(/[（]/g, '(')
      .replace(/[）]/g, ')')
      .replace(/^(?:[0-9]{4}年?[度版]?|第[一二三四五六七八九十百0-9]+[届次期批轮]|[0-9]+届|首[届次期批]|新一轮)+/, '')
      // 党中央八项规定 (2015–2018) and 中央八项规定 (2014, 2019): the same issuer, written long or short.
      .replace(/^党(?=中央)/, '')
      // 中央八项规定及其实施细则 (2019), 党中央八项规定及实施细则 and 党中央八项规定 (2018): the rules that carry out
      // a title go with it, so a diff meets them across the years.
      .replace(/^(.{2,})及其?实施细则$/, '$1')
      // 中国科协2020年科普工作要点, 纲要(2021-2035年): a year or a span of years inside the name is its edition.
      .replace(/\((?:[0-9]{4}(?:年度?)?[-至~]?)+(?:年度?)?\)/g, '')
      .replace(/(?<=[^0-9])[0-9]{4}年度?(?=[^0-9])/g, '')
      // “天宫课堂”活动 and “天宫课堂”, “美丽街区”建设 and “美丽街区” are one programme: a trailing 活动, 建设,
      // 创建 or 改造 is not part of its identity.
      .replace(/^(.{2,})(?:活动|建设|创建|改造)$/, '$1')
      // 科普中国智库平台 and 科普中国智库: a 平台 after a name that ends in its own kind word adds nothing.
      .replace(/^(.{2,}(?:库|系统|平台|基地))平台$/, '$1')
  );
}
