import { isMap, isScalar, isSeq, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { DocumentModel, FrontMatter } from '../model/document.js';
import { snippet } from '../model/text.js';
import { type Problem, problem } from '../model/problem.js';
import { type Meta, MetaSchema } from '../schema/meta.js';
import type { Span } from '../schema/span.js';
import { extractHeadline } from './structure.js';

/** Front matter keys newsmark reads, and the Meta field each fills. */
const KEYS: ReadonlyMap<string, keyof Meta> = new Map(Object.entries({
  title: 'headline',
  headline: 'headline',
  byline: 'byline',
  author: 'byline',
  authors: 'authors',
  date: 'datePublished',
  published: 'datePublished',
  datepublished: 'datePublished',
  pubdate: 'datePublished',
  updated: 'dateModified',
  modified: 'dateModified',
  datemodified: 'dateModified',
  publisher: 'publisher',
  url: 'url',
  canonical: 'url',
  image: 'image',
  description: 'description',
  summary: 'description',
  tags: 'tags',
  keywords: 'tags',
  section: 'section',
  category: 'section',
  language: 'language',
  lang: 'language',
} satisfies Record<string, keyof Meta>));

type FieldValue = string | string[];

/**
 * A date a host's YAML parser made (Astro's reads `2024-05-01` as midnight UTC) as the text it
 * was: a calendar date stays a date, as newsmark's own parser keeps it.
 */
function isoDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[_-]/gu, '');
}

function asString(item: unknown): string | undefined {
  return item instanceof Date ? isoDate(item) : typeof item === 'string' || typeof item === 'number' ? String(item).trim() : undefined;
}

/** Coerce a YAML value to what a field holds: strings, lists of strings; dates as ISO text. */
function coerce(field: keyof Meta, value: unknown): FieldValue | undefined {
  if (field === 'tags' || field === 'authors') {
    if (typeof value === 'string') return value.split(',').map((item) => item.trim()).filter(Boolean);
    if (!Array.isArray(value)) return undefined;
    // Authors may be `{name, url}` entries, as static-site generators write them.
    const items = value.map((item) => (field === 'authors' && isRecord(item) ? asString(item.name) : asString(item)));
    return items.every((item) => item !== undefined) ? (items as string[]) : undefined;
  }
  return asString(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The author pages of `authors: [{name, url}]` entries, by name. */
function authorUrls(value: unknown): Record<string, string> | undefined {
  if (!Array.isArray(value)) return undefined;
  const urls = Object.fromEntries(
    value.filter(isRecord).flatMap((item) => (typeof item.name === 'string' && typeof item.url === 'string' ? [[item.name.trim(), item.url.trim()]] : [])),
  );
  return Object.keys(urls).length > 0 ? urls : undefined;
}

function rangeOf(node: YamlNode | null | undefined, offset: number): Span | undefined {
  const range = node?.range;
  return range ? { start: offset + range[0], end: offset + range[1] } : undefined;
}

/**
 * The front matter as written, and where each key and value of it is, for checks that place
 * their findings on the YAML (an app's own metadata schema).
 */
export interface FrontMatterIndex {
  /** The YAML as plain data. */
  data: Record<string, unknown>;
  /** The whole front matter block, fences included. */
  span: Span;
  /**
   * Where a value is, by its path (`['author', 'name']`): the value's range from the YAML
   * parser; for a key that is missing, the nearest key above it; undefined when not even the
   * first key is there. The first key also matches its aliases (`date` for `datePublished`).
   * With `part: 'key'`, the last key itself (for a key that should not be there).
   */
  locate: (path: readonly PropertyKey[], part?: 'key' | 'value') => Span | undefined;
}

function indexFrontMatter(contents: YamlNode, data: Record<string, unknown>, offset: number, span: Span): FrontMatterIndex {
  const locate = (path: readonly PropertyKey[], part: 'key' | 'value' = 'value'): Span | undefined => {
    let node: unknown = contents;
    let found: Span | undefined;
    for (const [depth, segment] of path.entries()) {
      if (isMap(node)) {
        const pair =
          node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment)) ??
          (depth === 0 ? node.items.find((item) => isScalar(item.key) && KEYS.get(normaliseKey(String(item.key.value))) === segment) : undefined);
        if (!pair) return found;
        found = rangeOf(pair.value as YamlNode, offset) ?? rangeOf(pair.key as YamlNode, offset);
        // A key with no value (`author:`) has no range of its own: point at the key.
        const valueless = !pair.value || (isScalar(pair.value) && pair.value.value === null);
        if (valueless || (part === 'key' && depth === path.length - 1)) found = rangeOf(pair.key as YamlNode, offset) ?? found;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        found = rangeOf(node as YamlNode, offset) ?? found;
      } else {
        return found;
      }
    }
    return found;
  };
  return { data, span, locate };
}

