import { z } from 'zod';
import { SnippetSchema } from './span.js';

/**
 * What kind of thing an entity is. `other` holds every other name: works, events, products,
 * laws, and the like (CoNLL-2003's MISC); such a name is never a `person`.
 *
 * @example
 * ```ts
 * EntityTypeSchema.parse('person'); // 'person'
 * ```
 */
export const EntityTypeSchema = z
  .enum(['person', 'organization', 'place', 'other'])
  .meta({ id: 'EntityType', description: 'person, organization, place, or other: works, events, products and other names (never a person).' });

/** What kind of thing an entity is. */
export type EntityType = z.infer<typeof EntityTypeSchema>;

/**
 * How a mention refers to its entity: by proper name (what an NER corpus marks), by title
 * alone ("the minister"), by pronoun, by demonym ("Iranian" for Iran), or by description.
 *
 * @example
 * ```ts
 * MentionKindSchema.options; // ['name', 'title', 'pronoun', 'demonym', 'description']
 * ```
 */
export const MentionKindSchema = z
  .enum(['name', 'title', 'pronoun', 'demonym', 'description'])
  .meta({ id: 'MentionKind' });

/** How a mention refers to its entity. */
export type MentionKind = z.infer<typeof MentionKindSchema>;

/**
 * One place in the text that refers to an entity.
 *
 * @example
 * ```ts
 * MentionSchema.parse({ text: 'Iran', span: { start: 0, end: 4 }, kind: 'name' });
 * ```
 */
export const MentionSchema = SnippetSchema.extend({
  kind: MentionKindSchema,
}).meta({ id: 'Mention' });

/** A mention of an entity. */
export type Mention = z.infer<typeof MentionSchema>;

/**
 * A person, organisation or place, once, with every mention of it.
 *
 * @example
 * ```ts
 * EntitySchema.parse({
 *   id: 'e1', type: 'place', name: 'Iran', aliases: [], titles: [],
 *   mentions: [{ text: 'Iran', span: { start: 0, end: 4 }, kind: 'name' }],
 * });
 * ```
 */
export const EntitySchema = z
  .object({
    id: z.string(),
    type: EntityTypeSchema,
    name: z.string().min(1).describe('The fullest proper name the text uses.'),
    aliases: z.array(z.string()).describe('Other names the text uses for it.'),
    titles: z.array(z.string()).describe('Titles the text gives a person, such as "President".'),
    mentions: z.array(MentionSchema),
  })
  .meta({ id: 'Entity' });

/** An entity. */
export type Entity = z.infer<typeof EntitySchema>;
