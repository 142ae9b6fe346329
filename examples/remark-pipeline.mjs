// newsmark inside an ordinary unified pipeline, next to remark-rehype: the Markdown becomes HTML
// as usual, and the article (with its messages) rides along on the file.
// Run (after `npm run build`): node examples/remark-pipeline.mjs
import rehypeStringify from 'rehype-stringify';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { remarkNewsmark, toJsonLd } from 'newsmark';

const markdown = `---
title: Harbour board backs new ferry line
date: 2024-05-01
author: Ana Silva
---

PORTVILLE — The harbour board voted on Tuesday to fund a ferry line to the islands.

“This line will carry ten thousand people a week,” said Mayor Tom Reed.

The plan still needs money from the government, officials said.
`;

const processor = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkNewsmark, { rules: { 'anonymous-source': 'warn' } })
  .use(remarkRehype)
  .use(rehypeStringify);

const file = await processor.process(new VFile({ path: 'ferry.md', value: markdown }));
const article = file.data.newsmark;

console.log(String(file));
console.log(`<script type="application/ld+json">${JSON.stringify(toJsonLd(article))}</script>`);
console.error(reporter(file));
