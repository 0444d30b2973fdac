// Every browser test, in groups that run alone with `--group <name>`
// (`npm run test:group -- unit`): the element's behaviour, the built dist/
// files in plain pages, the packed package in apps, the snippet builder, and
// hostile host pages. Every group runs in Chromium, Firefox and WebKit
// (test/engines.js says how each is found and driven; BROWSERS=chromium picks
// a few), but the package group: what it checks (the tarball's exports, types
// and bundling) is the same in every engine, so it runs in Chromium only.
// Unit tests are the compiled sources (lib/**/*.test.js, from `tsc`).
import { defaultReporter } from '@web/test-runner';
import { existsSync, readdirSync } from 'node:fs';
import { ENGINES, installHint, isInstalled, launchers, requestedEngines } from './test/engines.js';
import { resultsReporter, slowestFilesReporter, summaryReporter } from './test/reporters.js';
import { STRICT_CSP } from './test/strict-csp.js';

/**
 * Commands the stock plugins lack. Chromium only (through CDP), except
 * `press-chord`; tests skip the others elsewhere and say why:
 * - `emulate-media-features`: forced-colors, which emulateMedia() offers only
 *   on Playwright;
 * - `press-chord`: keys held together (`['Shift', 'ArrowDown']`), in every
 *   engine: sendKeys' down/up has no WebDriver implementation.
 */
function engineCommands() {
  const puppeteer = {
    'emulate-media-features': (page, payload) =>
      page.emulateMediaFeatures(payload).then(() => true),
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

async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
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

const engines = availableEngines();
// One launcher per engine, shared by the groups: one browser process each.
// WebKit first: it is the slowest, and the run ends when the last engine does.
const order = ['webkit', 'chromium', 'firefox'];
const browsers = Object.fromEntries(
  order.filter((name) => engines.includes(name)).map((name) => [name, launchers[name]()]),
);
const every = Object.values(browsers);
const chromiumOnly = browsers.chromium ? [browsers.chromium] : every.slice(0, 1);

/** Whether `folder` holds a test page: a group with no file to run is an error to wtr. */
const hasTestPages = (folder) =>
  existsSync(folder) && readdirSync(folder).some((file) => file.endsWith('.test.html'));

const groups = [
  // The element: behaviour, accessibility, theming, language, robustness.
  { name: 'unit', files: ['lib/**/*.test.js'], browsers: every },
  // The shipped files in plain pages: bundles, snippets, CSP, sanitizers.
  {
    name: 'dist',
    files: ['test/*.smoke.test.html', 'test/sanitizers.test.html'],
    browsers: every,
  },
  // The packed package in a consumer app, and the demo page: one engine.
  {
    name: 'package',
    files: ['test/package-*.test.html', 'test/demo.test.html'],
    browsers: chromiumOnly,
  },
  { name: 'builder', files: ['test/builder.test.html'], browsers: every },
  // Host pages that fight the widget: dark bands, other scripts, patched globals.
  ...(hasTestPages('test/hostile')
    ? [{ name: 'hostile', files: ['test/hostile/*.test.html'], browsers: every }]
    : []),
];

// `wtr --files <glob>` runs just those files, in every requested engine.
const filesFromCli = process.argv.includes('--files');

export default {
  rootDir: '.',
  nodeResolve: true,
  // One test file at a time per engine, in its own window: the tests move
  // real keyboard focus, emulate media and resize the viewport, which pages
  // sharing a window would steal from each other. The three engines run side
  // by side, WebKit first (see `order`).
  concurrency: 1,
  concurrentBrowsers: 3,
  // Three engines share two cores: axe over a widget can take seconds in WebKit.
  testFramework: { config: { timeout: 15000 } },
  browsers: every,
  groups: filesFromCli ? [] : groups,
  // The package group's apps load lit unbundled, as an app in development
  // does; Lit's notice that says so is expected, and hides what is not.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  middleware: [strictCsp],
  plugins: [engineCommands()],
  reporters: [defaultReporter(), summaryReporter(), slowestFilesReporter(), resultsReporter()],
};
