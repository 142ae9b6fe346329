// The articles a benchmark reads: every .txt and .md file under a folder, in a stable order.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * @param {string} dir A folder such as ../shared/corpus/bbc.
 * @returns {string[]} The paths of its .txt and .md files, folders walked, names sorted.
 */
export function articleFiles(dir) {
  const files = [];
  const walk = (path) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (/\.(?:txt|md)$/u.test(name)) files.push(full);
    }
  };
  walk(dir);
  return files;
}
