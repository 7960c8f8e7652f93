/**
 * The plan's own year, against which 今年, 年底前 and 9月底前 are read: from the document's title, its 发文字号
 * or its date (meta.year, in that order), else inferred from its text the way a reader does for a report that
 * states no date (most government work reports): the table below, first row that holds.
 */
import type { Document, Section } from '../types.js';
import { foldForMatching } from '../normalize.js';

/**
 * Where the plan's year came from: the document's fields (see `DocumentMeta.yearSource`), an option, or its
 * text (`heading`: 一、2018年工作回顾 → 2019; `statement`: 2013年是……开局之年 → 2013).
 *
 * @example
 * planYearOf(parseCircular(report)) // { year: 2019, source: 'heading', evidence: '一、2018年工作回顾' }
 */
export interface PlanYear {
  year: number | null;
  source: Document['meta']['yearSource'] | 'heading' | 'statement';
  /** The heading or sentence the year was inferred from (null when it came from the document's fields). */
  evidence: string | null;
}

/** A span of whole years in a title: 三年行动计划（2024-2026年）, 2023—2025年实施方案. */
const TITLE_SPAN = /((?:19|20)[0-9]{2})\s*年?\s*[-—–至到~～]\s*((?:19|20)[0-9]{2})\s*年/;

/**
 * The years a plan covers by its title (or a forwarded plan's title): 2024–2026 for
 * 《上海市交通领域精细化管理三年行动计划(2024-2026年)》, or null when the title names no span.
 *
 * @example
 * planSpanOf(parseCircular('关于印发《三年行动计划（2024-2026年）》的通知')) // { first: 2024, last: 2026 }
 */
export function planSpanOf(document: Document): { first: number; last: number } | null {
  const titles = [
    document.meta.title,
    ...document.children.map((node) => (node.type === 'attachment' ? node.title : null)),
  ];
  for (const title of titles) {
    const match = title ? TITLE_SPAN.exec(foldForMatching(title)) : null;
    if (match && Number(match[2]) > Number(match[1])) return { first: Number(match[1]), last: Number(match[2]) };
  }
  return null;
}

/**
 * Headings that give the year: a review of a year is followed by the plan for the next (一、2018年工作回顾 → 2019);
 * a heading that sets out a year's work gives that year (三、2011年的工作, 二、2014年工作总体部署, 三、对2018年政府工作的建议).
 */
const YEAR_HEADINGS: Array<{ pattern: RegExp; offset: number; sample: string }> = [
  { pattern: /^([0-9]{4})年(?:的)?(?:工作|经济社会发展)?(?:的)?回顾/, offset: 1, sample: '一、2018年工作回顾' },
  {
    pattern: /^(?:对)?([0-9]{4})年(?:的)?[^，。；]{0,16}?(?:工作|任务|部署|要求|建议|安排)/,
    offset: 0,
    sample: '三、2014年重点工作',
  },
];

/** A sentence that announces the year: 2013年是全面贯彻落实党的十八大精神的开局之年. */
const YEAR_STATEMENT = /^([0-9]{4})年[，,]?是[^。]{0,60}?(?:之年|一年)/;

const plausible = (year: number) => year >= 1949 && year <= 2100;

/** The top-level sections of the document's body (not of its attachments). */
function topSections(document: Document): Section[] {
  return document.children.filter((node): node is Section => node.type === 'section');
}

/**
 * The plan's year: meta.year when the document gives one, else inferred from a heading or a statement of the
 * year, else null.
 *
 * @example
 * planYearOf(parseCircular('一、2018年工作回顾\n……\n二、2019年经济社会发展总体要求')).year // 2019
 */
export function planYearOf(document: Document): PlanYear {
  if (document.meta.year !== null)
    return { year: document.meta.year, source: document.meta.yearSource, evidence: null };
  const sections = topSections(document);
  for (const rule of YEAR_HEADINGS) {
    for (const section of sections) {
      const match = rule.pattern.exec(section.heading);
      if (match && plausible(Number(match[1]) + rule.offset))
        return { year: Number(match[1]) + rule.offset, source: 'heading', evidence: section.marker + section.heading };
    }
  }
  // 2013年是……之年: the first paragraph of the body (outside a review) that announces a year.
  for (const section of sections) {
    if (/回顾/.test(section.heading)) continue;
    for (const child of section.children) {
      if (child.type !== 'paragraph') continue;
      const match = YEAR_STATEMENT.exec(child.text.trim());
      if (match && plausible(Number(match[1])))
        return { year: Number(match[1]), source: 'statement', evidence: match[0] };
    }
  }
  return { year: null, source: null, evidence: null };
}
