/**
 * newsmark: parse news articles into typed, validated objects with source spans.
 *
 * @packageDocumentation
 * @module newsmark
 */
export { type HtmlMessage, type HtmlOptions, type HtmlPoint, toHtml } from './export/html.js';
export { type JsonLdNode, type JsonLdOptions, type NewsArticleJsonLd, toJsonLd } from './export/json-ld.js';
export { type Ninjs, type NinjsName, type NinjsOptions, toNinjs } from './export/ninjs.js';
export { NewsmarkError, type NewsmarkErrorCode } from './parse/errors.js';
export { type ParseOptions, parseArticle, type SafeParseResult, safeParseArticle } from './parse/parse-article.js';
export type { GazetteerEntry } from './extract/entities.js';
export { type RemarkNewsmarkOptions, remarkNewsmark } from './parse/remark-newsmark.js';
export { defineConfig, type NewsmarkConfig } from './rules/config.js';
export { RULES, type RuleId, type RulesConfig, type Severity } from './rules/index.js';
export type { StanceEntry, StancePos } from './lexicon/stance.js';
export * from './schema/index.js';
