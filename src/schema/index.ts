/**
 * The Article contract as zod schemas. This entry imports zod only, never unified, so apps
 * that only validate stay small.
 *
 * @packageDocumentation
 * @module newsmark/schema
 */
export * from './article.js';
export * from './define.js';
export * from './entity.js';
export * from './meta.js';
export * from './quote.js';
export * from './section.js';
export * from './span.js';
export * from './stance.js';
