import fc from 'fast-check';
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleProcessor } from '../src/parse/processor.ts';
import { bodyStart, limitNesting } from '../src/parse/nesting.ts';
import { parseInPieces, pieceStarts, PIECES_FROM } from '../src/parse/pieces.ts';

// A long text is parsed in pieces and their trees joined: the joined tree must be the tree of
// the whole text, positions included, whatever the Markdown.
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const parse = (text: string) => remark.parse(text) as Root;
/** Parse in pieces cut as often as the text allows. */
const inPieces = (text: string, length = 1) => parseInPieces(text, bodyStart(text), parse, { from: 0, length });

// Blocks that run across blank lines, or that a piece must not open with, and plain ones.
const BLOCKS = [
  'Plain words here.',
  'A paragraph\nwith a second line.',
  '“Curly quote opens,” she said.',
  '"Straight quote opens," he said.',
  'Ärzte streiken.',
  '2019 was a year.',
  '1. First\n\n2. Second',
  '- Item\n\n  Its second paragraph.\n\n- Next item',
  '- Item\n\n      indented code in it',
  '* Item\n\nPlain after the list.',
  '> Quoted\n\n> again',
  '> Quoted\nlazy line',
  '```\nfenced\n\nStill fenced.\n```',
  '~~~~ js\nfenced\n\nStill fenced.\n~~~\nStill, a shorter fence does not close.\n~~~~',
  '```\nan unclosed fence\n\nStill fenced.',
  '<!-- a comment\n\nStill a comment. -->',
  '<!-- closed on its line --> and more',
  '<script>\nlet a = 1;\n\nStill script.\n</script>',
  '<PRE>\n\nStill pre.\n</pre>',
  '<?php\n\nStill processing. ?>',
  '<!DOCTYPE html\n\nStill declaration>',
  '<![CDATA[\n\nStill data.]]>',
  '<div>\nhtml\n\nText after the blank line.',
  '# Heading',
  'Setext heading\n===',
  'Setext heading two\n---',
  '    indented code\n\n    more code',
  '***',
  '*emphasis\n\nnever closed*',
  'See [the link][ref] here.',
  '[ref]: https://example.org',
  // Definitions serve references in any piece; some only look like definitions.
  '[Ref]: /again "first one wins"',
  'See [ref], [REF][] and [text][Ref].',
  '> [quoted]: /q',
  'A [quoted] reference.',
  '- [listed]: /l',
  '[listed] as a reference.',
  '[two\nlines]: /t',
  'Reference to [two   lines].',
  '```\n[fenced]: /f\n```',
  'Not a reference: [fenced].',
  '    [coded]: /c',
  '[coded] is text.',
  'Paragraph\n[lazy]: /l',
  '[lazy] too.',
  '[esc\\]aped]: /e',
  'An [esc\\]aped] reference.',
  '[^note]: a label with a caret',
  'A [^note] here.',
  'A | B\n--|--\nc | d',
  '<http://example.org/auto>',
  'Tab\tin text.',
];
// Lines that open a piece after a blank line (and some that look like them but do not).
const OPENERS = [
  '> Quote\n> on two lines.',
  '>No space after the marker.',
  '> Quote\n>\n> after an empty line in it',
  '## Heading two ##',
  '#hashtag is text',
  '####### seven is text',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '| a | b |\n| - | :-: |\n| 1 |\n\n| 2 | 3 |',
  'Header | row\n--- | ---\ncell | cell\nlazy row',
  '|not a table|',
  '<div>\n\n</div>',
  '<span>inline</span> text',
  '</p>',
  '*Emphasis* opens.',
  '**Strong** opens.',
  '***',
  '* * *',
  '_Under_ opens.',
  '___',
  '=== is text here',
  '!Exclaim.',
  '![image](/i.png)',
  '[Bracketed] text.',
  '\\# escaped',
  '&amp; an entity',
  '`code` opens',
  '~tilde opens text',
  '```js\ncode\n\nmore code\n```',
  '~~~\ntilde fence\n\n~~~',
  '+1 to that.',
  '-5 degrees.',
  '---',
  '+++\ntoml: no\n+++',
  '1.5 million people.',
  '10) ten',
  '1234567890. ten digits',
  '- Item\n\n> Quote after the list',
  '+ Item\n\n+ Next item',
  '* Item\n\n* Next item',
  '2) Item\n\n3) Next item',
  '1. Item\n\n# Heading after the list',
  '(Parenthesis)',
  ':colon',
  '\u00a0no-break space opens',
  '\f form feed',
  '\0 nul',
];
// What the tracker of fences and HTML blocks must read as micromark does; some leave a block
// open to the end (or leave the tracker unsure), so they are not in the long text below.
const TRACKED = [
  '- Item\n  ```\n  in the item\n\n  Still in it.',
  '1. Item\n\n   ~~~\n   in the item',
  '  <!-- indented comment',
  '<div>\n```\nin the div',
  '<span>',
  '``` a`b\nnot a fence',
  '```\n```\u00a0\nnot closed',
  '~~~\n    ~~~\n\tnot closed',
  '<!-->',
  '<?>',
  '<![CDATA[\n]]]>\n]]]]>',
  '<![cdata[ not data',
  '<script>\n</style>',
  '\uFEFFA byte order mark opens this.',
];
// Lists whose items follow one another, cut at an item and joined again, and lines next to them
// that end a list, go on with it or only look like an item.
const LISTS = [
  '- One\n- Two\n- Three',
  '* Star\n* Star two',
  '+ Plus\n+ Plus two',
  '- Mixed\n* markers\n+ here',
  '- Item\n  - nested\n- Next',
  '- Item\n  - nested\n    - deeper\n- Next\n  more text',
  '- Item\nlazy line\n- Next',
  '- Item\n > quote indented one\n- Next',
  '- Item\n\n- Spread item\n- tight again',
  '- Item\n  continued\n\n  second paragraph\n- Next',
  '- Item\n    indented four\n- Next',
  '-\tTab item\n-\tnext',
  '-   Three spaces\n- one',
  '-      Six spaces: code\n- next',
  '1. One\n2. Two\n3. Three',
  '1) One\n2) Two',
  '1. One\n2) Other delimiter',
  '3. Starts at three\n4. four',
  '10. Ten\n11. Eleven\n  short indent\n12. Twelve',
  '1. One\n   - nested bullet\n2. Two',
  '1. One\nlazy\n2. Two',
  '1. One\n > quote\n2. Two',
  '1. One\n  not enough indent\n2. Two',
  '1.\tTab\n2.\tTab',
  'Paragraph\n- interrupts',
  'Paragraph\n2. does not interrupt',
  'Paragraph\n1. interrupts',
  '> Quote\n- ends it',
  '> Quote\n2. lazy in it',
  '# Heading\n2. list after a heading',
  '- - -',
  '* * *\n- after a break',
  '- * * *',
  '*\temphasis or item*',
  '- \n- empty first',
  '-\n- empty',
  '- Item\n-\n- after an empty one',
  '- Item\n  ```\n  fence in the item\n- Next',
  '- Item\n<!-- comment\n- in the comment -->',
  '- Item\n<div>\n- in the HTML\n\n- after',
  '- Item\nSetext?\n---',
  '1234567890. not a list\n- list',
];
const SEPARATORS = ['\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n'];
const FRONT_MATTER = ['', '---\ntitle: A\n\nmore: b\n---\n', '---\ntitle: unclosed\n\nPlain.\n', '\uFEFF', '\uFEFF---\ntitle: A\n---\n'];

