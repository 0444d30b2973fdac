// `npm test`: build, then every check and every test, each once, timing each
// step and the whole. A browser engine the tests need but the machine lacks is
// installed from Debian when we are root (as CI is); otherwise its install
// command is named.
//
// 1. build: localize, `tsc` (the one type-check), rollup, manifest, snippets;
// 2. size, against its budget (it writes bench/size.json, which the docs quote);
// 3. the checks that need only the build, two at a time (the machine has two
//    cores): lint without a second type-check, unused code and dependencies,
//    the packed package (checked, then installed in a consumer app), the pure
//    modules in Node, and the shipped files as a user takes them (the
//    builder from disk in each engine, the release archive);
// 4. every browser test group in Chromium, Firefox and WebKit;
// 5. the assistive-technology step (`npm run test:at`, test/at/run.js): each
//    engine's platform accessibility tree and Orca's speech, timed on its own;
//    AT=0 leaves it out;
// 6. the accessibility report against the tests that just ran.
import { spawn, spawnSync } from 'node:child_process';
import { ENGINES, installHint, isInstalled, requestedEngines } from '../test/engines.js';

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const started = Date.now();

function installMissingEngines() {
  const missing = requestedEngines().filter((name) => !isInstalled(name));
  if (!missing.length) return;
  const labels = missing.map((name) => ENGINES[name].label).join(', ');
  const canInstall =
    process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get']).status === 0;
  if (!canInstall) {
    // web-test-runner.config.js skips them locally and fails in CI.
    console.warn(`Missing browser engines: ${labels}. ${installHint(missing)}`);
    return;
  }
  const packages = missing.flatMap((name) => ENGINES[name].packages);
  console.log(`Installing ${labels} from Debian: apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  if (!apt(['update', '-qq']) || !apt(['install', '-y', '-qq', ...packages])) {
    console.warn(`Installing failed. ${installHint(missing)}`);
  }
}

function fail(script) {
  console.error(`npm test: "${script}" failed, ${seconds(Date.now() - started)} in all`);
  process.exit(1);
}

/** Runs `npm run <script>` with its output as it comes. */
function step(script) {
  const since = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', script], { stdio: 'inherit' });
  console.log(`npm test: ${script} took ${seconds(Date.now() - since)}`);
  if (status !== 0) fail(script);
}

/** Runs `npm run <script>`, holding its output until it ends so parallel steps don't interleave. */
function quietStep(script) {
  const since = Date.now();
  const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) =>
    child.on('close', (status) => {
      process.stdout.write(output);
      console.log(`npm test: ${script} took ${seconds(Date.now() - since)}`);
      resolve({ script, ok: status === 0 });
    }),
  );
}

/** Runs `scripts`, at most `width` at a time; fails after all ended if any failed. */
async function parallel(scripts, width = 2) {
  const queue = [...scripts];
  const results = [];
  const worker = async () => {
    while (queue.length) results.push(await quietStep(queue.shift()));
  };
  await Promise.all(Array.from({ length: width }, worker));
  const failed = results.filter((result) => !result.ok).map((result) => result.script);
  if (failed.length) fail(failed.join('", "'));
}

installMissingEngines();
step('build');
step('size');
await parallel(['lint:code', 'lint:docs', 'lint:unused', 'consumer', 'test:node', 'test:files']);
step('test:browsers');
if (process.env.AT !== '0') {
  console.log(`npm test: ${seconds(Date.now() - started)} before the assistive-technology step`);
  step('test:at');
} else {
  console.log('npm test: AT=0 leaves out the assistive-technology step');
}
step('check:report');
console.log(`npm test took ${seconds(Date.now() - started)}`);
