/** Numeric targets compared in aligned sections: 100场 → 150场, 50万人次 → 60万人次. */
import type { TargetChange } from '../types.js';
import { type Alignment } from './align-sections.js';
import type { PlanNode } from './plan-view.js';
import { sameTextForDiff, textForDiff } from './diff-sections.js';
import { foldWidth } from '../normalize.js';

// 100场, 1.5万人次, 30%, 200公里 — a number with the unit it counts.
const TARGET =
  /([0-9]+(?:\.[0-9]+)?)\s*(万人次|万人|人次|场次|万元|亿元|万|亿)?(场|个|次|人|家|所|项|件|名|部|%|％|公里|千米|条|座|处|期|批|种|套|台|份|册|篇|小时|学时|元)?/g;

/** Numbers with their units; full-width digits (１００场) read as half-width, the text kept as written. */
function targetsOf(written: string): Array<{ unit: string; value: number; text: string }> {
  const text = foldWidth(written);
  const found: Array<{ unit: string; value: number; text: string }> = [];
  for (const match of text.matchAll(TARGET)) {
    const unit = (match[2] ?? '') + (match[3] ?? '');
    if (!unit) continue;
    const next = text[match.index! + match[0].length] ?? '';
    if (/[年月日号]/.test(next) || /[年月日]$/.test(unit)) continue;
    found.push({ unit, value: Number(match[1]), text: written.slice(match.index!, match.index! + match[0].length) });
  }
  return found;
}

/** Numeric targets that changed in matched sections: 100场 → 150场. */
export function diffTargets(alignment: Alignment): TargetChange[] {
  const changes: TargetChange[] = [];
  // The pairs whose texts differ (most are the same: those are passed over without building their
  // texts), in the new plan's order: sorting is stable, so sorting these is sorting all and keeping these.
  const pairs: Array<[PlanNode, PlanNode]> = [];
  alignment.forward.forEach((b, a) => {
    if (sameTextForDiff(a, b)) return;
    pairs.push([a, b]);
  });
  pairs.sort((x, y) => x[1].ref.line - y[1].ref.line);
  for (const [a, b] of pairs) {
    // A one-sentence item (（1）建设精品道路300条。) holds its target in the heading.
    const beforeText = textForDiff(a);
    const afterText = textForDiff(b);
    if (beforeText === afterText) continue;
    const before = targetsOf(beforeText);
    const after = targetsOf(afterText);
    const byUnit = (list: typeof before) => {
      const map = new Map<string, typeof before>();
      for (const item of list) {
        const same = map.get(item.unit);
        if (same) same.push(item);
        else map.set(item.unit, [item]);
      }
      return map;
    };
    const afterByUnit = byUnit(after);
    for (const [unit, list] of byUnit(before)) {
      const others = afterByUnit.get(unit) ?? [];
      // Only where the same unit occurs as often in both: then the n-th is the n-th.
      if (others.length !== list.length) continue;
      list.forEach((item, index) => {
        if (item.value !== others[index].value)
          changes.push({
            unit,
            old: item.value,
            new: others[index].value,
            oldText: item.text,
            newText: others[index].text,
            section: b.ref,
          });
      });
    }
  }
  return changes;
}
