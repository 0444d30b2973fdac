#!/usr/bin/env node
// Screenshots of the demo page for docs/: serves the repository root on a free
// localhost port (@web/dev-server, static files only), opens demo/ in
// Chromium (CHROME_PATH, default /usr/bin/chromium) through puppeteer-core,
// and writes PNGs to docs/.
//
//   npm run build && node scripts/screenshot.js
//
// Console errors, uncaught exceptions and CSP violations on the page are
// printed and make the exit code 1 (the screenshots are still written).

import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from './serve.js';
import puppeteer from 'puppeteer-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs');
const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

const problems = [];

/** Opens the demo at the given width and waits until every widget has rendered. */
async function openDemo(browser, url, { width, height = 900, deviceScaleFactor = 1, media = [] }) {
  const page = await browser.newPage();
  page.on('console', (message) => {
    // HTTP errors are reported with their URL by the 'response' handler.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      problems.push(`console error (${width}px): ${message.text()}`);
    }
  });
  page.on('response', (response) => {
    // The browser asks for /favicon.ico by itself; the demo has none.
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico')) {
      problems.push(`HTTP ${response.status()} (${width}px): ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error (${width}px): ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed (${width}px): ${request.url()} ${request.failure()?.errorText}`),
  );
  await page.setViewport({ width, height, deviceScaleFactor });
  // No chevron caught mid-rotation.
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }, ...media]);
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await customElements.whenDefined('aivd-mission');
    await Promise.all(
      [...document.querySelectorAll('aivd-mission')].map((el) => el.updateComplete),
    );
    await document.fonts.ready;
    // The partner CSS snippet is fetched; give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
  return page;
}

/** The element's box in document coordinates, grown by `margin` CSS px on each side. */
async function clipAround(page, selector, margin = 24) {
  return page.$eval(
    selector,
    (el, margin) => {
      const box = el.getBoundingClientRect();
      const x = Math.max(0, box.left + window.scrollX - margin);
      const y = Math.max(0, box.top + window.scrollY - margin);
      return {
        x,
        y,
        width: Math.min(document.documentElement.scrollWidth - x, box.width + 2 * margin),
        height: box.height + 2 * margin,
      };
    },
    margin,
  );
}

const FIRST = '#nederlands aivd-mission';

async function main() {
  await stat(path.join(ROOT, 'dist', 'aivd-mission.js')).catch(() => {
    throw new Error('dist/aivd-mission.js is missing: run `npm run build` first.');
  });
  await mkdir(OUT, { recursive: true });

  const server = await serve(ROOT);
  const url = `${server.origin}/demo/index.html`;
  const browser = await puppeteer.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--headless=new',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const written = [];
  const shot = async (page, name, options) => {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file, ...options });
    const { size } = await stat(file);
    written.push(`docs/${name} (${Math.round(size / 1024)} KB)`);
  };

  try {
    // 1. The Dutch example with "Onze waarden" open, clicked like a user would.
    {
      const page = await openDemo(browser, url, { width: 800, deviceScaleFactor: 2 });
      const button = await page.evaluateHandle(
        (selector) => document.querySelector(selector).shadowRoot.querySelector('#button-values'),
        FIRST,
      );
      await button.click();
      await page.mouse.move(0, 0); // no hover underline in the picture
      await page.$eval(FIRST, (el) => el.updateComplete);
      const open = await page.$eval(FIRST, (el) => el.getAttribute('open'));
      if (open !== 'values') problems.push(`screenshot.png: expected open="values", got ${open}`);
      await shot(page, 'screenshot.png', { clip: await clipAround(page, FIRST) });
      await page.close();
    }

    // 1b. The examples on a dark page (color-scheme: dark) and on a dark band
    // without a colour scheme (Rijkshuisstijl lintblauw), as they load.
    {
      const page = await openDemo(browser, url, { width: 800, deviceScaleFactor: 2 });
      await shot(page, 'dark.png', {
        clip: await clipAround(page, '.stage--dark aivd-mission', 24),
      });
      await shot(page, 'band.png', {
        clip: await clipAround(page, '.stage--band aivd-mission', 24),
      });
      await page.close();
    }

    // 2. The whole demo page at desktop width.
    {
      const page = await openDemo(browser, url, { width: 1200 });
      await shot(page, 'demo-full.png', { fullPage: true });
      await page.close();
    }

    // 3. The whole page at 320 CSS px, checking for horizontal overflow.
    {
      const page = await openDemo(browser, url, { width: 320, height: 640 });
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 0.5)
          .map((el) => el.tagName.toLowerCase() + (el.className ? `.${el.className}` : ''));
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      if (overflow.scrollWidth > overflow.width) {
        problems.push(
          `mobile-320.png: page scrolls sideways (${overflow.scrollWidth}px > ${overflow.width}px): ${overflow.wide.slice(0, 5).join(', ')}`,
        );
      }
      await shot(page, 'mobile-320.png', { fullPage: true });
      await page.close();
    }

    // 4. Forced colours (Windows High Contrast): first example, a section open
    //    and another focused, so both the borders and the focus ring show.
    {
      const page = await openDemo(browser, url, {
        width: 800,
        media: [{ name: 'forced-colors', value: 'active' }],
      });
      await page.$eval(FIRST, (el) => el.setAttribute('open', 'mission'));
      await page.$eval(FIRST, (el) => el.updateComplete);
      await page.$eval(FIRST, (el) => el.shadowRoot.querySelector('#button-mission').focus());
      // Focus by script is not :focus-visible after a mouse-free load in every
      // case; one arrow key makes it keyboard focus on the next button.
      await page.keyboard.press('ArrowDown');
      await shot(page, 'forced-colors.png', { clip: await clipAround(page, FIRST) });
      await page.close();
    }

    // 5. Keyboard focus: Tab from the top of the page until a section button
    //    inside the first widget has focus.
    {
      const page = await openDemo(browser, url, { width: 800 });
      let focused = false;
      for (let i = 0; i < 40 && !focused; i++) {
        await page.keyboard.press('Tab');
        focused = await page.evaluate((selector) => {
          const host = document.querySelector(selector);
          const inner = host.shadowRoot.activeElement;
          return document.activeElement === host && inner?.getAttribute('part') === 'button';
        }, FIRST);
      }
      if (!focused) problems.push('focus.png: no section button in the first widget took focus');
      await shot(page, 'focus.png', { clip: await clipAround(page, FIRST) });
      await page.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }

  for (const name of written) console.log(name);
  if (problems.length) {
    console.error(`\n${problems.length} problem(s):`);
    for (const problem of problems) console.error(`- ${problem}`);
    process.exitCode = 1;
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
