/**
 * Why a time reference is listed or left out (../shared/docs/circulars.md §4, "What counts as a deadline"):
 * a time by which or during which someone must act is an `action`; the document's own date, past events,
 * forecasts, years used as names, cited titles, caps and rates are not. Each decision is a row of a table
 * below, with the text it was drawn from beside it.
 */
import { endsBetweenWords, type TimeValue } from '../time/parse-time.js';
import { PLAN_PERIOD } from '../time/time-patterns.js';

/**
 * Why a time reference is listed (see `Deadline.role`).
 *
 * @example
 * const role: DeadlineRole = 'past'
 */
export type DeadlineRole = 'action' | 'cited-title' | 'label' | 'plan-year' | 'past' | 'forecast' | 'rate' | 'anchor';

/** What the role of one expression is decided from. */
export interface RoleInput {
  value: TimeValue;
  /** The expression as written. */
  written: string;
  context: 'text' | 'heading' | 'title' | 'cited-title';
  /** The text the expression sits in (a paragraph, a heading), and where in it. */
  text: string;
  index: number;
  /** The plan's year, or null. */
  planYear: number | null;
  /** The first day of the plan's time: its date when known, else 1 January of its year, else null. */
  planStart: string | null;
  /** The year relative expressions were read against (the plan's, or a placeholder for a plan without one). */
  referenceYear: number;
  /** Whether the expression sits in a review of past work (一、2013年工作回顾, 过去五年工作回顾). */
  inReview: boolean;
  /** The years the plan covers, from its title (三年行动计划（2024-2026年）), or null. */
  planSpan: { first: number; last: number } | null;
}

/** Whole years only: 2022年, 2021-2025年, "十四五" (no month, quarter or day). */
export function coversWholeYears(value: TimeValue): boolean {
  return (
    (value.kind === 'date' || value.kind === 'range' || value.kind === 'period') &&
    value.start !== null &&
    value.end !== null &&
    value.start.slice(5) === '01-01' &&
    value.end.slice(5) === '12-31'
  );
}

/**
 * Words that, right after a whole year, make it a time of action rather than a name:
 * 2023年完成, 2025年基本建成, 2022年起. A year followed by any other character of a name is a label
 * (2021-2025年全国科普示范县, 2022年科普工作, "十四五"规划).
 */
