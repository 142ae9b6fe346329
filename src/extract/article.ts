import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import { type Article, SCHEMA_VERSION } from '../schema/article.js';
import { extractEntities } from './entities.js';
import { extractMeta, type FrontMatterIndex } from './meta.js';
import { extractQuotes } from './quotes.js';
import { extractStance } from './stance.js';
import { extractSections } from './structure.js';

/**
 * Run every extractor over the document model, in the order their inputs need: structure and
 * metadata, entities, quotes (which link speakers to entities), stance (held by quote speakers).
 *
 * @param document The document model.
 * @param options `ownKeys`: front matter keys an app's schema defines, kept as written.
 * @returns The article (not yet validated), the problems found, and the front matter's index.
 */
export function buildArticle(document: DocumentModel, options: { ownKeys?: ReadonlySet<string> } = {}): { article: Article; problems: Problem[]; frontMatter: FrontMatterIndex | undefined } {
  const { meta, problems, frontMatter } = extractMeta(document, options.ownKeys);
  const sections = extractSections(document);
  const entities = extractEntities(document);
  const quoted = extractQuotes(document, entities);
  const stance = extractStance(document, quoted.quotes);
  return {
    article: { schemaVersion: SCHEMA_VERSION, meta, sections, quotes: quoted.quotes, entities: entities.entities, stance },
    problems: [...problems, ...quoted.problems],
    frontMatter,
  };
}
