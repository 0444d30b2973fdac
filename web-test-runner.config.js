// Every browser test runs in Chromium, Firefox and WebKit (test/engines.js
// says how each is found and driven). BROWSERS=chromium,firefox picks a few.
// Unit tests are the compiled sources (lib/**/*.test.js, from `tsc`); the
// smoke suite (test/*.test.html) loads the built dist/ files in plain pages.
import { defaultReporter } from '@web/test-runner';
import { ENGINES, installHint, isInstalled, launchers, requestedEngines } from './test/engines.js';

/**
 * Commands the stock plugins lack. Chromium only (through CDP), except
 * `press-chord`; tests skip the others elsewhere and say why:
 * - `emulate-media-features`: forced-colors, which emulateMedia() offers only
 *   on Playwright;
 * - `accessibility-tree`: the page's whole tree as Chromium exposes it
 *   (a11ySnapshot() keeps only "interesting" nodes and drops headings that
 *   wrap a button);
 * - `press-chord`: keys held together (`['Shift', 'ArrowDown']`), in every
 *   engine: sendKeys' down/up has no WebDriver implementation.
 */
function engineCommands() {
  const puppeteer = {
    'emulate-media-features': (page, payload) =>
      page.emulateMediaFeatures(payload).then(() => true),
    'accessibility-tree': (page) => page.accessibility.snapshot({ interestingOnly: false }),
    'press-chord': async (page, keys) => {
      for (const key of keys) await page.keyboard.down(key);
      for (const key of [...keys].reverse()) await page.keyboard.up(key);
      return true;
    },
  };
  // W3C WebDriver key codes (WebDriver spec, "Keyboard actions").
  const webdriverKeys = {
    Shift: '\uE008',
    Control: '\uE009',
    Alt: '\uE00A',
    Meta: '\uE03D',
    Home: '\uE011',
    End: '\uE010',
    ArrowUp: '\uE013',
    ArrowDown: '\uE015',
  };
  const webdriver = {
    'press-chord': async (browser, keys, sessionId) => {
      const values = keys.map((key) => webdriverKeys[key] ?? key);
      const actions = [
        ...values.map((value) => ({ type: 'keyDown', value })),
        ...values.reverse().map((value) => ({ type: 'keyUp', value })),
      ];
      await browser.driverManager.performActions(sessionId, [
        { type: 'key', id: 'keyboard', actions },
      ]);
      return true;
    },
  };
  return {
    name: 'engine-commands',
    executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (browser.type === 'puppeteer' && puppeteer[command]) {
        return puppeteer[command](browser.getPage(session.id), payload);
      }
      if (browser.type === 'webdriver' && webdriver[command]) {
        return webdriver[command](browser, payload, session.id);
      }
      return undefined;
    },
  };
}

/** The strict policy the README promises the widget works under, on the pages under test/csp/. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}

/**
 * Ends the run with a line per engine and one plain total,
 * `tests: N passed, N failed, N skipped`, for CI logs.
 */
function summaryReporter() {
  const count = (suite, counts) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, counts);
    return counts;
  };
  const format = ({ passed, failed, skipped }) =>
    `${passed} passed, ${failed} failed, ${skipped} skipped`;
  return {
    stop({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0 });
        const counts = engines.get(name);
        const before = counts.failed;
        count(session.testResults, counts);
        // A file that failed to load counts as a failure, too.
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [name, counts] of engines) {
        lines.push(`${name}: ${format(counts)}`);
        for (const key of Object.keys(total)) total[key] += counts[key];
      }
      const started = Number(process.env.AIVD_MISSION_TEST_STARTED);
      if (started) lines.push(`npm test took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      lines.push(`tests: ${format(total)}`);
      // After wtr's own closing output, which redraws the lines above it.
      process.once('exit', () => process.stdout.write(`${lines.join('\n')}\n`));
    },
  };
}

/** The requested engines that are here; a missing one fails CI and is named locally. */
function availableEngines() {
  const requested = requestedEngines();
  const missing = requested.filter((name) => !isInstalled(name));
  if (missing.length && process.env.CI === 'true') {
    throw new Error(
      `CI needs every engine; missing: ${missing.join(', ')}. ${installHint(missing)}`,
    );
  }
  for (const name of missing) {
    console.warn(`${ENGINES[name].label} is not installed: skipping it. ${installHint([name])}`);
  }
  const here = requested.filter((name) => !missing.includes(name));
  if (!here.length) throw new Error(`No browser to test in. ${installHint(missing)}`);
  return here;
}

export default {
  rootDir: '.',
  files: ['lib/**/*.test.js', 'test/**/*.test.html'],
  nodeResolve: true,
  // One test file at a time: the tests move real keyboard focus, emulate
  // media and resize the viewport, which pages sharing one browser window
  // would steal from each other; and the machine has two cores.
  concurrency: 1,
  // Three engines share two cores: axe over a widget can take seconds in WebKit.
  testFramework: { config: { timeout: 15000 } },
  browsers: availableEngines().map((name) => launchers[name]()),
  middleware: [strictCsp],
  plugins: [engineCommands()],
  reporters: [defaultReporter(), summaryReporter()],
};
