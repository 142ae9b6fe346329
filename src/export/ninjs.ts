import type { Article } from '../schema/article.js';
import type { Entity } from '../schema/entity.js';
import { bodyText } from './json-ld.js';

/** A named thing in ninjs (`people`, `organisations`, `places`, `subjects`). */
export interface NinjsName {
  name: string;
  rel?: string;
  literal?: string;
}

/**
 * What {@link toNinjs} returns: the IPTC ninjs 3.1 properties newsmark fills. It validates
 * against the ninjs 3.1 JSON Schema.
 */
export interface Ninjs {
  uri: string;
  type: 'text';
  representationType: 'full';
  language?: string;
  firstCreated?: string;
  versionCreated?: string;
  headlines?: { value: string; role?: string }[];
  bodies: { value: string; role: string; contentType: string; charCount: number; wordCount: number }[];
  by?: string;
  located?: string;
  people?: NinjsName[];
  organisations?: NinjsName[];
  places?: NinjsName[];
  subjects?: NinjsName[];
}

/** Options of {@link toNinjs}. */
export interface NinjsOptions {
  /** The item's identifier; defaults to the front matter `url`, else a URN made from the text. */
  uri?: string | undefined;
}

// ninjs dates are xs:dateTime with a time zone; a bare date or local time is left out rather
// than given a time or zone the article never stated.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/u;

/** A stable identifier from the text (FNV-1a, 32 bits): the same article gives the same URN. */
function textUrn(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `urn:newsmark:${hash.toString(16).padStart(8, '0')}`;
}

function names(entities: readonly Entity[], type: Entity['type']): NinjsName[] {
  return entities.filter((entity) => entity.type === type).map((entity) => ({ name: entity.name, rel: 'mentioned' }));
}

/**
 * The article as an IPTC ninjs 3.1 news item ("news in JSON"), for wire feeds and newsroom
 * systems: headline, plain-text body with its counts, byline, dateline, tags as subjects, and
 * the people, organisations and places it mentions (`rel: 'mentioned'`).
 *
 * @param article An article from `parseArticle`.
 * @param options `uri`, the item's identifier.
 * @returns A ninjs object.
 * @example
 * ```ts
 * import { parseArticle, toNinjs } from 'newsmark';
 *
 * const item = toNinjs(parseArticle('Markets rally\n\nShares rose in Paris, traders said.'), {
 *   uri: 'https://example.org/news/markets-rally',
 * });
 * item.headlines; // [{ value: 'Markets rally' }]
 * ```
 */
export function toNinjs(article: Article, options: NinjsOptions = {}): Ninjs {
  const { meta, entities } = article;
  const body = bodyText(article);
  const by = meta.authors?.join(', ') ?? meta.byline;
  const people = names(entities, 'person');
  const organisations = names(entities, 'organization');
  const places = names(entities, 'place');
  return {
    uri: options.uri ?? meta.url ?? textUrn(body),
    type: 'text',
    representationType: 'full',
    ...(meta.language ? { language: meta.language } : {}),
    ...(meta.datePublished && DATE_TIME.test(meta.datePublished) ? { firstCreated: meta.datePublished } : {}),
    ...(meta.dateModified && DATE_TIME.test(meta.dateModified) ? { versionCreated: meta.dateModified } : {}),
    ...(meta.headline !== null ? { headlines: [{ value: meta.headline }] } : {}),
    bodies: [
      {
        role: 'main',
        contentType: 'text/plain',
        value: body,
        charCount: body.length,
        wordCount: body.split(/\s+/u).filter(Boolean).length,
      },
    ],
    ...(by ? { by } : {}),
    ...(meta.dateline ? { located: meta.dateline.text } : {}),
    ...(people.length > 0 ? { people } : {}),
    ...(organisations.length > 0 ? { organisations } : {}),
    ...(places.length > 0 ? { places } : {}),
    ...(meta.tags?.length ? { subjects: meta.tags.map((tag) => ({ name: tag, rel: 'tag' })) } : {}),
  };
}
