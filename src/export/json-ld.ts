import type { Article } from '../schema/article.js';
import type { Entity } from '../schema/entity.js';
import type { Quote } from '../schema/quote.js';

/** A JSON-LD node: `@type`, maybe `@id`, and schema.org properties. */
export type JsonLdNode = { '@type': string; '@id'?: string } & { [property: string]: unknown };

/** What {@link toJsonLd} returns: a schema.org `NewsArticle` with its `@context`. */
export type NewsArticleJsonLd = JsonLdNode & { '@context': 'https://schema.org'; '@type': 'NewsArticle' };

// schema.org types for newsmark's entity types; `other` has no good match and is left out.
const TYPES: Partial<Record<Entity['type'], string>> = { person: 'Person', organization: 'Organization', place: 'Place' };

/** Paragraph texts of the whole article, in order, as `articleBody` and ninjs bodies use them. */
export function bodyText(article: Article): string {
  return article.sections.flatMap((section) => [...(section.heading ? [section.heading.text] : []), ...section.paragraphs.map((paragraph) => paragraph.text)]).join('\n\n');
}

function entityNode(entity: Entity, id: (local: string) => string): JsonLdNode {
  const type = TYPES[entity.type]!;
  return {
    '@type': type,
    '@id': id(entity.id),
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    ...(type === 'Person' && entity.titles.length > 0 ? { jobTitle: entity.titles } : {}),
  };
}

/** Who said a quote: its entity when the speaker is a person or organisation, else a described Person. */
function speakerNode(quote: Quote, entities: ReadonlyMap<string, Entity>, id: (local: string) => string): JsonLdNode | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  const entity = speaker.entityId ? entities.get(speaker.entityId) : undefined;
  if (entity && (entity.type === 'person' || entity.type === 'organization')) return entityNode(entity, id);
  // "a spokesman", "officials": schema.org has no anonymous agent, so the words go in `description`.
  return { '@type': 'Person', description: speaker.text };
}

/** What {@link toJsonLd} adds to what the article says: a page's own details. */
export interface JsonLdOptions {
  /** The article's canonical URL (default: front matter `url`); also the base of node ids. */
  url?: string | undefined;
  /** The lead image's URL, or several (default: front matter `image`). */
  image?: string | readonly string[] | undefined;
  /** A summary for search results and cards (default: front matter `description`). */
  description?: string | undefined;
  /** The publisher: a name, or `{name, url, logo}` (default: front matter `publisher`). */
  publisher?: string | { name: string; url?: string | undefined; logo?: string | undefined } | undefined;
}

// Names in a byline: "Jane Doe and John Smith", "Ana Silva, Tom Reed & Lee Park". No
// whitespace in the pattern: pieces are trimmed after, and a leading `\s*` would be quadratic
// on long runs of spaces.
const NAME_SEPARATOR = /,|&|\band\b/u;

/**
 * The people a byline names, one a name: "By Jane Doe and John Smith" is two authors.
 *
 * @param byline The names of a byline, without "By".
 * @returns The names.
 */
function bylineNames(byline: string): string[] {
  return byline.split(NAME_SEPARATOR).map((name) => name.trim()).filter(Boolean);
}

/**
 * A short, stable id for an article with no URL: FNV-1a over its headline and body, so that the
 * node ids of several articles on one page differ and stay the same from build to build.
 */
function articleKey(article: Article, body: string): string {
  let hash = 0x811c9dc5;
  for (const char of `${article.meta.headline ?? ''}\n${body}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `article-${hash.toString(36)}`;
}

/**
 * The article as a schema.org `NewsArticle` in JSON-LD, for a page's
 * `<script type="application/ld+json">` or a knowledge graph: headline, body, dates, authors,
 * image, description, publisher, the people, organisations and places it `mentions`, and each
 * direct quote as a `Quotation` (under `hasPart`) `spokenByCharacter` its speaker. Node ids
 * start with the article's URL (or, without one, a key made from its text), so several articles
 * on one page keep their people and quotes apart.
 *
 * @param article An article from `parseArticle`.
 * @param options The page's `url`, `image`, `description` and `publisher`, where front matter
 *   does not give them (or to override it).
 * @returns A JSON-LD object with `@context` `https://schema.org`.
 * @example
 * ```ts
 * import { parseArticle, toJsonLd } from 'newsmark';
 *
 * const article = parseArticle('Markets rally\n\nBy Jane Doe and John Smith\n\n“Shares will rise,” Ana Silva said.');
 * const jsonLd = toJsonLd(article, { url: 'https://example.org/markets', image: 'https://example.org/markets.jpg' });
 * jsonLd.headline; // 'Markets rally'
 * jsonLd.author; // [{ '@type': 'Person', name: 'Jane Doe' }, { '@type': 'Person', name: 'John Smith' }]
 * const html = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
 * ```
 */
export function toJsonLd(article: Article, options: JsonLdOptions = {}): NewsArticleJsonLd {
  const { meta } = article;
  const body = bodyText(article);
  const url = options.url ?? meta.url;
  const base = url ?? `#${articleKey(article, body)}`;
  const id = (local: string) => (url ? `${url}#${local}` : `${base}-${local}`);
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const authors = meta.authors ?? (meta.byline ? bylineNames(meta.byline) : []);
  const mentions = article.entities.filter((entity) => TYPES[entity.type]).map((entity) => entityNode(entity, id));
  const quotations = article.quotes
    .filter((quote) => quote.kind === 'direct')
    .map((quote): JsonLdNode => {
      const speaker = speakerNode(quote, entities, id);
      return { '@type': 'Quotation', '@id': id(quote.id), text: quote.content.text, ...(speaker ? { spokenByCharacter: speaker } : {}) };
    });
  const image = options.image ?? meta.image;
  const description = options.description ?? meta.description;
  const publisher = options.publisher ?? meta.publisher;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': base,
    ...(meta.headline !== null ? { headline: meta.headline } : {}),
    ...(description ? { description } : {}),
    articleBody: body,
    ...(image ? { image: typeof image === 'string' ? image : [...image] } : {}),
    ...(meta.datePublished ? { datePublished: meta.datePublished } : {}),
    ...(meta.dateModified ? { dateModified: meta.dateModified } : {}),
    ...(authors.length > 0
      ? { author: authors.map((name) => ({ '@type': 'Person', name, ...(meta.authorUrls?.[name] ? { url: meta.authorUrls[name] } : {}) })) }
      : {}),
    ...(publisher ? { publisher: publisherNode(publisher) } : {}),
    ...(url ? { url } : {}),
    ...(meta.dateline ? { dateline: meta.dateline.text } : {}),
    ...(meta.section ? { articleSection: meta.section } : {}),
    ...(meta.tags?.length ? { keywords: meta.tags } : {}),
    ...(meta.language ? { inLanguage: meta.language } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(quotations.length > 0 ? { hasPart: quotations } : {}),
  };
}

function publisherNode(publisher: NonNullable<JsonLdOptions['publisher']>): JsonLdNode {
  if (typeof publisher === 'string') return { '@type': 'Organization', name: publisher };
  return {
    '@type': 'Organization',
    name: publisher.name,
    ...(publisher.url ? { url: publisher.url } : {}),
    ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
  };
}
