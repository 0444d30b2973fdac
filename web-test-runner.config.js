// Tests run in Debian's Chromium (/usr/bin/chromium), found by chrome-launcher.
// Unit tests are the compiled sources (lib/**/*.test.js, from `tsc`); the
// smoke suite (test/*.test.html) loads the built dist/ files in plain pages.
import { chromeLauncher } from '@web/test-runner';

/** `emulate-media-features`: CSS media features puppeteer can emulate but
 * @web/test-runner-commands' emulateMedia cannot (forced-colors). */
function emulateMediaFeatures() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload);
      return true;
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
  plugins: [emulateMediaFeatures()],
};
