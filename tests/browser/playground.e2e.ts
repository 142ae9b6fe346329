/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { build, type PreviewServer, preview } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.ts';
import { checkHighlight, directQuoteSpeakers, guard, launch, OUTPUT } from './browser.ts';

// The playground as it is published: built by Vite, served from its `dist/` on loopback.
const configFile = fileURLToPath(new URL('../../examples/playground/vite.config.ts', import.meta.url));
const KHAMENEI = readFileSync(new URL('../../examples/khamenei.txt', import.meta.url), 'utf8');

let server: PreviewServer;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  await build({ configFile, logLevel: 'error' });
  server = await preview({ configFile, logLevel: 'error', preview: { host: '127.0.0.1', port: 4317, strictPort: false } });
  origin = new URL(server.resolvedUrls!.local[0]!).origin;
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the playground in Chromium', () => {
  it('draws a pasted article as it is typed, and nothing leaves the page', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const log = await guard(context, (url) => url.startsWith(`${origin}/`));
    const page = await context.newPage();
    await page.goto(origin);
    await page.waitForFunction(() => document.body.dataset.runs === '1');
    const runs = async () => Number(await page.evaluate(() => document.body.dataset.runs));
    const view = (await (await page.$('#view'))!.contentFrame())!;
    // The seed article is there on load.
    expect(await page.inputValue('#input')).toBe(KHAMENEI);

    // Live, debounced: a burst of typing is parsed once, when it pauses.
    await page.fill('#input', '');
    await page.waitForFunction(() => document.body.dataset.runs === '2');
    await page.locator('#input').pressSequentially('Board meets\n\nThe harbour board met on Monday, Ana Silva said.', { delay: 10 });
    await page.waitForFunction(() => document.body.dataset.runs === '3');
    await page.waitForTimeout(400);
    expect(await runs()).toBe(3);
    await expect.poll(() => view.locator('.nm-article').textContent()).toContain('The harbour board met on Monday');

    // Paste the example article: select all, and insert it at once as a paste does.
    await page.locator('#input').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(KHAMENEI);
    await page.waitForFunction(() => document.body.dataset.runs === '4');
    await view.waitForSelector('.nm-article .nm-quote-direct');

    const speakers = await directQuoteSpeakers(view);
    expect(speakers).toHaveLength(2);
    for (const speaker of speakers) {
      expect(speaker.label).toContain('Ali Khamenei');
      expect(speaker.width).toBeGreaterThan(0);
    }

    const khamenei = await view.locator('.nm-entity', { hasText: 'Ali Khamenei' }).getAttribute('data-entity');
    await checkHighlight(page, view, khamenei!);
    await view.locator(`.nm-article .nm-mention[data-entity="${khamenei}"]`).nth(2).hover();
    await page.screenshot({ path: `${OUTPUT}playground.png` });

    // The other tabs: the JSON of the same parse, and its messages.
    await page.getByRole('tab', { name: 'JSON' }).click();
    const json = JSON.parse((await page.locator('#json').textContent())!) as { quotes: unknown[]; entities: { name: string }[] };
    // The browser's parse is the library's: the same article as Node parses it.
    expect(json).toEqual(JSON.parse(JSON.stringify(parseArticle(KHAMENEI))));
    expect(json.entities.map((entity) => entity.name)).toContain('Ali Khamenei');
    await page.keyboard.press('ArrowRight');
    expect(await page.locator('#panel-messages').isVisible()).toBe(true);
    expect(await page.locator('#messages').textContent()).toContain('missing-headline');

    expect(log.refused).toEqual([]);
    expect(log.requests.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    expect(log.errors).toEqual([]);
    await context.close();
  });
});
