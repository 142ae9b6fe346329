import * as z from 'zod';
import { type Snippet, SnippetSchema } from './span.js';

/** An ISO 8601 date or date-time string (`2024-07-30`, `2024-07-30T10:00:00Z`). */
const IsoDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

/**
 * What is known about an article besides its body: its headline, inferred from the text or
 * given in front matter, and the front matter fields newsmark understands.
 *
 * @example
 * ```ts
 * MetaSchema.parse({ headline: 'Markets rally', headlineSpan: null, tags: ['economy'], extra: {} });
 * ```
 */
export const MetaSchema = z
  .object({
    headline: z.string().nullable().describe('The headline, or null when the text has none.'),
    headlineSource: z
      .enum(['front-matter', 'text', 'none'])
      .describe('Where the headline came from.'),
    headlineSpan: SnippetSchema.nullable().describe('The headline in the input, when it came from the text.'),
    byline: z.string().optional().describe('Who wrote it, from front matter or a "By …" line.'),
    bylineSpan: SnippetSchema.optional().describe('The "By …" line in the input, when the text has one.'),
    dateline: SnippetSchema.optional().describe('The dateline that opens the first paragraph ("WASHINGTON").'),
    signOff: z
      .array(SnippetSchema)
      .optional()
      .describe('Credit lines and web furniture after the body ("Reporting by …", "Read more …").'),
    authors: z.array(z.string()).optional().describe('Author names, from front matter `authors` (names, or `{name, url}` entries).'),
    authorUrls: z
      .record(z.string(), z.url())
      .optional()
      .describe('Author pages by author name, from front matter `authors: [{name, url}]`.'),
    datePublished: IsoDateSchema.optional(),
    dateModified: IsoDateSchema.optional(),
    publisher: z.string().optional(),
    url: z.url().optional(),
    image: z.url().optional().describe('The lead image, from front matter `image`.'),
    description: z.string().optional().describe('A summary for cards and search results, from front matter `description` or `summary`.'),
    tags: z.array(z.string()).optional(),
    section: z.string().optional(),
    language: z.string().min(2).optional().describe('BCP 47 language tag.'),
    extra: z
      .record(z.string(), z.unknown())
      .describe('Front matter keys newsmark does not interpret, kept as given.'),
  })
  .meta({ id: 'Meta' });

/** Article metadata: the headline, the text's furniture and the front matter fields newsmark reads. The type of {@link MetaSchema}. */
export interface Meta {
  /** The headline, or null when the text has none. */
  headline: string | null;
  /** Where the headline came from: front matter `title` or `headline`, a headline line of the text, or nowhere. */
  headlineSource: 'front-matter' | 'text' | 'none';
  /** The headline in the input, when it came from the text; null otherwise. */
  headlineSpan: Snippet | null;
  /** Who wrote it, from front matter `byline` or `author`, or the names of a "By …" line. */
  byline?: string;
  /** The "By …" line in the input, when the text has one. */
  bylineSpan?: Snippet;
  /** The dateline that opens the first paragraph ("WASHINGTON"). */
  dateline?: Snippet;
  /** Credit lines and web furniture after the body ("Reporting by …", "Read more …"). */
  signOff?: Snippet[];
  /** Author names, from front matter `authors` (names, or `{name, url}` entries). */
  authors?: string[];
  /** Author pages by author name, from front matter `authors: [{name, url}]`. */
  authorUrls?: Record<string, string>;
  /** When it was published: an ISO 8601 date or date-time, from front matter `date`, `published`, `pubDate` or `datePublished`. */
  datePublished?: string;
  /** When it was last changed: an ISO 8601 date or date-time, from front matter `updated`, `modified` or `dateModified`. */
  dateModified?: string;
  /** The publisher's name, from front matter `publisher`. */
  publisher?: string;
  /** The article's URL, from front matter `url` or `canonical`. */
  url?: string;
  /** The lead image's URL, from front matter `image`. */
  image?: string;
  /** A summary for cards and search results, from front matter `description` or `summary`. */
  description?: string;
  /** Tags, from front matter `tags` or `keywords`. */
  tags?: string[];
  /** The site section, from front matter `section` or `category`. */
  section?: string;
  /** The BCP 47 language tag, from front matter `language` or `lang`. */
  language?: string;
  /** Front matter keys newsmark does not read, kept as given (and values that failed their check). */
  extra: Record<string, unknown>;
}
