// `npm run test:at`: the widget as assistive technology gets it. For each
// engine (BROWSERS, as for the browser tests): its platform accessibility
// tree read through AT-SPI, then journeys with real key presses read aloud by
// Orca and compared with the transcripts in test/at/transcripts/.
//
// Needs Debian's packages (PACKAGES); as root (as in CI) it installs what is
// missing and says so, otherwise it names the one command. It starts its own
// X display and D-Bus session (xvfb-run, dbus-run-session), ends every
// process it started, and gives up after LIMIT_MS rather than hang.
// AT_UPDATE=1 writes the transcripts from what Orca says instead of
// comparing (review the diff before committing it).
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { serve } from '../../scripts/serve.js';
import { ENGINES, requestedEngines } from '../engines.js';
import { servePages } from './pages.js';
import { endAll, PYTHON, startAccessibilityBus } from './session.js';

const LIMIT_MS = 8 * 60 * 1000;
const RESULTS = 'test/at/results.json';
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();

/** What each needed program is, and the Debian package that brings it. */
const NEEDED = [
  ['/usr/bin/xvfb-run', 'xvfb'],
  ['/usr/bin/xauth', 'xauth'],
  ['/usr/bin/dbus-run-session', 'dbus-daemon'],
  ['/usr/bin/dbus-send', 'dbus-bin'],
  ['/usr/bin/dbus-launch', 'dbus-x11'],
  ['/usr/libexec/at-spi-bus-launcher', 'at-spi2-core'],
  ['/usr/lib/python3/dist-packages/pyatspi', 'python3-pyatspi'],
  ['/usr/bin/orca', 'orca'],
  ['/usr/bin/xdotool', 'xdotool'],
];
export const PACKAGES = NEEDED.map(([, name]) => name);

function installMissing() {
  const missing = NEEDED.filter(([path]) => !existsSync(path)).map(([, name]) => name);
  if (!missing.length) return true;
  const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `test:at: missing Debian packages. Install with: sudo apt-get update && sudo ${command} (or leave the step out: AT=0 npm test)`,
    );
    return false;
  }
  console.log(`test:at: installing the assistive technology from Debian: ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  return (
    apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...missing])
  );
}

/** Outside the session: start one (display, D-Bus) and run this file again inside it. */
function runInSession() {
  if (!installMissing()) process.exit(1);
  const child = spawn(
    'xvfb-run',
    [
      '-a',
      '-s',
      '-screen 0 1280x1024x24',
      'dbus-run-session',
      '--',
      process.execPath,
      process.argv[1],
    ],
    { stdio: 'inherit', detached: true, env: { ...process.env, AT_SESSION: '1' } },
  );
  const stopAll = () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already ended.
    }
  };
  const timer = setTimeout(() => {
    console.error(`test:at: gave up after ${seconds(LIMIT_MS)}; every process it started is ended`);
    stopAll();
    process.exit(1);
  }, LIMIT_MS);
  child.on('exit', (code) => {
    clearTimeout(timer);
    stopAll();
    console.log(`test:at took ${seconds(Date.now() - started)}`);
    process.exit(code ?? 1);
  });
}

/** Inside the session: the accessibility bus, the pages, then each engine's suite. */
async function runSuites() {
  // Browsers and Orca join the accessibility bus only when asked to.
  Object.assign(process.env, {
    GNOME_ACCESSIBILITY: '1',
    ACCESSIBILITY_ENABLED: '1',
    NO_AT_BRIDGE: '0',
  });
  if (spawnSync(PYTHON, ['-c', 'import pyatspi']).status !== 0) {
    throw new Error(`${PYTHON} cannot import pyatspi (Debian package python3-pyatspi)`);
  }
  await startAccessibilityBus();
  rmSync('tmp/at', { recursive: true, force: true });
  const server = await serve('.', [servePages]);
  let failed = false;
  for (const engine of requestedEngines()) {
    const since = Date.now();
    // Not spawnSync: this process serves the pages the suite opens.
    const suite = spawn(
      process.execPath,
      ['--test', '--test-reporter=spec', 'test/at/engine.test.js'],
      { stdio: 'inherit', env: { ...process.env, AT_ENGINE: engine, AT_ORIGIN: server.origin } },
    );
    const [status] = await once(suite, 'exit');
    console.log(`test:at: ${engine} took ${seconds(Date.now() - since)}`);
    failed ||= status !== 0;
  }
  await server.stop();
  endAll();
  writeResults();
  process.exit(failed ? 1 : 0);
}

/**
 * tmp/at-results.json: every test of the run with its engine and result, in
 * the form of the browser tests' results file, for the accessibility report's
 * check. And, after a run of all three engines that passed, RESULTS: what was
 * verified with what, which the docs quote (scripts/figures.js).
 */
function writeResults() {
  const engines = requestedEngines()
    .map((engine) => `tmp/at/${engine}.json`)
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')));
  const tests = engines.flatMap(({ engine, tests }) =>
    tests.map((test) => ({
      file: 'test/at/engine.test.js',
      browser: ENGINES[engine].label,
      ...test,
    })),
  );
  writeFileSync('tmp/at-results.json', `${JSON.stringify({ tests }, null, 1)}\n`);
  const complete = Object.keys(ENGINES).every((name) => engines.some((e) => e.engine === name));
  if (!complete || tests.some((test) => test.result !== 'passed')) return;
  const version = (name) =>
    spawnSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).stdout;
  const count = (tests, prefix) => tests.filter((test) => test.title.startsWith(prefix)).length;
  const results = {
    widget: JSON.parse(readFileSync('package.json', 'utf8')).version,
    orca: version('orca'),
    atSpi: version('at-spi2-core'),
    engines: Object.fromEntries(
      Object.keys(ENGINES).map((name) => {
        const { browser, treeAssertions, tests } = engines.find((e) => e.engine === name);
        const trees = count(tests, 'tree: ');
        return [name, { browser, trees, treeAssertions, journeys: count(tests, 'Orca: ') }];
      }),
    ),
  };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

if (process.env.AT_SESSION) {
  runSuites().catch((error) => {
    console.error(`test:at: ${error.message}`);
    endAll();
    process.exit(1);
  });
} else {
  runInSession();
}
