// The assistive-technology suite for one engine (AT_ENGINE), run by
// test/at/run.js inside its display and D-Bus session: one browser for the
// whole suite; first the platform accessibility trees, then Orca (started
// after the browser, as on a desktop) on the journeys.
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { COLLAPSIBLE_IDS } from '../../lib/content.js';
import { JOURNEYS, runJourney } from './journeys.js';
import { titleOf } from './pages.js';
import {
  eventually,
  focusPage,
  launchBrowser,
  press,
  startOrca,
  startTreeReader,
} from './session.js';
import { assertFallbackTree, assertWidgetTree } from './trees.js';

const engine = process.env.AT_ENGINE;
const origin = process.env.AT_ORIGIN;

/** What this engine's run showed, for test/at/run.js: its tests, their results, the counts. */
const results = { engine, browser: '', treeAssertions: 0, tests: [] };

/** `it`, with its result kept in `results` under its title. */
const test = (title, fn) =>
  it(title, async () => {
    try {
      await fn();
      results.tests.push({ title, result: 'passed' });
    } catch (error) {
      results.tests.push({ title, result: 'failed' });
      throw error;
    }
  });

/** Each page, and what its tree must show. */
const WIDGET_TREES = {
  'nl-collapsed': { lang: 'nl', open: [] },
  'nl-one-open': { lang: 'nl', open: ['values'] },
  'nl-all-open': { lang: 'nl', open: COLLAPSIBLE_IDS },
  'en-collapsed': { lang: 'en', open: [] },
  'en-one-open': { lang: 'en', open: ['values'] },
  'en-all-open': { lang: 'en', open: COLLAPSIBLE_IDS },
  'en-on-nl-page': { lang: 'en', open: ['values'] },
  'heading-level-3': { lang: 'nl', open: ['values'], level: 3 },
  exclusive: { lang: 'nl', open: ['values'], exclusive: true },
  'upgraded-nl': { lang: 'nl', open: [] },
};
const FALLBACK_TREES = {
  'fallback-nl': { lang: 'nl' },
  'fallback-en': { lang: 'en' },
};

describe(`${engine}: assistive technology`, () => {
  let browser;
  let reader;
  before(async () => {
    browser = await launchBrowser(engine);
    results.browser = browser.version;
    reader = startTreeReader();
  });
  after(async () => {
    console.log(`test:at: ${engine}: ${results.treeAssertions} assertions on AT-SPI trees`);
    mkdirSync('tmp/at', { recursive: true });
    writeFileSync(`tmp/at/${engine}.json`, `${JSON.stringify(results, null, 1)}\n`);
    reader?.stop();
    await browser?.close();
  });

  /** Opens page `name` and retries `assert` on its tree until it holds (the page settles). */
  async function assertTree(name, assert) {
    await browser.goto(`${origin}/at/${name}`);
    results.treeAssertions += await eventually(async () =>
      assert(await reader.read(browser.app, titleOf(name))),
    );
  }

  describe('platform accessibility tree (AT-SPI)', () => {
    for (const [name, expected] of Object.entries(WIDGET_TREES)) {
      test(`tree: ${name}`, () => assertTree(name, (tree) => assertWidgetTree(tree, expected)));
    }
    for (const [name, expected] of Object.entries(FALLBACK_TREES)) {
      test(`tree: ${name} (no JavaScript)`, () =>
        assertTree(name, (tree) => assertFallbackTree(tree, { engine, ...expected })));
    }
  });

  describe('Orca', () => {
    let orca;
    before(async () => {
      orca = await startOrca();
      // Keys go to the page: its window focused, a click into the page once;
      // then one key Orca answers, unrecorded, so that the first journey meets
      // an Orca that has settled on the page, as every later one does.
      await browser.goto(`${origin}/at/control`);
      await focusPage(browser.window);
      await orca.quiet(1500);
      await press('ctrl+Home');
      await orca.quiet(1500);
    });
    after(() => orca?.stop());
    for (const journey of JOURNEYS) {
      test(`Orca: ${journey.name}`, () =>
        runJourney({ engine, browser, orca, reader, origin, journey }));
    }
  });
});
