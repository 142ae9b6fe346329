// What scripts/train-quotes.mjs needs from the package's own source, bundled by esbuild at the
// start of training: the same document model, entity index, features, tagger and linker as
// inference, so cross-validation predicts exactly as parseArticle would with that model.
import { VFile } from 'vfile';
import { extractEntities } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/quotes.js';
import { learnedQuotes } from '../../src/extract/quotes/learned.js';
import type { LinearModel } from '../../src/learn/model.js';
import type { DocumentModel } from '../../src/model/document.js';
import { readDocument } from '../../src/model/read.js';
import { articleProcessor } from '../../src/parse/processor.js';

export { allowedTransitions, labelCount, spansToLabels } from '../../src/learn/bio.js';
export { loadModel, packModel } from '../../src/learn/model.js';
export { ATTRIBUTION_TYPES, attributionContext, attributionWordFeatures } from '../../src/learn/attribution-features.js';
export { attributionIds, attributionRanges, loadAttributionModel } from '../../src/learn/attribution.js';
export { extractEntities } from '../../src/extract/entities.js';
export { mentionCodes } from '../../src/extract/quotes/learned.js';
export { attributionInputs } from './fingerprint.js';
export { keepsQuote, loadQuoteFilter, quoteScore } from '../../src/learn/attribution-filter.js';
export { packWeights } from '../../src/learn/pack.js';
import type { QuoteFilter } from '../../src/learn/attribution-filter.js';
export { trainPerceptron } from './perceptron.js';

/**
 * The document model of a text, as parseArticle builds it.
 *
 * @param text The article.
 * @returns Its document model.
 */
export function documentOf(text: string): DocumentModel {
  const file = new VFile({ value: text });
  return readDocument(articleProcessor.parse(file), text).document;
}

/**
 * Quotes of a text in the scorer's format (../shared/eval/score-quotes.mjs), as parseArticle
 * finds them with `model`: the rules and the tagger combined, the rules alone (`false`), or
 * the tagger alone (`mode` 'tagger'). With `filter` false every tagger quote the rules leave
 * room for is kept, and carries `filterFeatures`, the quote filter's feature ids of it.
 *
 * @param text The article.
 * @param model The attribution model, or false.
 * @param mode 'combined' or 'tagger'.
 * @param filter The quote filter, false for none (its features then come with the quotes), or undefined for the shipped one.
 * @returns Predicted quotes.
 */
export function predictQuotes(text: string, model: LinearModel | false, mode: 'combined' | 'tagger' = 'combined', filter?: QuoteFilter | false): unknown[] {
  const document = documentOf(text);
  const entities = extractEntities(document);
  const learned = new Map<string, readonly number[]>();
  const key = (quote: { content: { span: { start: number; end: number } }; cue: { span: { start: number } } | null }): string => `${quote.content.span.start}:${quote.content.span.end}:${quote.cue?.span.start}`;
  const onFilter = filter === false ? (quote: Parameters<typeof key>[0], features: readonly number[]) => learned.set(key(quote), features) : undefined;
  const quotes = mode === 'tagger' && model ? learnedQuotes(document, entities, model) : extractQuotes(document, entities, { tagger: model, filter, onFilter }).quotes;
  const byId = new Map(entities.entities.map((entity) => [entity.id, entity]));
  return quotes.map((quote) => {
    const entity = quote.speaker?.entityId ? byId.get(quote.speaker.entityId) : undefined;
    return {
      start: quote.content.span.start,
      end: quote.content.span.end,
      parts: quote.content.parts ? quote.content.parts.map((part) => part.span) : null,
      kind: quote.kind,
      speakerStart: quote.speaker?.span.start,
      speakerEnd: quote.speaker?.span.end,
      speakerText: quote.speaker?.text ?? null,
      speakerNames: entity ? [entity.name, ...(entity.aliases ?? [])] : [],
      speakerMentions: entity ? entity.mentions.map((mention) => mention.span) : [],
      cueStart: quote.cue?.span.start,
      cueEnd: quote.cue?.span.end,
      ...(learned.has(key(quote)) ? { filterFeatures: learned.get(key(quote)) } : {}),
    };
  });
}
