import { CLOSING_HEADINGS } from '../lexicon/furniture.js';
import type { DocumentModel } from '../model/document.js';
import { clipToSegments, piecewiseText, snippet } from '../model/text.js';
import type { Paragraph, Section, SectionRole } from '../schema/section.js';
import type { Snippet } from '../schema/span.js';

/**
 * The headline as written in the text, if the document model found one.
 *
 * @param document The document model.
 * @returns The headline snippet, or null.
 */
export function extractHeadline(document: DocumentModel): Snippet | null {
  if (document.headline === null) return null;
  return snippet(document.input, document.blocks[document.headline]!.span);
}

function toParagraph(document: DocumentModel, blockIndex: number): Paragraph {
  const block = document.blocks[blockIndex]!;
  // Pushed, not mapped, as the sections and paragraphs below (see extractQuotes).
  const sentences: Paragraph['sentences'] = [];
  for (let at = block.sentences[0]; at < block.sentences[1]; at++) {
    sentences.push(piecewiseText(document.input, clipToSegments(block.segments, document.sentences[at]!.span)));
  }
  const { text, span, parts } = piecewiseText(document.input, block.segments);
  // Keys in the schema's order: a matching article is returned as built (see parse/validate).
  // Written out, not spread: spreading an object and adding keys cost 2% of a parse.
  return parts ? { text, span, parts, id: block.id!, sentences } : { text, span, id: block.id!, sentences };
}

function roleOf(index: number, count: number, heading: string | null): SectionRole {
  if (heading === null) return index === 0 ? 'lede' : 'body';
  if (index === count - 1 && CLOSING_HEADINGS.test(heading.trim())) return 'conclusion';
  return 'body';
}

/**
 * Sections with their headings, paragraphs and sentences. The text before the first heading
 * is the lede; an article without headings gets a lede section for its first paragraph and a
 * body section for the rest. A last section headed "Conclusion" (or the like) is the conclusion.
 *
 * @param document The document model.
 * @returns The article's sections, ids `s1`… and paragraph ids `p1`… in reading order.
 */
export function extractSections(document: DocumentModel): Section[] {
  let groups = document.sections;
  if (groups.length === 1 && groups[0]!.heading === null && groups[0]!.paragraphs.length > 1) {
    const [first, ...rest] = groups[0]!.paragraphs;
    groups = [
      { heading: null, paragraphs: [first!] },
      { heading: null, paragraphs: rest },
    ];
  }
  // Pushed, not mapped: `map` makes arrays of other kinds once V8 optimizes it, and the code
  // reading sections (stance, rules, the schema check) was compiled again for each (see extractQuotes).
  const sections: Section[] = [];
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index]!;
    const heading = group.heading === null ? null : snippet(document.input, document.blocks[group.heading]!.span);
    const paragraphs: Paragraph[] = [];
    for (const block of group.paragraphs) paragraphs.push(toParagraph(document, block));
    sections.push({ id: `s${index + 1}`, role: roleOf(index, groups.length, heading?.text ?? null), heading, paragraphs });
  }
  return sections;
}
