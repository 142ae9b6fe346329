/// <reference types="node" />
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../src/index.js';

// Fixture pairs: tests/fixtures/<area>-<case>/input.(txt|md) and the expected output.json.
// `UPDATE=1 npx vitest run tests/fixtures.test.ts` rewrites the outputs; review them as diffs.
const root = new URL('./fixtures/', import.meta.url).pathname;

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    const inputName = ['input.txt', 'input.md'].find((file) => existsSync(join(dir, file)));
    if (!inputName) continue;
    it(name, () => {
      const input = readFileSync(join(dir, inputName), 'utf8');
      const result = safeParseArticle(input, { path: inputName });
      const actual = {
        article: result.article,
        messages: result.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`),
      };
      const expectedFile = join(dir, 'output.json');
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