/** A front matter key and value, and where the value is (the key, for a key with none). */
interface Entry {
  key: string;
  value: unknown;
  span: Span;
  /** Where the key is. */
  keySpan: Span;
}

/** The YAML front matter's keys and values, or its problems when it is not a mapping of them. */
function readYaml(frontMatter: FrontMatter, input: string, problems: Problem[]): { entries: Entry[]; index: FrontMatterIndex } | undefined {
  const offset = frontMatter.content.start;
  const source = input.slice(offset, frontMatter.content.end);
  const parsed = parseYaml(source, offset, problems);
  if (!parsed) return undefined;
  const { yaml, data } = parsed;
  if (!isMap(yaml.contents)) {
    if (yaml.contents !== null) {
      problems.push(problem('front-matter-shape', rangeOf(yaml.contents, offset) ?? frontMatter.span));
    }
    return undefined;
  }
  const entries = yaml.contents.items.map((pair): Entry => {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    return {
      key,
      // Values come from the plain data: aliases resolved, every value JSON.
      value: Object.hasOwn(data, key) ? data[key] : null,
      span: rangeOf(pair.value as YamlNode, offset) ?? rangeOf(pair.key as YamlNode, offset) ?? frontMatter.span,
      keySpan: rangeOf(pair.key as YamlNode, offset) ?? frontMatter.span,
    };
  });
  return { entries, index: indexFrontMatter(yaml.contents, data, offset, frontMatter.span) };
}

// Past this many aliases, the YAML is an alias bomb ("billion laughs"), not metadata; the
// `yaml` package refuses to expand it.
const MAX_ALIASES = 100;

function yamlProblem(reason: string, span: Span): Problem {
  return problem('front-matter-yaml', span, reason);
}

/**
 * Parse front matter with the `yaml` package's limits: YAML 1.1 tags (`!!set`, `!!binary`)
 * stay unresolved, aliases resolve up to {@link MAX_ALIASES}, and the data is made plain JSON
 * (no Date, Map, Set or bytes). Problems are pushed; undefined when the YAML cannot be used.
 */
function parseYaml(source: string, offset: number, problems: Problem[]): { yaml: ReturnType<typeof parseDocument>; data: Record<string, unknown> } | undefined {
  const whole = { start: offset, end: offset + source.length };
  // Unique keys are checked below in one pass: the `yaml` package's own check compares every
  // key with every other, which is quadratic in the number of keys.
  const yaml = parseDocument(source, { prettyErrors: false, resolveKnownTags: false, uniqueKeys: false });
  for (const error of yaml.errors) {
    problems.push(yamlProblem(error.message.split('\n')[0]!, { start: offset + error.pos[0], end: offset + error.pos[1] }));
  }
  if (yaml.errors.length > 0) return undefined;
  let duplicate = false;
  visit(yaml, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (!seen.has(key)) {
          seen.add(key);
          continue;
        }
        problems.push(yamlProblem('Map keys must be unique', rangeOf(pair.key as YamlNode, offset) ?? whole));
        duplicate = true;
      }
    },
  });
  if (duplicate) return undefined;
  try {
    const plain: unknown = yaml.toJS({ maxAliasCount: MAX_ALIASES });
    // JSON in, JSON out: dates become ISO text, non-finite numbers null.
    const data: unknown = plain === undefined ? null : JSON.parse(JSON.stringify(plain));
    return { yaml, data: data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {} };
  } catch (error) {
    // An alias bomb, or nesting too deep to copy.
    problems.push(yamlProblem((error as Error).message, whole));
    return undefined;
  }
}

/**
 * Front matter a host parsed before remark saw the file (Astro, vfile-matter): plain data with
 * no place in the text, so its problems are placed at the start of the file.
 */
function readHost(data: Readonly<Record<string, unknown>>): { entries: Entry[]; index: FrontMatterIndex } {
  const span: Span = { start: 0, end: 0 };
  const entries = Object.entries(data).map(([key, value]): Entry => ({ key, value, span, keySpan: span }));
  return { entries, index: { data: { ...data }, span, locate: () => span } };
}

/**
 * Metadata from YAML front matter (read with the `yaml` package), or from front matter a host
 * already parsed, and the text's own headline. Front matter wins; a text headline that differs
 * from it gives a warning. Unknown keys are kept in `extra`; values of the wrong type are
 * problems placed on the YAML value.
 *
 * @param document The document model.
 * @param ownKeys Keys an app's schema defines: kept in `extra` as written, not interpreted.
 * @param host Front matter a host parsed, read when the text has none of its own.
 * @returns The metadata, the problems found, and the front matter's index when it is a mapping.
 */
