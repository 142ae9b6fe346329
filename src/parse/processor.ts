import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// No remark-gfm: it more than doubles parse time, and of GFM only tables matter to an article
// (they are not prose); the document model finds them by their delimiter row instead.
/** The parser parseArticle reads text with (and the taggers' training too, so tokens match). */
export const articleProcessor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
