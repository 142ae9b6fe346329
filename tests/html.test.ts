/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { renderInline } from '../src/export/html/inline.ts';
import { STANCE_LABELS } from '../src/export/html/panel.ts';
import { PALETTE, SCRIPT, SCRIPT_HASH, STYLE } from '../src/export/html/theme.ts';
import { type Article, ArticleSchema, type HtmlMessage, safeParseArticle, toHtml } from '../src/index.ts';

const KHAMENEI = readFileSync(new URL('../examples/khamenei.txt', import.meta.url), 'utf8');

/** Parse the HTML like a browser, failing on any parse error (unclosed tags, bad nesting). */
function load(html: string): Root {
  const errors: string[] = [];
  const tree = fromHtml(html, {
    onerror: (error) => {
      errors.push(`${error.line}:${error.column} ${error.reason}`);
    },
  });
  expect(errors).toEqual([]);
  return tree;
}

function view(source: string, messages = true) {
  const result = safeParseArticle(source);
  const article = result.file.data.newsmark!;
  const html = toHtml(article, source, messages ? { messages: result.messages } : {});
  return { article, html, tree: load(html), messages: result.messages };
}

const attribute = (element: Element, name: string) => String(element.properties[name] ?? '');
const classes = (element: Element) => (element.properties.className as string[] | undefined) ?? [];
const articleOf = (tree: Root) => select('article.nm-article', tree)!;
const piecesText = (elements: Element[]) => elements.map((element) => textOf(element)).join('');

// Written for these tests: a dateline, a direct quote holding a place, a hedge and a
// self-mention, a named and an unnamed speaker, and a loaded cue.
const FERRY = [
  'Harbour board backs ferry line',
  '',
  'PORTVILLE — The harbour board voted on Tuesday to fund a ferry line to Greenisland.',
  '',
  '“We could carry ten thousand people a week from Greenisland,” Mayor Tom Reed said.',
  '',
  'The plan still needs money from the government, officials said.',
  '',
  '“It is perhaps a waste of money,” Tom Reed’s rival Ana Silva claimed.',
  '',
].join('\n');

describe('toHtml: the article text', () => {
  it('is the source, block by block, for a plain-text article (the example article)', () => {
    const { tree } = view(KHAMENEI);
    const lines = textOf(articleOf(tree)).split('\n').filter((line) => line !== '');
    expect(lines).toEqual(KHAMENEI.split('\n').filter((line) => line.trim() !== ''));
  });

  it('draws each paragraph as its text, markup left out, and the dateline with the first one', () => {
    const source = '# Big *news* here\n\nThe **mayor** said it [was](https://example.org) _fine_.\n\n## Later\n\n> “We will,” Ana Silva said.';
    const { article, tree } = view(source);
    for (const paragraph of article.sections.flatMap((section) => section.paragraphs)) {
      expect(textOf(select(`[data-paragraph="${paragraph.id}"]`, tree)!)).toBe(paragraph.text);
    }
    expect(textOf(select('h1.nm-headline', tree)!)).toBe('Big *news* here');
    expect(textOf(select('h2.nm-heading', tree)!)).toBe('Later');

    const ferry = view(FERRY);
    const first = ferry.article.sections[0]!.paragraphs[0]!;
    expect(textOf(select('[data-paragraph="p1"]', ferry.tree)!)).toBe(FERRY.slice(ferry.article.meta.dateline!.span.start, first.span.end));
    expect(textOf(select('.nm-dateline', ferry.tree)!)).toBe(ferry.article.meta.dateline!.text);
  });

  it('keeps byline, sign-off and front matter facts in their places', () => {
    const source = '---\ntitle: A <b>bold</b> headline\ntags: [ports]\n---\nBy Jo Smith\n\nThe board met on Monday.\n\nReporting by Ana Silva';
    const { article, tree } = view(source);
    expect(article.meta.headlineSource).toBe('front-matter');
    // A front matter headline is not the article's text: it is listed with the facts.
    expect(select('article h1', tree)).toBeUndefined();
    expect(textOf(select('.nm-meta', tree)!)).toContain('A <b>bold</b> headline');
    expect(textOf(select('.nm-meta', tree)!)).toContain('ports');
    if (article.meta.bylineSpan) expect(textOf(select('.nm-byline', tree)!)).toBe('By Jo Smith');
    if (article.meta.signOff) expect(selectAll('.nm-signoff', tree).map((element) => textOf(element))).toEqual(article.meta.signOff.map((line) => line.text));
  });
});

