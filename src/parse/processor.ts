import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { guardParser } from './remark-newsmark.js';

// No remark-gfm: it more than doubles parse time, and of GFM only tables matter to an article
// (they are not prose); the document model finds them by their delimiter row instead. The
// guard cuts nesting too deep to walk; input length is checked before the parser runs.
/** The parser parseArticle reads text with (and the taggers' training too, so tokens match). */
export const articleProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(guardParser, { maxLength: Number.POSITIVE_INFINITY }).freeze();
