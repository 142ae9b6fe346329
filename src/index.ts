/**
 * newsmark: parse news articles into typed, validated objects with source spans.
 *
 * @packageDocumentation
 */
export { type ParseOptions, parseArticle, type SafeParseResult, safeParseArticle } from './parse/parse-article.js';
export type { GazetteerEntry } from './extract/entities.js';
export { type RemarkNewsmarkOptions, remarkNewsmark } from './parse/remark-newsmark.js';
export * from './schema/index.js';
