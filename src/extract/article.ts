import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import { type Article, SCHEMA_VERSION } from '../schema/article.js';
import { type GazetteerEntry, extractEntities } from './entities.js';
import { extractMeta } from './meta.js';
import { extractQuotes } from './quotes.js';
import { extractStance } from './stance.js';
import { extractSections } from './structure.js';

/** Options for building an article from its document model. */
export interface BuildOptions {
  /**
   * A user gazetteer: entities the app knows, as `{id, type, name, aliases}`. Mentions of a
   * name or alias link to that entity, and the output uses its id (a Wikidata id, say).
   */
  entities?: readonly GazetteerEntry[];
}

/**
 * Run every extractor over the document model, in the order their inputs need: structure and
 * metadata, entities, quotes (which link speakers to entities), stance (held by quote speakers).
 *
 * @param document The document model.
 * @param options Extractor settings.
 * @returns The article (not yet validated) and the problems found.
 */
export function buildArticle(document: DocumentModel, options: BuildOptions = {}): { article: Article; problems: Problem[] } {
  const { meta, problems } = extractMeta(document);
  const sections = extractSections(document);
  const entities = extractEntities(document, { entities: options.entities });
  const quoted = extractQuotes(document, entities);
  const stance = extractStance(document, quoted.quotes);
  return {
    article: { schemaVersion: SCHEMA_VERSION, meta, sections, quotes: quoted.quotes, entities: entities.entities, stance },
    problems: [...problems, ...entities.problems, ...quoted.problems],
  };
}
