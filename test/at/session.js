// What the assistive-technology tests run on: one X display and D-Bus
// session (test/at/run.js starts them), the AT-SPI accessibility bus, a
// browser of each engine with its accessibility exposed, the tree reader
// (tree.py), Orca (run-orca.py) and real key presses (xdotool).
// Every process started here is ended by `stop()` or when the run exits.
import { spawn, execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import puppeteer from 'puppeteer-core';
import { ENGINES, freePort, waitForDriver, webKitSession } from '../engines.js';

const run = promisify(execFile);
const here = new URL('.', import.meta.url).pathname;
export const PYTHON = '/usr/bin/python3';
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const started = new Set();
/** Spawns a helper process that is ended with the run, whatever happens. */
function track(child) {
  started.add(child);
  child.once('exit', () => started.delete(child));
  return child;
}
export function endAll() {
  for (const child of started) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      child.kill('SIGKILL');
    }
  }
}
process.once('exit', endAll);

/** Retries `check` (which throws until it holds) until it holds or `ms` pass. */
export async function eventually(check, ms = 8000, every = 100) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > end) throw error;
    }
    await sleep(every);
  }
}

/** The accessibility bus (at-spi-bus-launcher), which browsers and Orca join. */
export async function startAccessibilityBus() {
  track(
    spawn('/usr/libexec/at-spi-bus-launcher', ['--launch-immediately'], {
      stdio: 'ignore',
      detached: true,
    }),
  );
  // The bus is up once its address can be asked for.
  await eventually(
    () =>
      run('dbus-send', [
        '--session',
        '--print-reply',
        '--dest=org.a11y.Bus',
        '/org/a11y/bus',
        'org.a11y.Bus.GetAddress',
      ]),
    10000,
  );
}

/** The AT-SPI tree reader: `read(app, title)` gives a document's tree. */
export function startTreeReader() {
  const reader = track(
    spawn(PYTHON, [join(here, 'tree.py')], { stdio: ['pipe', 'pipe', 'inherit'], detached: true }),
  );
  const lines = createInterface({ input: reader.stdout })[Symbol.asyncIterator]();
  let queue = Promise.resolve();
  const ask = async (request) => {
    reader.stdin.write(JSON.stringify(request) + '\n');
    const { value, done } = await lines.next();
    if (done) throw new Error('the AT-SPI tree reader (tree.py) ended');
    return JSON.parse(value);
  };
  return {
    /** The tree of the document titled `title`; throws while it is not exposed. */
    read(app, title) {
      const answer = (queue = queue.then(() => ask({ app, title })));
      return answer.then((tree) => {
        if (tree.error) throw new Error(tree.error);
        return tree;
      });
    },
    stop: () => reader.kill(),
  };
}

/** How each engine is started with its accessibility on, and named by AT-SPI and X. */
const BROWSERS = {
  chromium: {
    app: 'Chromium',
    windowClass: 'chromium',
    launch: () =>
      puppeteer.launch({
        executablePath: ENGINES.chromium.path,
        headless: false,
        defaultViewport: null,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--force-renderer-accessibility',
          '--no-first-run',
          '--window-size=1000,800',
          '--window-position=0,0',
        ],
      }),
  },
  firefox: {
    app: 'Firefox',
    windowClass: 'firefox',
    launch: () =>
      puppeteer.launch({
        browser: 'firefox',
        executablePath: ENGINES.firefox.path,
        headless: false,
        defaultViewport: null,
        args: ['--width=1000', '--height=800'],
      }),
  },
  webkit: { app: 'MiniBrowser', windowClass: 'MiniBrowser', launch: launchWebKit },
};

/** MiniBrowser under its WebDriver server (on this run's display), as `{ version, goto, evaluate, close }`. */
async function launchWebKit() {
  const port = await freePort();
  const driver = track(
    spawn('WebKitWebDriver', [`--port=${port}`], { stdio: 'ignore', detached: true }),
  );
  await waitForDriver(port, driver);
  const session = await webKitSession(port);
  return {
    ...session,
    version: `WebKitGTK ${session.version}`,
    close: async () => {
      await session.close();
      driver.kill();
    },
  };
}

/** A browser of `engine`, exposed to AT-SPI, with one window and one page. */
export async function launchBrowser(engine) {
  const spec = BROWSERS[engine];
  let browser = await spec.launch();
  if (engine !== 'webkit') {
    const puppet = browser;
    const [page] = await puppet.pages();
    browser = {
      // "chrome/156.0.8078.73", "firefox/140.5.0esr": as the label names the engine.
      version: `${ENGINES[engine].label} ${(await puppet.version()).split('/').at(-1)}`,
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: (script) => page.evaluate(script),
      close: () => puppet.close(),
    };
  }
  const { stdout } = await eventually(() =>
    run('xdotool', ['search', '--onlyvisible', '--class', spec.windowClass]),
  );
  const window = stdout.trim().split('\n').at(-1);
  return { ...browser, app: spec.app, window };
}

/** Presses keys in the focused window, as a person would: `press('shift+Tab')`. */
export const press = (key) => run('xdotool', ['key', '--clearmodifiers', key]);

/** Gives `window` the keyboard focus and clicks into its page, below any content. */
export async function focusPage(window) {
  await run('xdotool', ['windowfocus', '--sync', window]);
  const { stdout } = await run('xdotool', ['getwindowgeometry', '--shell', window]);
  const height = Number(/HEIGHT=(\d+)/.exec(stdout)[1]);
  await run('xdotool', ['mousemove', '--window', window, '40', String(height - 40), 'click', '1']);
}

/**
 * Orca, started after the browser (as a person starts it on a running
 * desktop), speaking into a file: `said()` is every line since `mark()`.
 */
export async function startOrca() {
  const dir = mkdtempSync(join(tmpdir(), 'aivd-orca-'));
  const log = join(dir, 'speech.txt');
  writeFileSync(log, '');
  const orca = track(
    spawn(PYTHON, [join(here, 'run-orca.py'), '--replace', '-u', dir], {
      env: { ...process.env, AT_SPEECH_LOG: log, LANG: 'C.UTF-8', LANGUAGE: 'en' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    }),
  );
  let errors = '';
  orca.stderr.on('data', (chunk) => (errors += chunk));
  let offset = 0;
  // Offsets in bytes: the speech holds letters of more than one byte (ë).
  const lines = () =>
    readFileSync(log).subarray(offset).toString('utf8').split('\n').filter(Boolean);
  const size = () => statSync(log).size;
  // Orca is ready once it speaks: it greets with "Screen reader on."
  await eventually(() => {
    if (orca.exitCode !== null) throw new Error(`Orca exited: ${errors.trim()}`);
    if (!lines().length) throw new Error(`Orca said nothing within 20 s: ${errors.trim()}`);
  }, 20000).catch((error) => {
    orca.kill('SIGKILL');
    throw error;
  });
  return {
    /** From now on, `said()` holds only what is spoken after this. */
    mark: () => (offset = size()),
    said: lines,
    /** Waits until Orca has been silent for `ms` (at most `limit`). */
    async quiet(ms = 800, limit = 10000) {
      const end = Date.now() + limit;
      let last = size();
      let since = Date.now();
      while (Date.now() - since < ms && Date.now() < end) {
        await sleep(50);
        if (size() !== last) [last, since] = [size(), Date.now()];
      }
    },
    async stop() {
      orca.kill('SIGTERM');
      await Promise.race([once(orca, 'exit'), sleep(3000)]);
      orca.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
