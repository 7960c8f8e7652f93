/**
 * Issue 20, ninth deadline round: the plan's year framing an assessment, a fact or a speech, a plan period
 * qualifying a noun, and limits before a procedural step with no count. Cases from the development documents
 * (work reports 2010, 2011, 2014, 2017, 2019, the Shanghai notices of the gold, the law of 2002, the seed); where
 * none of them writes a form, sentences in the shape of the documents, said so beside them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCircular } from '../src/index.js';
import { extractDeadlines, type Deadline } from '../src/passes/extract-deadlines.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const cache = new Map<string, Deadline[]>();
/** Every time reference of a fixture (with `all`). */
function references(path: string): Deadline[] {
  let found = cache.get(path);
  if (!found) {
    const text = readFileSync(join(root, path), 'utf8');
    found = extractDeadlines(parseCircular(text, { name: path }), { source: text, all: true }).deadlines;
    cache.set(path, found);
  }
  return found;
}
const report = (year: number) => `work-reports/${year}.txt`;

/** The roles of the references written `written` on line `line`, in the order they stand. */
function rolesAt(path: string, line: number, written: string): string[] {
  return references(path)
    .filter((d) => d.position.start.line === line && d.text === written)
    .map((d) => d.role);
}

/** The references of one sentence in a plan of `year`, as `text role kind anchor`. */
function read(sentence: string, year = 2016): string[] {
  const text = `${year}年工作要点\n\n${sentence}\n`;
  return extractDeadlines(parseCircular(text), { source: text, all: true })
    .deadlines.filter((d) => d.context !== 'title')
    .map((d) => [d.text, d.role, d.kind, d.anchor ?? ''].join(' ').trim());
}

/** The deadlines of one sentence of a regulation, as `text kind date anchor resolvedBy`. */
const rule = (sentence: string) => {
  const text = `港口管理规定\n\n${sentence}\n`;
  return extractDeadlines(parseCircular(text), { source: text, referenceYear: 1985 }).deadlines.map((d) =>
    [d.text, d.kind, d.date ?? 'null', d.anchor ?? 'null', d.resolvedBy].join(' '),
  );
};

describe("the plan's year framing an assessment, a fact or a speech (circulars.md §4: no action)", () => {
  it('reads the year of a clause that assesses or states, with no action in it or after it, as no deadline', () => {
    // 今年的经济增长预期目标，符合经济规律和客观实际……; then 今年就业压力加大，要坚持……: the second scopes 要.
    expect(rolesAt(report(2017), 148, '今年')).toEqual(['forecast', 'action']);
    // 这样的安排主要是考虑到今年财政收支矛盾仍然十分突出: 到 of 考虑到, the year of a situation.
    expect(rolesAt(report(2010), 198, '到今年')).toEqual(['forecast']);
    // Left as they were: 今年就业形势依然严峻 (2010), 今年高校毕业生将达727万人 (2014).
    expect(rolesAt(report(2010), 335, '今年')).toEqual(['forecast']);
    expect(rolesAt(report(2014), 218, '今年')).toEqual(['forecast']);
  });

  it('keeps the year where an action or a modal of its clause, the next or later governs it', () => {
    // 面对今年艰巨繁重的改革发展稳定任务，我们要……: weight, then 要.
    expect(rolesAt(report(2017), 173, '今年')).toEqual(['action']);
    // 今年高校毕业生795万人，再创历史新高，要实施好……: a fact and a record, then 要.
    expect(rolesAt(report(2017), 293, '今年')).toEqual(['action']);
    // 今年财政收支平衡压力加大，但基本民生投入确保只增不减.
    expect(rolesAt(report(2019), 194, '今年')).toEqual(['action']);
    // 今年财力虽然很紧张，……继续保持在4%以上: a concession frames the main clause after it.
    expect(rolesAt(report(2019), 196, '今年')).toEqual(['action']);
    // 今年要…, 今年将…, 今年拟…, 今年再…, 全年再…, 全年…目标 stay deadlines.
    expect(rolesAt(report(2010), 184, '今年')).toEqual(['action']);
    expect(rolesAt(report(2019), 77, '今年')).toEqual(['action', 'action']);
    expect(rolesAt(report(2011), 252, '今年')).toEqual(['action']);
    expect(rolesAt(report(2014), 170, '今年')).toEqual(['action']);
    expect(rolesAt(report(2017), 154, '全年')).toEqual(['action']);
    expect(rolesAt(report(2019), 100, '全年')).toEqual(['action']);
    // 全年培训科学教师不少于500人次 (a notice written for kepu in a real one's shape): 不少于 sets a target.
    expect(rolesAt('notices/dev/web-headline-run-in.txt', 15, '全年')).toEqual(['action']);
    // 今年的主要着力点是拓市场、调结构、促平衡; 改革是今年政府工作的首要任务: the year's tasks.
    expect(rolesAt(report(2010), 430, '今年')).toEqual(['action']);
    expect(rolesAt(report(2014), 115, '今年')).toEqual(['action']);
  });

  it('reads the year inside what a speaker proposes as a mention of it', () => {
    // No development document proposes its year's work in words (their headings read 三、2014年重点工作): sentences.
    expect(read('现在，我对今年政府工作提出如下建议。')).toEqual(['今年 plan-year date']);
    expect(read('二、对2016年政府工作的建议')).toEqual(['2016年 plan-year date']);
    expect(read('今年的任务更加繁重，必须攻坚克难。')).toEqual(['今年 action period']);
    expect(read('今年要认真做好以下工作，并及时报告进展。')).toEqual(['今年 action period']);
  });
});