const documents = fc
  .record({
    front: fc.constantFrom(...FRONT_MATTER),
    blocks: fc.array(fc.tuple(fc.constantFrom(...BLOCKS, ...OPENERS, ...TRACKED, ...LISTS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 }),
    ending: fc.constantFrom('\n', '\r\n', '\r'),
  })
  .map(({ front, blocks, ending }) => (front + blocks.map(([block, separator]) => block + separator).join('')).replace(/\n/gu, ending));

/** Generated documents a property runs on; `PIECES_RUNS=40000 npx vitest run tests/pieces.test.ts` for a longer search. */
const RUNS = Number(process.env.PIECES_RUNS ?? 1000);

describe('parseInPieces', () => {
  it('joins the pieces into the tree of the whole text, positions included', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 60 }), (text, length) => {
        expect(inPieces(text, length)).toEqual(parse(text));
      }),
      { numRuns: RUNS },
    );
  });

  // newsmark parses without GFM; were it added, its tables end at a blank line like paragraphs.
  // Its footnote definitions (`[^x]: note`) would not be cut right: they go on across blank
  // lines, and are not the definitions the pieces are given (see pieces.ts).
  it('joins the pieces into the tree of the whole text with GFM too, tables included', () => {
    const gfm = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
    const parseGfm = (text: string) => gfm.parse(text) as Root;
    const noFootnotes = documents.filter((text) => !/\[\^[^\]]*\]:/u.test(text));
    fc.assert(
      fc.property(noFootnotes, fc.integer({ min: 1, max: 60 }), (text, length) => {
        expect(parseInPieces(text, bodyStart(text), parseGfm, { from: 0, length })).toEqual(parseGfm(text));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  it.each([
    ['plain paragraphs', 'One.\n\nTwo.\n\nThree.\n', [6, 12]],
    ['after a list where a plain line or a bullet item opens', '- a\n\nb\n\n- c\n\nd\n', [5, 8, 13]],
    ['never inside a fence', '```\n\nA\n\n```\n\nB\n', [13]],
    ['never inside an HTML comment', '<!--\n\nA -->\n\nB\n', [13]],
    ['never after indentation', 'A\n\n    B\n\n\tC\n\n   D\n\nE\n', [20]],
    ['where the text has a link definition too', 'A [b].\n\n[b]: /c\n\nD\n', [8, 17]],
    ['where the text has what GFM reads as a footnote definition (newsmark reads no GFM)', 'A [^b].\n\n[^b]: c\n\nD\n', [9, 18]],
  ])('cuts %s', (_name, text, starts) => {
    expect(pieceStarts(text, 0, 1)).toEqual(starts);
  });

  // Where a line opens a piece, by the lines that should open one.
  it.each([
    ['at block quotes, headings, HTML, fences, table rows and text', 'A\n\n> B\n\n# C\n\n<div>\n\n```\nD\n```\n\n| E | F |\n|---|---|\n\n~~~\nG\n~~~\n\n<!-- H -->\n\n[I] J\n\n![K]\n\n_L_\n\n=M\n\n\\N\n\n&amp;\n\n*O*\n\n***\n\n2019\n\n1.5 P\n', ['> B', '# C', '<div>', '```', '| E', '~~~', '<!-- H', '[I]', '![K]', '_L_', '=M', '\\N', '&amp;', '*O*', '***', '2019', '1.5 P']],
    ['at a bullet item after a blank line (of a loose list, or not), never at an ordered one or other lines of - or +', 'A\n\n- B\n\n+ C\n\n* D\n\n1. E\n\n2) F\n\n*\n\n---\n\n+++\n\n-5\n\nG\n', ['- B', '+ C', '* D', 'G']],
    ['after a list at a block quote, heading or bullet item', '- A\n\n> B\n\n- C\n  D\n\n# E\n', ['> B', '- C', '# E']],
    ['at the items of a list, after a line of text or a blank line', 'A\n\n- B\n- C\n  - D\n- E\n  F\n\n- G\n', ['- B', '- C', '- E', '- G']],
    ['at a bullet that starts a list after a paragraph, or another list', 'A\n- B\n* C\n+ D\n', ['- B', '* C', '+ D']],
    ['at an ordered item only while its list is open', 'A\n2. B\n\n1. C\n2. D\n   E\n3) F\nG\n4. H\n', ['2. D']],
    ['never at a thematic break or an item without text', 'A\n- - -\n* * *\n-\n- \n', []],
    ['with CR line ends', 'A\r\r> B\r\r# C\r\r', ['> B', '# C']],
    ['with CRLF line ends', 'A\r\n\r\n> B\r\n\r\n# C\r\n', ['> B', '# C']],
    ['a table row after a blank line, not inside the table', 'A | B\n--|--\nc | d\n\n| e | f |\n|---|---|\n| g | h |\n', ['| e']],
  ])('opens pieces %s', (_name, text, lines) => {
    const lineStarts = [...text.matchAll(/^/gmu)].map((match) => match.index);
    expect(pieceStarts(text, 0, 1)).toEqual(lines.map((line) => lineStarts.find((at) => text.startsWith(line, at))));
    expect(inPieces(text)).toEqual(parse(text));
  });

  // Each of these has a cut the tracker once allowed where a fence or HTML block was still open:
  // a construct it saw where micromark sees none hid the one micromark sees, or one it thought
  // closed was not.
  it.each([
    ['a fence in a list item hiding a comment', '- a\n\n  ```\n\nB\n\n<!--\n\nC\n\n  ```\n\nD -->\n'],
    ['a fence not closed by one indented four columns', '```\n    ```\n \t```\n\nB\n'],
    ['a closing fence followed by a no-break space', '```\n\n```\u00a0\n\nB\n'],
    ['a script block ended by another raw end tag', '<script>\n</pre>\n```\n\nB\n\n</script>\n\nC\n'],
    ['CDATA ended by an odd run of brackets', '<![CDATA[\n]]]>\n\nB\n\n]]>\n\nC\n'],
    ['CDATA in lower case', '<![cdata[\n```\n\nB\n\n]]>\n\nC\n'],
    ['a raw tag name followed by a no-break space', '<script\u00a0x\n```\n\nB\n\n</script>\n\nC\n'],
    ['a fence after an HTML line a paragraph goes on with', 'A\n<span>\n```\n\nB\n'],
    ['a fence inside a div block', '<div>\n```\n\n<!--\n\nB\n\n```\n\nC -->\n'],
    ['a backtick fence with a backtick in its info', '``` a`b\n<!--\n\nB\n\n```\n\nC -->\n'],
    ['a fence after a byte order mark', '\uFEFF```\n\nB\n'],
    ['a byte order mark opening a line', 'A\n\n\uFEFFB\n'],
  ])('parses %s as one parse does', (_name, text) => {
    expect(inPieces(text)).toEqual(parse(text));
  });

  // And where micromark does end a block, the tracker ends it too (these would not parse as one
  // parse does if it did not).
  it.each([
    ['after a comment closed as it opens', '<!-->\n\nB\n'],
    ['after an instruction closed as it opens', '<?>\n\nB\n'],
    ['after CDATA ended by an even run of brackets', '<![CDATA[\n]]]]>\n\nB\n'],
    ['after a script block ended by another raw end tag', '<script>\n</style>\n\nB\n'],
    ['after a closing fence followed by spaces and a tab', '```\n```  \t\n\nB\n'],
    ['after a fence in a list item closed in it', '- a\n  ```\n  b\n  ```\nC\n\nD\n'],
    ['after an HTML line in a list item and a blank line', '- a\n  <div>\nC\n\nD\n'],
  ])('cuts %s', (_name, text) => {
    const last = text.lastIndexOf('\n', text.length - 2) + 1;
    expect(pieceStarts(text, 0, 1).at(-1)).toBe(last);
    expect(inPieces(text)).toEqual(parse(text));
  });

  it('cuts after the front matter only', () => {
    const text = '---\ntitle: A\n\nmore: b\n---\n\nBody one.\n\nBody two.\n';
    expect(pieceStarts(text, bodyStart(text), 1)).toEqual([text.indexOf('Body one'), text.indexOf('Body two')]);
  });

  it('does not cut a text that opens front matter it never closes (remark-parse reads all of it otherwise)', () => {
    const text = '---\ntitle: A\n\nPlain.\n> Quoted\n';
    expect(parseInPieces(text, bodyStart(text), (piece) => ({ type: 'root', children: [{ type: 'text', value: piece }] }), { from: 0, length: 1 })).toEqual({ type: 'root', children: [{ type: 'text', value: text }] });
  });

  it('is what parseArticle parses a long text with, and gives the same tree as one parse', () => {
    const unit = [...BLOCKS, ...OPENERS].filter((block) => !block.includes(']:')).join('\n\n');
    const text = Array.from({ length: Math.ceil((2 * PIECES_FROM) / unit.length) }, () => unit).join('\n\n');
    expect(text.length).toBeGreaterThan(PIECES_FROM);
    expect(pieceStarts(text, 0).length).toBeGreaterThan(0);
    // The guard reads containers past its budget as text first; the pieces are of what it leaves.
    expect(articleProcessor.parse(text)).toEqual(parse(limitNesting(text).text));
  });
});