const ACTION_AFTER_YEAR =
  /^(?:[，,。；;：:、）)」』”"\s]|$|完成|实现|建成|达到|基本|全面|力争|争取|初步|开始|启动|将|要|拟|再|继续|新增|累计|共|重点|底|末|前|内|期间|时期|以前|以后|之前|以来|起|至|到|—|-|~|～)/;

/**
 * Whether what follows a year at `at` makes it a time of action (ACTION_AFTER_YEAR), 前 only as the limit word:
 * not where it begins a word (2025年前期工作, 2024年前列: see endsBetweenWords).
 */
function actionAfterYear(text: string, at: number): boolean {
  if (!ACTION_AFTER_YEAR.test(text.slice(at, at + 2))) return false;
  return text.charCodeAt(at) !== 0x524d /* 前 */ || endsBetweenWords(text, at + 1);
}

/** Headings of a review of past work: 一、2013年工作回顾, 一、过去五年工作回顾, “十一五”时期…的回顾. */
export const REVIEW_HEADING = /回顾|过去[一二三四五六七八九十两0-9]*年|工作总结|取得的(?:主要)?成[绩效就]/;

/** The farthest a rule looks around an expression, in characters: a line of a million characters is read once. */
const WINDOW = 160;

/** The sentence around an expression: from after the last 。；！？ before it to the next one, at most WINDOW away. */
export function sentenceAround(text: string, index: number, length: number): { before: string; after: string } {
  const floor = Math.max(0, index - WINDOW);
  let from = index;
  while (from > floor && !isStop(text.charCodeAt(from - 1))) from--;
  const ceiling = Math.min(text.length, index + length + WINDOW);
  let to = index + length;
  while (to < ceiling && !isStop(text.charCodeAt(to))) to++;
  return { before: text.slice(from, index), after: text.slice(index + length, to) };
}

/** 。；;！!？?: the ends of a sentence. */
const isStop = (code: number) =>
  code === 0x3002 ||
  code === 0xff1b ||
  code === 0x3b ||
  code === 0xff01 ||
  code === 0x21 ||
  code === 0xff1f ||
  code === 0x3f;

/** The clause after an expression: up to the next comma or stop (the next clause too, when it ends its own). */
function clauseAfter(after: string): string {
  const comma = /^[，,：:]/.test(after) ? 1 : 0;
  const end = after.slice(comma).search(/[，,；;。：:]/);
  return after.slice(0, end === -1 ? after.length : comma + end);
}

/** Predicates of a forecast or a situation, not of an action: 将达727万人, 面临的形势, 新涨价因素, 预计. */
const FORECAST =
  /预计|预测|估计|有望|可能|不会|(?<![机社学总协体大全年省例约晚早宴理聚])会(?:有所|更加?|比较|较|出现|继续|持续|放缓|下降|减少)|将(?:高|多|近)?达|将超过|将突破|将增加到|将会|形势|面临|因素|挑战|压力|展望|信心/;
/** A predicted figure, a forecast whatever the sentence goes on to ask: 将达727万人, 预计. */
const PREDICTION = /预计|预测|估计|有望|将(?:高|多|近)?达|将超过|将突破|将增加到/;
/** What makes a clause an action all the same: 今年要…, 拟安排, 确保. */
const ACTION_WORD = /(?<![主重需纲])要(?![求素点])|拟|必须|确保|力争|争取|务必|安排|启动|完成|实现|推进|实施|开展/;
/** A duty later in the sentence, which the year scopes all the same: ……更复杂更严峻，……，要做好打硬仗的充分准备. */
const DUTY_AFTER = /(?<![主重需纲])要(?![求素点])|必须|确保|务必/;
/** A mention of the year, not an action in it: 今年是…周年, 2011年，是“十二五”开局之年. */
const MENTION = /^[，,]?是|^[^。；]*?[，,]是[^。；]{0,40}?(?:之年|一年|周年)/;
/** …，要确保完成各项目标任务: an action follows the mention in the same sentence. */
const ACTION_AFTER_MENTION = /[，,](?:要|必须|务必|确保|就要)/;
/** Judgements on the year's work, not actions in it: 做好今年的工作…至关重要, 为做好今年的工作打下了良好基础. */
const JUDGEMENT = /至关重要|十分重要|意义重大|打下了|奠定了/;
/** Goals reached by a future year: 2012年财政性教育经费支出占国内生产总值比例达到4%. */
const GOAL = /达到|实现|完成|建成|基本|全面|覆盖|超过|提高到|降低到|降到|增加到|力争|争取/;
/** A rate or cap per head, not a duty: 每人每年380元, 每户每月, 每亩每年. */
const PER_HEAD_BEFORE = /(?:每(?:人|户|亩|名|位|家|个)|人均|户均)$/;
/** An amount right after: 从每月70元提高到88元 (a rate of money, not a duty). */
const AMOUNT_AFTER = /^[0-9０-９.]+(?:多)?(?:元|万元|亿元)/;
/** Words of a past time written before it: 去年以来, 过去的, 已于. */
const PAST_AFTER = /^(?:以来|来|(?:出台|发布|印发|确定|提出|部署|召开|通过|制定|下达|开展)的)/;

/**
 * What governs a time as the time of an action: a modal (要, 将, 拟, 力争, 确保, 务必, 必须, 再 + a verb, 继续,
 * 进一步), a verb of doing (安排, 启动, 完成, 实现, 推进, 实施, 开展, 做好, 抓好, 坚持, 加快, 保持 …) or a target
 * (不少于, 不低于, 控制在, 提高到). Not 需要, 主要, 重要, 要求; not
 * 将达 (a prediction, see PREDICTION) nor 再创 (再创历史新高, a fact) nor 再次.
 */
const GOVERNS =
  /(?<![主重需纲])要(?![求素点])|将(?!(?:高|多|近)?达|超过|突破|增加到|会)|拟|必须|确保|力争|争取|务必|(?<!不)再(?![创次])|继续|进一步|安排|启动|完成|实现|推进|推动|实施|开展|做好|抓好|着力|着重|坚持|加快|加强|深化|保持|扩大|解决|新增|不少于|不低于|控制在|提高到|降低到|降到/;
/**
 * Predicates that assess or state, not act: a degree or a continuing state (很, 十分, 依然, 仍然 …; not 更加, which
 * as often leads a verb: 更加注重), words
 * of weight and difficulty (繁重, 艰巨, 严峻, 不少, 加大, 重、多、高 in a list), a judgement (符合, 有利于), a record
 * (再创历史新高, 为历史最高).
 */
const ASSESSMENT =
  /很|十分|非常|较为|相当|极为|极其|尤为|依然|仍然|依旧|繁重|艰巨|严峻|复杂|突出|紧张|紧迫|不少(?!于)|较多|较大|加大|增多|增大|[重多高大难](?=、|$)|符合|有利于|相衔接|意味着|历史(?:最高|新高)|创新高|创纪录/;
/** What marks a clause as setting a target: 预期目标, 7.5%左右, 1000万人以上. */
const TARGET_MARK = /目标|预期|计划|左右|以上|以下|以内|不少于|不低于/;
/** A frame that times the main clause after it: 面对今年……任务，我们要; 为了实现今年的目标，…… */
const FRAME_OF_MAIN = /(?:面对|面临|随着|为了|针对|围绕|根据|按照|结合|对照|鉴于)/;
/**
 * Subjects of a duty of their own, who act rather than the year: 我们, 各级政府, 各地区各部门, 国务院, 有关部门
 * (after a connective: 因此我们要, 但各级政府务必).
 */
const AGENT_OPENS =
  /^(?:但是?|而且?|同时|因此|所以|对此|为此)?(?:我们|我国|国务院|各级(?:党委和)?政府|各级各(?:部门|地)|各地区?|各部门|各有关部门|有关部门|地方政府|政府|各单位)/;
/**
 * The plan's own year opening a clause that assesses, forecasts ('forecast') or states a count or a fact
 * ('plan-year'), whose first action is in a later clause with an agent of its own (see the rows that use it);
 * null otherwise.
 */
function statedYear(input: RoleInput, sentence: Sentence): 'forecast' | 'plan-year' | null {
  if (!isOwnYear(input) || input.context !== 'text') return null;
  const { lead, rest } = clauseAround(input.text, input.index, input.written.length);
  const own = lead + rest;
  // The year's own clause: a predicate of its own (not 今年，我们要), no action, no target, no frame of the main
  // clause (面对今年……，我们要: the year is in the adverbial the main clause is timed by).
  if (rest.replace(/^的/, '').length < 2 || GOVERNS.test(own) || TARGET_MARK.test(own)) return null;
  if (CONCESSION.test(own) || FRAME_OF_MAIN.test(lead)) return null;
  const after = sentence().after.slice(rest.length);
  if (!firstGovernorHasAgent(after)) return null;
  const before = after.slice(0, after.search(AGENT_AFTER_COMMA) + 1);
  return ASSESSMENT.test(rest + before) || FORECAST.test(rest + before) ? 'forecast' : 'plan-year';
}
/** Where the agent's clause starts: a comma or colon before one of AGENT_OPENS. */
const AGENT_AFTER_COMMA = new RegExp(`[，,：:](?=${AGENT_OPENS.source.slice(1)})`);

/**
 * Whether the first clause of `after` (clauses cut at commas and colons) that holds an action (GOVERNS) opens with
 * an agent of its own (AGENT_OPENS); false where none holds one.
 */
function firstGovernorHasAgent(after: string): boolean {
  for (const clause of after.split(/[，,：:]/)) {
    if (GOVERNS.test(clause)) return AGENT_OPENS.test(clause.trimStart());
  }
  return false;
}
/**
 * A predicate that evaluates what was set (是必要的、适宜的, 是可行的, 是积极稳妥的, 是实事求是的), standing as the main
 * predicate: after a comma or right after the target (…定为6%左右是适宜的).
 */
const EVALUATION =
  /(?:[，,]|[0-9%％右上内])(?:这|这个目标|这一目标)?(?:也|既|都)?是(?:[^，,。；是]{0,6}?)(?:必要|适宜|可行|合适|恰当|适当|稳妥|合理|实事求是)的/;
/** A concession (虽然, 尽管): the year frames the main clause that follows, not the one it stands in. */
const CONCESSION = /虽然|虽|尽管/;
/** Verbs and nouns of speaking: the year inside what is proposed or reported (对今年政府工作的建议). */
const SPEECH = /提出|报告|汇报|建议|审议/;
/** A five-year plan period written whole (PLAN_PERIOD's pattern) with a word of time: "十二五"时期, “十三五”期间. */
const PLAN_PERIOD_WHOLE = new RegExp(`^(?:${PLAN_PERIOD.source})$`);
const PERIOD_END = /(?:期间|时期内?|规划期)$/;
/** The coming years: 今后五年, 未来三年, 今明两年. */
const COMING_YEARS = /^(?:(?:今后|未来)[^年]{1,3}年|今明两年)$/;
/** A plan period or the coming years, as a time: "十二五"时期, 今后五年 (not “十二五”规划, a document). */
const isPeriodWord = (written: string) =>
  (PLAN_PERIOD_WHOLE.test(written) && PERIOD_END.test(written)) || COMING_YEARS.test(written);
/** What a period may qualify and still be the time of action: goals, tasks, work, effort (…时期的主要目标和任务). */
const TASK_NOUN = /目标|任务|工作|部署|举措|措施|努力|重点|安排/;
/** The plan's own year as a whole: 今年, 全年, 新的一年, 到今年, or the plan's year written (2016年). */
function isOwnYear(input: RoleInput): boolean {
  if (!/^(?:到|至|从|自|于)?(?:今年|全年|本年度?|新的一年|[0-9]{4}年)$/.test(input.written)) return false;
  const last = input.value.end ?? input.value.date;
  return (
    input.planYear !== null &&
    last !== null &&
    last.slice(0, 4) === String(input.planYear) &&
    input.value.kind !== 'recurring'
  );
}

/** How far back in its clause a verb is taken to govern a time (努力完成|今年, 要确保|今年). */
const LEAD_WINDOW = 6;

/**
 * The clause an expression stands in: what precedes it from the last stop or comma, at most
 * LEAD_WINDOW characters (lead), what follows it to
 * the next (rest), and the clause after that when its own ends at a comma (next: 今年的经济增长预期目标，|符合……).
 */
export function clauseAround(
  text: string,
  index: number,
  length: number,
): { lead: string; rest: string; next: string } {
  const { before, after } = sentenceAround(text, index, length);
  // The lead's last words only: the verb that takes the time into its object stands right before it (做好今年,
  // 努力实现“十二五”时期); a noun further back (这样的安排主要是考虑到今年) governs nothing.
  const lead = before.slice(Math.max(before.search(/[，,：:][^，,：:]*$/) + 1, before.length - LEAD_WINDOW, 0));
  const cut = after.search(/[，,：:]/);
  const rest = cut === -1 ? after : after.slice(0, cut);
  const tail = cut === -1 ? '' : after.slice(cut + 1);
  const end = tail.search(/[，,：:]/);
  return { lead, rest, next: end === -1 ? tail : tail.slice(0, end) };
}

/** Whether a value was read against the plan's year or date (今年, 9月底前) rather than written in full. */
const isRelative = (value: TimeValue) => value.resolvedBy === 'reference-year' || value.resolvedBy === 'reference-date';

/** Whether a value ends before the plan's own time begins (a time wholly in the past). */
function endsBefore(input: RoleInput): boolean {
  const last = input.value.date ?? input.value.end;
  if (last === null) return false;
  if (input.planStart !== null) return last < input.planStart;
  // A plan without a year: only what was read against the placeholder year can be placed (去年 → the year before).
  return isRelative(input.value) && Number(last.slice(0, 4)) < input.referenceYear;
}

/**
 * Why an expression is listed: the first row of this table whose test holds gives the role; `action` when
 * none does. Each row names what it leaves out and gives a sample.
 */
/** The sentence around an expression, before it and after it (see sentenceAround), read when a rule asks. */
type Sentence = () => { before: string; after: string };

const ROLE_RULES: Array<{
  role: DeadlineRole;
  sample: string;
  test: (input: RoleInput, sentence: Sentence) => boolean;
}> = [
  // 《…纲要（2021—2035年）》: a year inside a cited title.
  {
    role: 'cited-title',
    sample: '《全民科学素质行动规划纲要（2021—2035年）》',
    test: (input) => input.context === 'cited-title',
  },
  // 2022年科普工作要点 as the title: the plan's own year.
  {
    role: 'plan-year',
    sample: '2022年科普工作要点 (the title)',
    test: (input) => input.context === 'title' && coversWholeYears(input.value),
  },
  // 2023年以来, 去年, 上年末, 截至2022年12月31日 in a 2023 notice: a time wholly before the plan's.
  {
    role: 'past',
    sample: '截至2022年12月31日 (in a notice of 2023-03-03)',
    test: (input) =>
      input.value.kind !== 'recurring' &&
      (endsBefore(input) ||
        /以来$|^近/.test(input.written) ||
        PAST_AFTER.test(input.text.slice(input.index + input.written.length, input.index + input.written.length + 4))),
  },
  // In 一、2013年工作回顾: 全年, 年底, 每年 speak of the year reviewed (到2020年 there is still a target).
  {
    role: 'past',
    sample: '全年 (in 一、2013年工作回顾)',
    test: (input) =>
      input.inReview &&
      (isRelative(input.value) ||
        input.value.kind === 'recurring' ||
        input.value.resolvedBy === 'unresolved' ||
        // “十三五”开局良好: a span begun before the plan's time, reported on.
        (input.value.start !== null && input.planStart !== null && input.value.start < input.planStart)),
  },
  // 自收到申请之日起进行审查，……在45个工作日内作出决定: the start is the anchor of the limit after it.
  {
    role: 'anchor',
    sample: '自收到出口申请表……之日起 (before 45个工作日内)',
    test: (input, sentence) => {
      if (input.value.anchor === null || input.value.kind !== 'period') return false;
      return /[0-9一二三四五六七八九十两]+(?:个工作日|个月|日|天|年)(?:以内|内)/.test(sentence().after);
    },
  },
  // 每人每年380元: a rate per head, not a duty.
  {
    role: 'rate',
    sample: '每人每年380元',
    test: (input, sentence) =>
      input.value.kind === 'recurring' &&
      (PER_HEAD_BEFORE.test(sentence().before) || AMOUNT_AFTER.test(sentence().after)),
  },
  // 今年是和平共处五项原则提出六十周年, 2011年，是“十二五”开局之年: a mention of the year.
  {
    role: 'plan-year',
    sample: '今年是和平共处五项原则提出六十周年',
    test: (input, sentence) => {
      if (!coversWholeYears(input.value)) return false;
      const { after } = sentence();
      return MENTION.test(after) && !ACTION_AFTER_MENTION.test(after);
    },
  },
  // 今年高校毕业生将达727万人, 今年新涨价因素: a forecast or a situation, not an action.
  {
    role: 'forecast',
    sample: '今年高校毕业生将达727万人',
    test: (input, sentence) => {
      if (input.value.kind === 'deadline' || input.value.kind === 'target' || input.value.kind === 'recurring')
        return false;
      const { after } = sentence();
      const clause = clauseAfter(after);
      const before =
        sentence()
          .before.split(/[，,。；;：:]/)
          .pop() ?? '';
      const forecast = FORECAST.exec(before + clause);
      if (forecast === null || ACTION_WORD.test((before + clause).slice(0, forecast.index))) return false;
      if (PREDICTION.test(forecast[0])) return true;
      // 今年我国发展面临的环境更复杂更严峻，……，要做好打硬仗的充分准备: a situation, and a duty later in the
      // sentence that the year scopes all the same.
      return !DUTY_AFTER.test(after.slice(clause.length));
    },
  },
  // 做好今年的工作对于完成“十二五”各项目标任务至关重要: a judgement on the year's work.
  {
    role: 'plan-year',
    sample: '做好今年的工作对于……至关重要',
    test: (input, sentence) => {
      if (!coversWholeYears(input.value)) return false;
      const { before, after } = sentence();
      return JUDGEMENT.test(before + after) && !ACTION_AFTER_MENTION.test(after);
    },
  },
  // 今年的经济增长预期目标，符合经济规律和客观实际: the plan's year framing an assessment or a fact, which no
  // action of its clause (or of the next, where its clause is only a subject) governs and no duty follows.
  {
    role: 'forecast',
    sample: '今年的经济增长预期目标，符合经济规律和客观实际',
    test: (input, sentence) => {
      if (!isOwnYear(input)) return false;
      const { lead, rest, next } = clauseAround(input.text, input.index, input.written.length);
      const frame = lead + rest + next;
      if (!ASSESSMENT.test(rest + next) || GOVERNS.test(frame) || CONCESSION.test(lead + rest)) return false;
      return !GOVERNS.test(sentence().after.slice(rest.length + next.length + 1));
    },
  },
  // 今年高校毕业生X万人，再创新高，各级政府要……: the plan's year opening a clause that states or assesses, the
  // action only in a later clause with a subject of its own (an agent: 我们, 各级政府, 各地区各部门). The modal
  // governs that subject, not the year (a later clause with no subject of its own goes on with the year's:
  // 今年就业压力加大，要坚持……, kept; so does a contrast, 但基本民生投入确保……, whose subject is no agent).
  {
    role: 'forecast',
    sample: '今年就业压力很大，我们要……',
    test: (input, sentence) => statedYear(input, sentence) === 'forecast',
  },
  // 今年高校毕业生X万人，再创历史新高，各级政府要……: a count or a fact, likewise.
  {
    role: 'plan-year',
    sample: '今年高校毕业生X万人，各级政府要……',
    test: (input, sentence) => statedYear(input, sentence) === 'plan-year',
  },
  // 今年的经济增长预期目标定为7%左右，是必要的、适宜的: a sentence that evaluates a target set before it (its main
  // predicate 是…的 of necessity or fitness), with no action up to the evaluation and no duty after it.
  {
    role: 'plan-year',
    sample: '今年的经济增长预期目标定为7%左右，是必要的、适宜的',
    test: (input, sentence) => {
      if (!isOwnYear(input) || input.context !== 'text') return false;
      const { before, after } = sentence();
      const evaluation = EVALUATION.exec(after);
      if (evaluation === null) return false;
      // 将今年……目标定为, 把今年……: 将 and 把 take the target as an object, no modal of the year.
      const lead = before.slice(-LEAD_WINDOW).replace(/[将把]$/, '');
      if (GOVERNS.test(lead.slice(lead.search(/[，,：:][^，,：:]*$/) + 1))) return false;
      if (GOVERNS.test(after.slice(0, evaluation.index))) return false;
      return !DUTY_AFTER.test(after.slice(evaluation.index + evaluation[0].length));
    },
  },
  // 对今年政府工作提出如下建议, the heading 对2013年政府工作的建议: the year inside what the speaker proposes.
  {
    role: 'plan-year',
    sample: '对今年政府工作的建议',
    test: (input) => {
      if (!isOwnYear(input)) return false;
      const { lead, rest } = clauseAround(input.text, input.index, input.written.length);
      return SPEECH.test(lead + rest) && !GOVERNS.test(lead + rest);
    },
  },
  // 今后五年的宏伟蓝图, 是“十三五”时期的关键一年, “十三五”时期是……决胜阶段: a plan period or the coming years
  // qualifying a noun that is no goal, task or effort, or the subject of 是, with no action in their clause (not
  // 实现“十二五”时期良好开局, “十二五”时期的主要目标和任务).
  {
    role: 'plan-year',
    sample: '今后五年的宏伟蓝图',
    test: (input) => {
      if (!isPeriodWord(input.written)) return false;
      const { lead, rest } = clauseAround(input.text, input.index, input.written.length);
      // Qualifying (的) or the subject of 是: 今后五年经济年均增长7%以上 sets a target in words the tables lack.
      return /^(?:的|(?:也|又|正|则)?是)/.test(rest) && !TASK_NOUN.test(rest) && !GOVERNS.test(lead + rest);
    },
  },
  // 今年是“十三五”时期全面建成小康社会的决胜之年, 实现“十四五”时期经济社会发展良好开局: a plan period in the
  // complement of 是, or qualifying the development it names (a noun phrase, not the time of the act), with no
  // action in its clause after it (not “十四五”时期要……, nor 实现“十二五”时期良好开局, where the period's start
  // is what is to be reached; not 期间, which makes a period of action).
  {
    role: 'plan-year',
    sample: '今年是“十三五”时期……的决胜之年',
    test: (input) => {
      if (!PLAN_PERIOD_WHOLE.test(input.written) || /(?:规划|期间)$/.test(input.written)) return false;
      const { lead, rest } = clauseAround(input.text, input.index, input.written.length);
      if (GOVERNS.test(rest)) return false;
      if (/是$/.test(lead)) return !GOVERNS.test(lead);
      // Inside what a verb takes (实现|“十四五”时期经济社会发展良好开局), not opening its clause as a time (“十四五”时期
      // 经济社会发展的主要目标是：, the window of the targets listed).
      return input.context === 'text' && lead.trim() !== '' && DOMAIN_AFTER.test(rest);
    },
  },
];

/** The development a plan period names, as a noun phrase: “十四五”时期经济社会发展, 时期国民经济和社会发展. */
const DOMAIN_AFTER = /^(?:我国|全国|全市)?(?:经济社会|国民经济和社会|经济和社会|社会经济)发展/;

/**
 * Words for the plan's own time, which scope what follows: 今年, 新的一年, 今明两年, 今后五年, 三年累计 (当年 and
 * 本年度 select rather than scope: 取消其当年获评结果, 将本年度城市更新项目……纳入).
 */
const DEICTIC = /^(?:今年|全年|新的一年|今明两年|(?:今后|未来).+年|.+年累计)$/;
/** A span of years in brackets right after a name: 工作方案（2024-2026年） (the name's, not a time to act in). */
const NAME_SPAN = { before: /[\u4e00-\u9fff][（(]$/, after: /^[）)]/ };

/**
 * The role of a whole year (or years) that no rule above placed: the plan's own year scoping an action
 * (今年要…, 三、2014年重点工作), a target year (2012年……达到4%), or a year used as a name (2022年科普工作,
 * 认定2021-2025年全国科普示范县, "十四五"规划).
 */
function roleOfWholeYears(input: RoleInput): DeadlineRole {
  const { value, written, context, text, index, planYear } = input;
  // 西部大开发“十三五”规划: the name of a plan.
  if (/规划$/.test(written)) return 'label';
  // "十四五"期间, 2025年底前, 2023年以来: a word of time makes it a time, whatever follows.
  if (/(?:期间|时期|内|前|底|末|起|开始)$/.test(written)) return 'action';
  if (DEICTIC.test(written)) return 'action';
  const single = value.start!.slice(0, 4) === value.end!.slice(0, 4);
  const year = Number(value.start!.slice(0, 4));
  const last = Number(value.end!.slice(0, 4));
  // 二、2014年工作总体部署, a column 2025年计划 of a 2024-2026 plan: a heading scoping what it heads.
  const span = input.planSpan ?? (planYear !== null ? { first: planYear, last: planYear } : null);
  const shortHeading = context === 'heading' && text.length <= 30 && !/[，,。；;！？]/.test(text);
  if (shortHeading && span !== null && year >= span.first && last <= span.last) return 'action';
  const before = text.slice(Math.max(0, index - 2), index);
  const after = text.slice(index + written.length, index + written.length + 2);
  // 工作方案（2024-2026年）: the span of a name.
  if (context === 'text' && NAME_SPAN.before.test(before) && NAME_SPAN.after.test(after)) return 'label';
  // 2012年财政性教育经费支出占国内生产总值比重达到4%: a later year opening a clause that sets a goal.
  if (
    single &&
    planYear !== null &&
    year > planYear &&
    /^$|[，,。；;：:]$/.test(before.slice(-1)) &&
    GOAL.test(clauseAfter(text.slice(index + written.length, index + written.length + WINDOW)))
  )
    return 'action';
  const acts = actionAfterYear(text, index + written.length);
  if (single && value.kind === 'date' && year === planYear) return acts ? 'action' : 'plan-year';
  return acts ? 'action' : 'label';
}

/** Why an expression is listed (see `Deadline.role`). */
export function roleOf(input: RoleInput): DeadlineRole {
  let read: { before: string; after: string } | undefined;
  const sentence = () => (read ??= sentenceAround(input.text, input.index, input.written.length));
  for (const rule of ROLE_RULES) if (rule.test(input, sentence)) return rule.role;
  return coversWholeYears(input.value) ? roleOfWholeYears(input) : 'action';
}

/**
 * The kind of an action over whole years: the plan's own year, or years, scoping action are a `period`
 * (今年要…); a later year with a goal is a `target` (2012年……达到4%).
 */
export function kindOfWholeYears(input: RoleInput): TimeValue['kind'] {
  const { value, text, index, written, planYear } = input;
  if (value.kind !== 'date') return value.kind;
  const year = Number(value.start!.slice(0, 4));
  const single = value.start!.slice(0, 4) === value.end!.slice(0, 4);
  const clause = clauseAfter(text.slice(index + written.length, index + written.length + WINDOW));
  if (single && planYear !== null && year > planYear && GOAL.test(clause)) return 'target';
  return 'period';
}

/**
 * Where a limit of n days or years counts from, when the sentence names the event: 自收到申请之日起……45个工作日内,
 * or an event right before it with 后 (活动结束后10个工作日内, 在收到通知之后15日内).
 */
export function anchorBefore(text: string, index: number): string | null {
  const { before } = sentenceAround(text, index, 0);
  const after = EVENT_THEN.exec(before);
  // (应于每季度结束后, 在领取营业执照后: the clause's start matched first; the event follows 在 or 于.)
  if (after) return after[1].replace(/^(?:应当|应|须|需|请)?(?:在|于|待)(?=.{2})/, '');
  const found = [...before.matchAll(/(?:自|从)([^，,。；;：:、“”"《》（）()]{1,30}?)之日(?:起|开始)/g)].pop();
  return found ? found[1] : null;
}
/**
 * An event and 后 right before a limit, from the start of its clause or after 在, 于, 待 (活动结束后|10个工作日内):
 * not a date or a time word (2023年9月22日后, 今年以后: times the parser reads).
 */
const EVENT_THEN = /(?:^|[，,：:]|在|于|待)([^，,。；;：:、“”"《》（）()0-9年月日]{2,20}?)(?:之后|以后|后)$/;
