// What scripts/train-ner.mjs needs from the package's own source, bundled by esbuild at the
// start of training: the same tokenizer, document model, features and decoder as inference.
import { VFile } from 'vfile';
import type { DocumentModel } from '../../src/model/document.js';
import { readDocument } from '../../src/model/read.js';
import { articleProcessor } from '../../src/parse/processor.js';

export { allowedTransitions, labelCount, labelNames, spansToLabels } from '../../src/learn/bilou.js';
export { loadModel, packModel } from '../../src/learn/model.js';
export { edgeFeature, NER_TYPES, POSITION_FEATURES, positionFeatures, ROLE_OFFSETS, ROLES, taggedRanges, tokenContext, wordFeatures } from '../../src/learn/ner-features.js';
export { loadNerModel, tagNames } from '../../src/learn/ner.js';
export { NER_MODEL } from '../../src/learn/ner-weights.js';
export { nerInputs } from './fingerprint.js';
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
