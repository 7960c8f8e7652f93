/**
 * Initiatives across a series of plans, for the report's heat map: for each initiative, in each
 * plan, whether it is new, still there, just dropped, or absent. Read from the series' diffs
 * (`diffSeries`), which compare initiatives by key from one plan to the next.
 */
import type { PlanSeries } from '../diff/diff-series.js';
import type { InitiativeKind } from '../passes/initiative-kinds.js';

/**
 * An initiative in one plan of a series: new (not in the plan before), present (in both), dropped
 * (in the plan before, not in this one), absent.
 *
 * @example
 * const status: PresenceStatus = 'new'
 */
export type PresenceStatus = 'new' | 'present' | 'dropped' | 'absent';

/**
 * One initiative across the plans: its status and mentions in each.
 *
 * @example
 * initiativePresence(series)[0]
 * // { key: '全国科普日', name: '全国科普日', kind: 'event', cells: [{ status: 'present', count: 2 }, …], plans: 3 }
 */
export interface PresenceRow {
  key: string;
  name: string;
  kind: InitiativeKind;
  cells: Array<{ status: PresenceStatus; count: number }>;
  /** How many plans name it. */
  plans: number;
}

/**
 * The initiatives of a series, plan by plan, the ones named in most plans first (then by the plan
 * that first names them, then by key).
 *
 * @example
 * initiativePresence(diffSeries([plan2022, plan2023, plan2024])).filter((row) => row.plans === 3)
 */
export function initiativePresence(series: PlanSeries): PresenceRow[] {
  const rows = new Map<string, PresenceRow>();
  const plans = series.plans.length;
  const rowOf = (ref: { key: string; name: string; kind: InitiativeKind }) => {
    let row = rows.get(ref.key);
    if (!row) {
      row = {
        key: ref.key,
        name: ref.name,
        kind: ref.kind,
        cells: Array.from({ length: plans }, () => ({ status: 'absent' as PresenceStatus, count: 0 })),
        plans: 0,
      };
      rows.set(ref.key, row);
    }
    return row;
  };
  series.diffs.forEach((diff, index) => {
    const { added, removed, kept } = diff.initiatives;
    // The first plan is seen as the old side of the first diff.
    if (index === 0) {
      for (const ref of [...removed, ...kept]) rowOf(ref).cells[0] = { status: 'present', count: ref.oldCount ?? 0 };
    }
    for (const ref of added) rowOf(ref).cells[index + 1] = { status: 'new', count: ref.newCount ?? 0 };
    for (const ref of kept) rowOf(ref).cells[index + 1] = { status: 'present', count: ref.newCount ?? 0 };
    for (const ref of removed) rowOf(ref).cells[index + 1] = { status: 'dropped', count: 0 };
  });
  for (const row of rows.values()) {
    row.plans = row.cells.filter((cell) => cell.status === 'new' || cell.status === 'present').length;
  }
  const firstPlan = (row: PresenceRow) =>
    row.cells.findIndex((cell) => cell.status === 'new' || cell.status === 'present');
  return [...rows.values()].sort(
    (a, b) => b.plans - a.plans || firstPlan(a) - firstPlan(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}
