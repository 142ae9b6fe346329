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

function entityNode(entity: Entity): JsonLdNode {
  const type = TYPES[entity.type]!;
  return {
    '@type': type,
    '@id': `#${entity.id}`,
    name: entity.name,
    ...(entity.aliases.length > 0 ? { alternateName: entity.aliases } : {}),
    ...(type === 'Person' && entity.titles.length > 0 ? { jobTitle: entity.titles } : {}),
  };
}

/** Who said a quote: its entity when the speaker is a person or organisation, else a described Person. */
function speakerNode(quote: Quote, entities: ReadonlyMap<string, Entity>): JsonLdNode | undefined {
  const speaker = quote.speaker;
  if (!speaker) return undefined;
  const entity = speaker.entityId ? entities.get(speaker.entityId) : undefined;
  if (entity && (entity.type === 'person' || entity.type === 'organization')) return entityNode(entity);
  // "a spokesman", "officials": schema.org has no anonymous agent, so the words go in `description`.
  return { '@type': 'Person', description: speaker.text };
}

/**
 * The article as a schema.org `NewsArticle` in JSON-LD, for a page's
 * `<script type="application/ld+json">` or a knowledge graph: headline, body, dates, authors,
 * the people, organisations and places it `mentions`, and each direct quote as a `Quotation`
 * (under `hasPart`) `spokenByCharacter` its speaker.
 *
 * @param article An article from `parseArticle`.
 * @returns A JSON-LD object with `@context` `https://schema.org`.
 * @example
 * ```ts
 * import { parseArticle, toJsonLd } from 'newsmark';
 *
 * const article = parseArticle('Markets rally\n\n“Shares will rise,” Ana Silva said.');
 * const jsonLd = toJsonLd(article);
 * jsonLd.headline; // 'Markets rally'
 * const html = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`;
 * ```
 */
export function toJsonLd(article: Article): NewsArticleJsonLd {
  const { meta } = article;
  const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
  const authors = meta.authors ?? (meta.byline ? [meta.byline] : []);
  const mentions = article.entities.filter((entity) => TYPES[entity.type]).map(entityNode);
  const quotations = article.quotes
    .filter((quote) => quote.kind === 'direct')
    .map((quote): JsonLdNode => {
      const speaker = speakerNode(quote, entities);
      return { '@type': 'Quotation', '@id': `#${quote.id}`, text: quote.content.text, ...(speaker ? { spokenByCharacter: speaker } : {}) };
    });
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    ...(meta.headline !== null ? { headline: meta.headline } : {}),
    articleBody: bodyText(article),
    ...(meta.datePublished ? { datePublished: meta.datePublished } : {}),
    ...(meta.dateModified ? { dateModified: meta.dateModified } : {}),
    ...(authors.length > 0 ? { author: authors.map((name) => ({ '@type': 'Person', name })) } : {}),
    ...(meta.publisher ? { publisher: { '@type': 'Organization', name: meta.publisher } } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    ...(meta.dateline ? { dateline: meta.dateline.text } : {}),
    ...(meta.section ? { articleSection: meta.section } : {}),
    ...(meta.tags?.length ? { keywords: meta.tags } : {}),
    ...(meta.language ? { inLanguage: meta.language } : {}),
    ...(mentions.length > 0 ? { mentions } : {}),
    ...(quotations.length > 0 ? { hasPart: quotations } : {}),
  };
}