describe('a plan period qualifying a noun (circulars.md §4: 期间 makes a period of action)', () => {
  it('keeps a period that scopes goals, tasks or effort, or that an action takes in', () => {
    expect(rolesAt(report(2011), 163, '“十二五”时期')).toEqual(['action']); // 的主要目标和任务 (a heading)
    expect(rolesAt(report(2011), 391, '“十二五”时期')).toEqual(['action']); // 努力实现“十二五”时期良好开局
    expect(rolesAt(report(2011), 188, '未来五年')).toEqual(['action']); // 经过未来五年努力
    expect(rolesAt(report(2011), 174, '今后五年')).toEqual(['action']); // 今后五年，……预期目标是
    expect(rolesAt(report(2014), 166, '今明两年')).toEqual(['action']); // 经过今明两年努力，要……
    expect(rolesAt(report(2017), 282, '今明两年')).toEqual(['action']); // 要分别于今明两年完成
  });

  it('reads a period qualifying a noun that no action governs as a mention', () => {
    // No development document writes one (2010's 为“十二五”发展打好基础 is a bare period, a label): sentences.
    expect(read('政府工作报告描绘了今后五年的宏伟蓝图。')).toEqual(['今后五年 plan-year period']);
    expect(read('2016年是“十三五”时期的开局之年。')).toEqual([
      '2016年 plan-year date',
      '“十三五”时期 plan-year period',
    ]);
    expect(read('“十三五”时期是全面建成小康社会决胜阶段。')).toEqual(['“十三五”时期 plan-year period']);
    expect(read('“十三五”期间要完成改造任务。')).toEqual(['“十三五”期间 action period']);
    // Neither qualifying nor the subject of 是: a target in words the tables lack, kept.
    expect(read('今后五年经济年均增长7%以上。')).toEqual(['今后五年 action period']);
  });
});

