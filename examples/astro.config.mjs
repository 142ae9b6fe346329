// Astro 5: newsmark as one of `markdown.remarkPlugins`. Astro parses the front matter itself and
// hands remark the body with the front matter in `file.data.astro.frontmatter`: newsmark reads
// it there (headline, date, authors), and `source` lets it place messages by the file's own
// lines rather than the body's. A second, tiny plugin copies what pages need into Astro's
// frontmatter (`remarkPluginFrontmatter` from `render(entry)`, or `Astro.props.frontmatter`) and
// prints newsmark's messages in the build log, which Astro does not do by itself.
//
// Use: copy this file to your Astro project as astro.config.mjs (Astro is not a dependency of
// newsmark; its own `defineConfig` is the identity, so a plain object is the same config).
// tests/examples.test.ts runs these plugins the way Astro's Markdown pipeline does, and
// tests/e2e/astro.e2e.ts builds a real Astro 5 site with a content collection.
import { readFileSync } from 'node:fs';
import { remarkNewsmark, toJsonLd } from 'newsmark';

/** Copy the article's headline, quotes and JSON-LD into the page's frontmatter; log messages. */
export function newsmarkFrontmatter() {
  return (_tree, file) => {
    for (const message of file.messages) {
      console.warn(`newsmark: ${message.file}:${message.line}:${message.column} ${message.reason} (${message.ruleId})`);
    }
    const article = file.data.newsmark;
    const astro = file.data.astro;
    if (!article || !astro) return;
    astro.frontmatter.newsmark = {
      headline: article.meta.headline,
      quotes: article.quotes.map((quote) => ({ speaker: quote.speaker?.text ?? null, text: quote.content.text })),
      jsonLd: toJsonLd(article),
    };
  };
}

/** @type {import('astro').AstroUserConfig} */
export default {
  markdown: {
    remarkPlugins: [
      [
        remarkNewsmark,
        {
          rules: { 'loaded-attribution-verb': 'off' },
          // Astro's content collections hand remark the body alone: read the whole file so
          // that messages say `ferry.md:9:48`, not `ferry.md:3:48`.
          source: (file) => (file.path ? readFileSync(file.path, 'utf8') : undefined),
          // Throw the first error: Astro logs it ("Error rendering ferry.md: … 9:48: …").
          fail: true,
        },
      ],
      newsmarkFrontmatter,
    ],
  },
};
