/**
 * The task breakdown pivoted by unit: for each unit a plan names, the tasks it leads, supports
 * (配合) and carries out (实施主体), the units that carry most first. `kepu tasks --by unit` and
 * the report's unit × task matrix are views of it.
 */
import type { PlanSummary } from './plan-summary.js';

/**
 * One unit's load: the ids of the tasks it leads, supports and carries out.
 *
 * @example
 * unitLoads(summary)[0] // { unit: '设施养护处', lead: ['附件2:1.1.1', …], others: [], implementers: [] }
 */
export interface UnitLoad {
  unit: string;
  lead: string[];
  others: string[];
  implementers: string[];
}

/**
 * The units of a plan's tasks, the most tasks first (then the most led, then by name).
 *
 * @example
 * unitLoads(summarizePlan(tree)).map((load) => load.unit)
 */
export function unitLoads(summary: PlanSummary): UnitLoad[] {
  const loads = new Map<string, UnitLoad>();
  const loadOf = (unit: string) => {
    let load = loads.get(unit);
    if (!load) {
      load = { unit, lead: [], others: [], implementers: [] };
      loads.set(unit, load);
    }
    return load;
  };
  for (const task of summary.tasks) {
    if (!task.responsible) continue;
    for (const role of ['lead', 'others', 'implementers'] as const) {
      // A unit named twice in one cell counts once for the task.
      for (const unit of new Set(task.responsible[role])) loadOf(unit)[role].push(task.id);
    }
  }
  const total = (load: UnitLoad) => new Set([...load.lead, ...load.others, ...load.implementers]).size;
  return [...loads.values()].sort(
    (a, b) => total(b) - total(a) || b.lead.length - a.lead.length || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
  );
}
