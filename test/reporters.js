// What a test run prints and writes besides web-test-runner's own report:
// a count per engine and one total line for CI logs, the slowest test files,
// and every test's title and result as JSON for the checks that cite tests
// (scripts/check-accessibility-report.js).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where `resultsReporter` writes; the accessibility report's check reads it. */
export const RESULTS_FILE = 'tmp/test-results.json';

/** Every test of a session's result tree, with the titles of the suites around it. */
function* testsOf(suite, suites = []) {
  for (const test of suite?.tests ?? []) yield { suites, test };
  for (const child of suite?.suites ?? []) yield* testsOf(child, [...suites, child.name]);
}

const format = ({ passed, failed, skipped }) =>
  `${passed} passed, ${failed} failed, ${skipped} skipped`;

const relative = (file) => file.replace(`${process.cwd()}/`, '');

/** Prints `text` after web-test-runner's closing output, which redraws the lines above it. */
const printAtExit = (text) => process.once('exit', () => process.stdout.write(`${text}\n`));

/**
 * Ends the run with a line per engine and one plain total,
 * `tests: N passed, N failed, N skipped`; `npm test` adds the time it took.
 */
export function summaryReporter() {
  return {
    stop({ sessions }) {
      const engines = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        if (!engines.has(name)) engines.set(name, { passed: 0, failed: 0, skipped: 0 });
        const counts = engines.get(name);
        const before = counts.failed;
        for (const { test } of testsOf(session.testResults)) {
          if (test.skipped) counts.skipped++;
          else if (test.passed) counts.passed++;
          else counts.failed++;
        }
        // A file that failed to load counts as a failure, too.
        if (!session.passed && counts.failed === before) counts.failed++;
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = [];
      for (const [name, counts] of engines) {
        lines.push(`${name}: ${format(counts)}`);
        for (const key of Object.keys(total)) total[key] += counts[key];
      }
      lines.push(`tests: ${format(total)}`);
      printAtExit(lines.join('\n'));
    },
  };
}

/**
 * Prints the `count` test files that took longest, per engine, timed from the
 * moment a browser began loading the file to its last result: the place to
 * look first when the run grows slow.
 */
export function slowestFilesReporter(count = 5) {
  const started = new Map();
  const took = new Map();
  return {
    start({ sessions }) {
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'INITIALIZING') started.set(session.id, Date.now());
        if (session.status === 'FINISHED' && started.has(session.id)) {
          took.set(session.id, Date.now() - started.get(session.id));
        }
      });
    },
    stop({ sessions }) {
      const rows = sessions
        .filter((session) => took.has(session.id))
        .map((session) => ({
          ms: took.get(session.id),
          line: `${relative(session.testFile)} (${session.browser.name})`,
        }))
        .sort((a, b) => b.ms - a.ms)
        .slice(0, count);
      if (!rows.length) return;
      const lines = rows.map(
        ({ ms, line }) => `  ${(ms / 1000).toFixed(1).padStart(5)} s  ${line}`,
      );
      printAtExit(`Slowest test files:\n${lines.join('\n')}`);
    },
  };
}

/** Writes every test of the run, with its file, engine and result, to RESULTS_FILE. */
export function resultsReporter() {
  return {
    stop({ sessions }) {
      const tests = sessions.flatMap((session) =>
        [...testsOf(session.testResults)].map(({ suites, test }) => ({
          file: relative(session.testFile),
          browser: session.browser.name,
          suites,
          title: test.name,
          result: test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed',
        })),
      );
      mkdirSync(dirname(RESULTS_FILE), { recursive: true });
      writeFileSync(RESULTS_FILE, `${JSON.stringify({ tests }, null, 1)}\n`);
    },
  };
}
