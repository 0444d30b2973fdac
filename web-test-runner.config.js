// Tests run in Debian's Chromium (/usr/bin/chromium), found by chrome-launcher.
// Unit tests are the compiled sources (lib/**/*.test.js, from `tsc`); the
// smoke suite (test/*.test.html) loads the built dist/ files in plain pages.
import { chromeLauncher, defaultReporter } from '@web/test-runner';

/**
 * Commands the stock plugins lack:
 * - `emulate-media-features`: forced-colors, which emulateMedia() offers only
 *   on Playwright;
 * - `accessibility-tree`: the page's whole tree as Chromium exposes it
 *   (a11ySnapshot() keeps only "interesting" nodes and drops headings that
 *   wrap a button).
 */
function puppeteerCommands() {
  const commands = {
    'emulate-media-features': (page, payload) =>
      page.emulateMediaFeatures(payload).then(() => true),
    'accessibility-tree': (page) => page.accessibility.snapshot({ interestingOnly: false }),
  };
  return {
    name: 'puppeteer-commands',
    executeCommand({ command, payload, session }) {
      return commands[command]?.(session.browser.getPage(session.id), payload);
    },
  };
}

/** The strict policy of issue 3, on the pages under test/csp/. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/test/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
}

/** Ends the run with one plain line, `tests: N passed, N failed`, for CI logs. */
function summaryReporter() {
  const count = (suite, counts = { passed: 0, failed: 0, skipped: 0 }) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) counts.skipped++;
      else if (test.passed) counts.passed++;
      else counts.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, counts);
    return counts;
  };
  return {
    stop({ sessions }) {
      const total = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        const counts = count(session.testResults);
        total.passed += counts.passed;
        // A file that failed to load counts as a failure, too.
        total.failed += counts.failed + (session.passed || counts.failed ? 0 : 1);
        total.skipped += counts.skipped;
      }
      // After wtr's own closing output, which redraws the lines above it.
      const line = `tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`;
      process.once('exit', () => process.stdout.write(`${line}\n`));
    },
  };
}

export default {
  rootDir: '.',
  files: ['lib/**/*.test.js', 'test/**/*.test.html'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 5000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  middleware: [strictCsp],
  plugins: [puppeteerCommands()],
  reporters: [defaultReporter(), summaryReporter()],
};