export function extractMeta(
  document: DocumentModel,
  ownKeys: ReadonlySet<string> = new Set(),
  host?: Readonly<Record<string, unknown>>,
): { meta: Meta; problems: Problem[]; frontMatter?: FrontMatterIndex } {
  const problems: Problem[] = [];
  const textHeadline = extractHeadline(document);
  const meta: Meta = {
    headline: textHeadline?.text ?? null,
    headlineSource: textHeadline ? 'text' : 'none',
    headlineSpan: textHeadline,
    extra: {},
  };
  readFurniture(document, meta);
  const read = document.frontMatter ? readYaml(document.frontMatter, document.input, problems) : host ? readHost(host) : undefined;
  if (!read) return { meta: inSchemaOrder(meta), problems };

  const fields = MetaSchema.shape;
  for (const { key, value, span, keySpan } of read.entries) {
    if (key === '__proto__') {
      problems.push({ ...problem('front-matter-key-ignored', keySpan), actual: key });
      continue;
    }
    const field = KEYS.get(normaliseKey(key));
    if (!field || ownKeys.has(key)) {
      meta.extra[key] = value;
      continue;
    }
    const coerced = coerce(field, value);
    const checked = coerced === undefined ? undefined : fields[field].safeParse(coerced);
    if (!checked?.success || coerced === undefined) {
      problems.push(wrongValue(key, value, field, span));
      meta.extra[key] = value;
      continue;
    }
    if (field === 'headline') {
      const headline = coerced as string;
      if (textHeadline && textHeadline.text !== headline) {
        problems.push({ ...problem('headline-conflict', textHeadline.span, key), actual: textHeadline.text, expected: [headline] });
      }
      meta.headline = headline;
      meta.headlineSource = 'front-matter';
      continue;
    }
    if (field === 'byline' && meta.bylineSpan && meta.byline !== coerced) {
      problems.push({ ...problem('byline-conflict', meta.bylineSpan.span, key), actual: meta.byline, expected: [coerced as string] });
    }
    if (field === 'authors') {
      const urls = authorUrls(value);
      if (urls && MetaSchema.shape.authorUrls.safeParse(urls).success) meta.authorUrls = urls;
      else if (urls) problems.push(wrongValue(key, value, field, span));
    }
    (meta as unknown as Record<string, unknown>)[field] = coerced;
  }
  return { meta: inSchemaOrder(meta), problems, frontMatter: read.index };
}

const META_KEYS = Object.keys(MetaSchema.shape) as Array<keyof Meta>;

/**
 * The metadata with its keys in the schema's order, as parsing it would give them: an article
 * that matches the schema is returned as built (see parse/validate), so its JSON keeps one order.
 */
function inSchemaOrder(meta: Meta): Meta {
  const ordered: Partial<Record<keyof Meta, unknown>> = {};
  for (const key of META_KEYS) if (Object.hasOwn(meta, key)) ordered[key] = meta[key];
  return ordered as Meta;
}

function describe(field: keyof Meta): string {
  switch (field) {
    case 'datePublished':
    case 'dateModified':
      return 'an ISO 8601 date (`2024-07-30` or `2024-07-30T10:00:00Z`)';
    case 'url':
    case 'image':
      return 'an absolute URL';
    case 'tags':
      return 'a list of strings';
    case 'authors':
      return 'a list of names, or of `{name, url}` with an absolute URL';
    case 'language':
      return 'a BCP 47 language tag such as `en`';
    default:
      return 'a string';
  }
}

/** A known key whose value is not of its kind. */
function wrongValue(key: string, value: unknown, field: keyof Meta, span: Span): Problem {
  const expected = describe(field);
  return { ...problem('front-matter-field', span, key, expected), actual: JSON.stringify(value), expected: [expected] };
}

/** The byline, dateline and sign-offs the document model set apart from the body. */
function readFurniture(document: DocumentModel, meta: Meta): void {
  const { input } = document;
  if (document.dateline) meta.dateline = snippet(input, document.dateline.span);
  const byline = document.blocks.find((block) => block.kind === 'byline');
  if (byline) {
    meta.bylineSpan = snippet(input, byline.span);
    if (document.bylineNames) meta.byline = input.slice(document.bylineNames.start, document.bylineNames.end);
  }
  const signOff = document.blocks.filter((block) => block.kind === 'sign-off').map((block) => snippet(input, block.span));
  if (signOff.length > 0) meta.signOff = signOff;
}
