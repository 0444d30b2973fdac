// `npm test`: build, then every check and every browser test, timing each step.
// A browser engine the tests need but the machine lacks is installed from
// Debian when we are root (as CI is); otherwise its install command is named.
import { spawnSync } from 'node:child_process';
import { ENGINES, installHint, isInstalled, requestedEngines } from '../test/engines.js';

const steps = ['build', 'lint', 'size', 'consumer', 'test:unit'];

function run(command, args) {
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
}

function installMissingEngines() {
  const missing = requestedEngines().filter((name) => !isInstalled(name));
  if (!missing.length) return;
  const labels = missing.map((name) => ENGINES[name].label).join(', ');
  const canInstall = process.getuid?.() === 0 && run('sh', ['-c', 'command -v apt-get >/dev/null']);
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

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const started = Date.now();
// The test runner's summary reads it, so that the time taken comes just
// before the closing "tests: N passed, N failed" line.
process.env.AIVD_MISSION_TEST_STARTED = String(started);
installMissingEngines();
for (const step of steps) {
  const since = Date.now();
  const ok = run('npm', ['run', '--silent', step]);
  // The test runner's own summary ends the output, with the whole time taken.
  if (step !== steps.at(-1)) console.log(`npm test: ${step} took ${seconds(since)}`);
  if (!ok) {
    console.error(`npm test: "${step}" failed, ${seconds(started)} in all`);
    process.exit(1);
  }
}
