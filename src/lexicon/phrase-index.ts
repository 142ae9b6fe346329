/**
 * Phrases by their first word, longest first: a matcher walking the tokens looks up one word
 * and tries the few phrases that start with it, taking the longest that fits. Every lexicon of
 * phrases (cue verbs, stance markers, titles, "according to" and place prefixes) is indexed
 * this way, once per process, when its module is first read.
 */
export type PhraseIndex<Phrase> = ReadonlyMap<string, readonly Phrase[]>;

/**
 * Index phrases by their first word, longest first; phrases of the same length keep the
 * order they came in.
 *
 * @param phrases Phrases, each with its `words` (how the matcher will compare them: lowercase
 *   for cue verbs, as written for titles).
 * @returns The index.
 */
export function phraseIndex<Phrase extends { readonly words: readonly string[] }>(phrases: Iterable<Phrase>): PhraseIndex<Phrase> {
  const index = new Map<string, Phrase[]>();
  for (const phrase of phrases) {
    const first = phrase.words[0];
    if (first === undefined) continue;
    const list = index.get(first);
    if (list) list.push(phrase);
    else index.set(first, [phrase]);
  }
  // Array#sort is stable: equal lengths keep their order.
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

/**
 * The longest phrase whose words are the words from `at` on, and where it ends.
 *
 * @param index The phrases.
 * @param at Where the phrase would start.
 * @param end Where it must end by (exclusive).
 * @param wordAt The word at a position, as the index's words are written.
 * @param open Whether the last word of a phrase of two words or more may open a longer word
 *   ("brief" in "briefly"), where wordings vary.
 * @returns The phrase and the position after it, or undefined.
 */
export function phraseAt<Phrase extends { readonly words: readonly string[] }>(
  index: PhraseIndex<Phrase>,
  at: number,
  end: number,
  wordAt: (position: number) => string | undefined,
  open = false,
): { phrase: Phrase; end: number } | undefined {
  const first = wordAt(at);
  const candidates = first === undefined ? undefined : index.get(first);
  if (!candidates) return undefined;
  for (const phrase of candidates) {
    const { words } = phrase;
    const phraseEnd = at + words.length;
    if (phraseEnd > end) continue;
    let offset = 1;
    while (offset < words.length - 1 && wordAt(at + offset) === words[offset]) offset++;
    if (offset < words.length - 1) continue;
    const last = words.length === 1 ? undefined : wordAt(phraseEnd - 1);
    if (words.length === 1 || last === words.at(-1) || (open && last?.startsWith(words.at(-1)!))) return { phrase, end: phraseEnd };
  }
  return undefined;
}