describe('limits before a procedural step, with no count (circulars.md §4: a limit counted from an event)', () => {
  it('reads the step and its 前 as a limit anchored on the step, with no date', () => {
    // None of the development documents writes one (the law of 2002 counts its limits from 收到……之日起; the
    // Shanghai notices date theirs): sentences in the shape of a regulation's articles.
    expect(rule('港口开放前，应当报经国务院批准。')).toEqual(['港口开放前 deadline null 港口开放 event']);
    expect(rule('建设单位应当在项目开工之前办理备案手续。')).toEqual(['项目开工之前 deadline null 项目开工 event']);
    expect(rule('工程在竣工验收前不得交付使用。')).toEqual(['竣工验收前 deadline null 竣工验收 event']);
    expect(rule('申报截止前提交全部材料。')).toEqual(['申报截止前 deadline null 申报截止 event']);
    // A year named by what it is for, n months before it: not the first months of the plan's year.
    expect(rule('各单位应于计划年度前两个月报送用款计划。')).toEqual(['前两个月 deadline null 计划年度 event']);
    expect(rule('今年前两个月完成。')[0]).not.toContain('event');
  });

  it("reads a step of a notice written in a real one's shape", () => {
    // 秋季学期开学前完成课程方案修订 (fixtures/notices/dev, written for kepu).
    const found = references('notices/dev/web-headline-run-in.txt').find((d) => d.text === '秋季学期开学前');
    expect(found).toMatchObject({
      role: 'action',
      kind: 'deadline',
      date: null,
      anchor: '秋季学期开学',
      resolvedBy: 'event',
    });
  });

  it('reads 事先 as a limit before the act of the clause before it', () => {
    expect(rule('外国籍船舶进出港口，应当事先向港务监督报告。')).toEqual([
      '事先 deadline null 外国籍船舶进出港口 event',
    ]);
    // The clause before is the limit already: one row, not two.
    expect(rule('货物出口前，应当事先向主管部门申请。')).toEqual(['货物出口前 deadline null 货物出口 event']);
  });

  it('reads no limit where 前 begins a word or qualifies a noun, or no step stands before it', () => {
    // 探索准入前国民待遇 (2014), 中小企业贷款税前全额拨备 (2010), 学前教育 (2019): real lines, no step.
    const anchored = (year: number, line: number) =>
      references(report(year)).filter((d) => d.position.start.line === line && d.anchor !== null);
    expect(anchored(2014, 30)).toEqual([]);
    expect(anchored(2010, 239)).toEqual([]);
    expect(anchored(2019, 196)).toEqual([]);
    expect(rule('做好开工前的各项准备。')).toEqual([]);
    expect(rule('工程前期工作要抓紧。')).toEqual([]);
    expect(rule('在此之前，应当报告。')).toEqual([]);
  });
});

describe('the limit word 前 at a word boundary (circulars.md §4: a limit, not a word that begins with 前)', () => {
  it('reads no limit where 前 begins a word with what follows (前期, 前列, 前景, 前置)', () => {
    // None of the development documents writes a time or a step right before such a word; sentences in their shape
    // (前置审批 of 2014's 取消或简化前置性审批, 前期 of the 2024-2026 plan's 前期研究).
    expect(read('取消企业投资项目核准前置审批事项。')).toEqual([]);
    expect(read('抓好2025年前期工作。', 2024)).toEqual(['2025年 label date']);
    expect(read('做好9月底前期准备。', 2024)).toEqual(['9月底 action date']);
    expect(read('力争2026年前列入国家试点。', 2024)).toEqual(['2026年前 action target']);
    // Real lines: “十一五”前期 (2011, line 39) is the period, not a limit before it; 前期研究 of the 2024-2026 plan
    // (lines 214, 368) and 前期各项 of the Jiading opinion (line 62) are no time at all.
    expect(
      references(report(2011))
        .filter((d) => d.position.start.line === 39)
        .map((d) => d.text),
    ).toEqual(['“十一五”']);
    const plan = 'corpus/shanghai/2024-2026-refined-management-plan.md';
    const jiading = 'corpus/shanghai/jiading-urban-renewal-opinion.md';
    for (const line of [214, 368]) expect(references(plan).filter((d) => d.position.start.line === line)).toEqual([]);
    expect(references(jiading).filter((d) => d.position.start.line === 62)).toEqual([]);
  });

  it('keeps the limit where what follows 前 is a word of its own (提交, 列入, 线上, 进行)', () => {
    expect(read('请于9月底前提交材料。')).toEqual(['9月底前 action deadline']);
    expect(read('年底前列入名单。')).toEqual(['年底前 action deadline']);
    // 前线 and 前沿 are words of the dictionary, yet 线上 and 沿街 are read first here.
    expect(read('年底前线上办理全覆盖。')).toEqual(['年底前 action deadline']);
    expect(read('年底前沿街商铺完成改造。')).toEqual(['年底前 action deadline']);
    expect(read('于年底前进行验收。')).toEqual(['年底前 action deadline']);
    // Real lines: 年底前 of 2011 (line 254, 年底前，在全国普遍建立) and of 2019 (line 136, 年底前要清偿).
    expect(rolesAt(report(2011), 254, '年底前')).toEqual(['action']);
    expect(rolesAt(report(2019), 136, '年底前')).toEqual(['action']);
  });
});

