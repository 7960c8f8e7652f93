/**
 * Diagnostics for numbering: gaps (一 then 三), repeats (二 twice), reversals (（二） before
 * （一）) and skipped levels (1. directly under 一、 where the document elsewhere puts （一）
 * between them). Numbering that runs on across parents — 条 across 章, （七） under 二、 after
 * （六） under 一、 — is not a gap.
 */
import type { BodyContent, Diagnostic, Section } from '../types.js';
import { NUMBERING_STYLES } from '../numbering-styles.js';
import { formatChineseNumeral } from '../numerals.js';
import type { Locator } from './locate.js';

const STYLE_BY_NAME = new Map(NUMBERING_STYLES.map((style) => [style.name, style]));
const DECIMAL_RANKS = new Set(
  NUMBERING_STYLES.filter((style) => style.family.startsWith('decimal')).map((style) => style.rank),
);

function writeOrdinal(section: Section, ordinal: number): string {
  // A decimal number is written whole, its last part replaced (2.1.3 after 2.1.1: 2.1.2).
  if (section.style.startsWith('decimal')) return section.marker.replace(/[0-9０-９]+(?=[.．]?$)/, String(ordinal));
  return /^[0-9０-９（(]*[0-9]/.test(section.marker) ? String(ordinal) : formatChineseNumeral(ordinal);
}

/** Checks the numbering of one container's body; pushes diagnostics. */
export function checkNumbering(body: BodyContent[], locator: Locator, diagnostics: Diagnostic[]): void {
  const lastSeen = new Map<string, number>();
  // The item levels used anywhere in the container, gathered by the same walk as the checks; a
  // skipped level is judged against all of them once the walk is done (the children whose level
  // is to be judged are kept until then, in two parallel lists).
  const usedItemRanks = new Set<number>();
  const levelChildren: Section[] = [];
  const levelParents: Array<Section | null> = [];

  const markerSpan = (section: Section) =>
    locator.position(
      section.position.start.offset,
      Math.min(section.headingPosition.end.offset, section.position.start.offset + Math.max(section.marker.length, 1)),
    );
  const report = (section: Section, code: Diagnostic['code'], message: string) =>
    diagnostics.push({ code, severity: 'warning', message, position: markerSpan(section) });

  const visit = (children: BodyContent[], parent: Section | null): void => {
    // The last section of each family among these children. Siblings are mostly of one family:
    // that one is kept in two variables, and a map is made only when a second family comes.
    // (Indexed loops: a for…of makes an iterator result per step until the function is optimised.)
    let onlyFamily: string | null = null;
    let onlyPrevious: Section | undefined;
    let previousByFamily: Map<string, Section> | null = null;
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (child.type !== 'section') continue;
      const style = STYLE_BY_NAME.get(child.style);
      if (style && !style.container) usedItemRanks.add(style.rank);
      // A Markdown heading's style is not in the table: its name is its family.
      const family = style?.family ?? child.style;
      if (child.marker !== '') {
        if (previousByFamily === null && onlyFamily !== null && onlyFamily !== family) {
          previousByFamily = new Map([[onlyFamily, onlyPrevious!]]);
        }
        const previous =
          previousByFamily !== null ? previousByFamily.get(family) : onlyFamily === family ? onlyPrevious : undefined;
        if (previous) {
          const expected = previous.ordinal + 1;
          if (child.ordinal === previous.ordinal) {
            report(
              child,
              'duplicate-marker',
              `${child.marker} repeats the number of ${previous.marker} on line ${previous.position.start.line}`,
            );
          } else if (child.ordinal < previous.ordinal) {
            report(
              child,
              'numbering-reversal',
              `${child.marker} comes after ${previous.marker} (line ${previous.position.start.line})`,
            );
          } else if (child.ordinal > expected) {
            report(
              child,
              'numbering-gap',
              `${child.marker} follows ${previous.marker}: ${writeOrdinal(child, expected)} is missing`,
            );
          }
        } else {
          const runOn = lastSeen.get(family);
          if (child.ordinal !== 1 && child.ordinal !== (runOn ?? 0) + 1) {
            report(
              child,
              'numbering-gap',
              `${child.marker} is the first of its level here: numbering should start at ${writeOrdinal(child, 1)}${runOn !== undefined ? ` or run on from ${writeOrdinal(child, runOn)}` : ''}`,
            );
          }
          levelChildren.push(child);
          levelParents.push(parent);
        }
        if (previousByFamily !== null) previousByFamily.set(family, child);
        else {
          onlyFamily = family;
          onlyPrevious = child;
        }
        lastSeen.set(family, child.ordinal);
      }
      visit(child.children, child);
    }
  };
  visit(body, null);
  // After the walk, so that each is judged against every level the container uses. (Diagnostics
  // are ordered by position in the end; a child's level is judged after its other checks, as before.)
  for (let index = 0; index < levelChildren.length; index++)
    checkLevel(levelChildren[index], levelParents[index], usedItemRanks, report);
}

/** A level is skipped when a style used elsewhere in the container belongs between parent and child. */
function checkLevel(
  child: Section,
  parent: Section | null,
  usedItemRanks: Set<number>,
  report: (section: Section, code: Diagnostic['code'], message: string) => void,
): void {
  const childStyle = STYLE_BY_NAME.get(child.style);
  const parentStyle = parent ? STYLE_BY_NAME.get(parent.style) : undefined;
  if (!childStyle || childStyle.container || !parentStyle || parentStyle.container) return;
  for (const rank of usedItemRanks) {
    // Decimal numbers nest by their own parts (1 / 1.1 / 1.1.1), not by rank: an item under any of
    // them skips none of them.
    if (DECIMAL_RANKS.has(rank) && DECIMAL_RANKS.has(parentStyle.rank)) continue;
    if (rank > parentStyle.rank && rank < childStyle.rank) {
      const between = NUMBERING_STYLES.find((style) => style.rank === rank);
      report(
        child,
        'level-skipped',
        `${child.marker} sits directly under ${parent!.marker}; this document puts ${between?.example ?? 'another level'} between them elsewhere`,
      );
      return;
    }
  }
}
