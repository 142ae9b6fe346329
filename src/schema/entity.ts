import * as z from 'zod';
import { type Snippet, SnippetSchema } from './span.js';

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

/**
 * What kind of thing an entity is: `other` for works, events, products and other names
 * (never a person). The type of {@link EntityTypeSchema}.
 */
export type EntityType = 'person' | 'organization' | 'place' | 'other';

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

/** How a mention refers to its entity. The type of {@link MentionKindSchema}. */
export type MentionKind = 'name' | 'title' | 'pronoun' | 'demonym' | 'description';

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

/** A mention of an entity: its text, span and kind. The type of {@link MentionSchema}. */
export interface Mention extends Snippet {
  /** By name, title, pronoun, demonym or description. */
  kind: MentionKind;
}

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

/** An entity, once, with every mention of it. The type of {@link EntitySchema}. */
export interface Entity {
  /** `e1`, `e2`, …, or the id of the `entities` gazetteer entry it is. */
  id: string;
  /** Person, organisation, place or other. */
  type: EntityType;
  /** The fullest proper name the text uses. */
  name: string;
  /** Other names the text uses for it. */
  aliases: string[];
  /** Titles the text gives a person, such as "President". */
  titles: string[];
  /** Every place in the text that refers to it. */
  mentions: Mention[];
}
