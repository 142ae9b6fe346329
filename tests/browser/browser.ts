/// <reference types="node" />
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Frame, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where screenshots for review go (gitignored). */
export const OUTPUT = fileURLToPath(new URL('../../test-output/', import.meta.url));

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium, headless, with a fresh profile (Playwright makes a new empty user data
 * dir for each launch) and none of its own calls home, which this machine's network refuses.
 */
export async function launch(): Promise<Browser> {
  if (!existsSync(EXECUTABLE)) throw new Error(`No Chromium at ${EXECUTABLE}: install it with \`apt-get install -y chromium\` (.ci/run does) or set CHROMIUM_PATH`);
  mkdirSync(OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Let requests through only when `allowed` says so, and log every one: a page that asks for
 * anything else (a font, a script, an analytics beacon) fails the test, and is not served.
 */
export async function guard(context: BrowserContext, allowed: (url: string) => boolean): Promise<{ requests: string[]; refused: string[]; errors: string[] }> {
  const log = { requests: [] as string[], refused: [] as string[], errors: [] as string[] };
  context.on('request', (request) => log.requests.push(request.url()));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (allowed(url)) await route.continue();
    else {
      log.refused.push(url);
      await route.abort('blockedbyclient');
    }
  });
  // Console errors include Content-Security-Policy violations: a blocked script or style.
  context.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  context.on('weberror', (error) => log.errors.push(error.error().message));
  context.on('response', (response) => {
    if (response.status() >= 400) log.errors.push(`${response.status()} ${response.url()}`);
  });
  return log;
}

/**
 * What a reader sees in a page drawn by `toHtml`: each direct quote's speaker label (the text
 * its `::after` shows) and whether it is on screen.
 */
export function directQuoteSpeakers(frame: Frame | Page): Promise<{ quote: string; label: string; width: number }[]> {
  return frame.evaluate(() => {
    const ids = [...new Set([...document.querySelectorAll('.nm-article .nm-quote-direct')].map((element) => element.getAttribute('data-quote')!))];
    return ids.map((quote) => {
      const label = document.querySelector(`.nm-quote-label[data-quote="${quote}"]`)!;
      return { quote, label: getComputedStyle(label, '::after').content, width: label.getBoundingClientRect().width };
    });
  });
}

/** The look of every mention of the article: entity, lit or not, background and outline. */
export function mentionStyles(frame: Frame | Page): Promise<{ entity: string; lit: boolean; background: string; outline: string }[]> {
  return frame.evaluate(() =>
    [...document.querySelectorAll('.nm-article .nm-mention')].map((element) => {
      const style = getComputedStyle(element);
      return { entity: element.getAttribute('data-entity')!, lit: element.classList.contains('nm-lit'), background: style.backgroundColor, outline: style.outlineStyle };
    }),
  );
}

/**
 * Hover one mention of `entity`, then focus another by keyboard, and check that all its
 * mentions, and only those, light up the same way both times.
 */
export async function checkHighlight(page: Page, frame: Frame, entity: string): Promise<void> {
  const mentions = frame.locator(`.nm-article .nm-mention[data-entity="${entity}"]`);
  const total = await mentions.count();
  expect(total).toBeGreaterThan(1);
  const before = await mentionStyles(frame);
  expect(before.filter((item) => item.lit)).toEqual([]);

  await mentions.nth(total - 1).hover();
  const hovered = await mentionStyles(frame);
  const lit = hovered.filter((item) => item.lit);
  expect(lit.map((item) => item.entity)).toEqual(Array(total).fill(entity));
  // The other mentions of the entity look lit: a background they did not have, and an outline.
  const litBackground = lit[0]!.background;
  expect(litBackground).not.toBe(before.find((item) => item.entity === entity)!.background);
  for (const item of lit) expect([item.background, item.outline]).toEqual([litBackground, 'solid']);
  for (const item of hovered.filter((other) => other.entity !== entity)) expect(item.background).not.toBe(litBackground);
  expect(await frame.locator('.nm-focus').textContent()).toContain(await frame.locator(`.nm-entity[data-entity="${entity}"] .nm-entity-name`).textContent());

  await page.mouse.move(1, 1);
  expect((await mentionStyles(frame)).filter((item) => item.lit)).toEqual([]);

  // Keyboard: focus the first mention, then Tab to the next one, as a reader without a mouse.
  const first = frame.locator(`.nm-article .nm-mention[tabindex="0"]`).first();
  await first.focus();
  await page.keyboard.press('Tab');
  const focused = await frame.evaluate(() => document.activeElement?.getAttribute('data-entity') ?? null);
  expect(focused).not.toBeNull();
  await mentions.first().focus();
  const viaFocus = await mentionStyles(frame);
  expect(viaFocus.filter((item) => item.lit).map((item) => [item.entity, item.background])).toEqual(Array(total).fill([entity, litBackground]));
}
