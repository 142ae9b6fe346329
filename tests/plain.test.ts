import fc from 'fast-check';
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainTree } from '../src/parse/plain.ts';

// The parser builds the tree of a text with no Markdown in it itself: it must be remark-parse's
// tree, positions included, or nothing.
const remark = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const parse = (text: string) => remark.parse(text) as Root;

// Pieces that sit on every edge of the rule: line starts, line ends, inline syntax, line endings.
const PIECES = [' #', ' ##', '#', '[a](/b&c)', '[a](/b&amp;c)', 'word', 'Word', 'é', '“', '”', '"', "'", '(', ')', '£5', '2019', '3.5', '1.', '1)', '12)', ' ', '  ', '\t', '.', ',', '#', '# ', '>', '-', '- ', '+', '=', '===', '---', '~~~', '```', '*', '_', '\\', '&amp;', '&', '<', '<b>', '[', ']', '!', ':', '|', '*a*', '_b_', '`c`', '[d](/e)', '![f](/g)', '<h>', '<http://i.j>', '\\*', '&copy;', '&#35;', '&#x23;', '&nbsp', 'M&S', 'AT&T;', '&;', '[a]', '[a](/b)', '[a] (/b)', '[a]\n(/b)', '[a][b]', '[a][]', '[a]: /b', '[a]:', ' [a]: /b', '#word', '####### w', '#\tw', '## w ##', '## w', '---\n', '---\na: b\n---\n', '\n', '\n\n', '\r', '\r\n', '\0', '\uFEFF', '\u00a0', '\u2028', '😀', '\uD800'];
const anyText = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const PLAIN = ['M&S', 'AT&T', '[sic]', 'word', 'Word', 'é', '“quoted”', '"straight"', "it's", '(aside)', '£5', '2019 was', '3.5 percent', 'a. b', 'x:', 'a|b', '😀', ' ', '\t'];
const plainLine = fc.array(fc.constantFrom(...PLAIN), { minLength: 1, maxLength: 6 }).map((words) => words.join(' ').trim()).filter((line) => line.length > 0);
// Up to three spaces before a line's text open a paragraph or go on with one.
const shallowLine = fc.tuple(fc.constantFrom('', '', '', ' ', '  ', '   '), plainLine).map(([indent, line]) => indent + line);
const headingOrLine = fc.oneof({ weight: 4, arbitrary: shallowLine }, { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), plainLine).map(([depth, line]) => `${'#'.repeat(depth)} ${line}`) });
const FRONT = ['', '---\ntitle: A *b* [c]: d\n\nmore: e\n---\n', '---\n---\n', '---\ntitle: A\n--- \n\n', '---\r\ntitle: A\r\n---\r\n'];
const plainText = fc
  .tuple(fc.constantFrom(...FRONT), fc.array(fc.tuple(headingOrLine, fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r')), { minLength: 1, maxLength: 12 }), fc.boolean())
  .map(([front, lines, trailing]) => {
    const text = front + lines.map(([line, ending]) => line + ending).join('');
    return trailing ? text : text.replace(/[\r\n]+$/u, '');
  })
  // The link test is conservative: front matter with a definition's shape sends the whole text to remark-parse.
  .filter((text) => !text.includes(']:'));

/** Texts of one to `most` lines, each a prefix (a marker, indentation), a line and a line ending. */
function linesOf(prefix: fc.Arbitrary<string>, line: fc.Arbitrary<string>, endings: string[], most: number): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(prefix, line, fc.constantFrom(...endings)), { minLength: 1, maxLength: most })
    .map((lines) => lines.map(([start, text, ending]) => `${start}${text}${ending}`).join(''))
    .filter((text) => !text.includes(']:'));
}

/** Whether a node, or any node inside it, is of one of `types`. */
function holds(...types: string[]): (node: Nodes) => boolean {
  const test = (node: Nodes): boolean => types.includes(node.type) || ('children' in node && node.children.some(test));
  return test;
}

/**
 * Check that plainTree gives remark-parse's tree or none for each of `texts` (`PLAIN_RUNS` in the
 * environment runs more), and count the trees `counts` picks out, so a caller can tell the
 * property did not pass by building no tree at all.
 */
function treeOrNone(texts: fc.Arbitrary<string>, runs: number, counts: (tree: Root) => boolean): number {
  let counted = 0;
  fc.assert(
    fc.property(texts, (text) => {
      const tree = plainTree(text);
      if (tree) {
        if (counts(tree)) counted++;
        expect(tree).toEqual(parse(text));
      }
    }),
    { numRuns: Number(process.env.PLAIN_RUNS ?? runs) },
  );
  return counted;
}

describe('plainTree', () => {
  it('builds remark-parse’s tree for plain text, positions included', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        const tree = plainTree(text);
        expect(tree).toBeDefined();
        expect(tree).toEqual(parse(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('builds remark-parse’s tree or none for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tree = plainTree(text);
        if (tree) expect(tree).toEqual(parse(text));
      }),
      { numRuns: 3000 },
    );
  });

  // Deeper indentation goes on with a paragraph but opens code; before a block's marker it may
  // interrupt the paragraph.
  const INDENTS = ['', '', ' ', '   ', '    ', '\t', ' \t', '        ', '\t\t  '];
  const STARTS = ['Word', 'Word', 'Word', 'Word', 'Word', 'Word', '“quoted', '2019 was', '# h', '> q', '- i', '1. i', '```', '<div>', '***', '===', '---', '[a]', '    ', '#tag', '####### h', '#\th', '#'];
  const indented = fc.tuple(fc.constantFrom(...INDENTS), fc.constantFrom(...STARTS)).map(([indent, start]) => `${indent}${start} `);
  const indentedText = linesOf(indented, plainLine, ['\n', '\n', '\n\n', '\r\n', '\r'], 6);

  it('builds remark-parse’s tree or none for indented lines', () => {
    // Not only the trivial answer: a good share of these texts are plain.
    expect(treeOrNone(indentedText, 2000, () => true)).toBeGreaterThan(100);
  });

  it.each([
    ['a paragraph going on after any indentation', 'Budget passes\n    on a line indented as code would be\n\t\tand tabs\n  and spaces.'],
    ['a paragraph opened after three spaces', '   Budget passes\n\n  The council met.'],
    ['indented lines with CR line ends', 'Budget\r  passes\r\n\tnow'],
    ['an ordered list item', 'Budget\n\n1. First'],
    ['block quotes of one paragraph, nested, after a paragraph and each other', 'Budget\n> One\n> two\n\n>>> Deep\n>>> deeper\n\n> > Spaced\n\n>Tight'],
    ['lists of one-line items, after a paragraph, a heading and each other', 'Budget\n- One\n- Two\n* Star\n\n# Heading\n3) Three\n4) Four\n\nText.\n\n+ Plus'],
    ['emphasis, code and links in paragraphs, headings and items', '## The *big* day\n\nSee [the report](https://example.org/a_b) and `code`,\n  **twice**, in “*quotes*”.\n\n- An *item* _with **more**_\n\n![A chart](/chart.png)\n\n\\*Not emphasis\\* \\\\ \\a'],
    ['thematic breaks, and a block quote of one line with emphasis', 'One\n***\n\n---\n\n> A *quoted* [link](/x)\n\n_ _ _\n\n- - -'],
    ['link titles, autolinks and HTML tags', 'See [this](/x "X") at <https://example.org> or <me@example.org>, <b>bold</b><br/>, <span class="a" id=b>c</span>; 1 < 2'],
    ['headings underlined with `=` and `-`', 'Budget\n===\n\nThe *council*\n  met \n---  \n\nA\n='],
    ['fenced code of backticks and tildes, with an info string, after a paragraph', 'Budget\n```js x &amp; y\nconst a = 1;\n\n  b\n```  \n\n~~~~\n~~~\n~~~~~\n\n```\n```'],
    ['definitions and references, full, collapsed and shortcut, before and after their definitions', 'See [the report], [the Report][] and [this][r], ![a chart][r].\n\n[the report]: /report\n[r]: https://example.org/r "R"\n\nAgain [R].'],
    ['character references, named and numeric', 'Fish &amp; chips, caf&#233; &#xE9;t&eacute; &bogus; \\&amp;'],
    ['spaces at lines’ ends (dropped, or a hard break) and blank lines of spaces', '## Heading  \n\nOne \ntwo  \n  three   \n   \n- Item \n- Item  \n\t\nLast *one*  '],
    ['items whose text goes on over lines, indented or lazy, with inline Markdown', '- One\n  goes on\nlazily\n- Two *b*\n    c [d](/e)\n\nBetween.\n\n1. Three\n\tfour  \n   five\n\nAfter.'],
    ['fenced code whose info string has spaces and tabs around and after its words', '~~~ \ta b \t\n~~~\n\n```js\tx  \n```'],
    ['lines opening with `#` that open no heading: seven of them, or a word after them', '####### Budget\n\n###And why?\n#hashtag goes on\n\n- #item\n\n> #quote'],
    ['links and references whose text holds images and image references (badges)', '[![Build][build-badge]][build] [![npm](/n.svg)][npm] [![Size][size-badge]](/s) [![x]][npm]\n\n[build-badge]: /b.svg\n[build]: /b\n[npm]: /n\n[size-badge]: /s.svg\n[x]: /x.svg'],
    ['code spans over lines, which keep their line endings and indentation', 'Run `npm\n  install` and ` a\nb ` and `\nc\n`,'],
    ['headings with a closing run of `#`, and ones whose text ends in `#`', '## Budget ##\n\n# Example ###   \n\n### C#\n\n## A *b* #'],
    ['links whose text goes on over lines, in paragraphs (not in items or block quotes)', 'See the [ESTree\nspec](https://x.org) and [a  \n  b](/d) and\n[e\nf](/g) at a line’s start.'],

    ['links and references whose text holds `&` that starts no character reference', 'See [M&S](/a), [AT&T][r] and [Fish & Chips][f].\n\n[r]: /r\n[f]: /f'],
    ['links whose address holds `&`, a character reference or not', 'See [a](/b?c=1&d=2), [e](/f?g=1&amp;h=2 "T") and ![i](/j&copy;k).'],
    ['HTML comments on one line in a paragraph, a heading and an item', 'See <!-- this --> and <!--> or <!---> or <!-- a -- *b* -->.\n\n# Title <!-- note -->\n\n- Item <!--x-->'],
    ['links whose text holds images (badges), in a heading and a paragraph', '# pkg [![npm](https://img.shields.io/npm/v/pkg.svg)](https://npm.im/pkg)\n\n[![A](/a.svg)](/a) [![B](/b.svg "B")](/b) and [see ![c](/c.png) here](/d).'],
    ['links whose text holds code spans, and references to labels that do', 'See [`INSTALL.md`](./INSTALL.md), [the `a` flag][`a`] and [`b()`][].\n\n[`a`]: /a\n[`b()`]: /b'],
    ['lines opening with punctuation that opens no block (no GFM: `|` rows are text)', 'Budget\n, said the mayor\n: a colon\n| a | b |\n|---|---|\n\n$5 a head; 50% more.\n\n) or ] or } too\n\n.5 percent / &amp; @ann ? ^ {x}'],
    ['loose lists (items of one marker between blank lines)', 'Budget\n\n- One\n\n- Two\n- Three *x*\n\n\n- Four\n\nAfter.\n\n1. a\n\n3. b'],
    ['indented code (four spaces, or a tab after up to three), its blank lines and line endings', 'Budget\n\n    const a = 1;\r\n      \r\n\t\tb *c*\n  \n\n \td\n\nAfter.\n\n\tBudget\n# h\n    e\n- f\n\n    g\n    \n      \nh\n\n    i\n    \n'],
    ['definition-shaped lines in fenced code, indented code, HTML blocks and comments, which define nothing', 'See [a], [c] and [d].\n\n```\n[a]: /b\n```\n\n    [c]: /d\n\n<div>\n[d]: /e\n\n<!--\n[a]: /f\n-->\n\n```js\nconst x = y[0]: z;\n```\n\n[d]: /real'],
    ['block quotes over lines with inline Markdown (an alert, emphasis, links at a line’s start)', '> [!NOTE]\n> This *package* is a replacement\n> [for this](/x) one.\n\n>> Deep `code` and **more**\n>> *over* lines\n\n> a\n> *b* c\n> d [e](/f)'],
    ['lists of another marker after a blank line after a list', '- One\n\n* Two\n\n1. Three\n\n2) Four\n\n+ Five'],
    ['items indented up to three spaces, after a paragraph and each other', 'Details\n * Last updated: today\n * Dependencies: none\n   and more\n\n  1. One\n   2. Two\n\nThen:\n\n   - Three\n\n     Its second paragraph.'],
    ['items opening with inline HTML or an autolink', '-   <span class="name">[`a`](/a)</span>: the <b>first</b>\n- <https://example.org> too\n\nBetween.\n\n1. <em>One</em>'],
    ['items whose text is indented past their marker by up to four spaces', '-   One\n    goes on\n\n    A second paragraph.\n-  Two\n\nAfter.\n\n1.  One\n2.    Two\n\n      More.'],
    ['items with more paragraphs, indented to their text (the items spread, their list not)', '- One\n\n  Its second *paragraph*\ngoes on\n    and on.\n\n     A third.\n- Two\n\nBetween.\n\n10. Ten\n\n    More.\n\nAfter.'],
    ['HTML comments, to the line that closes them', '<!-- a\n\nb --> c\n<!-->\n\n<!--->\nText.'],
    ['paragraphs opening with inline HTML or an autolink, and a tag alone going on with a paragraph', '<a href="x">A link</a> and more.\n<span>\n\n<https://example.org> is a link.'],
    ['HTML blocks of block elements and of a tag alone on its line, to a blank line', '<div align="center">\n  <img src="logo.png">\n*not emphasis*\n</div>\n\n<span class="a">\nText\n\n</DETAILS>\n# After'],
  ])('builds the tree of %s', (_name, text) => {
    const tree = plainTree(text);
    expect(tree).toBeDefined();
    expect(tree).toEqual(parse(text));
  });

  // Lists of one-line items: lines that go on with an item, make a list loose or only look like
  // an item are left to remark-parse.
  const ITEMS = ['- <b>', '- <span class="a">', '- <div>', '- <https://a.b>', '1. <em>', '- <!-- x -->', '- <', '- ', '- ', '* ', '+ ', '1. ', '1. ', '2. ', '1) ', '3) ', '12. ', '-  ', '-   ', '*    ', '-     ', '1.  ', '1.    ', '- \t', '-\t', '  - ', ' 1. ', '- - ', '* * ', '-', '1.', '', ' - ', '  * ', '   + ', '   1. ', '  2) ', '    - '];
  const listText = linesOf(fc.constantFrom(...ITEMS, '', '', '# ', '#', '- #', '  ', '  ', '   ', '    ', '     ', '      '), plainLine, ['\n', '\n', '\n', '\n\n', '\r\n', '\n\n\n'], 8);

  it('builds remark-parse’s tree or none for lists', () => {
    expect(treeOrNone(listText, 3000, (tree) => tree.children.some((child) => child.type === 'list'))).toBeGreaterThan(200);
  });

  // Block quotes of one paragraph, each line with the same markers; lazy lines, depths that change
  // and markers followed by more spaces are left to remark-parse.
  const MARKERS = ['> ', '> ', '>', '>> ', '> > ', '>>>>', '>  ', '> >', '>\t', ' > ', '>', '- ', '# ', '#', '> #', '', ''];
  const quoteText = linesOf(fc.constantFrom(...MARKERS), fc.oneof(plainLine, fc.constant('')), ['\n', '\n', '\n', '\n\n', '\r\n', '\r'], 8);

  it('builds remark-parse’s tree or none for block quotes', () => {
    expect(treeOrNone(quoteText, 3000, (tree) => tree.children.some((child) => child.type === 'blockquote'))).toBeGreaterThan(80);
  });

  // Inline Markdown of the simple kinds (emphasis between a space and a word, code spans, links
  // of the form `[text](url)`) and everything near them that CommonMark reads otherwise.
  const SIMPLE = ['*a*', '**b c**', '_d_', '__e__', '`f`', '`` g ``', '` h `', '`  `', '` \t `', '[k](/l)', '[m n](https://o.org/p_q*r?s=t#u)', '[Wow!](/v)', '"*i*"', '(*j*)', "'*k*'", '*l.*', '*m*.', '**n**,', '*o?*', '*p*)', '*q* *r*', '*v [w](/x) y*', '*a `b` c*', '`a*b`', '`[a](/b)`', '[', ']', '&', 'M&S', '![img](/p.png)', '!', '\\*a\\*', '\\_', '\\\\', '\\a', '\\[a](/b)', '\\!', 'a\\.', '`\\*`', '*a\\*b*', '&amp;', '&#35;', '&#x23;', '&#X2a;', '&copy;', '&nbsp;', '&bogus;', '&#0;', '&#1114112;', '&#128;', '&#xD800;', '&AMP;', '\\&amp;', '&amp;*a*', '*&amp;*', '*a*&amp;', '&#42;a&#42;', 'AT&T;', '[a](/b "T")', "[c](/d 'U')", '[e](/f (V))', '[g](/h  "W"  )', '<https://x.org/a_b>', '<me@x.org>', '<b>', '</b>', '<br/>', '<span class="y" id=z>', 'a < b', '<=', '*<b>a</b>*', '#', 'C#', '##', '\t##', '[![A badge](/b.svg)](/c)', '[a ![b](/c) d](/e "T")'];
  const EDGES = ['``i`j``', '![w](/x)', '[](/y)', '[z]()', '[a](/b "t")', '[a](<b>)', '[a](b(c))', '[a] (b)', '*', '_', '**', '***a***', '`', '``', '](', '(', ')', '*c', 'd*', '_e', 'f_', 'snake_case', '2*3', ' * ', '*g*h', '[a *b*](/c)', '[a `b`](/c)', '*a\nb*', '`a\nb`', '*a*\u00e9', '\u00e9*a*', '*\u00e9*', '*a\n  b*', '“*a*”', 'a—*b*', '*a*—', '[a](/b)*c*', '*a*[b](/c)', '`a`*b*', '**a**\u00a0', '[a](/b)\n', '\n  [a](/b)', '\n\t`a`', '*a _b_ c*', '**a *b* c**', '_a **b** c_', '*a **b***', '*(a)*', '**“a”**', '*a*😀', '😀*a*', '*😀*', 'a*b*c', 'a_b_c', '*a*b', 'a* b', '_a_b', '**a*', '*a**', '* a*', '\u00a0*a*\u00a0', '*a*\u2019s', '\u2014*a*\u2014', '`*a*`', 'a\\\n', '\\', '\\\\*a*', '![a *b*](/c)', '![a](/b "t")', '\\![a](/b)', '!![a](/b)', '[a](/b\\)', '\\&amp;', '\\`a`', '<!-- c -->', '<!-->', '<!--->', '<!---->', '<!-- a -- b -->', '<!--a--->', '<!-- *a* [b](/c) `d` -->', '<!-- a\nb -->', '<!-- a', '<!-- a ->', '<?x ?>', '<![CDATA[x]]>', '<a\nb>', '[a](/b "T)', '[a](/b"T")', '[a](/b "T"x)', '[a](/b "T\\"")', '<http://a b>', '<x:>', '<a@b>', '<a href="x>y">', "<a b='c'>", '< b>', '<a/ >', '<A-1>', '<1a>', '<mailto:a@b.c>', '<a@b.c.>', '<3', '<a@-b.c>', '<http://a&amp;b>', '<http://a\\b>', '<a b=>', '<a\tb="c">', '<a href=x/y>', '<a href=/x>', '<a b=c/>', '<a href=”h/i”>', '<a!b@c.d>', '<a&b@c.d>', '<a.b_c@d-e.f>', '<a@b-.c>', '<a+b@c.d>', '[`a`](/b)', '[a `b` c](/d)', '[`a]`](/b)', '[`a`b](/c)', '[``a``](/b)', '[`a`](/b "t")', '![`a`](/b)', '[` a `](/b)', '[`a\nb`](/c)', '[`a`', '[a`](/b)`', '[a](/b&c)', '[a](/b&amp;c)', '[a](/b&#x26;c)', '[a](/&bogus;)', '[a](/b&)', '[a](&amp)', '[a\nb](/c)', '[a\n  b](/c "T")', '[a \nb](/c)', '[a  \nb](/c)', '[a\n*b*](/c)', '[*a*\nb](/c)', '![a\nb](/c)', '[a\nb][c]', '[a\n\tb `c`](/d)', '[M&S](/a)', '[a &amp; b](/c)', '[AT&T][a]', '[&copy;]', '[a&b]', '`a\n  b`', '` a\nb `', '`\na\n`', '`a  \nb`', '`a\r\nb`', '`\r\na`', '`` a\n` b ``', '`a\n\nb`', '`\n`', '` \n `', '*a `b\nc` d*', '[![](/b)](/c)', '[![a](/b)', '[![a](/b)]', '[![a](/b)][]', '[![a *b*](/c)](/d)', '[![a](/b c)](/d)', '[![a](/b)![c](/d)](/e)', '[[a](/b)](/c)', '[![a](/b)](/c)(/d)', '[`a` ![b](/c)](/d)', '![![a](/b)](/c)'];
  const inlinePart = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...SIMPLE, ...PLAIN) }, { weight: 1, arbitrary: fc.constantFrom(...EDGES) });
  const inlineLine = fc
    .array(fc.tuple(inlinePart, fc.constantFrom(' ', ' ', '')), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.map(([part, gap]) => part + gap).join('').trim())
    .filter((line) => line.length > 0);
  const inlineText = linesOf(fc.constantFrom('', '', '', '# ', '## ', '- ', '1. ', '> ', '  ', '\t'), inlineLine, ['\n', '\n', '\n\n', '\n\n', '\r\n', '\r'], 6);
  const hasInline = holds('emphasis', 'strong', 'inlineCode', 'link');

  it('builds remark-parse’s tree or none for inline Markdown', () => {
    expect(treeOrNone(inlineText, 4000, hasInline)).toBeGreaterThan(300);
  });

  // Spaces at lines' ends, in every kind of block, and blank lines of spaces and tabs.
  const spacedText = linesOf(fc.constantFrom('', '', '', '# ', '- ', '1. ', '> ', '  ', '    ', '\t'), fc.oneof(plainLine, inlineLine), ['\n', ' \n', '  \n', '   \n', ' \r\n', '  \r', '\n  \n', '\n\t\n', '\n \t \n', '\t\n', ' \t\n', '\n\n', '  ', '\n    \n', '\n      \n', '\n    \r\n'], 6);
  const hasBreak = holds('break');

  it('builds remark-parse’s tree or none for spaces at lines’ ends', () => {
    expect(treeOrNone(spacedText, 3000, hasBreak)).toBeGreaterThan(15);
  });

  // Thematic breaks, headings underlined, and block quotes of one line with inline Markdown.
  const BREAKS = ['***', '---', '___', '* * *', '- - -', '_ _ _ _', '**', '*-*', '***\t', '---  ', '-- -', '****', '=', '===', '==  ', '= =', '-', '--', '---\t', '==='];
  const breakText = linesOf(fc.constantFrom('> ', '> ', '> ', '>> ', '>', '> > ', '', '', '- '), fc.oneof(inlineLine, fc.constantFrom(...BREAKS)), ['\n', '\n', '\n\n', '\r\n'], 6);
  const hasBreakOrQuotedInline = (tree: Root): boolean => holds('thematicBreak', 'heading')(tree) || tree.children.some((child) => child.type === 'blockquote' && hasInline(child));

  it('builds remark-parse’s tree or none for thematic breaks, underlined headings and block quotes with inline Markdown', () => {
    expect(treeOrNone(breakText, 3000, hasBreakOrQuotedInline)).toBeGreaterThan(60);
  });

  // Fenced code blocks: fences of backticks and tildes, of several lengths, with info strings, and
  // lines of code that look like fences.
  const FENCES = ['```', '```', '~~~', '````', '~~~~', '```js', '```js x &amp; y', '~~~ a`b', '``` a`b', '```\\_', '```js x  ', '~~~ a\tb\t', '```\ta', '```a ', '  ```', '   ~~~', '    ```', '```  ', '```\t', '``', '~~', '`', 'code', '  code', '\tcode', '*a*', 'nul \0 in code', '', ''];
  const fenceText = linesOf(fc.constant(''), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...FENCES) }, { weight: 1, arbitrary: plainLine }), ['\n', '\n', '\r\n', '\r', '\n\n'], 8);
  const hasCode = holds('code');

  it('builds remark-parse’s tree or none for fenced code', () => {
    expect(treeOrNone(fenceText, 3000, hasCode)).toBeGreaterThan(70);
  });

  // HTML blocks: of block elements (kind 6) and complete tags alone on a line (kind 7), and lines
  // that look like them; each runs to a blank line, whatever its lines hold.
  const HTML = ['<div>', '<div class="a">', '</div>', '<DIV>', '<div/>', '<div/ x>', '<div', '<table><tr><td>', '<p>*a*</p>', '<h1>Title</h1>', '<details>', '<summary>a</summary>', '<br/>', '<img src="a.png" alt="b">', '<a href="x">', '<a href=x/y>', '<span>', '<span> text', '</span>', '<custom-tag>', '<x-y a=\'b\'>', '<a\tb="c">', '<pre>', '</pre>', '<script>', '<style', '<textarea>', '<!-- c -->', '<!--', '-->', '<!-->', '<!--->', 'a --> b', '<!-- a -- b --> c', '<?x ?>', '<a href="x">link</a> text', '<https://x.org> text', '<me@x.org>', '< b', '<3', '<a@b.c>', '<b>bold</b>', '<!DOCTYPE html>', '<![CDATA[x]]>', '< div>', '<1a>', ' <div>', '    <div>', '<div>\0', '<p align="center">', '  text', '*a*', '- item', '> quote', '# heading', '```', '[a](/b)', '\t<b>'];
  const htmlText = linesOf(fc.constant(''), fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HTML) }, { weight: 2, arbitrary: plainLine }, { weight: 1, arbitrary: fc.constant('') }), ['\n', '\n', '\n\n', '\r\n', '\r', '\n \n', '  \n'], 8);
  const hasHtml = holds('html');

  it('builds remark-parse’s tree or none for HTML blocks', () => {
    expect(treeOrNone(htmlText, 4000, hasHtml)).toBeGreaterThan(400);
  });

  // Definitions and references to them, defined or not, before and after their definitions.
  const DEFINED = ['[a]: /b', '[a]: /b "T"', "[A b]: /c 'U'", '[a]: /b (V)', '[ a ]: /b', '[c]: /d', '[a]:/b', '[a]', '[A]', '[a][]', '[x][a]', '![a]', '![a][]', 'See [a] and [A b].', '[a](/b)', '[c]', '---', '===', '*a*', '<span>', '<div>', '```', '[`a`]: /b', 'See [`a`] and [`A`][] and [x `y`][`a`].', '![`a`]', '[![a]][c]', '[![a][c]][a]', '[![x][a]](/y)', '[![a][]](/b)', '[![a]](/b)'];
  const UNDEFINED = ['[a]: /b  ', '  [a]: /b', '[a]: <b>', '[a]: /b "T" x', '[]: /b', '[a]:', '"title"', '(title)', '[x][c]', '[z]', '[a] (b)', '[a][z]', '[![z]][a]', '[![a][z]][a]', '[![z]](/y)', 'x [a]: y', '# [a]: b', '> [a]: b', '- [a]: b'];
  const referenceLine = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...DEFINED) }, { weight: 1, arbitrary: fc.constantFrom(...UNDEFINED) }, { weight: 3, arbitrary: plainLine });
  // Not linesOf, which leaves definitions out.
  const referenceText = fc.array(fc.tuple(referenceLine, fc.constantFrom('\n', '\n\n', '\n\n', '\r\n', '\r\n\r\n')), { minLength: 1, maxLength: 6 }).map((lines) => lines.map(([line, ending]) => line + ending).join(''));
  const hasReference = holds('linkReference', 'imageReference');

  it('builds remark-parse’s tree or none for definitions and references', () => {
    expect(treeOrNone(referenceText, 3000, hasReference)).toBeGreaterThan(40);
  });

  // Short strings of marks, brackets, punctuation of every class and words, in any order.
  const MARKS = ['*', '*', '_', '_', '`', '[', ']', '(', ')', '/', 'a', 'b', 'a', ' ', ' ', '\n', '.', '!', '\\', '&', '&amp;', ';', '<', '>', '@', ':', '"', '=', '“', '”', '\u00a0', '😀', '  ', '\t', '#', '-'];
  const markText = fc.array(fc.constantFrom(...MARKS), { minLength: 1, maxLength: 16 }).map((parts) => `a${parts.join('')}`);

  it('builds remark-parse’s tree or none for strings of marks', () => {
    expect(treeOrNone(markText, 5000, hasInline)).toBeGreaterThan(15);
  });

  it.each([
    ['a lazy line after a block quote', '> One\ngoes on'],
    ['a block quote one deeper on its next line', '> One\n>> Two'],
    ['an empty block quote line', '> One\n>\n> Two'],
    ['a paragraph after an item indented as code in it', '- One\n\n      code'],
    ['an item indented to the text of the item before it (a nested list)', '- One\n  - Two'],
    ['an indented item after a blank line, indented to the text of the item before it', ' - One\n\n   - Two'],
    ['a paragraph after an item indented less than its text', '10. One\n\n   not in it'],
    ['a block in an item after a blank line', '- One\n\n  > quoted'],
    ['an item opening with an HTML block', '- <div>\n  a\n  </div>'],
    ['an item opening with a tag alone on its line', '- <span>'],
    ['an item opening with a comment', '- <!-- a --> b'],
    ['a code span over lines in an item', '- `a\n  b`'],
    ['a link whose text goes on over lines in a block quote', '> [a\n> b](/c)'],
    ['a link whose text goes on over lines in an item', '- An [item\n  link](/h)'],
    ['an ordered item from 2 after a paragraph', 'Budget\n2. Two'],
    ['a block quote after indentation in a paragraph', 'Budget\n  > passes'],
    ['a heading after indentation', '  # Budget'],
    ['an underline after indentation', 'Budget\n  ---'],
    ['a thematic break of dashes after a paragraph', 'Budget\n- - -'],
    ['a block quote over lines whose marks end in no space, with emphasis', '>One\n>*two*'],
    ['a code span over lines in a block quote', '> `a\n> b`'],
    ['a paragraph after a definition, indented as code', '[a]: /b\n    code'],
    ['an ordered item from 2 after indented code', '    code\n2. Two'],
    ['a fenced code block never closed', '```\ncode'],
    ['a fence closed after indentation', '```\ncode\n  ```'],
    ['emphasis inside a word', 'A b*i*g day'],
    ['a run of three marks', 'A ***big*** day'],
    ['emphasis closed out of order', 'A *big _new* day_'],
    ['emphasis left open', 'A *big day'],
    ['an HTML comment over two lines in a paragraph', 'See <!-- this\nhere --> now'],
    ['a hard break after a backslash', 'Line one\\\nline two'],
    ['a reference to no definition', 'See [the report][r].'],
    ['a definition with its title on the next line', '[r]: /report\n"Report"'],
    ['a definition with spaces after it', '[r]: /report \n\nSee [r].'],
    ['a tab at a line’s end', 'Line one\t\nline two'],
    ['spaces at the end of a block quote’s line', '> Line one \n> line two'],
    ['front matter never closed', '---\ntitle: A\n\nBody'],
    ['a heading of only a closing sequence', '## ##'],
    ['a byte order mark', '\uFEFFBody'],
    ['nothing', ''],
    ['an HTML block that ends at a marker of its own (script, pre, style, textarea)', '<pre>\ncode\n\nstill code</pre>'],
    ['an HTML comment never closed', '<!-- a\n\nb'],
    ['a line with `]:` that is no definition, outside code', 'See [a]: here\n\n[b]: /c'],
    ['NUL in fenced code', '```\na\0b\n```'],
  ])('leaves %s to remark-parse', (_name, text) => {
    expect(plainTree(text)).toBeUndefined();
  });
});
