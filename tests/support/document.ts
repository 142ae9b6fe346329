import { VFile } from 'vfile';
import { type BuildOptions, buildArticle } from '../../src/extract/article.ts';
import type { DocumentModel } from '../../src/model/document.ts';
import { readDocument } from '../../src/model/read.ts';
import { articleProcessor } from '../../src/parse/processor.ts';
import type { Article } from '../../src/schema/article.ts';

/** How a test's text is read. */
export interface DocumentOptions {
  /**
   * Whether a short first line may be taken for a headline, as `parseArticle` guesses (the
   * default). `false` reads every line as body text, as when front matter gives the title, so
   * a test of an extractor needs no headline line of its own.
   */
  guessHeadline?: boolean;
}

/**
 * The document model of a test's text, built as `parseArticle` builds it.
 *
 * @param text The text.
 * @param options Whether a first line may be a guessed headline.
 * @returns The document model.
 */
export function documentOf(text: string, options: DocumentOptions = {}): DocumentModel {
  const file = new VFile({ value: text });
  return readDocument(articleProcessor.parse(file), text, options).document;
}

/**
 * Every extractor over the document model of a test's text, without the schema check.
 *
 * @param text The text.
 * @param options Whether a first line may be a guessed headline, and extractor settings.
 * @returns The article.
 */
export function articleOf(text: string, options: DocumentOptions & BuildOptions = {}): Article {
  return buildArticle(documentOf(text, options), options).article;
}
