/**
 * Readers for the values inside GB/T 9704 parts: dates, 发文字号, genre words. Each works on text
 * already folded by foldForMatching (half-width, simplified).
 */
import type { DocNumber } from '../types.js';
import { parseChineseNumeral, toAsciiDigits } from '../numerals.js';
import { isValidDate, toIso } from '../time/calendar.js';

/**
 * A written year (2023, 二〇二三) and month or day (4, 十二), as pattern sources for the date patterns.
 * The zero of a year written in Chinese is typed many ways: 〇, ○, ◯, 零, and a Latin or Greek O.
 */
export const YEAR = '(?:[0-9]{4}|[〇○◯零Ｏ0OoΟ一二三四五六七八九]{4})';
export const MONTH_DAY = '(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})';

/** A whole line that is a date: 2023年4月10日, 二〇〇五年七月十四日, 2023 年 4 月 10 日. */
export const DATE_LINE = new RegExp(`^(${YEAR})\\s*年\\s*(${MONTH_DAY})\\s*月\\s*(${MONTH_DAY})\\s*日$`);

/** A date anywhere: the same forms. */
export const DATE_ANYWHERE = new RegExp(`(${YEAR})\\s*年\\s*(${MONTH_DAY})\\s*月\\s*(${MONTH_DAY})\\s*日`);

/** Checks a calendar date and writes it as YYYY-MM-DD. */
export function isoDate(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? toIso({ year, month, day }) : null;
}

function readNumber(text: string): number | null {
  const ascii = toAsciiDigits(text);
  return /^[0-9]+$/.test(ascii) ? Number(ascii) : parseChineseNumeral(text);
}

/** Reads the year, month and day groups of DATE_LINE / DATE_ANYWHERE into ISO 8601. */
export function readDateGroups(year: string, month: string, day: string): string | null {
  // A year written in Chinese numerals whose zero was typed as a letter or a circle (二O二三, 二◯二三).
  const y = readNumber(/[^0-9]/.test(year) ? year.replace(/[0OoΟ◯]/g, '〇') : year);
  const m = readNumber(month);
  const d = readNumber(day);
  if (y === null || m === null || d === null) return null;
  return isoDate(y, m, d);
}

/** 2023-04-27, 2023/4/27, 2023.4.27 or a Date (YAML front matter) → ISO 8601. */
export function readLooseDate(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return null;
  const text = toAsciiDigits(value.trim());
  const numeric = /^([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})/.exec(text);
  if (numeric) return isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const written = DATE_ANYWHERE.exec(text);
  return written ? readDateGroups(written[1], written[2], written[3]) : null;
}

// 国办发〔2021〕9号  沪交航[2022]454号  科协办函普字【2022】31号  (2024)  国令第707号
const DOC_NUMBER =
  /^([\u4e00-\u9fff]{1,16}?)[ \t]*[〔[【(［][ \t]*([0-9]{4})[ \t]*[〕\]】)］][ \t]*第?[ \t]*([0-9]{1,5})[ \t]*号$/;
const DECREE_NUMBER = /^([\u4e00-\u9fff]{1,16}?令)[ \t]*第[ \t]*([0-9]{1,5})[ \t]*号$/;

/** Reads a 发文字号; `raw` keeps the text as written. */
export function readDocNumber(raw: string, folded: string): DocNumber | null {
  const text = folded.trim();
  const match = DOC_NUMBER.exec(text);
  if (match) return { raw: raw.trim(), agency: match[1], year: Number(match[2]), serial: Number(match[3]) };
  const decree = DECREE_NUMBER.exec(text);
  if (decree) return { raw: raw.trim(), agency: decree[1], year: null, serial: Number(decree[2]) };
  return null;
}

/** A 发文字号 somewhere in a line (the line may also carry 签发人). */
export const DOC_NUMBER_IN_LINE =
  /[\u4e00-\u9fff]{1,16}[ \t]*[〔[【(［][ \t]*[0-9]{4}[ \t]*[〕\]】)］][ \t]*第?[ \t]*[0-9]{1,5}[ \t]*号|[\u4e00-\u9fff]{1,16}令[ \t]*第[ \t]*[0-9]{1,5}[ \t]*号/;

/** 文种 words, longest first, that end a title. */
export const GENRES = [
  '实施意见',
  '指导意见',
  '实施方案',
  '工作方案',
  '工作要点',
  '实施细则',
  '管理办法',
  '暂行办法',
  '行动计划',
  '行动方案',
  '通知',
  '通报',
  '意见',
  '决定',
  '决议',
  '命令',
  '公报',
  '公告',
  '通告',
  '议案',
  '报告',
  '请示',
  '批复',
  '答复',
  '函',
  '纪要',
  '办法',
  '规定',
  '条例',
  '细则',
  '规则',
  '方案',
  '要点',
  '计划',
  '规划',
  '纲要',
  '指南',
  '章程',
  '清单',
  '大纲',
  '守则',
  '准则',
  '制度',
  '标准',
  '预案',
  '讲话',
  '令',
];

/**
 * The genre word a title ends with; a trailing period in brackets (（2024-2026年）) is ignored.
 * `loose` also looks inside a closing 《》 or quote (《……工作要点》 → 要点): a complete title never
 * ends there, so only the attachment recogniser uses it.
 */
export function readGenre(folded: string, loose = false): string | null {
  let trimmed = folded.replace(/\s+/g, '').replace(/(?:\([^()]*\)|（[^（）]*）)$/, '');
  if (loose) trimmed = trimmed.replace(/[》>」”"]+$/, '');
  for (const genre of GENRES) if (trimmed.endsWith(genre)) return genre;
  return null;
}
