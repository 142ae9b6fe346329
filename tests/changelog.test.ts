/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The changelog is kept with changesets: each pending change names this package and a bump.
const root = fileURLToPath(new URL('..', import.meta.url));
const { name, version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { name: string; version: string };

describe('changelog', () => {
  it('CHANGELOG.md has an entry for the current version', () => {
    expect(readFileSync(`${root}CHANGELOG.md`, 'utf8')).toMatch(new RegExp(`^## ${version.replaceAll('.', '\\.')}$`, 'mu'));
  });

  const changesets = readdirSync(`${root}.changeset`).filter((file) => file.endsWith('.md') && file !== 'README.md');
  it.each(changesets)('.changeset/%s bumps this package with a summary', (file) => {
    const text = readFileSync(`${root}.changeset/${file}`, 'utf8');
    const match = /^---\n((?:.+\n)+)---\n\n(\S[\s\S]*)$/u.exec(text);
    expect(match, file).not.toBeNull();
    expect(match![1]!.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^['"]?${name}['"]?: (?:patch|minor|major)$`, 'u'))]);
  });
});
