/**
 * The patterns of time expressions (all sticky, matched at a given index of folded text), and
 * the numeral reader they share. The context they are run in is in grammar-context.ts.
 */
import { parseChineseNumeral } from '../numerals.js';

/** Chinese digits as years and dates write them (二〇二三, 二○二二). */
export const CN = '〇○零一二三四五六七八九';
/** A Chinese numeral with units (十五, 两, 仨, 廿三). */
export const CN_NUMBER = `[${CN}十两仨廿]{1,4}`;
/** An Arabic or Chinese number. */
export const NUMBER = `(?:[0-9]{1,4}|${CN_NUMBER})`;

/**
 * Reads an Arabic or Chinese number (仨 is 3). It is given a whole group of a pattern (NUMBER, a
 * year, a month, a day), all ASCII digits or none: `Number` reads the first and is NaN on the second.
 */
export function readNumber(text: string): number | null {
  const arabic = Number(text);
  return Number.isNaN(arabic) ? parseChineseNumeral(text.replace(/仨/g, '三')) : arabic;
}

/** A pattern that matches only at the index it is run at. */
const sticky = (source: string) => new RegExp(source, 'y');

// 农历八月二十三
export const LUNAR = sticky('(?:农历|阴历)');
// 2023年, 二〇二三年度 (not 2014年第2号)
export const YEAR4 = sticky(`([0-9]{4}|[${CN}]{4})[ \\t]*年(?:度)?(?!代|第[0-9${CN}十百]+号)`);
// 15年 (loose only)
export const YEAR2 = sticky(`(?<![0-9${CN}])([0-9]{2}|[${CN}]{2})年(?![代前内])`);
// 当年, 次年, 上一年, 上年, 新的一年
export const RELATIVE_YEAR = sticky(
  '(当年|今年|本年度?|这一年|新的一年|明年|次年|翌年|下一年度?|去年|上一年度?|上年度?|前年|后年)',
);
// 今明两年: this year and the next
export const THIS_AND_NEXT_YEAR = sticky('今明两年');
// 今后五年, 未来三年, 三年累计: the plan's year and the ones after it (not 近五年累计, 过去五年)
export const COMING_YEARS = sticky(`(?:今后|未来)(${NUMBER})年(?!以?内)|(?<![近去这前过来])(${NUMBER})年累计`);
// （2024-2026）: two years in brackets without 年, a span of years
export const BARE_YEAR_RANGE = sticky(
  '(?<=[（(])((?:19|20)[0-9]{2})[ \\t]*[-—–~～至][ \\t]*((?:19|20)[0-9]{2})(?=[）)])',
);
// 在规定时间内, 于规定的期限前: a limit set elsewhere
export const SET_LIMIT = sticky('规定(?:的)?(?:时间|时限|期限|日期)(?:内|以内|前|之前)');
// 整改期限不超过3个月, 最长不超过30日: a limit of a length, counted from an event the text names elsewhere
export const LENGTH_LIMIT = sticky(`(?:最长|最多)?(?:不超过|不得超过|不长于)(${NUMBER})(个工作日|个月|日|天|年)`);
// (2023年)上半年, 年底, 内
export const YEAR_PART = sticky('(上半年|下半年|年底|年末|年初|年中|伊始|全年|年内|底|末|初|中|内)(?![旬])');
// 上半年, 年底, 全年
export const STANDALONE_YEAR_PART = sticky('(上半年|下半年|年底|年末|年初|年中|全年|年内)');
// 前两个季度, 前十一个月, 首月
export const FIRST_N = sticky(`前(${NUMBER})个?(季度|月)|首(月)`);
// 一季度, 第三季度, 首季度, Q1
export const QUARTER = sticky(`(?:第?([一二三四1-4])|(首))季度(末|初)?|[Qq]([1-4])(?:季度)?`);
// 本季度, 上个季度末
export const RELATIVE_QUARTER = sticky('(本|这个?|上一?个?|下一?个?)季度(末|初)?');
// 9月, 十二月份
export const MONTH = sticky(`(1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])[ \\t]*月份?`);
// 正月, 腊月, 大年
export const LUNAR_MONTH = sticky('(正|冬|腊)月|(大年)');
// 本月, 上个月, 下月
export const RELATIVE_MONTH = sticky('(本月|当月|这个月|上一?个?月|下一?个?月)');
// (9月)上旬, 底, 月末
export const MONTH_PART = sticky('(上旬|中旬|下旬|月初|月中|月底|月末|初|底|末)');
// 15日, 九号, 二十三日
export const DAY = sticky(
  `(3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|廿[一二三四五六七八九]?|卅)[ \\t]*(?:日|号)`,
);
// (正月)初十, 十五
export const LUNAR_DAY = sticky(
  `初([一二三四五六七八九十])|(三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?)`,
);
// 17 in 9月17-23日, 2021 in 2021—2025年
export const BARE_NUMBER = sticky(`([0-9]{1,4}|[${CN}十]{1,4})(?![0-9${CN}十年月日号个天])`);
// ，11号 in 9月10号，11号
export const DAY_LIST_ITEM = sticky(
  `[ \t]*[，,、][ \t]*(3[01]|[12][0-9]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[ \t]*(?:日|号)`,
);
// 本日, 当天
export const RELATIVE_DAY = sticky('(本日|今天|今日|当日|当天)');
// 17:30
export const CLOCK = sticky('([0-9]{1,2})[:：]([0-9]{2})');
// —, -, ~, 至, 到
export const CONNECTOR = sticky('[ \\t]*(?:—+|–|-|~|～|至|到)[ \\t]*');
// 截至, 不晚于, 到, 自
export const PREFIX = sticky('(截至|截止(?:到|至)?|不晚于|最迟于?|到|至|从|自|于)');
// 前, 以前, 为止, 申报截止, 起, 期间, 内 (前后 before 前: 9月前后 is about September, not before it)
export const SUFFIX = sticky('(以前|之前|前后|前|为止|止|申报截止|报送截止|截止|以来|起|开始|期间|时期|以内|内|左右)');
// 2022.3.3, 2022-03-03
export const DOTTED = sticky('([0-9]{4})[./-]([0-9]{1,2})[./-]([0-9]{1,2})(?![0-9])');
// "十四五"期间, “九五”时期 (八五 … 十五五: 十五, 八五 and 九五 only quoted or with 期间, being numbers too)
export const PLAN_PERIOD = sticky(
  `(["“'‘])?(十[一二三四五六七八九]|[八九十])五(["”'’])?(期间|时期内|时期|规划期|规划)?`,
);
// 每年, 每季度, 每半年, 每天
export const RECURRING = sticky('每(年度?|半年|季度?|个?月|周|旬|天|日)');
// 每5年, 每隔两周, 每15个工作日
export const EVERY_N = sticky(`每(?:隔)?(${NUMBER})(个工作日|个月|月|年|周|星期|天|日)(?!内|以内|前|后)`);
// 5年一周期, 3年一轮, 15天完成1次, 15/30天完成1次 (the first number given)
export const CYCLE = sticky(
  `(${NUMBER})(?:[/／、](?:${NUMBER}))?(个工作日|个月|年|周|天|日)(?:[一1]个?(?:周期|轮)|[^内前后，。；、0-9]{0,4}?[1一](?:次|轮|遍))`,
);
// 自印发之日起30日内, 自执法决定作出之日起20个工作日内, 自公布之日起 (施行): a limit or a start counted from an event
export const EVENT_RELATIVE = sticky(
  `(?:自|从)([^，,。；;：:、“”"《》（）()]{1,30}?)之日(?:起|开始)(?:(${NUMBER})(个工作日|个月|日|天|年)(?:内|以内)?)?`,
);
/** Events that are the document's own issue: 印发, 本通知发布, 公布 … (the reference date). */
export const ISSUE_EVENT = /^(?:本[\u4e00-\u9fff]{1,8}?)?(?:印发|发布|下发|公布|施行|实施|发文|签发)$/;
// 即日起: from the reference day on
export const FROM_TODAY = sticky('(?:自|从)?即日(?:起|开始)');
// 30日内, 近三个月, 未来两个月
export const DURATION = sticky(`(未来|近)?(${NUMBER})(个工作日|个半月|个多月|个月|月|日|天|年)(以内|内|以来)?`);
// 开工前30日, 召开前5个工作日, 开始前一个月, 进港前24小时: a limit counted back from the event before 前 (see
// readBeforeEvent; 前两个月 after a year or a quarter is the first months of it, FIRST_N)
export const BEFORE_EVENT = sticky(`前(${NUMBER})(个工作日|个月|日|天|周|小时)`);
// The second characters of words 前X that ICU's dictionary (cjdict, what Intl.Segmenter reads) lacks but the
// 现代汉语词典 lists, and that can stand after a time or an event: 前置 (前置审批), 前移 (关口前移), 前项, 前缀
export const BEFORE_WORDS_MISSED = '置移项缀';
// 前, 之前, 以前 after an event with no count, 前 not opening a word of its own (前期, 前提, 前款, 前置, 前三 …) nor
// qualifying a noun (开工前的准备)
export const BARE_BEFORE = sticky(
  `前(?!提(?!交)|[期沿列景夕端台身者款述茅途程面方线${BEFORE_WORDS_MISSED}的${CN}十两0-9])`,
);
// 到期后再延长两年, 期满后可延长6个月: a term extended by n units from its end (see readExtension)
export const EXTENSION = sticky(
  `(?:到期|期满|届满)(?:之?后|以后)[，,]?(?:再|可|可以|继续|予以|自动|顺)?(?:延长|延续|顺延)(${NUMBER})(个工作日|个月|年|日|天)`,
);
// 事先 before the duty it times: 应当事先报经批准 (not 事先的, a noun's qualifier)
export const BEFOREHAND = sticky('事先(?![的])');
// 三年前
export const AGO = sticky(`(${NUMBER})年前`);
// 上世纪80年代, 本世纪20年代, 二十世纪九十年代末期
export const DECADE = sticky(
  `(?:(上|本)世纪|(十九|二十|二十一|19|20|21)世纪)?([0-9]{2}|[一二三四五六七八九]十)年代(初期|中期|末期|初|末)?`,
);

/** Characters an expression can start with, by char code (1 where one can): no string per character scanned. */
export const STARTS = new Uint8Array(0x10000);
for (const char of '0123456789' +
  CN +
  '十两仨廿上下本当今明次翌去前后首第每近未自从截至到期届不最农阴腊正冬大伊全年这新即规事Q"“\'‘')
  STARTS[char.charCodeAt(0)] = 1;
