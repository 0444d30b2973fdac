// The three browser engines the suite runs in, all from Debian's packages (no
// browser download): Chromium and Firefox driven by puppeteer-core (CDP and
// WebDriver BiDi), WebKit (WebKitGTK's MiniBrowser) by W3C WebDriver.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { chromeLauncher } from '@web/test-runner';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';

const onPath = (name) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => existsSync(join(dir, name)));

/**
 * Each engine: where its binary is, the Debian packages that bring it, and how
 * to test whether it is here. The paths can be overridden for other systems.
 */
export const ENGINES = {
  chromium: {
    label: 'Chromium',
    path: process.env.CHROME_PATH || '/usr/bin/chromium',
    packages: ['chromium'],
  },
  firefox: {
    label: 'Firefox',
    path: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
    packages: ['firefox-esr'],
  },
  webkit: {
    label: 'WebKit',
    path: process.env.WEBKIT_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    // The WebDriver server and the virtual display that MiniBrowser draws on.
    extra: () => onPath('WebKitWebDriver') && onPath('xvfb-run'),
  },
};

/** The one command that installs the named engines on Debian. */
export function installHint(names) {
  const packages = names.flatMap((name) => ENGINES[name].packages);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  return `Install with: ${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`;
}

export const isInstalled = (name) =>
  existsSync(ENGINES[name].path) && (ENGINES[name].extra?.() ?? true);

/** The engines asked for with BROWSERS=chromium,firefox (default: all three). */
export function requestedEngines() {
  const asked = (process.env.BROWSERS || 'chromium,firefox,webkit')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((name) => name.toLowerCase());
  const unknown = asked.filter((name) => !(name in ENGINES));
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')}`);
  return asked;
}

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once the WebDriver server `driver` answers on `port`; fails if it exits or stays silent 10 s. */
export async function waitForDriver(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error('WebKitWebDriver exited at start-up');
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status within 10 s');
}

/**
 * Starts WebKitWebDriver under a virtual X display (xvfb-run) on a free port;
 * `stop()` ends the driver, Xvfb and xvfb-run together.
 */
export async function startWebKitDriver() {
  const port = await freePort();
  // detached: its own process group, so that one signal stops all three.
  const driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stop);
  await waitForDriver(port, driver);
  return {
    stop,
    options: {
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        // WebKitGTK's driver speaks classic WebDriver only (no BiDi).
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: ENGINES.webkit.path, args: ['--automation'] },
      },
    },
  };
}

/**
 * A session with MiniBrowser (`args` its options) on the WebKitWebDriver at
 * `port`, through W3C WebDriver's plain HTTP: its version, and goto,
 * evaluate (a script expression's value) and close. For the Node scripts
 * that drive a page outside web-test-runner (the AT step, the builder from
 * disk), which need these three calls only.
 */
export async function webKitSession(port, args = ['--automation']) {
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const response = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebKitWebDriver: ${value?.message ?? response.status}`);
    return value;
  };
  const { sessionId, capabilities } = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: { 'webkitgtk:browserOptions': { binary: ENGINES.webkit.path, args } },
    },
  });
  return {
    version: capabilities.browserVersion,
    goto: (url) => call('POST', `/session/${sessionId}/url`, { url }),
    evaluate: (script) =>
      call('POST', `/session/${sessionId}/execute/sync`, { script: `return ${script}`, args: [] }),
    close: () => call('DELETE', `/session/${sessionId}`).catch(() => {}),
  };
}

/** WebdriverLauncher that starts its own WebKitWebDriver, and stops it with the run. */
class WebKitLauncher extends WebdriverLauncher {
  #driver;

  constructor() {
    super({ capabilities: {} });
  }

  async initialize(config, testFiles) {
    this.#driver = await startWebKitDriver();
    Object.assign(this.options, this.#driver.options);
    await super.initialize(config, testFiles);
    this.name = ENGINES.webkit.label;
  }

  async stop() {
    await super.stop();
    this.#driver?.stop();
  }
}

/** A launcher for each engine, named as the summary line names it. */
export const launchers = {
  chromium: () =>
    Object.assign(
      chromeLauncher({
        launchOptions: { executablePath: ENGINES.chromium.path, args: chromiumArgs },
      }),
      { name: ENGINES.chromium.label },
    ),
  firefox: () =>
    Object.assign(
      chromeLauncher({
        puppeteer,
        launchOptions: { browser: 'firefox', executablePath: ENGINES.firefox.path },
      }),
      { name: ENGINES.firefox.label },
    ),
  webkit: () => new WebKitLauncher(),
};