describe('toHtml: the page as a fixture', () => {
  // A fixed article (and its messages) as stored data, so the page changes only when the view
  // does: `UPDATE=1 npx vitest run tests/html.test.ts` rewrites output.html; review it as a diff.
  it('draws tests/fixtures/html-view as output.html', () => {
    const dir = new URL('./fixtures/html-view/', import.meta.url);
    const source = readFileSync(new URL('source.md', dir), 'utf8');
    const article = ArticleSchema.parse(JSON.parse(readFileSync(new URL('article.json', dir), 'utf8')));
    const messages = JSON.parse(readFileSync(new URL('messages.json', dir), 'utf8')) as HtmlMessage[];
    const html = toHtml(article, source, { messages });
    const expected = new URL('output.html', dir);
    if (process.env.UPDATE || !existsSync(expected)) writeFileSync(expected, html);
    expect(html).toBe(readFileSync(expected, 'utf8'));
    load(html);
  });
});

describe('toHtml: bad input', () => {
  it('refuses a source that is not the text the article was parsed from', () => {
    const { article } = view(FERRY);
    expect(() => toHtml(article, FERRY.replace('harbour', 'HARBOUR'))).toThrow(/Unexpected source that is not the article's: at \d+-\d+ it reads "The HARBOUR/u);
    expect(() => toHtml(article, FERRY.slice(0, 40))).toThrow(/Unexpected source that is not the article's/u);
    expect(() => toHtml(article, 42 as never)).toThrow(TypeError);
  });

  it('draws an entity with more mentions, and more section rows, than a call takes arguments', () => {
    const source = 'Budget passes\n\nAnn Lee spoke on Monday.';
    const article = safeParseArticle(source).file.data.newsmark!;
    const entity = article.entities.find((candidate) => candidate.name === 'Ann Lee')!;
    const row = article.stanceSummary.sections[0]!;
    const many: Article = {
      ...article,
      entities: article.entities.map((candidate) => (candidate === entity ? { ...candidate, mentions: Array.from({ length: 200_000 }, () => candidate.mentions[0]!) } : candidate)),
      stanceSummary: { ...article.stanceSummary, sections: Array.from({ length: 200_000 }, () => row) },
    };
    const html = toHtml(many, source);
    // Every mention drawn, and the entity once more in the panel.
    expect(html.split(`data-entity="${entity.id}"`).length - 1).toBe(200_001);
  });
});

describe('toHtml: escaping', () => {
  const source = 'Tags <script>alert(1)</script> & "more"\n\nThe <img src=x onerror=alert(2)> board met, officials said & left.';

  it('shows markup in the text as text, and runs only its own script', () => {
    const { html, tree } = view(source);
    const scripts = selectAll('script', tree);
    expect(scripts).toHaveLength(1);
    expect(textOf(scripts[0]!)).toBe(SCRIPT);
    expect(selectAll('img', tree)).toEqual([]);
    expect(textOf(articleOf(tree))).toContain('<script>alert(1)</script> & "more"');
    // Markdown reads `<img …>` as HTML, which is not the article's text: it is left out.
    expect(textOf(articleOf(tree))).toContain('The board met, officials said & left.');
    expect(html).not.toContain('<img');
  });

  it('escapes names and reasons in attributes and in the panel', () => {
    const { article } = view(FERRY);
    const evil = '"><img src=x onerror=alert(3)>';
    const changed: Article = { ...article, entities: article.entities.map((entity) => ({ ...entity, name: `${entity.name} ${evil}` })) };
    const messages: HtmlMessage[] = [{ reason: `Unexpected ${evil}`, ruleId: 'x"y', fatal: false, place: { line: 3, column: 1 } }];
    const tree = load(toHtml(changed, FERRY, { messages, title: '</title><script>alert(4)</script>' }));
    expect(selectAll('img', tree)).toEqual([]);
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(textOf(select('title', tree)!)).toBe('</title><script>alert(4)</script> · newsmark');
    const mention = select('.nm-mention', articleOf(tree))!;
    expect(attribute(mention, 'title')).toContain(evil);
    expect(textOf(select('.nm-messages', tree)!)).toContain(`Unexpected ${evil}`);
  });
});

describe('toHtml: every annotation, with its label', () => {
  it.each([
    ['the example article', KHAMENEI],
    ['the ferry article', FERRY],
  ])('draws every quote, mention and stance marker of %s', (_name, source) => {
    const { article, tree } = view(source);
    const root = articleOf(tree);
    const entities = new Map(article.entities.map((entity) => [entity.id, entity]));
    for (const quote of article.quotes) {
      const pieces = selectAll(`.nm-quote[data-quote="${quote.id}"]`, root);
      expect(classes(pieces[0]!)).toContain(`nm-quote-${quote.kind}`);
      const parts = quote.content.parts ?? [quote.content];
      expect(piecesText(pieces)).toBe(parts.map((part) => part.text).join(''));
      const label = select(`.nm-quote-label[data-quote="${quote.id}"]`, root)!;
      const speaker = quote.speaker?.entityId ? entities.get(quote.speaker.entityId)!.name : (quote.speaker?.text ?? 'no speaker found');
      expect(attribute(label, 'dataLabel')).toBe(speaker);
      if (quote.speaker) expect(piecesText(selectAll(`.nm-speaker[data-quote="${quote.id}"]`, root))).toBe(quote.speaker.text);
      if (quote.cue) expect(piecesText(selectAll(`.nm-cue[data-quote="${quote.id}"]`, root))).toBe(quote.cue.text);
    }
    for (const entity of article.entities) {
      const pieces = selectAll(`.nm-mention[data-entity="${entity.id}"]`, root);
      // One tab stop a mention, however many pieces it is drawn in.
      expect(pieces.filter((piece) => piece.properties.tabIndex === 0)).toHaveLength(entity.mentions.length);
      expect(piecesText(pieces)).toBe(entity.mentions.map((mention) => mention.text).join(''));
      for (const piece of pieces) expect(classes(piece)).toContain(`nm-type-${entity.type}`);
      expect(attribute(pieces[0]!, 'title')).toContain(entity.name);
    }
    for (const marker of article.stance) {
      const pieces = selectAll(`[data-marker="${marker.id}"]`, root);
      expect(piecesText(pieces)).toBe(marker.text);
      expect(classes(pieces[0]!)).toEqual(['nm-stance', `nm-kind-${marker.kind}`, `nm-holder-${marker.holder.kind}`]);
      expect(attribute(pieces[0]!, 'dataLabel')).toBe(STANCE_LABELS[marker.kind]);
      const holder = marker.holder.kind === 'author' ? 'the author' : entities.get(marker.holder.entityId ?? '')?.name;
      if (holder) expect(attribute(pieces[0]!, 'title')).toContain(`held by ${holder}`);
    }
  });

  it('names Khamenei as the speaker of both direct quotes of the example article', () => {
    const { tree } = view(KHAMENEI);
    const direct = selectAll('.nm-quote-direct', articleOf(tree)).map((element) => attribute(element, 'dataQuote'));
    const labels = [...new Set(direct)].map((id) => attribute(select(`.nm-quote-label[data-quote="${id}"]`, tree)!, 'dataLabel'));
    expect(labels).toEqual(['Ali Khamenei', 'Ali Khamenei']);
  });

  it('nests a quote around the mentions and stance markers inside it', () => {
    const { article, tree } = view(FERRY);
    const quote = article.quotes.find((item) => item.kind === 'direct' && item.content.text.includes('Greenisland'))!;
    const element = select(`.nm-quote[data-quote="${quote.id}"]`, tree)!;
    expect(textOf(select('.nm-mention', element)!)).toBe('Greenisland');
    expect(selectAll('.nm-stance', element).map((marker) => textOf(marker))).toEqual(
      article.stance.filter((marker) => marker.span.start >= quote.content.span.start && marker.span.end <= quote.content.span.end).map((marker) => marker.text),
    );
    // The speaker's name is a mention inside the speaker mark.
    const speaker = select(`.nm-speaker[data-quote="${quote.id}"]`, tree)!;
    expect(textOf(select('.nm-mention', speaker)!)).toBe('Tom Reed');
  });

  it('lists speakers by quotes, entities by mentions, and stance density per section', () => {
    const { article, tree } = view(KHAMENEI);
    const speakers = selectAll('.nm-speakers li', tree).map((item) => textOf(item));
    // The most quoted speaker first, with the article's own counts.
    const khamenei = article.entities.find((entity) => entity.name === 'Ali Khamenei')!;
    const quoted = article.quotes.filter((quote) => quote.speaker?.entityId === khamenei.id);
    const direct = quoted.filter((quote) => quote.kind === 'direct').length;
    expect(direct).toBe(2);
    expect(speakers[0]).toBe(`Ali Khamenei ${quoted.length} quotes (${direct} direct)`);
    const entities = selectAll('.nm-entities li', tree).map((item) => attribute(item, 'dataEntity'));
    expect(entities).toEqual([...article.entities].sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name)).map((entity) => entity.id));
    const rows = selectAll('.nm-chart tbody tr', tree);
    expect(rows.map((row) => attribute(row, 'dataSection'))).toEqual(article.sections.map((section) => section.id));
    // The densest section has the full bar; the others are in proportion.
    const max = Math.max(...article.stanceSummary.sections.map((section) => section.per100Words));
    for (const [index, row] of rows.entries()) {
      const width = Number(select('rect.nm-bar', row)!.properties.width);
      expect(width).toBe(Math.round((article.stanceSummary.sections[index]!.per100Words / max) * 100));
    }
  });
});

