// After `tsup`: make dist/*.d.cts loadable by CommonJS TypeScript projects with
// `skipLibCheck: false`. tsup writes the ESM declarations' imports as they are, and a `.d.cts`
// that imports an ESM-only package (vfile, unified) is error TS1479 there. Type imports of those
// packages get `resolution-mode: import` (TypeScript 5.3+), which loads their types as ESM
// does; the `vfile` DataMap augmentation, which cannot take it, is left to the ESM declarations.
// Run by `npm run build`; tests/package.test.ts and the consumer test check the result.
import { readFileSync, writeFileSync } from 'node:fs';

const files = ['dist/index.d.cts'];

/** Whether a package is ESM only, from its package.json. */
function esmOnly(name) {
  try {
    // Read directly: not every package exports its package.json.
    const pkg = JSON.parse(readFileSync(new URL(`../node_modules/${name}/package.json`, import.meta.url), 'utf8'));
    return pkg.type === 'module' && !JSON.stringify(pkg.exports ?? {}).includes('"require"');
  } catch {
    return false;
  }
}

for (const file of files) {
  let text = readFileSync(file, 'utf8');
  text = text.replace(/^import (?:type )?(\{[^}]*\}) from '([^']+)';$/gmu, (line, names, name) =>
    name.startsWith('.') || !esmOnly(name) ? line : `import type ${names} from '${name}' with { 'resolution-mode': 'import' };`,
  );
  text = text.replace(/^declare module '([^']+)' \{\n(?:    .*\n|\n)*?\}\n/gmu, (block, name) => (esmOnly(name) ? '' : block));
  writeFileSync(file, text);
}
