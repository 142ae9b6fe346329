import { z } from 'zod';
import { PiecewiseTextSchema, SnippetSchema } from './span.js';

/**
 * A sentence of a paragraph. A sentence inside a quotation is a sentence of its own.
 *
 * @example
 * ```ts
 * SentenceSchema.parse({ text: 'It rained.', span: { start: 0, end: 10 } });
 * ```
 */
export const SentenceSchema = PiecewiseTextSchema.meta({ id: 'Sentence' });

/** A sentence. */
export type Sentence = z.infer<typeof SentenceSchema>;

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

/** A paragraph. */
export type Paragraph = z.infer<typeof ParagraphSchema>;

/**
 * What a section does in the article.
 *
 * @example
 * ```ts
 * SectionRoleSchema.parse('lede');
 * ```
 */
export const SectionRoleSchema = z.enum(['lede', 'body', 'conclusion']).meta({ id: 'SectionRole' });

/** What a section does in the article. */
export type SectionRole = z.infer<typeof SectionRoleSchema>;

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

/** A section. */
export type Section = z.infer<typeof SectionSchema>;