describe('toHtml: messages at their place', () => {
  it('pins a message with a range before its words and flags them', () => {
    const { messages, tree } = view(FERRY);
    const anonymous = messages.findIndex((message) => message.ruleId === 'anonymous-source');
    expect(anonymous).toBeGreaterThanOrEqual(0);
    const number = anonymous + 1;
    const pin = select(`#nm-pin-${number}`, tree)!;
    expect(attribute(pin, 'href')).toBe(`#nm-message-${number}`);
    expect(attribute(pin, 'ariaLabel')).toBe(`Warning ${number}: ${messages[anonymous]!.reason}`);
    expect(piecesText(selectAll(`.nm-flag[data-message="${number}"]`, tree))).toBe('officials');
    const paragraph = select('[data-paragraph="p3"]', tree)!;
    expect(select(`#nm-pin-${number}`, paragraph)).toBeDefined();
    const item = select(`#nm-message-${number}`, tree)!;
    expect(textOf(item)).toContain('anonymous-source');
    expect(textOf(item)).toMatch(/^\d+:\d+-\d+:\d+ warning Unexpected anonymous source/u);
  });

  it.each([
    ['a point with an offset', { line: 1, column: 1, offset: 0 }, 'h1.nm-headline', 0],
    ['a point with no offset', { line: 3, column: 5 }, '#nm-p1', 4],
    ['a range', { start: { line: 5, column: 5, offset: 41 }, end: { line: 5, column: 10, offset: 46 } }, '#nm-p2', 4],
  ])('places %s in its block, before the right character', (_name, place, selector, before) => {
    const source = 'Board meets\n\nThe harbour board met.\n\nThe ferry left.';
    const result = safeParseArticle(source);
    const tree = load(toHtml(result.file.data.newsmark!, source, { messages: [{ reason: 'Look here', ruleId: 'test', fatal: true, place }] }));
    const block = select(selector, tree)!;
    const pin = select('a.nm-pin', block)!;
    expect(classes(pin)).toContain('nm-pin-error');
    // The text before the pin, inside its paragraph.
    let text = '';
    const walk = (node: Element | Root): boolean => {
      for (const child of node.children) {
        if (child === pin) return true;
        if (child.type === 'text') text += child.value;
        else if (child.type === 'element' && walk(child)) return true;
      }
      return false;
    };
    expect(walk(block)).toBe(true);
    expect(text.length).toBe(before);
  });

  it('lists a message with no place, or outside the text shown, without a pin', () => {
    const source = '---\ntitle: Board meets\n---\nThe board met.';
    const result = safeParseArticle(source);
    const messages: HtmlMessage[] = [
      { reason: 'No place', fatal: false },
      { reason: 'In the front matter', fatal: null, place: { line: 2, column: 1 } },
    ];
    const tree = load(toHtml(result.file.data.newsmark!, source, { messages }));
    expect(selectAll('a.nm-pin', tree)).toEqual([]);
    expect(selectAll('.nm-messages li', tree).map((item) => textOf(item))).toEqual(['warning No place', '2:1 info In the front matter']);
  });
});

