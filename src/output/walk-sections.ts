/** Walks a kepu tree's sections in reading order, with the attachment each one sits in. */
import type { Attachment, BodyContent, Document, RootContent, Section } from '../types.js';

export interface SectionVisit {
  section: Section;
  attachment: Attachment | null;
  /** Markers and headings from the top of the container down to this section. */
  path: Section[];
}

export function* walkSections(document: Document): Generator<SectionVisit> {
  function* visit(
    nodes: Array<RootContent | BodyContent>,
    attachment: Attachment | null,
    path: Section[],
  ): Generator<SectionVisit> {
    for (const node of nodes) {
      if (node.type === 'section') {
        const next = [...path, node];
        yield { section: node, attachment, path: next };
        yield* visit(node.children, attachment, next);
      } else if (node.type === 'attachment') {
        yield* visit(node.children, node, []);
      }
    }
  }
  yield* visit(document.children, null, []);
}

/** The body text directly under a section (its paragraphs, not its subsections). */
export function ownText(section: Section): string {
  return section.children
    .filter((child) => child.type === 'paragraph')
    .map((child) => (child as { text: string }).text)
    .join('\n');
}
