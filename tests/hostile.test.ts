/// <reference types="node" />
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, NewsmarkError, parseArticle, remarkNewsmark, safeParseArticle, type ParseOptions } from '../src/index.ts';
import { limitNesting } from '../src/parse/nesting.ts';
import { SHAPES } from './support/shapes.ts';

// Broken and hostile input, and the errors newsmark throws: each with a documented `code`.

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { code?: string }).code;
  }
  return undefined;
}

describe('input that is not a string', () => {
  it.each([
    ['a number', 42, 'got number'],
    ['null', null, 'got null'],
    ['undefined', undefined, 'got undefined'],
    ['an array', ['text'], 'got an array'],
    ['a Uint8Array', new TextEncoder().encode('Text'), 'got Uint8Array: decode it first'],
  ])('%s is a TypeError saying what was expected', (_, input, said) => {
    expect(() => parseArticle(input as never)).toThrow(TypeError);
    expect(() => safeParseArticle(input as never)).toThrow(/Expected `input` to be a string/u);
    expect(() => parseArticle(input as never)).toThrow(said);
    expect(codeOf(() => parseArticle(input as never))).toBe('NEWSMARK_INVALID_INPUT');
  });
});

describe('options.maxLength', () => {
  it('refuses longer input before any work, with the default at 5,000,000', () => {
    const long = 'a'.repeat(5_000_001);
    const started = performance.now();
    expect(codeOf(() => safeParseArticle(long))).toBe('NEWSMARK_INPUT_TOO_LONG');
    // Refused up front: far less than parsing 5 MB would take.
    expect(performance.now() - started).toBeLessThan(500);
    expect(() => parseArticle('Twelve chars', { maxLength: 11 })).toThrow('Unexpected input of 12 characters, expected at most 11');
    expect(parseArticle('Twelve chars', { maxLength: 12 }).schemaVersion).toBeDefined();
  });
});

describe('bad options', () => {
  const cases: Array<[string, unknown, string]> = [
    ['stance that is not an array', { lexicon: { stance: 'abc' } }, 'Unexpected `lexicon.stance`, expected an array of stance entries, got string'],
    ['a stance entry whose `needs` is not an array', { lexicon: { stance: [{ phrase: 'seen', lemma: 'see', kind: 'hedge', needs: 'as' }] } }, 'expected `needs` to be an array of strings'],
    ['a lexicon that is not an object', { lexicon: 'abc' }, 'Unexpected `lexicon`, expected an object'],
    ['an unknown lexicon key', { lexicon: { cues: [] } }, 'Unexpected `lexicon.cues`, expected `stance`'],
    ['a schema that is not a zod schema', { schema: {} }, 'Unexpected `schema`, expected a zod schema'],
    ['an unknown rule id', { rules: { 'no-such-rule': 'warn' } }, 'Unexpected rule `no-such-rule`'],
    ['an unknown severity', { rules: { 'missing-headline': 'loud' } }, 'Unexpected severity "loud" for `missing-headline`'],
    ['rules that are not an object', { rules: ['missing-headline'] }, 'Unexpected `rules`, expected an object'],
    ['a maxLength that is not a number', { maxLength: '10' }, 'Unexpected `maxLength` "10"'],
    ['options that are not an object', 'strict', 'Unexpected options, expected an object, got string'],
  ];
  it.each(cases)('%s is a NEWSMARK_INVALID_OPTIONS error naming it', (_, options, said) => {
    expect(() => safeParseArticle('Text.', options as ParseOptions)).toThrow(NewsmarkError);
    expect(() => safeParseArticle('Text.', options as ParseOptions)).toThrow(said);
    expect(codeOf(() => parseArticle('Text.', options as ParseOptions))).toBe('NEWSMARK_INVALID_OPTIONS');
    // The plugin refuses them when it is used, before any file is read.
    expect(codeOf(() => unified().use(remarkParse).use(remarkNewsmark, options as never).freeze())).toBe('NEWSMARK_INVALID_OPTIONS');
  });

  it('lists every bad option in `problems`', () => {
    try {
      parseArticle('Text.', { rules: { nope: 'warn' } as never, schema: {} as never });
      expect.unreachable();
    } catch (error) {
      expect((error as NewsmarkError).problems).toHaveLength(2);
    }
  });

  it('keeps a gazetteer id once: a second entry with it is left out with a warning', () => {
    const result = safeParseArticle('Ann Lee spoke. Ann Lee left.', {
      entities: [
        { id: 'Q1', type: 'person', name: 'Ann Lee' },
        { id: 'Q1', type: 'organization', name: 'Acme Holdings' },
      ],
    });
    expect(result.article?.entities.filter((entity) => entity.id === 'Q1')).toHaveLength(1);
    expect(result.messages.map((message) => message.ruleId)).toContain('gazetteer-entry-invalid');
  });

  it('reads `__proto__` and `constructor` ids and phrases as data, polluting nothing', () => {
    const article = parseArticle('Proto Corp grew. Constructor Ltd said it could grow.', {
      entities: [
        { id: '__proto__', type: 'organization', name: 'Proto Corp' },
        { id: 'constructor', type: 'organization', name: 'Constructor Ltd' },
      ],
      lexicon: { stance: [{ phrase: '__proto__', lemma: 'constructor', kind: 'hedge' }] },
    });
    expect(article.entities.map((entity) => entity.id).sort()).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).name).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('type');
  });
});

