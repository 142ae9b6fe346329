// Parse an article in Node and print what newsmark found, then its JSON-LD and ninjs.
// Run (after `npm run build`): node examples/parse.mjs [file]   (default: examples/khamenei.txt)
import { readFileSync } from 'node:fs';
import { safeParseArticle, toJsonLd, toNinjs } from 'newsmark';
import { reporter } from 'vfile-reporter';

const path = process.argv[2] ?? new URL('khamenei.txt', import.meta.url).pathname;
const result = safeParseArticle(readFileSync(path, 'utf8'), { path });

// Warnings and errors, each with its line and column and rule id.
console.error(reporter(result.file, { quiet: true }) || 'no problems');

const article = result.article ?? result.file.data.newsmark;
if (!article) process.exit(1);

console.log(`headline: ${article.meta.headline ?? '(none)'}`);
console.log(`paragraphs: ${article.sections.flatMap((section) => section.paragraphs).length}`);
for (const quote of article.quotes) {
  console.log(`quote (${quote.kind}): ${quote.speaker?.text ?? '?'} ${quote.cue?.text ?? ''}: ${quote.content.text}`);
}
for (const entity of article.entities) console.log(`${entity.type}: ${entity.name} (${entity.mentions.length} mentions)`);

console.log(JSON.stringify({ jsonLd: toJsonLd(article), ninjs: toNinjs(article) }, null, 2));
process.exitCode = result.success ? 0 : 1;
