// What a trained model was trained on, as a hash: every feature id the taggers compute for
// a sample article we ship (examples/khamenei.txt), and the lexicon classes the features read.
// Training writes it into the weights module; a test compares it with what the current source
// computes, so a change to the tokenizer, the document model, a lexicon or a feature that
// needs `npm run train` cannot land unnoticed (the training corpus is not in CI).
import { extractEntities } from '../../src/extract/entities.js';
import { mentionCodes } from '../../src/extract/quotes/learned.js';
import { attributionContext, attributionWordFeatures, cueLexicon } from '../../src/learn/attribution-features.js';
import { attributionIds, attributionRanges } from '../../src/learn/attribution.js';
import { hashMix, hashString } from '../../src/learn/hash.js';
import { edgeFeature, nerWordClasses, positionFeatures, ROLE_OFFSETS, ROLES, taggedRanges, tokenContext, wordFeatures } from '../../src/learn/ner-features.js';
import type { DocumentModel } from '../../src/model/document.js';

/** A running hash of 32-bit values. */
class Digest {
  private value = 0x811c9dc5;

  add(value: number): void {
    this.value = hashMix(this.value, value >>> 0);
  }

  addMap(map: ReadonlyMap<string, number>): void {
    for (const key of [...map.keys()].sort()) {
      this.add(hashString(key));
      this.add(map.get(key)!);
    }
  }

  hex(): string {
    return (this.value >>> 0).toString(16).padStart(8, '0');
  }
}

/**
 * The entity tagger's inputs: its lexicon classes and every feature id of a document.
 *
 * @param document A document model.
 * @returns An 8-digit hex hash.
 */
export function nerInputs(document: DocumentModel): string {
  const digest = new Digest();
  digest.addMap(nerWordClasses());
  const context = tokenContext(document);
  const words = document.tokens.texts(0, document.tokens.length).map((text) => wordFeatures(text));
  words.forEach((word, at) => {
    context.lower[at] = word.lower;
    context.shape[at] = word.shape;
  });
  const ids: number[] = [];
  for (const [from, to] of taggedRanges(document)) {
    for (let position = from; position < to; position++) {
      ids.length = 0;
      for (let role = 0; role < ROLES; role++) {
        const at = position + ROLE_OFFSETS[role]!;
        if (at < from || at >= to) ids.push(edgeFeature(role));
        else for (let index = role === 0 ? 0 : words[at]!.ends[role - 1]!; index < words[at]!.ends[role]!; index++) ids.push(words[at]!.ids[index]!);
      }
      positionFeatures(context, position, from, to, ids, ids.length);
      for (const id of ids) digest.add(id);
    }
  }
  return digest.hex();
}

/**
 * The attribution tagger's inputs: its cue lexicon and every feature id of a document (which
 * include the entity mentions the shipped entity tagger finds).
 *
 * @param document A document model.
 * @returns An 8-digit hex hash.
 */
export function attributionInputs(document: DocumentModel): string {
  const digest = new Digest();
  const cues = new Map([...cueLexicon()].map(([word, entry]) => [word, hashMix(entry.cls, entry.lemma)]));
  digest.addMap(cues);
  const context = attributionContext(document, mentionCodes(document, extractEntities(document)));
  const featuresOf = (token: number) => attributionWordFeatures(document.tokens.text(token), context.words.lower[token]!, context.words.shape[token]!);
  const ids: number[] = [];
  for (const [from, to] of attributionRanges(document)) {
    for (let position = from; position < to; position++) {
      ids.length = 0;
      attributionIds(context, featuresOf, position, from, to, ids);
      for (const id of ids) digest.add(id);
    }
  }
  return digest.hex();
}
