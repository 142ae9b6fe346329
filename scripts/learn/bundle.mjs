// Bundle a TypeScript entry of the package's own source for a training script, so training
// computes features with the very code inference runs.
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Bundle `entry` (relative to the repository) and import it.
 * @param {string} entry
 * @returns {Promise<any>}
 */
export async function importSource(entry) {
  const outdir = join(root, 'node_modules/.cache/newsmark-train');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, entry.replace(/[/.]/g, '_') + '.mjs');
  await build({ absWorkingDir: root, entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile, logLevel: 'error' });
  return import(`${pathToFileURL(outfile).href}?t=${Date.now()}`);
}
