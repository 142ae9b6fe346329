import fc from 'fast-check';

// Generators of news-like text, written for these tests: the pieces articles are made of, in
// every shape newsmark must read (and many it must survive), joined at random.

const QUOTE_MARKS = ['"', '“', '”', '‘', '’', '«', '»', '„', "'", '‹', '›', '「', '」', '〝', '〞'];
const DASHES = ['—', '–', '-', '--', '―'];
const NAMES = ['Ann Lee', 'Omar Diaz', 'Dana Whitfield', 'the mayor', 'a spokesperson', 'Acme Holdings', 'Portville', 'Mr. Ruiz', 'Dr Kim', 'U.S.', 'O’Brien'];
const CUES = ['said', 'told reporters', 'added', 'claimed', 'according to', 'wrote', 'says'];
const WORDS = ['the', 'budget', 'council', 'approved', 'could', 'perhaps', 'clearly', 'we', 'you', 'plan', 'on', 'Monday', 'after', 'debate', 'it', 'that', 'not', 'be', 'rushed'];
const UNICODE = [
  '😀', '𝐀', 'e\u0301', '\ud800', '\udc00', 'مرحبا', '\u202e', '\u200b', '\u200d', '\u2028', '\u2029', '\u0085',
  '\r', '\r\n', '\uFEFF', '\u0000', '\u00a0', '\t', 'ß', 'İ', 'ﬁ', '\u0301',
];
const MARKDOWN = [
  '# ', '## ', '### ', '\n===\n', '\n---\n', '> ', '> > ', '- ', '* ', '+ ', '1. ', '2) ', '    ', '\n```\n', '\n~~~js\n',
  '<div>', '</div>', '<b>', '</b>', '<!-- c -->', '| a | b |\n| --- | --- |\n', '[link](https://example.org)', '![img](x.png)',
  '[ref]', '[ref]: https://example.org', '*', '**', '_', '__', '`', '``', '\\', '&amp;', '&#163;', '&nbsp;', '<https://example.org>',
  '***', '  \n', '[^1]', '~~',
];

const pick = (items: readonly string[]) => fc.constantFrom(...items);

const sentence = fc
  .tuple(pick(NAMES), pick(CUES), fc.array(pick(WORDS), { minLength: 1, maxLength: 8 }), pick(['.', '!', '?', ',', ':', '…', '']))
  .map(([name, cue, words, end]) => `${name} ${cue} ${words.join(' ')}${end}`);

const quotation = fc
  .tuple(pick(QUOTE_MARKS), fc.array(pick(WORDS), { maxLength: 8 }), fc.option(pick(QUOTE_MARKS), { nil: '' }), pick([',', '.', '']), pick(NAMES), pick(CUES), pick(DASHES))
  .chain(([open, words, close, comma, name, cue, dash]) =>
    fc.constantFrom(
      `${open}${words.join(' ')}${comma}${close} ${name} ${cue}.`,
      `${name} ${cue}: ${open}${words.join(' ')}${close}`,
      `${open}${words.join(' ')}${close}\n${dash} ${name}`,
      `> ${words.join(' ')} ${dash}`,
      `${open}${words.join(' ')}\n\n${open}${words.join(' ')}${close} ${name} ${cue}.`,
    ),
  );

const dateline = fc
  .tuple(pick(['PORTVILLE', 'NEW YORK', 'KYIV, Ukraine', 'LONDON (Reuters)', 'Washington', 'A, B, C', ', , ,']), pick(DASHES))
  .map(([place, dash]) => `${place} ${dash} `);

const byline = fc.tuple(pick(['By ', 'BY ', 'by ']), pick(NAMES), pick(['', ', Reuters', ' and Omar Diaz', '\n'])).map((parts) => parts.join(''));

const frontMatter = fc
  .array(
    pick([
      'title: Budget passes', 'date: 2024-07-30', 'date: yesterday', 'author: Ann Lee', 'tags: [a, b]', 'tags: a, b', 'url: https://example.org/a',
      'url: not a url', 'a: &a Jane', 'byline: *a', 'byline: *missing', '__proto__: {x: 1}', 'constructor: 1', 's: !!set {a}', 'b: !!binary aGk=',
      'x: .inf', 'title: [unclosed', 'title:', ': no key', '- list item', 'nested: {a: {b: [1, 2]}}', 'title: A\ntitle: B', 'lang: en-GB',
      'k: "\\u0000"', '? complex\n: key',
    ]),
    { maxLength: 6 },
  )
  .chain((lines) => pick(['---\n', '---\r\n', '\uFEFF---\n']).map((fence) => `${fence}${lines.join('\n')}\n---\n`));

const piece = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: quotation },
  { weight: 3, arbitrary: pick(MARKDOWN) },
  { weight: 2, arbitrary: pick(UNICODE) },
  { weight: 3, arbitrary: pick(['\n', '\n\n', ' ', '\r\n\r\n']) },
  { weight: 1, arbitrary: dateline },
  { weight: 1, arbitrary: byline },
  { weight: 1, arbitrary: pick(QUOTE_MARKS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

/** A news-like article: maybe front matter, maybe a headline, then pieces of every kind. */
export const article = fc
  .tuple(fc.option(frontMatter, { nil: '' }), fc.option(pick(['Budget passes\n\n', '# Budget passes\n\n', 'BUDGET PASSES\n', 'What now?\n\n']), { nil: '' }), fc.array(piece, { maxLength: 40 }))
  .map(([front, headline, pieces]) => front + headline + pieces.join(''));

/** Any string at all, news-like or not. */
export const anyText = fc.oneof({ weight: 4, arbitrary: article }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) });

/** Options as an app or a config file might pass them, valid or not. */
export const options = fc.record(
  {
    rules: fc.dictionary(pick(['missing-headline', 'anonymous-source', 'nope', '__proto__', 'constructor']), pick(['off', 'warn', 'error', 'loud']) as fc.Arbitrary<unknown>, { maxKeys: 3 }),
    lexicon: fc.oneof(
      fc.constant(undefined),
      fc.constant('abc'),
      fc.record({ stance: fc.array(fc.record({ phrase: pick(['rushed', 'plan', '', '__proto__', 'could be']), lemma: pick(['x']), kind: pick(['hedge', 'booster', 'opinion']), needs: fc.option(pick(['to']).map((word) => [word]), { nil: undefined }) }), { maxLength: 3 }) }),
    ),
    entities: fc.oneof(
      fc.constant(undefined),
      fc.constant('Ann Lee'),
      fc.array(fc.record({ id: pick(['Q1', 'Q1', '__proto__', 'constructor', '']), type: pick(['person', 'organization', 'place', 'thing']), name: pick(NAMES), aliases: fc.option(fc.array(pick(NAMES), { maxLength: 2 }), { nil: undefined }) }), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);
