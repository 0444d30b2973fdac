// The snippet builder as shipped (dist/builder/), opened straight from disk
// (file://), offline, in Chromium, Firefox and WebKit: what an editor gets
// who double-clicks dist/builder/index.html. (From a static server, the
// builder group of the browser tests checks it in the same engines.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import {
  ENGINES,
  isInstalled,
  requestedEngines,
  startWebKitDriver,
  webKitSession,
} from './engines.js';

const PAGE = pathToFileURL('dist/builder/index.html').href;
const ADDRESS = 'https://www.example.nl/js/aivd-mission.js';
const integrity = JSON.parse(readFileSync('dist/integrity.json', 'utf8'));

/**
 * Run in the page: once the preview has rendered, the editor fills in the
 * script's address; what the page then shows. Null while it is not ready.
 */
const READ_PAGE = `(() => {
  const preview = document.querySelector('#voorbeeld');
  const headings = [...(preview.shadowRoot?.querySelectorAll('[part~="heading"]') ?? [])];
  if (!customElements.get('aivd-mission') || headings.length !== 4) return null;
  const before = document.querySelector('#snippet').value;
  const field = document.querySelector('#script-adres');
  field.value = ${JSON.stringify(ADDRESS)};
  field.dispatchEvent(new Event('input', { bubbles: true }));
  return {
    protocol: location.protocol,
    headings: headings.map((h) => h.textContent.trim()),
    before,
    snippet: document.querySelector('#snippet').value,
    integrityShown: !document.querySelector('#integriteit-fout').hidden,
    resources: performance.getEntriesByType('resource').map((entry) => entry.name),
  };
})()`;

/** Polls `read()` until it gives a value, for up to 15 s. */
async function eventually(read) {
  for (const end = Date.now() + 15000; Date.now() < end;) {
    const value = await read();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the builder did not render its preview within 15 s');
}

/** Opens the page in `engine`: what it shows, and the errors it logged (none reported by WebKit's driver). */
async function openFromDisk(engine) {
  if (engine === 'webkit') {
    const driver = await startWebKitDriver();
    try {
      const session = await webKitSession(driver.options.port);
      await session.goto(PAGE);
      const shown = await eventually(() => session.evaluate(READ_PAGE));
      await session.close();
      return { shown, errors: [] };
    } finally {
      driver.stop();
    }
  }
  const browser = await puppeteer.launch({
    executablePath: ENGINES[engine].path,
    ...(engine === 'firefox' ? { browser: 'firefox' } : { args: ['--no-sandbox'] }),
  });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await page.goto(PAGE, { waitUntil: 'load' });
    const shown = await eventually(() => page.evaluate(READ_PAGE));
    return { shown, errors };
  } finally {
    await browser.close();
  }
}

describe('the snippet builder opened from disk (file://), offline', () => {
  for (const engine of requestedEngines().filter(isInstalled)) {
    it(`works in ${ENGINES[engine].label}: preview, snippet with the files' integrity, nothing fetched`, async () => {
      const { shown, errors } = await openFromDisk(engine);
      assert.equal(shown.protocol, 'file:');
      assert.deepEqual(shown.headings, [
        'Waar de AIVD voor staat',
        'Onze waarden',
        'Wat de AIVD kan',
        'Meer informatie over de AIVD',
      ]);
      // From disk there is no web address to prefill: the editor gives it.
      assert.doesNotMatch(shown.before, /<aivd-mission/);
      assert.match(shown.snippet, new RegExp(`src="${ADDRESS}"`));
      assert.ok(shown.snippet.includes(`integrity="${integrity['aivd-mission.js']}"`));
      assert.match(
        shown.snippet,
        /<aivd-mission lang="nl" data-content-version="\d{4}-\d\d-\d\d">/,
      );
      assert.equal(shown.integrityShown, false);
      assert.deepEqual(
        shown.resources.filter((url) => !url.startsWith('file:')),
        [],
        'every resource from disk',
      );
      assert.deepEqual(errors, []);
    });
  }
});
