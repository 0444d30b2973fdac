#!/usr/bin/env node
// Writes docs/accessibility-evaluation.json, the record of what the
// accessibility report's verdicts were evaluated on, from the last test run:
//
//   tmp/test-results.json  every browser test with its engine and result (test/reporters.js)
//   tmp/at-results.json    every assistive-technology test, the same way (test/at/run.js)
//   test/at/results.json   the versions of Orca and AT-SPI (test/at/run.js)
//   dist/integrity.json    the SRI hash of each file evaluated (scripts/integrity.js)
//   git rev-parse HEAD     the commit evaluated; a tree with changes to tracked
//                          files is refused (it is not that commit), unless
//                          --dirty, which says so in the record
//   dpkg-query, axe-core   the versions of the engines and of axe-core
//
// and, for each test docs/accessibility.md cites, its result per engine.
// scripts/figures.js fills the report's metadata from the record. The report
// cannot name the commit it is committed in, so the record names the commit
// the run tested, and is committed after it:
//
//   npm test && npm run report:evaluate && npm run figures   # then commit both
//
// Our own: no tool knows which results, hashes and versions this report rests on.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { citations, resultsByCitation } from './accessibility-citations.js';

const EVALUATION_FILE = 'docs/accessibility-evaluation.json';
const REPORT = 'docs/accessibility.md';
const dirtyAllowed = process.argv.includes('--dirty');

const fail = (message) => {
  console.error(`report:evaluate: ${message}`);
  process.exit(1);
};
const json = (path) => JSON.parse(readFileSync(path, 'utf8'));
const run = (command, args) => spawnSync(command, args, { encoding: 'utf8' }).stdout.trim();

const RUNS = ['tmp/test-results.json', 'tmp/at-results.json'];
for (const file of [...RUNS, 'test/at/results.json', 'dist/integrity.json']) {
  if (!existsSync(file)) fail(`${file} is missing: run npm test first.`);
}

const commit = run('git', ['rev-parse', 'HEAD']);
// Changes to tracked files (untracked ones are not part of any build).
const changed = run('git', ['status', '--porcelain', '--untracked-files=no'])
  .split('\n')
  .filter(Boolean);
if (changed.length && !dirtyAllowed) {
  fail(
    `the working tree differs from ${commit.slice(0, 12)} in ${changed.length} file(s); ` +
      'commit first (or --dirty, which the record then says)',
  );
}

// The engines as the test run found them (test/engines.js), by their Debian packages.
const PACKAGES = {
  Chromium: 'chromium',
  Firefox: 'firefox-esr',
  WebKit: 'libwebkit2gtk-4.1-0',
};
const dpkg = (name) => run('dpkg-query', ['-W', '-f=${Version}', name]) || 'unknown';

const tests = RUNS.flatMap((file) => json(file).tests);
const results = resultsByCitation(tests);
// The report's own list of these results (a figures block) is left out: it
// repeats the citations of the last record, and would keep a dropped one.
const report = readFileSync(REPORT, 'utf8').replace(
  /<!-- figures:a11y\.cited -->[\s\S]*?<!-- \/figures -->/,
  '',
);
const cited = Object.fromEntries(
  [...citations(report)]
    .sort()
    .map((text) => [text, results.get(text) ?? { passed: [], failed: [], skipped: [] }]),
);
const counts = (file) => {
  const engines = {};
  for (const { browser, result } of json(file).tests) {
    engines[browser] ??= { passed: 0, failed: 0, skipped: 0 };
    engines[browser][result]++;
  }
  return engines;
};
const at = json('test/at/results.json');
const record = {
  widget: json('package.json').version,
  commit,
  dirty: changed.length > 0,
  // When the browser tests ended: the results file's time.
  date: statSync(RUNS[0]).mtime.toISOString().slice(0, 10),
  files: Object.fromEntries(
    Object.entries(json('dist/integrity.json')).filter(([file]) => !file.endsWith('.map')),
  ),
  engines: Object.fromEntries(
    Object.entries(PACKAGES).map(([label, name]) => [
      label,
      { package: name, version: dpkg(name) },
    ]),
  ),
  assistiveTechnology: { orca: at.orca, atSpi: at.atSpi },
  axeCore: json('node_modules/axe-core/package.json').version,
  runs: { browser: counts(RUNS[0]), assistiveTechnology: counts(RUNS[1]) },
  cited,
};
// Formatted as `npm run lint` wants it.
const options = (await prettier.resolveConfig(EVALUATION_FILE)) ?? {};
writeFileSync(
  EVALUATION_FILE,
  await prettier.format(JSON.stringify(record), { ...options, filepath: EVALUATION_FILE }),
);
const bad = Object.entries(cited).filter(([, r]) => r.failed.length || !r.passed.length);
console.log(
  `${EVALUATION_FILE}: ${commit.slice(0, 12)}${record.dirty ? ' (with uncommitted changes)' : ''}, ` +
    `${Object.keys(cited).length} cited tests, ${bad.length} not passed`,
);
