// The public shapes of entity extraction: what it returns and what it accepts.
import type { Problem } from '../../model/problem.js';
import type { Entity, EntityType, Mention } from '../../schema/entity.js';

/** A mention found in the text, with the entity it belongs to. */
export interface LinkedMention extends Mention {
  entityId: string;
}

/** Entities and an index of their mentions by position, for the extractors that follow. */
export interface EntityIndex {
  entities: Entity[];
  /** Every mention, sorted by start. */
  mentions: LinkedMention[];
  /** Problems with the options, such as a gazetteer entry without a name. */
  problems: Problem[];
}

/**
 * One entity of a user gazetteer: its id (a Wikidata id, a database key) is the id the output
 * uses, and its name and aliases are matched where the text writes them.
 */
export interface GazetteerEntry {
  id: string;
  type: EntityType;
  name: string;
  aliases?: readonly string[];
}

/** Options of {@link extractEntities}. */
export interface EntityOptions {
  /** Entities the app knows: mentions of their names link to them and carry their ids. */
  entities?: readonly GazetteerEntry[];
}
