// Input shapes that once took more than linear time, or are common at scale: each builds an
// article of about `size` characters from text we write here.

function repeatTo(size: number, unit: (index: number) => string, head = '', tail = ''): string {
  const parts: string[] = [head];
  let length = head.length + tail.length;
  for (let index = 0; length < size; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Name and builder of each shape. */
export const SHAPES: ReadonlyArray<[name: string, build: (size: number) => string]> = [
  ['plain paragraphs', (size) => repeatTo(size, (index) => `The council met on day ${index} and approved the budget after a debate.\n\n`, 'Budget passes\n\n')],
  ['block quotes nested deeper line by line', (size) => repeatTo(size, (index) => `${'>'.repeat((index % 40) + 1)} Line ${index} of the statement.\n`, 'Budget passes\n\n')],
  ['list markers on one line', (size) => `Budget passes\n\n${'- '.repeat(size / 2)}item`],
  ['lists nested by indentation', (size) => repeatTo(size, (index) => `${'  '.repeat(index % 300)}- item ${index}\n`, 'Budget passes\n\n')],
  ['a table delimiter row of spaces', (size) => `Budget passes\n\na | b\n${' '.repeat(size)}x\n`],
  ['inline pieces in one long paragraph', (size) => repeatTo(size, (index) => `The [council](https://example.org/${index}) met *again* with <b>Ann Lee</b> on \`day ${index}\`. `, 'Budget passes\n\n')],
  ['paragraphs that carry an open quote on', (size) => repeatTo(size, (index) => `“Part ${index} of what the mayor said goes on here.\n\n`, 'Budget passes\n\n', '“And it ends here,” the mayor said.\n')],
  ['many front matter keys', (size) => repeatTo(size, (index) => `key${index}: value ${index}\n`, '---\ntitle: Budget passes\n', '---\n\nThe council approved the budget.\n')],
  ['many quotes', (size) => repeatTo(size, (index) => `“We approved item ${index},” Ann Lee said. `, 'Budget passes\n\n')],
  ['titles and names in one capitalised run', (size) => repeatTo(size, () => 'Mayor Lee ', 'Budget passes\n\n', 'spoke.')],
  ['many capitalised words', (size) => repeatTo(size, (index) => `Dana Whitfield Omar Diaz Acme Holdings ${index} Portville Ridge `, 'Budget passes\n\n')],
  ['many headings', (size) => repeatTo(size, (index) => `## Part ${index}\n\nThe council approved item ${index}.\n\n`, '# Budget passes\n\n')],
  ['many links', (size) => repeatTo(size, (index) => `[item ${index}](https://example.org/${index}) `, 'Budget passes\n\n')],
  ['emphasis openers never closed', (size) => repeatTo(size, () => '*a ', 'Budget passes\n\n')],
  // Markdown-dense paragraphs: many short blocks, each with inline Markdown.
  ['paragraphs with emphasis', (size) => repeatTo(size, (index) => `The *council* approved item ${index} _again_.\n\n`, 'Budget passes\n\n')],
  ['headings and paragraphs with strong emphasis', (size) => repeatTo(size, (index) => `## Part ${index}\n\nThe *council* approved **item ${index}** today.\n\n`, 'Budget passes\n\n')],
  ['paragraphs with links and code', (size) => repeatTo(size, (index) => `See [the report](https://example.org/${index}) and \`code ${index}\` here.\n\n`, 'Budget passes\n\n')],
  // micromark copies every event of the document so far at each container that ends on a blank
  // or lazy line, or at a shallower list item (quadratic), searches a paragraph back at each lazy
  // line (quadratic), and continues every marker on every line (linear, but heavy).
  ['block quotes between blank lines', (size) => repeatTo(size, (index) => `> Line ${index} of the statement.\n\n`, 'Budget passes\n\n')],
  ['lists between paragraphs', (size) => repeatTo(size, (index) => `- Item ${index} of the list.\n\nThe council met on day ${index}.\n\n`, 'Budget passes\n\n')],
  ['a loose list (items between blank lines)', (size) => repeatTo(size, (index) => `- Item ${index} of the list, with a few words.\n\n`, 'Budget passes\n\n')],
  ['list items with a second paragraph', (size) => repeatTo(size, (index) => `- Item ${index}\n\n  Its second paragraph ${index}.\n\n`, 'Budget passes\n\n')],
  ['a list of one-line items', (size) => repeatTo(size, (index) => `- Item ${index} of the list, with a few words.\n`, 'Budget passes\n\n')],
  ['an ordered list of one-line items', (size) => repeatTo(size, (index) => `${index + 1}. Item of the list, with a few words.\n`, 'Budget passes\n\n')],
  ['list items each with a nested item', (size) => repeatTo(size, (index) => `- Item ${index} of the list.\n  - Its part ${index}.\n`, 'Budget passes\n\n')],
  ['lazy lines after a block quote', (size) => repeatTo(size, (index) => `Line ${index % 10}\n`, 'Budget passes\n\n> The statement starts.\n')],
  ['block quotes 32 deep on every line', (size) => repeatTo(size, (index) => `${'>'.repeat(32)} Line ${index} of the statement.\n`, 'Budget passes\n\n')],
  ['block quotes between blank lines with CR line ends', (size) => repeatTo(size, (index) => `> Line ${index} of the statement.\r\r`, 'Budget passes\r\r')],
  ['stance markers', (size) => repeatTo(size, () => 'It could perhaps be clear that officials fear it. ', 'Budget passes\n\n')],
  // Each paragraph's quotation has no attribution of its own and goes on with the quote before
  // it: joining the parts at every paragraph made it quadratic.
  [
    'quotations going on after one attributed quote',
    (size) => repeatTo(size, (index) => `\u201cWe will approve item ${index} next week.\u201d\n\n`, 'Budget passes\n\n\u201cWe approved it,\u201d Ann Lee said.\n\n'),
  ],
  // One sentence of quotes: "according to" was looked for from the sentence's start at each.
  ['quotes in one long sentence', (size) => repeatTo(size, (index) => `\u201cWe approved item ${index},\u201d Ann Lee said, `, 'Budget passes\n\n')],
  // One sentence of reports after a quote mark that never closes: each report's words went back
  // to the sentence's start, so the output grew with the square of the input.
  ['reports in one sentence after an open quote mark', (size) => repeatTo(size, (index) => `, she said, and item ${index} holds`, 'Budget passes\n\n\u201cIt works')],
  // One sentence of subordinate reports: each clause was read to the sentence's end before it was
  // cut at its comma.
  ['subordinate reports in one sentence', (size) => repeatTo(size, (index) => `As Lee said ${index}, `, 'Budget passes\n\n', '.')],
  // …and relative ones with no comma to end them: each looked for its comma to the sentence's end.
  ['relative reports in one sentence without a comma', (size) => repeatTo(size, (index) => `who told ${index} item ${index}\u201d and said ${index} `, 'Budget passes\n\n')],
  // A long text with link definitions is cut into pieces, each given the definitions it names
  // from elsewhere: references far from their definitions, and brackets that never close.
  ['references far from their definitions', (size) => repeatTo(size, (index) => `See [the report][r${index % 500}] and [more][r${(index * 7) % 500}].\n\n`, 'Budget passes\n\n', Array.from({ length: 500 }, (_, index) => `[r${index}]: https://example.org/${index}\n`).join(''))],
  ['escaped brackets never closed, with a definition', (size) => repeatTo(size, () => '[\\', 'Budget passes\n\n[r]: /r\n\n')],
  // Documentation Markdown, as READMEs and API docs write it: comments, code-span links and
  // references, items that wrap, fenced code, definitions at the end.
  [
    'documentation Markdown',
    (size) =>
      repeatTo(
        size,
        (index) => `## \`fn${index}()\`\n\n<!-- YAML\nadded: v${index}\n-->\n\nCalls [\`fn${index % 200}()\`][] and [the guide](./guide.md#part-${index}).\n\n* An item that wraps\n  onto a second line with \`code\`.\n* [\`other${index % 200}\`][] too.\n\n\`\`\`js\nfn${index}();\n\`\`\`\n\n`,
        'Budget passes\n\n',
        Array.from({ length: 200 }, (_, index) => `[\`fn${index}()\`]: https://example.org/fn${index}\n[\`other${index}\`]: https://example.org/o${index}\n`).join(''),
      ),
  ],
  // README Markdown: badges of images in links, indented code, code spans over lines, items
  // indented past their marker and opening with HTML, comments holding definitions.
  [
    'README Markdown',
    (size) =>
      repeatTo(
        size,
        (index) => `# pkg${index} [![npm](https://img.shields.io/npm/v/pkg${index}.svg?a=1&b=2)](https://npm.im/pkg${index}) [![Build][build-badge]][build]\n\nInstall it:\n\n    npm install pkg${index}\n\nThen call \`pkg${index}(\nvalue)\` once. <!-- note ${index} -->\n\n-   <span class="name">[pkg${index}](./pkg${index})</span>: a package.\n\n    Its second paragraph.\n\n<!--\n[unused${index}]: https://example.org/${index}\n-->\n\n`,
        'Budget passes\n\n',
        '[build-badge]: https://example.org/build.svg\n[build]: https://example.org/build\n',
      ),
  ],
];