describe("the plan's year and an action only in a later clause with a subject of its own (circulars.md §4)", () => {
  it('reads the year of a clause that assesses, forecasts or counts as no deadline when an agent acts after it', () => {
    // None of the development documents writes one (their later modals have no subject: 今年就业压力加大，要坚持……);
    // sentences in the shape of their situation clauses (2010 line 335, 2011 line 197, 2017 line 293).
    expect(read('今年就业形势依然严峻，各级政府务必把促进就业放在突出位置。', 2022)).toEqual(['今年 forecast date']);
    expect(read('今年我国发展面临的形势更加复杂，我们要做好应对准备。', 2022)).toEqual(['今年 forecast date']);
    expect(read('今年财政收入增长不会很快，各级政府要坚持过紧日子。', 2022)).toEqual(['今年 forecast date']);
    expect(read('今年经济下行压力较大，但各地区各部门要坚定信心。', 2022)).toEqual(['今年 forecast date']);
    expect(read('今年高校毕业生1076万人，各级政府要千方百计促进就业。', 2022)).toEqual(['今年 plan-year date']);
  });

  it('keeps the year where the later clause goes on with no subject, or the year frames the main clause', () => {
    expect(read('今年就业形势依然严峻，要把促进就业放在突出位置。', 2022)).toEqual(['今年 action period']);
    expect(read('今年，我们要重点做好以下工作。', 2022)).toEqual(['今年 action period']);
    // A target in the year's clause: 今年进出口总额预期增长7.5%左右 (2014, line 136).
    expect(read('今年进出口总额预期增长7.5%左右，我们要稳定出口政策。', 2022)).toEqual(['今年 action period']);
    // Real lines. 面对今年艰巨繁重的……任务，我们要…… (2017, line 173): the year is in the frame 我们要 is timed by.
    expect(rolesAt(report(2017), 173, '今年')).toEqual(['action']);
    // 今年我国发展面临的环境更复杂更严峻，……，要做好打硬仗的充分准备 (2019, line 65): no subject of its own.
    expect(rolesAt(report(2019), 65, '今年')).toEqual(['action']);
    // 今年财政收支平衡压力加大，但基本民生投入确保只增不减 (2019, line 194): a contrast whose subject is no agent.
    expect(rolesAt(report(2019), 194, '今年')).toEqual(['action']);
    // 今年高校毕业生795万人，再创历史新高，要实施好…… (2017, line 293).
    expect(rolesAt(report(2017), 293, '今年')).toEqual(['action']);
  });
});

