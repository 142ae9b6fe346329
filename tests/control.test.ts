/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../src/index.ts';

// Inline control comments, as remark-lint and markdownlint users write them, and HTML comments
// that are notes rather than content.
const LOADED = '“I did nothing wrong,” the senator claimed.';
const OTHER = '“I did it,” the mayor claimed.';

function places(input: string): string[] {
  return safeParseArticle(input).messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);
}

describe('inline control comments', () => {
  const cases: [string, string, string[]][] = [
    ['no comment reports both', `Senator speaks\n\n${LOADED}\n\n${OTHER}\n`, ['3:36 loaded-attribution-verb', '5:23 loaded-attribution-verb']],
    ['`newsmark-disable id` turns a rule off below it', `Senator speaks\n\n${LOADED}\n\n<!-- newsmark-disable loaded-attribution-verb -->\n\n${OTHER}\n`, ['3:36 loaded-attribution-verb']],
    ['`newsmark-disable` with no id turns every rule off', `Senator speaks\n\n<!-- newsmark-disable -->\n\n${LOADED}\n\n${OTHER}\n`, []],
    ['`newsmark-enable` turns it back on', `Senator speaks\n\n<!-- newsmark-disable loaded-attribution-verb -->\n\n${LOADED}\n\n<!-- newsmark-enable loaded-attribution-verb -->\n\n${OTHER}\n`, ['9:23 loaded-attribution-verb']],
    ['`newsmark-ignore` covers the next block only', `Senator speaks\n\n<!-- newsmark-ignore loaded-attribution-verb -->\n${LOADED}\n\n${OTHER}\n`, ['6:23 loaded-attribution-verb']],
    // Plain text with one paragraph a line: the next block is the next line, though remark made one paragraph node of both.
    ['`newsmark-ignore` covers the next line of plain text', `Senator speaks\n\n<!-- newsmark-ignore loaded-attribution-verb -->\n${LOADED}\n${OTHER}\n`, ['5:23 loaded-attribution-verb']],
    ['… after a byte order mark too', `\uFEFFSenator speaks\n<!-- newsmark-ignore loaded-attribution-verb -->\n${LOADED}\n${OTHER}\n`, ['4:23 loaded-attribution-verb']],
    ['remark-lint spelling `newsmark disable id` works too', `Senator speaks\n\n<!--newsmark disable loaded-attribution-verb-->\n\n${LOADED}\n`, []],
    ['another rule id leaves this one on', `Senator speaks\n\n<!-- newsmark-disable anonymous-source -->\n\n${LOADED}\n`, ['5:36 loaded-attribution-verb']],
    ['another tool’s comment is left alone', `Senator speaks\n\n<!-- lint disable -->\n\n${LOADED}\n`, ['5:36 loaded-attribution-verb']],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(places(input)).toEqual(expected);
  });

  it('warns about an unknown rule id, placed on the comment', () => {
    const result = safeParseArticle(`Senator speaks\n\n<!-- newsmark-disable no-such-rule -->\n\n${LOADED}\n`);
    const known = result.messages.find((message) => message.ruleId === 'known');
    expect(known).toMatchObject({ line: 3, column: 1, fatal: false, source: 'unified-message-control' });
    expect(known?.reason).toContain('no-such-rule');
    expect(result.success).toBe(true);
  });

  it('reports an unknown keyword as an error on the comment, without throwing', () => {
    const result = safeParseArticle(`Senator speaks\n\n<!-- newsmark-silence -->\n\n${LOADED}\n`);
    expect(result.success).toBe(false);
    expect(result.messages.find((message) => message.fatal)).toMatchObject({ line: 3, column: 1, ruleId: 'unknown-keyword' });
    expect(result.messages.some((message) => message.ruleId === 'loaded-attribution-verb')).toBe(true);
  });
});

describe('HTML comments are not content', () => {
  it.each([
    ['before the headline', `<!-- editor: check the quote -->\nSenator speaks\n\n${LOADED}\n`, 'Senator speaks'],
    ['before a blank-line headline', `<!-- newsmark-disable anonymous-source -->\n\nSenator speaks\n\n${LOADED}\n`, 'Senator speaks'],
    ['between paragraphs', `Senator speaks\n\n${LOADED}\n\n<!-- a note\nover two lines -->\n\nThe vote is on Friday.\n`, 'Senator speaks'],
  ])('a comment %s is neither reported nor hides the headline', (_name, input, headline) => {
    const result = safeParseArticle(input);
    expect(result.article?.meta.headline).toBe(headline);
    expect(result.messages.map((message) => message.ruleId)).not.toContain('html-ignored');
  });

  it('other HTML is still reported', () => {
    const result = safeParseArticle(`Senator speaks\n\n<div>x</div>\n\n${LOADED}\n`);
    expect(result.messages.map((message) => message.ruleId)).toContain('html-ignored');
  });
});

describe('newsmark check honours control comments', () => {
  const cli = fileURLToPath(new URL('../dist/cli/index.js', import.meta.url));
  it('a disabled error no longer fails the check; an unknown keyword fails it as content (1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsmark-control-'));
    try {
      writeFileSync(join(dir, '.newsmarkrc.json'), '{"rules":{"loaded-attribution-verb":"error"}}');
      writeFileSync(join(dir, 'a.md'), `Senator speaks\n\n<!-- newsmark-disable loaded-attribution-verb -->\n\n${LOADED}\n`);
      const run = () => spawnSync(process.execPath, [cli, 'check', '.', '--no-color'], { cwd: dir, encoding: 'utf8' });
      expect(run().status).toBe(0);
      writeFileSync(join(dir, 'a.md'), `Senator speaks\n\n${LOADED}\n`);
      expect(run().status).toBe(1);
      writeFileSync(join(dir, 'a.md'), `Senator speaks\n\n<!-- newsmark-silence -->\n\nThe vote is on Friday.\n`);
      const bad = run();
      expect(bad.status).toBe(1);
      expect(bad.stderr).toMatch(/3:1-3:26\s+error\s+Unknown keyword/u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