describe('toHtml: a page on its own', () => {
  it('allows only its own script, by hash, and no request of any kind', () => {
    expect(SCRIPT_HASH).toBe(`sha256-${createHash('sha256').update(SCRIPT, 'utf8').digest('base64')}`);
    const { tree } = view(KHAMENEI);
    const policy = attribute(select('meta[http-equiv="Content-Security-Policy"]', tree)!, 'content');
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain(`script-src '${SCRIPT_HASH}'`);
    // Nothing to load: no src, every link within the page, no url() or @import in the style.
    expect(selectAll('[src]', tree)).toEqual([]);
    expect(selectAll('[href]', tree).filter((element) => !attribute(element, 'href').startsWith('#'))).toEqual([]);
    expect(STYLE).not.toMatch(/url\(|@import/u);
  });

  it('uses only the class names docs/html-view.md documents', () => {
    // Names as the documentation writes them, `nm-type-{person,organization}` for variants.
    const written = readFileSync(new URL('../docs/html-view.md', import.meta.url), 'utf8').match(/nm-[a-z-]*(\{[a-z,-]+\})?/gu) ?? [];
    const documented = new Set(written.flatMap((name) => {
      const [stem, variants] = name.split('{') as [string, string | undefined];
      return variants ? variants.slice(0, -1).split(',').map((variant) => stem + variant) : [name];
    }));
    const used = new Set<string>();
    for (const source of [KHAMENEI, FERRY, '---\ntitle: T\n---\nBy Jo Smith\n\nThe board met.\n\nReporting by Ana Silva']) {
      const { tree } = view(source);
      for (const element of selectAll('[class]', tree)) for (const name of classes(element)) used.add(name);
    }
    expect([...used].filter((name) => !documented.has(name))).toEqual([]);
    expect(used.size).toBeGreaterThan(30);
  });

  // WCAG 2.x relative luminance and contrast ratio.
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high! + 0.05) / (low! + 0.05);
  };

  it('passes a check of the contrast function (control)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#767676', '#ffffff')).toBeGreaterThan(4.5);
    expect(contrast('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it.each(['light', 'dark'] as const)('meets WCAG AA contrast in %s mode', (scheme) => {
    const colours = PALETTE[scheme];
    const grounds = { page: colours.page, panel: colours.panel, direct: colours.direct, indirect: colours.indirect, lit: colours.lit };
    // Text, and stance labels, which sit in quotes too: 4.5:1 on everything they may sit on.
    const texts = ['text', 'muted', 'warning', 'error', 'hedge', 'booster', 'attitude', 'self-mention', 'engagement'] as const;
    const failures: string[] = [];
    for (const name of texts) {
      for (const [ground, colour] of Object.entries(grounds)) {
        if (contrast(colours[name], colour) < 4.5) failures.push(`${name} on ${ground}: ${contrast(colours[name], colour).toFixed(2)}`);
      }
    }
    // Underlines, rules, bars and focus rings: 3:1 (non-text contrast) on the page and in quotes.
    for (const name of ['person', 'organization', 'place', 'other', 'rule', 'focus', 'bar'] as const) {
      for (const ground of ['page', 'panel', 'direct', 'indirect'] as const) {
        if (contrast(colours[name], colours[ground]) < 3) failures.push(`${name} on ${ground}: ${contrast(colours[name], colours[ground]).toFixed(2)}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('renderInline', () => {
  const mark = (start: number, end: number, rank: number, name: string) => ({ span: { start, end }, rank, tag: 'b', attributes: { class: name }, first: { id: name } });

  it.each([
    ['plain text is escaped', 'a<b>&"c\'', [{ start: 0, end: 9 }], [], [], 'a&lt;b&gt;&amp;&quot;c&#39;'],
    ['markup between pieces becomes a space where it held one', 'The **mayor**.', [{ start: 0, end: 3 }, { start: 6, end: 11 }, { start: 13, end: 14 }], [], [], 'The mayor.'],
    ['a mark over a gap covers the separator', 'The **mayor**.', [{ start: 0, end: 3 }, { start: 6, end: 11 }], [mark(0, 11, 0, 'q')], [], '<b class="q" id="q">The mayor</b>'],
    ['nested marks nest', 'abcdef', [{ start: 0, end: 6 }], [mark(1, 5, 0, 'q'), mark(2, 3, 2, 'm')], [], 'a<b class="q" id="q">b<b class="m" id="m">c</b>de</b>f'],
    ['an inner mark crossing an outer end is split, its id on the first piece', 'abcdef', [{ start: 0, end: 6 }], [mark(0, 3, 0, 'q'), mark(2, 5, 2, 'm')], [], '<b class="q" id="q">ab<b class="m" id="m">c</b></b><b class="m">de</b>f'],
    ['marks outside the block are left out', 'abc', [{ start: 1, end: 3 }], [mark(0, 1, 0, 'x'), mark(2, 9, 0, 'y')], [], 'b<b class="y" id="y">c</b>'],
    ['points sit between the closing and opening marks', 'abcd', [{ start: 0, end: 4 }], [mark(0, 2, 0, 'q'), mark(2, 4, 0, 'r')], [{ offset: 2, html: '<i></i>' }, { offset: 4, html: '<u></u>' }], '<b class="q" id="q">ab</b><i></i><b class="r" id="r">cd</b><u></u>'],
  ])('%s', (_name, source, pieces, marks, points, expected) => {
    expect(renderInline(source, pieces, marks, points)).toBe(expected);
  });

  it('draws any set of marks as well-nested HTML whose text is the block text (property)', () => {
    const text = 'The harbour board voted to fund a ferry line';
    const span = fc.tuple(fc.nat(text.length), fc.nat(text.length)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.integer({ min: 0, max: 4 })), { maxLength: 12 }), fc.array(fc.nat(text.length), { maxLength: 4 }), (spans, offsets) => {
        const marks = spans.map(([where, rank], index) => ({ span: where, rank, tag: 'span', attributes: { 'data-n': index } }));
        const points = offsets.map((offset) => ({ offset, html: '<a class="p"></a>' }));
        const html = renderInline(text, [{ start: 0, end: text.length }], marks, points);
        const tree = load(`<!doctype html><title>t</title><p>${html}</p>`);
        const paragraph = select('p', tree)!;
        expect(textOf(paragraph)).toBe(text);
        expect(selectAll('a.p', paragraph)).toHaveLength(points.length);
        for (const [index, item] of marks.entries()) {
          const pieces = selectAll(`[data-n="${index}"]`, paragraph);
          expect(piecesText(pieces)).toBe(text.slice(item.span.start, item.span.end));
          // Outer ranks are never inside inner ones.
          for (const piece of pieces) {
            for (const inner of selectAll('[data-n]', piece)) expect(marks[Number(attribute(inner, 'dataN'))]!.rank).toBeGreaterThanOrEqual(item.rank);
          }
        }
      }),
    );
  });
});

describe('newsmark parse --format html', { timeout: 30_000 }, () => {
  // The built command line, as users run it; `npm test` builds it before vitest starts.
  const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
  const newsmark = (args: string[], input?: string) => {
    if (!existsSync(cli)) throw new Error('dist/cli/index.js is missing: run `npm run build` (or `npm test`)');
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8', input });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  it('prints the page toHtml draws, with the messages the parse reported', () => {
    const { code, stdout, stderr } = newsmark(['parse', '--format', 'html', '-'], FERRY);
    expect(code).toBe(0);
    expect(stderr).toContain('anonymous-source');
    const result = safeParseArticle(FERRY);
    expect(stdout).toBe(toHtml(result.article!, FERRY, { messages: result.messages }));
  });

  it('still prints JSON by default and with `--format json`', () => {
    const { stdout } = newsmark(['parse', '--format', 'json', '-'], FERRY);
    expect(JSON.parse(stdout)).toEqual(safeParseArticle(FERRY).article);
  });

  it('exits 2 for an unknown format, naming the ones it takes', () => {
    const { code, stdout, stderr } = newsmark(['parse', '--format', 'pdf', '-'], FERRY);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('`parse --format` takes `json` or `html`');
  });
});
