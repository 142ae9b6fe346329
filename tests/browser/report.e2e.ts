/// <reference types="node" />
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/export/html/theme.ts';
import { checkHighlight, directQuoteSpeakers, guard, launch, OUTPUT } from './browser.ts';

// The page `newsmark parse --format html` writes, opened from disk as a reader would.
const root = fileURLToPath(new URL('../..', import.meta.url));
const report = `${OUTPUT}khamenei.html`;
const url = pathToFileURL(report).href;

let browser: Browser;

beforeAll(async () => {
  if (!existsSync(`${root}dist/cli/index.js`)) throw new Error('dist/ is missing: run `npm run build` (npm run test:browser does)');
  browser = await launch();
  const result = spawnSync(process.execPath, ['dist/cli/index.js', 'parse', '--format', 'html', 'examples/khamenei.txt', '--out', report], { cwd: root, encoding: 'utf8' });
  expect(result.status).toBe(0);
});

afterAll(async () => {
  await browser?.close();
});

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

describe('the HTML report in Chromium', () => {
  it('catches a page that asks for something elsewhere (control)', async () => {
    const context = await browser.newContext();
    const log = await guard(context, (requested) => requested === url);
    const page = await context.newPage();
    await page.goto(url);
    await page.evaluate(() => {
      // As an injected tracker would; the page's own policy refuses it before the network.
      const image = document.createElement('img');
      image.src = 'https://example.invalid/pixel.png';
      document.body.append(image);
    });
    await expect.poll(() => log.errors.some((error) => error.includes('Content Security Policy'))).toBe(true);
    // With the policy gone (a page saved by an app without it), the guard refuses the request.
    const bare = await context.newPage();
    await bare.setContent('<img src="https://example.invalid/pixel.png">');
    await expect.poll(() => log.refused).toEqual(['https://example.invalid/pixel.png']);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('shows the speakers, lights up mentions, and asks for nothing (%s)', async (scheme) => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme: scheme });
    const log = await guard(context, (requested) => requested === url);
    const page = await context.newPage();
    await page.goto(url);
    const frame = page.mainFrame();
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(rgb(PALETTE[scheme].page));

    const speakers = await directQuoteSpeakers(frame);
    expect(speakers.map((speaker) => speaker.label)).toEqual(Array(2).fill('"—\u00a0Ali Khamenei"'));
    const khamenei = await page.locator('.nm-entity', { hasText: 'Ali Khamenei' }).getAttribute('data-entity');
    await checkHighlight(page, frame, khamenei!);
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.nm-lit')!).backgroundColor)).toBe(rgb(PALETTE[scheme].lit));
    await page.screenshot({ path: `${OUTPUT}report-${scheme}.png`, fullPage: false });

    expect(log.requests).toEqual([url]);
    expect(log.refused).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