describe('a sentence that evaluates a target set before it (circulars.md §4: a mention, not a second deadline)', () => {
  it('reads the year of a target that the sentence finds necessary, fitting or feasible as a mention', () => {
    // The development reports evaluate their targets with 符合… (2017, line 148) or in a sentence of their own
    // (2019, line 67: 上述主要预期目标，……是积极稳妥的); sentences in the shape of a report that names the year.
    expect(read('今年的经济增长预期目标定为7%左右，是必要的、适宜的。', 2022)).toEqual(['今年 plan-year date']);
    expect(read('将今年国内生产总值增长目标定为6.5%左右，是可行的，也是积极稳妥的。', 2022)).toEqual([
      '今年 plan-year date',
    ]);
    expect(rolesAt(report(2017), 148, '今年')).toEqual(['forecast', 'action']);
  });

  it('keeps the year where the sentence sets the target or asks for action after evaluating it', () => {
    expect(read('今年赤字率拟按3%安排，是必要的。', 2022)).toEqual(['今年 action period']);
    expect(read('把今年经济增长目标定为6%左右是适宜的，要努力实现。', 2022)).toEqual(['今年 action period']);
    expect(read('今年要完成改造任务，这是必要的。', 2022)).toEqual(['今年 action period']);
    // Real lines: the targets themselves (2019, line 67; 2017, line 146), evaluated in the next sentence.
    expect(rolesAt(report(2019), 67, '今年')).toEqual(['action']);
    expect(rolesAt(report(2017), 146, '今年')).toEqual(['action']);
  });
});

describe('a plan period in the complement of 是 or qualifying the development it names (circulars.md §4)', () => {
  it('reads the period as a mention', () => {
    // The development reports write the plan period after 是 bare (2011, line 195: 2011年，是“十二五”开局之年) and
    // never with 时期 there, nor before 经济社会发展: sentences in their shape.
    expect(read('今年是“十三五”时期全面建成小康社会的决胜之年。')).toEqual([
      '今年 plan-year date',
      '“十三五”时期 plan-year period',
    ]);
    expect(read('要实现“十四五”时期经济社会发展良好开局。', 2021)).toEqual(['“十四五”时期 plan-year period']);
    expect(rolesAt(report(2011), 195, '“十二五”')).toEqual(['plan-year', 'plan-year']);
  });

  it('keeps the period that times an action, opens a list of its targets or whose start is to be reached', () => {
    expect(read('“十四五”时期要基本完成改造任务。', 2021)).toEqual(['“十四五”时期 action period']);
    expect(read('“十四五”时期经济社会发展的主要目标是：', 2021)).toEqual(['“十四五”时期 action period']);
    expect(read('“十四五”期间经济社会发展稳中求进。', 2021)).toEqual(['“十四五”期间 action period']);
    // Real lines: 努力实现“十二五”时期良好开局 (2011, line 391) and the heading 二、“十二五”时期的主要目标和任务 (line
    // 163), both counted by the development gold.
    expect(rolesAt(report(2011), 391, '“十二五”时期')).toEqual(['action']);
    expect(rolesAt(report(2011), 163, '“十二五”时期')).toEqual(['action']);
  });
});

describe('a term extended by n units from its end (circulars.md §4: a limit counted from an event)', () => {
  it('reads the extension as a limit anchored on the end of the term, with no date', () => {
    // The development documents extend no term with a count (2019, line 154: 政策到期后继续执行, an open start the
    // gold counts as borderline; 2010, line 337: 2009年到期的……政策延长一年, no 后): sentences in their shape.
    expect(rule('西部地区企业所得税优惠等政策到期后再延长三年。')).toEqual([
      '西部地区企业所得税优惠等政策到期后再延长三年 deadline null 西部地区企业所得税优惠等政策到期 event',
    ]);
    expect(rule('试点期限届满后，可以延长一年。')).toEqual([
      '试点期限届满后，可以延长一年 deadline null 试点期限届满 event',
    ]);
  });

  it('reads no extension without a count, nor 到期 inside a word', () => {
    expect(rule('政策到期后继续执行。')).toEqual([]);
    expect(rule('妥善处理到期债务。')).toEqual([]);
    // Real lines: 2019, line 104 (到期债务) and line 154 (到期后继续执行) list no limit anchored on 到期.
    const anchored = (line: number) =>
      references(report(2019)).filter((d) => d.position.start.line === line && d.anchor !== null);
    expect(anchored(104)).toEqual([]);
    expect(anchored(154)).toEqual([]);
  });
});
