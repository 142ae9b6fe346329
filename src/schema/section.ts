import * as z from 'zod';
import { type PiecewiseText, PiecewiseTextSchema, type Snippet, SnippetSchema } from './span.js';

/**
 * A sentence of a paragraph. A sentence inside a quotation is a sentence of its own.
 *
 * @example
 * ```ts
 * SentenceSchema.parse({ text: 'It rained.', span: { start: 0, end: 10 } });
 * ```
 */
export const SentenceSchema = PiecewiseTextSchema.meta({ id: 'Sentence' });

/** A sentence: its text and span, with `parts` when markup splits it. The type of {@link SentenceSchema}. */
export interface Sentence extends PiecewiseText {}

/**
 * A paragraph: its text, where it is, and its sentences.
 *
 * @example
 * ```ts
 * ParagraphSchema.parse({
 *   id: 'p1',
 *   text: 'It rained.',
 *   span: { start: 0, end: 10 },
 *   sentences: [{ text: 'It rained.', span: { start: 0, end: 10 } }],
 * });
 * ```
 */
export const ParagraphSchema = PiecewiseTextSchema.extend({
  id: z.string(),
  sentences: z.array(SentenceSchema),
}).meta({ id: 'Paragraph' });

/** A paragraph. The type of {@link ParagraphSchema}. */
export interface Paragraph extends PiecewiseText {
  /** `p1`, `p2`, … in reading order, across sections. */
  id: string;
  /** Its sentences, in order. */
  sentences: Sentence[];
}

/**
 * What a section does in the article.
 *
 * @example
 * ```ts
 * SectionRoleSchema.parse('lede');
 * ```
 */
export const SectionRoleSchema = z.enum(['lede', 'body', 'conclusion']).meta({ id: 'SectionRole' });

/**
 * What a section does in the article: `lede` (the text before the first heading, or the first
 * paragraph of an article without headings), `body`, or `conclusion` (a last section headed
 * "Conclusion" or the like). The type of {@link SectionRoleSchema}.
 */
export type SectionRole = 'lede' | 'body' | 'conclusion';

/**
 * A section: the paragraphs under one heading, or before the first one.
 *
 * @example
 * ```ts
 * SectionSchema.parse({ id: 's1', role: 'lede', heading: null, paragraphs: [] });
 * ```
 */
export const SectionSchema = z
  .object({
    id: z.string(),
    role: SectionRoleSchema,
    heading: SnippetSchema.nullable(),
    paragraphs: z.array(ParagraphSchema),
  })
  .meta({ id: 'Section' });

/** A section. The type of {@link SectionSchema}. */
export interface Section {
  /** `s1`, `s2`, … in reading order. */
  id: string;
  /** What the section does in the article. */
  role: SectionRole;
  /** The heading that opens it, or null for the paragraphs before the first heading. */
  heading: Snippet | null;
  /** Its paragraphs, in order. */
  paragraphs: Paragraph[];
}
