import { describe, expect, it } from 'vitest';
import { checkArticle } from '../scripts/invariants.mjs';
import * as newsmark from '../src/index.js';

// The invariants `npm run corpus` checks over real corpora, on articles written here in each
// shape a corpus brings: headline first, blank lines between paragraphs, furniture, odd bytes.
const body = ['The council approved the budget on Monday after a long debate.', '“We did our best,” the mayor said.', 'Critics said the plan was rushed.'];
const shapes: Array<[string, string]> = [
  ['plain, blank lines', ['Budget passes', ...body].join('\n\n')],
  ['CRLF', ['Budget passes', ...body].join('\r\n\r\n')],
  ['CR', ['Budget passes', ...body].join('\r\r')],
  ['a byte order mark', `\uFEFF${['Budget passes', ...body].join('\n\n')}`],
  ['a byline and credit lines', ['Budget passes', 'By Dana Whitfield', ...body, 'Reporting by Dana Whitfield; Editing by Omar Diaz'].join('\n\n')],
  ['a dateline', ['Budget passes', `PORTVILLE — ${body[0]}`, ...body.slice(1)].join('\n\n')],
  ['a headline with a full stop', ['Budget passes after long debate.', ...body].join('\n\n')],
  ['a question headline', ['What is in the budget?', ...body].join('\n\n')],
  ['no-break spaces', ['Budget\u00a0passes', ...body.map((line) => line.replace(' ', '\u00a0'))].join('\n\n')],
  ['a quote over two paragraphs', ['Budget passes', '“The first part runs on,” the mayor said. “It goes on.', '“And it ends here.”', 'Critics said the plan was rushed.'].join('\n\n')],
];

describe('corpus invariants on written articles', () => {
  it.each(shapes)('hold for %s', (_, input) => {
    expect(checkArticle(newsmark, input)).toEqual([]);
  });

  it('hold for Markdown with front matter, whose headline is not its first line', () => {
    const markdown = ['---\ntitle: Budget passes\nauthor: Dana Whitfield\n---', '## The vote', ...body].join('\n\n');
    expect(checkArticle(newsmark, markdown)).toEqual([]);
    // The span and schema invariants still apply to it.
    const broken = { ...newsmark, parseArticle: (input: string) => ({ ...newsmark.parseArticle(input), schemaVersion: 'none' as never }) };
    expect(checkArticle(broken, markdown)).toEqual([expect.stringMatching(/^invalid: /u)]);
  });

  it('catch a broken article', () => {
    const broken = { ...newsmark, parseArticle: (input: string) => ({ ...newsmark.parseArticle(input), meta: { ...newsmark.parseArticle(input).meta, headline: 'Wrong' } }) };
    expect(checkArticle(broken, shapes[0]![1])).toEqual(['headline: "Wrong"']);
  });
});
