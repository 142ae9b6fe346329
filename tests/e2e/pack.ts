/// <reference types="node" />
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository, whose `dist/` `npm test` (or `npm run build`) has built. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/**
 * Pack the package as `npm publish` would and install the tarball, with `dependencies`, into a
 * fresh folder. Installs prefer the npm cache, so that they work offline once it is filled.
 */
export function installPacked(prefix: string, dependencies: string[] = []): string {
  if (!existsSync(join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const packed = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').at(-1)!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const result = spawnSync(npm, ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `./${packed}`, ...dependencies], {
    cwd: dir,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`npm install failed:\n${result.stderr}`);
  return dir;
}

/** Write files under `dir`, making folders as needed. */
export function write(dir: string, files: Record<string, string>): void {
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), value);
  }
}

/** Run a command; its exit code and output. */
export function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
