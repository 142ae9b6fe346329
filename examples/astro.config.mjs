// Astro: newsmark as one of `markdown.remarkPlugins`. Astro parses the front matter itself and
// gives remark the body, so newsmark reads the headline and byline from the text; a second,
// tiny plugin copies what pages need into Astro's frontmatter (`file.data.astro.frontmatter`),
// which a page reads as `Astro.props.frontmatter.newsmark` or `entry.rendered.metadata`.
//
// Use: copy this file to your Astro project as astro.config.mjs (Astro is not a dependency of
// newsmark; its own `defineConfig` is the identity, so a plain object is the same config).
// tests/examples.test.ts runs these plugins the way Astro's Markdown pipeline does.
import { remarkNewsmark, toJsonLd } from 'newsmark';

/** Copy the article's headline, quotes and JSON-LD into the page's frontmatter. */
export function newsmarkFrontmatter() {
  return (_tree, file) => {
    const article = file.data.newsmark;
    const astro = file.data.astro;
    if (!article || !astro) return;
    astro.frontmatter.newsmark = {
      headline: article.meta.headline,
      quotes: article.quotes.map((quote) => ({ speaker: quote.speaker?.text ?? null, text: quote.content.text })),
      jsonLd: toJsonLd(article),
      problems: file.messages.map((message) => `${message.line}:${message.column} ${message.reason} (${message.ruleId})`),
    };
  };
}

/** @type {import('astro').AstroUserConfig} */
export default {
  markdown: {
    remarkPlugins: [[remarkNewsmark, { rules: { 'loaded-attribution-verb': 'off' } }], newsmarkFrontmatter],
  },
};
