import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkNewsmark, type RemarkNewsmarkOptions } from '../src/index.ts';

// newsmark inside hosts that parse front matter themselves (Astro, vfile-matter) or run
// remark without remark-frontmatter.
const FRONT = '---\ntitle: Harbour board backs ferry line\ndate: 2024-05-01\nauthor: Ana Silva\n---\n\n';
const BODY = 'PORTVILLE — The harbour board voted on Tuesday to fund a ferry line.\n\n“It will carry ten thousand people,” the mayor claimed.\n';
const DATA = { title: 'Harbour board backs ferry line', date: new Date('2024-05-01'), author: 'Ana Silva' };

async function run(file: VFile, options: RemarkNewsmarkOptions & { frontmatter?: boolean } = {}) {
  const { frontmatter = true, ...rest } = options;
  const processor = unified().use(remarkParse);
  if (frontmatter) processor.use(remarkFrontmatter, ['yaml']);
  processor.use(remarkNewsmark, rest);
  await processor.run(processor.parse(file), file);
  return file;
}

describe('front matter a host parsed', () => {
  it.each([
    ['Astro (`file.data.astro.frontmatter`)', { astro: { frontmatter: DATA } }],
    ['vfile-matter (`file.data.matter`)', { matter: DATA }],
    ['`file.data.frontmatter`', { frontmatter: DATA }],
  ])('is read from %s: headline, date and author, not the lede', async (_name, data) => {
    const file = await run(new VFile({ value: BODY, data }));
    const meta = file.data.newsmark!.meta;
    expect(meta).toMatchObject({ headline: DATA.title, headlineSource: 'front-matter', datePublished: '2024-05-01', byline: 'Ana Silva' });
    expect(file.data.newsmark!.sections[0]!.paragraphs[0]!.text).toMatch(/^The harbour board/u);
  });

  it.each([
    [new Date('2024-05-01'), '2024-05-01'],
    [new Date('2024-05-01T10:30:00Z'), '2024-05-01T10:30:00.000Z'],
    [new Date('not a date'), undefined],
  ])('a host’s Date %s is read as %s', async (date, expected) => {
    const file = await run(new VFile({ value: BODY, data: { matter: { date } } }));
    expect(file.data.newsmark?.meta.datePublished).toBe(expected);
  });

  it('the text’s own front matter wins over the host’s', async () => {
    const file = await run(new VFile({ value: `${FRONT}${BODY}`, data: { matter: { title: 'Other' } } }));
    expect(file.data.newsmark!.meta.headline).toBe(DATA.title);
  });

  it('a bad value from the host is an error at the start of the file', async () => {
    const file = await run(new VFile({ value: BODY, data: { astro: { frontmatter: { date: 'yesterday' } } } }));
    const message = file.messages.find((item) => item.ruleId === 'front-matter-field');
    expect(message).toMatchObject({ line: 1, column: 1, fatal: true });
  });

  it('an empty host front matter is no front matter: the first line may be the headline', async () => {
    const file = await run(new VFile({ value: `Ferry line backed\n\n${BODY}`, data: { astro: { frontmatter: {} } } }));
    expect(file.data.newsmark!.meta.headline).toBe('Ferry line backed');
  });

  it('`source` places messages by the whole file’s lines, not the body’s', async () => {
    const whole = `${FRONT}${BODY}`;
    const place = async (options: RemarkNewsmarkOptions) => {
      const file = await run(new VFile({ path: 'ferry.md', value: BODY.trim(), data: { astro: { frontmatter: DATA } } }), options);
      return file.messages.filter((message) => message.ruleId === 'loaded-attribution-verb').map((message) => [message.line, message.column, String(message.place && 'start' in message.place ? message.place.start.line : '')]);
    };
    expect(await place({})).toEqual([[3, 48, '3']]);
    expect(await place({ source: () => whole })).toEqual([[9, 48, '9']]);
    const file = await run(new VFile({ path: 'ferry.md', value: BODY.trim(), data: { astro: { frontmatter: DATA } } }), { source: () => whole });
    expect(String(file.messages[0])).toMatch(/^ferry\.md:9:48-9:55: Unexpected loaded/u);
    // What the file says in the whole file, checked against the text itself.
    expect(whole.split('\n')[8]!.slice(47, 54)).toBe('claimed');
    // A source that does not hold the body leaves places alone.
    expect(await place({ source: () => 'something else' })).toEqual([[3, 48, '3']]);
  });
});

describe('front matter without remark-frontmatter', () => {
  it('is read as front matter and warned about, not made a heading', async () => {
    const file = await run(new VFile(`${FRONT}${BODY}`), { frontmatter: false });
    const article = file.data.newsmark!;
    expect(article.meta).toMatchObject({ headline: DATA.title, byline: 'Ana Silva' });
    expect(article.sections.every((section) => section.heading === null)).toBe(true);
    expect(article.sections[0]!.paragraphs[0]!.text).toMatch(/^The harbour board/u);
    const warning = file.messages.find((message) => message.ruleId === 'front-matter-unparsed');
    expect(warning).toMatchObject({ line: 1, column: 1, fatal: false });
    expect(warning?.place && 'end' in warning.place ? warning.place.end.line : 0).toBe(5);
  });

  it('is read after a byte order mark too, where the tree counts offsets from after the mark', async () => {
    const file = await run(new VFile(`\uFEFF${FRONT}${BODY}`), { frontmatter: false });
    const article = file.data.newsmark!;
    expect(article.meta).toMatchObject({ headline: DATA.title, byline: 'Ana Silva' });
    expect(article.sections[0]!.paragraphs[0]!.text).toMatch(/^The harbour board/u);
    expect(file.messages.find((message) => message.ruleId === 'front-matter-unparsed')).toMatchObject({ line: 1, column: 2 });
  });

  it.each([
    ['a thematic break later on', `Ferry line backed\n\n---\n\n${BODY}`],
    ['a thematic break with no closing fence', `---\n\n${BODY}`],
  ])('leaves %s alone', async (_name, input) => {
    const file = await run(new VFile(input), { frontmatter: false });
    expect(file.messages.map((message) => message.ruleId)).not.toContain('front-matter-unparsed');
  });
});

describe('the `fail` option', () => {
  it('throws the first error, with its place, so that a build stops', async () => {
    const file = new VFile({ path: 'ferry.md', value: '---\ndate: yesterday\n---\n\nText.\n' });
    await expect(run(file, { fail: true })).rejects.toMatchObject({
      ruleId: 'front-matter-field',
      line: 2,
      column: 7,
      fatal: true,
      file: 'ferry.md',
      message: expect.stringMatching(/^2:7: Unexpected value for `date`.*\(front-matter-field\)$/u),
    });
  });

  it('lets warnings through', async () => {
    const file = await run(new VFile(`Senator speaks\n\n“I did nothing wrong,” the senator claimed.\n`), { fail: true });
    expect(file.messages.map((message) => message.ruleId)).toEqual(['loaded-attribution-verb']);
  });
});