describe('parseArticle on an article that fails its schema', () => {
  it('throws a NEWSMARK_INVALID_ARTICLE error that carries every message', () => {
    try {
      parseArticle('---\ndate: yesterday\n---\nText.', { schema: ArticleSchema.extend({ meta: ArticleSchema.shape.meta.extend({ author: ArticleSchema.shape.meta.shape.headline.unwrap() }) }) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NewsmarkError);
      expect((error as NewsmarkError).code).toBe('NEWSMARK_INVALID_ARTICLE');
      expect((error as NewsmarkError).messages.map((message) => message.ruleId)).toEqual(expect.arrayContaining(['front-matter-field', 'front-matter-schema']));
    }
  });
});

describe('front matter', () => {
  it('resolves aliases', () => {
    expect(parseArticle('---\nname: &who Jane Doe\nauthor: *who\n---\nText.').meta.byline).toBe('Jane Doe');
  });

  it('refuses an alias bomb with a message, in well under a second', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefghi') levels.push(`${name}: &${name} [${Array(9).fill(`*${levels.length === 1 ? 'a' : String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    const started = performance.now();
    const result = safeParseArticle(`---\n${levels.join('\n')}\n---\nText.`);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.success).toBe(false);
    expect(result.messages.find((message) => message.ruleId === 'front-matter-yaml')?.reason).toMatch(/alias/u);
  });

  it('keeps only JSON values in `meta`: YAML 1.1 tags stay unresolved, non-finite numbers are null', () => {
    const article = parseArticle('---\ns: !!set {a, b}\nb: !!binary aGVsbG8=\nx: .inf\nwhen: 2024-07-30\n---\nText.');
    expect(JSON.parse(JSON.stringify(article.meta.extra))).toEqual(article.meta.extra);
    expect(article.meta.extra).toEqual({ s: { a: null, b: null }, b: 'aGVsbG8=', x: null, when: '2024-07-30' });
  });

  it('leaves a `__proto__` key out with a warning and keeps `constructor` as a plain key', () => {
    const result = safeParseArticle('---\ntitle: Budget passes\n__proto__: {polluted: true}\nconstructor: Acme\n---\nText.');
    expect(result.article?.meta.extra).toEqual({ constructor: 'Acme' });
    expect(Object.getPrototypeOf(result.article?.meta.extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const message = result.messages.find((item) => item.ruleId === 'front-matter-key-ignored');
    expect([message?.line, message?.column]).toEqual([3, 1]);
  });

  it('places messages right when the YAML holds a NUL', () => {
    const input = '---\ntitle: a\u0000b\ndate: yesterday\n---\nText.';
    const message = safeParseArticle(input).messages.find((item) => item.ruleId === 'front-matter-field');
    expect([message?.line, message?.column]).toEqual([3, 7]);
    expect(input.slice(message?.place && 'start' in message.place ? message.place.start.offset : -1).startsWith('yesterday')).toBe(true);
  });

  it('reports a duplicate key at the second one', () => {
    const message = safeParseArticle('---\ntitle: A\ntitle: B\n---\nText.').messages.find((item) => item.ruleId === 'front-matter-yaml');
    expect([message?.line, message?.column, message?.reason]).toEqual([3, 1, 'Unexpected YAML: Map keys must be unique']);
  });
});

describe('deep and odd structure', () => {
  it('reads 3,000 nested block quotes without a stack overflow, the part past 32 as text with a warning', () => {
    const input = `Budget passes\n\n${'> '.repeat(3000)}The council approved the budget.`;
    const result = safeParseArticle(input);
    expect(result.messages.filter((message) => message.ruleId === 'nesting-too-deep').map((message) => [message.line, message.column])).toEqual([[3, 65]]);
    const text = result.article?.sections.flatMap((section) => section.paragraphs).map((paragraph) => paragraph.text).join('\n');
    expect(text).toContain('The council approved the budget.');
  });

  // Timed against a plain article of the same length in the same test, in CPU time of this
  // process: the machine's load cancels out.
  function timeOf(input: string): number {
    let best = Number.POSITIVE_INFINITY;
    for (let run = 0; run < 3; run++) {
      const started = process.cpuUsage();
      safeParseArticle(input);
      const used = process.cpuUsage(started);
      best = Math.min(best, (used.user + used.system) / 1000);
    }
    return best;
  }
  const plain = (length: number) => 'Budget passes\n\n' + 'The council met and approved the budget after a debate. '.repeat(Math.ceil(length / 56));

  it.each([
    ['5,000 list markers on a line', '- '.repeat(5000)],
    ['200 levels of indented lists', Array.from({ length: 200 }, (_, index) => `${'  '.repeat(index)}- item`).join('\n')],
    ['3,000 emphasis marks opened and closed', `${'*a '.repeat(3000)}b${' c*'.repeat(3000)}`],
    ['20,000 emphasis marks never closed', '*a '.repeat(20000)],
    ['4,000 links in one paragraph', '[the council](https://example.org/a) met. '.repeat(4000)],
    ['3,000 code spans and HTML tags in one paragraph', 'The `budget` passed <b>today</b>. '.repeat(3000)],
  ])('reads %s with a warning, in about the time of plain text as long', { timeout: 30_000 }, (_, input) => {
    const result = safeParseArticle(input);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(true);
    expect(timeOf(input)).toBeLessThan(6 * timeOf(plain(input.length)) + 100);
  });

  it('leaves nesting of 32 levels alone', () => {
    const result = safeParseArticle(`Budget passes\n\n${'> '.repeat(32)}The council approved the budget.`);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(false);
  });

  it('leaves 400 links in a paragraph alone', () => {
    const result = safeParseArticle(`Budget passes\n\n${'The [council](https://example.org/a) met. '.repeat(400)}`);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(false);
  });

  it('reads the link marks of a paragraph past 1,000 as text, with a warning where they start, every word still there', () => {
    const input = `Budget passes\n\n${'The [council](https://example.org/a) met. '.repeat(600)}\n\nThe [mayor](https://example.org/b) spoke.`;
    const result = safeParseArticle(input);
    const warnings = result.messages.filter((message) => message.ruleId === 'nesting-too-deep');
    expect(warnings).toHaveLength(1);
    // The 501st link's `[` is the 1,001st mark (each link has two, `[` and `]`).
    expect(warnings[0]!.place).toMatchObject({ start: { line: 3, column: 1 + 500 * 42 + 4 } });
    const paragraphs = result.article!.sections.flatMap((section) => section.paragraphs);
    expect(paragraphs[0]!.text).toContain('The council met. The [council](https://example.org/a) met.');
    // The next paragraph has marks of its own to spend.
    expect(paragraphs[1]!.text).toBe('The mayor spoke.');
  });

  it('leaves 1,500 link definitions in a row alone (their brackets are no marks of a paragraph)', () => {
    const definitions = Array.from({ length: 1500 }, (_, index) => `[\`r${index}()\`]: https://example.org/r/${index} "R"`).join('\n');
    const result = safeParseArticle(`Budget passes\n\nSee [\`r1()\`][] and [\`r1499()\`][].\n\n${definitions}\n`);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(false);
    expect(limitNesting(definitions).cut).toEqual([]);
  });

  it.each([
    ['after a line of text (they are text of its paragraph)', `The council met.\n${Array.from({ length: 600 }, (_, index) => `[r${index}]: /r`).join('\n')}`],
    ['past 2,000 in a row', Array.from({ length: 2600 }, (_, index) => `[r${index}]: /r`).join('\n')],
    ['that are no definitions (no destination)', Array.from({ length: 600 }, (_, index) => `[r${index}]: `).join('\n')],
  ])('counts the brackets of definition lines %s against the limit', (_name, input) => {
    expect(limitNesting(input).cut.map((cut) => cut.kind)).toEqual(['inline']);
  });

  it('leaves 200 emphasis marks in a paragraph alone', () => {
    const result = safeParseArticle(`Budget passes\n\n${'The *council* met. '.repeat(100)}`);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(false);
  });

  it('reads a dash that ends a block quote, with nothing after it, as no credit', () => {
    const result = safeParseArticle('> a —\n\nB');
    expect(result.success).toBe(true);
    expect(result.article?.quotes[0]?.speaker).toBeNull();
  });
});

describe('containers past the parser\'s budget', () => {
  const paragraphs = (result: ReturnType<typeof safeParseArticle>) => result.article?.sections.flatMap((section) => section.paragraphs) ?? [];
  const warnings = (result: ReturnType<typeof safeParseArticle>) => result.messages.filter((message) => message.ruleId === 'nesting-too-deep');

  it('reads block quotes between blank lines as text from where they would cost too much, every word still there', () => {
    const input = `Budget passes\n\n${Array.from({ length: 2500 }, (_, index) => `> Line ${index} of the statement.`).join('\n\n')}`;
    const result = safeParseArticle(input);
    const [warning, ...others] = warnings(result);
    expect(others).toEqual([]);
    expect(warning?.reason).toBe('Unexpected block quotes and lists that end this often, expected fewer: from here on their markers are read as text');
    // The early quotes are still quotes; from the warning's line on, each is a paragraph of its own.
    expect(warning!.line!).toBeGreaterThan(500);
    expect(warning!.column).toBe(1);
    expect(paragraphs(result)).toHaveLength(2500);
    expect(paragraphs(result).at(-1)?.text).toContain('Line 2499 of the statement.');
    expect(result.success).toBe(true);
  });

  it('cuts a long list whose items end nested ones from the start of its paragraph, so no line goes on lazily in it', () => {
    const input = `Budget passes\n\n${'- An item.\n  - Its part.\n'.repeat(5000)}`;
    const { text, cut } = limitNesting(input);
    expect(cut.map((item) => [item.kind, item.span.start])).toEqual([['structure', 'Budget passes\n\n'.length]]);
    expect(text.slice(0, 40)).toBe('Budget passes\n\nx An item.\n  x Its part.\n');
  });

  it('lowers the depth limit for a long text with deep markers on every line, and says which', () => {
    const input = `Budget passes\n\n${`${'>'.repeat(32)} The council approved the budget.\n`.repeat(2000)}`;
    const result = safeParseArticle(input);
    const [warning] = warnings(result);
    const limit = Number(/nested over (\d+) deep/u.exec(warning?.reason ?? '')?.[1]);
    expect(limit).toBeGreaterThan(1);
    expect(limit).toBeLessThan(32);
    expect([warning?.line, warning?.column]).toEqual([3, limit + 1]);
  });

  // The budget's numbers are in src/parse/nesting.ts (remark-parse's CPU time on 1 MB of each).
  const shape = (name: string) => SHAPES.find(([shapeName]) => shapeName === name)![1](1_000_000);

  it('holds 1 MB of block quotes 32 deep on every line as deep as news nests, and no deeper than remark-parse reads in about 2 s', () => {
    const { cut } = limitNesting(shape('block quotes 32 deep on every line'));
    expect(cut.map((item) => item.kind)).toEqual(['containers']);
    expect(cut[0]!.limit).toBeGreaterThanOrEqual(3);
    expect(cut[0]!.limit).toBeLessThanOrEqual(4);
  });

  it('reads 1 MB of block quotes nested deeper line by line as text, for their lazy lines, with the depth limit lowered', () => {
    const { cut } = limitNesting(shape('block quotes nested deeper line by line'));
    expect(cut[0]).toMatchObject({ kind: 'structure', span: { start: 'Budget passes\n\n'.length } });
  });

  it('keeps the length of the text and changes only markers', () => {
    for (const input of [
      `A\n\n${'> Quote.\n\n'.repeat(8000)}`,
      `A\r\n\r\n${'- Item.\r\n  - Part.\r\n'.repeat(5000)}`,
      `A\n\n> Start.\n${'Line.\n'.repeat(20000)}`,
      `A\n\n${'>'.repeat(32)} Line.\n`.repeat(3000),
    ]) {
      const { text, cut } = limitNesting(input);
      expect(cut.length).toBeGreaterThan(0);
      expect(text).toHaveLength(input.length);
      const changed = new Set<string>();
      for (let index = 0; index < text.length; index++) if (text[index] !== input[index]) changed.add(`${input[index]}${text[index]}`);
      expect([...changed].every((pair) => /^[->*+.) \t]x$/u.test(pair))).toBe(true);
    }
  });

  it('leaves an article of common size with many lists and quotes alone', () => {
    const input = `Budget passes\n\n${'> “We will,” she said.\n\nThe council met.\n\n- One.\n- Two.\n  - Two and a half.\n\nIt ended.\n\n'.repeat(60)}`;
    expect(limitNesting(input).cut).toEqual([]);
  });
});

describe('remarkNewsmark on a file whose value is bytes', () => {
  it('decodes a Uint8Array as UTF-8, as remark-parse does', async () => {
    const input = 'Markets rally\n\n“Shares will rise,” the analyst said.';
    const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkNewsmark);
    const file = new VFile({ value: new TextEncoder().encode(input) });
    await processor.run(processor.parse(file), file);
    expect(file.data.newsmark?.meta.headline).toBe('Markets rally');
    expect(file.data.newsmark).toEqual(parseArticle(input));
  });
});

describe('indentation without list markers', () => {
  it('is left alone, however deep: indented text is no nesting', () => {
    const result = safeParseArticle(`Budget passes\n\n${' '.repeat(200)}The council approved the budget.`);
    expect(result.messages.some((message) => message.ruleId === 'nesting-too-deep')).toBe(false);
    expect(result.article?.sections.flatMap((section) => section.paragraphs).map((paragraph) => paragraph.text)).toContain('The council approved the budget.');
  });
});
