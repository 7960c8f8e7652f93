/** Calendar arithmetic on plain {year, month, day} dates, written as ISO 8601 strings. */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

export function fromIso(text: string): CalendarDate {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/** Adds days (may be negative). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const value = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
}

/** Adds months, keeping the day within the target month (1月31日 + 1 month → 2月28日). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Adds working days (Monday to Friday), counting from the day after `date`. */
export function addWorkingDays(date: CalendarDate, days: number): CalendarDate {
  let current = date;
  let left = days;
  while (left > 0) {
    current = addDays(current, 1);
    const weekday = new Date(Date.UTC(current.year, current.month - 1, current.day)).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return current;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
