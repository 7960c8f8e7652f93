/**
 * `kepu diff --year` and `--reference-date`: one value per plan, comma-separated in the order of
 * the files (2018,2019); an empty place keeps that plan's own (,2019).
 */
import type { PlanReference } from '../diff/plan-view.js';

/** YYYY-MM-DD, and a real day. */
const isDay = (value: string) =>
  /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The year and day given for each of `plans` plans, or the problem with what was given (a usage error).
 *
 * @example
 * readPlanReferences('2018,2019', undefined, 2) // { references: [{ year: 2018 }, { year: 2019 }] }
 */
export function readPlanReferences(
  years: string | undefined,
  days: string | undefined,
  plans: number,
): { references?: PlanReference[]; problem?: string } {
  if (years === undefined && days === undefined) return {};
  const split = (name: string, value: string | undefined) => {
    if (value === undefined) return Array.from({ length: plans }, () => '');
    const parts = value.split(',').map((part) => part.trim());
    return parts.length === plans
      ? parts
      : `${name} takes one value per plan, comma-separated in the order of the files (${plans} plans: ${name === '--year' ? '2018,2019' : '2018-03-05,2019-03-05'}), not "${value}"`;
  };
  const yearList = split('--year', years);
  if (typeof yearList === 'string') return { problem: yearList };
  const dayList = split('--reference-date', days);
  if (typeof dayList === 'string') return { problem: dayList };
  const references: PlanReference[] = [];
  for (let index = 0; index < plans; index++) {
    const reference: PlanReference = {};
    if (yearList[index] !== '') {
      const year = Number(yearList[index]);
      if (!Number.isInteger(year) || year < 1000 || year > 9999)
        return { problem: `--year takes years such as 2023, not "${yearList[index]}"` };
      reference.year = year;
    }
    if (dayList[index] !== '') {
      if (!isDay(dayList[index]))
        return { problem: `--reference-date takes days as YYYY-MM-DD, not "${dayList[index]}"` };
      reference.date = dayList[index];
    }
    references.push(reference);
  }
  return { references };
}
