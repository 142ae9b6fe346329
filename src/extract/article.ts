import type { StanceEntry } from '../lexicon/stance.js';
import type { DocumentModel } from '../model/document.js';
import type { Problem } from '../model/problem.js';
import { type Article, SCHEMA_VERSION } from '../schema/article.js';
import { type GazetteerEntry, extractEntities } from './entities.js';
import { extractMeta, type FrontMatterIndex } from './meta.js';
import { extractQuotes } from './quotes.js';
import { extractStance, summarizeStance } from './stance.js';
import { extractSections } from './structure.js';

/** Options for building an article from its document model: extractor settings. */
export interface BuildOptions {
  /**
   * A user gazetteer: entities the app knows, as `{id, type, name, aliases}`. Mentions of a
   * name or alias link to that entity, and the output uses its id (a Wikidata id, say).
   */
  entities?: readonly GazetteerEntry[];
  /** Entries added to the built-in lexicons. */
  lexicon?: {
    /** Stance markers; an entry whose phrase is built in replaces that entry. */
    stance?: readonly StanceEntry[];
  };
  /** Front matter keys an app's schema defines, kept as written. */
  ownKeys?: ReadonlySet<string>;
  /** Front matter a host parsed before remark saw the file, read when the text has none. */
  hostFrontMatter?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Run every extractor over the document model, in the order their inputs need: structure and
 * metadata, entities, quotes (which link speakers to entities), stance (held by quote speakers).
 *
 * @param document The document model.
 * @param options Extractor settings, and the front matter keys an app's schema defines.
 * @returns The article (not yet validated), the problems found, and the front matter's index.
 */
export function buildArticle(
  document: DocumentModel,
  options: BuildOptions = {},
): { article: Article; problems: Problem[]; frontMatter: FrontMatterIndex | undefined } {
  const { meta, problems, frontMatter } = extractMeta(document, options.ownKeys, options.hostFrontMatter);
  const sections = extractSections(document);
  const entities = extractEntities(document, { entities: options.entities });
  const quoted = extractQuotes(document, entities);
  const stance = extractStance(document, quoted.quotes, { lexicon: options.lexicon?.stance });
  const stanceSummary = summarizeStance(document, sections, stance);
  return {
    article: { schemaVersion: SCHEMA_VERSION, meta, sections, quotes: quoted.quotes, entities: entities.entities, stance, stanceSummary },
    problems: [...problems, ...entities.problems, ...quoted.problems],
    frontMatter,
  };
}
