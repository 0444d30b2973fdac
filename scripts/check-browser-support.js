// Checks that the shipped code and CSS use only web platform features of the
// Baseline year that package.json's "browserslist" names, with maintained
// data: eslint-plugin-compat (MDN browser-compat-data) for JavaScript APIs,
// @eslint/css's use-baseline rule (web-features) for CSS.
//
//   node scripts/check-browser-support.js           lint at the stated year
//   node scripts/check-browser-support.js --derive  the oldest year that passes,
//                                                   and its browser versions
import { readFile } from 'node:fs/promises';
import browserslist from 'browserslist';
import css from '@eslint/css';
import { ESLint } from 'eslint';
import compat from 'eslint-plugin-compat';
import { styles } from '../lib/aivd-mission.styles.js';
import { FALLBACK_CSS } from '../lib/fallback.js';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const stated = Number(/^baseline (\d{4})$/.exec(pkg.browserslist?.[0] ?? '')?.[1]);
if (!stated) throw new Error('package.json "browserslist" must be ["baseline <year>"]');

/**
 * Features used only where present, each with its fallback, so they do not
 * raise the minimum versions. A new entry needs the same: say what readers of
 * older browsers get instead.
 */
const ENHANCEMENTS = {
  // Only in @media print, undoing what until-found panels get in Chromium.
  properties: ['content-visibility'],
  // Safari has no forced-colours mode; the system colours apply by themselves elsewhere.
  mediaConditions: ['forced-colors'],
  // Only in @media print, opening the fallback's closed sections on paper;
  // a browser without it prints them closed, as they are on screen.
  selectors: ['details-content'],
};

/** Shipped JavaScript: the compiled modules (lit is checked by its own project). */
const JS_FILES = ['lib/**/*.js'];
const JS_IGNORES = ['lib/**/*.test.js', 'lib/test-helpers.js', 'lib/generated/**'];

/** Shipped CSS: the widget's stylesheet and the fallback snippet's. */
const CSS_SOURCES = { 'aivd-mission.styles.css': styles, 'fallback.css': FALLBACK_CSS };

async function problemsAt(year) {
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [
      { ignores: JS_IGNORES },
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      {
        files: ['**/*.js'],
        languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
        plugins: { compat },
        settings: { browsers: [`baseline ${year}`] },
        rules: { 'compat/compat': 'error' },
      },
      {
        files: ['**/*.css'],
        language: 'css/css',
        plugins: { css },
        rules: {
          'css/use-baseline': [
            'error',
            {
              available: year,
              allowProperties: ENHANCEMENTS.properties,
              allowMediaConditions: ENHANCEMENTS.mediaConditions,
              allowSelectors: ENHANCEMENTS.selectors,
            },
          ],
        },
      },
    ],
  });
  const results = [
    ...(await eslint.lintFiles(JS_FILES)),
    ...(
      await Promise.all(
        Object.entries(CSS_SOURCES).map(([filePath, text]) => eslint.lintText(text, { filePath })),
      )
    ).flat(),
  ];
  return results.flatMap(({ filePath, messages }) =>
    messages.map(
      (m) => `${filePath.replace(`${process.cwd()}/`, '')}:${m.line}:${m.column} ${m.message}`,
    ),
  );
}

/** "chrome 120, firefox 121, …": the oldest version of each browser in the query. */
function oldestVersions(query) {
  const oldest = new Map();
  for (const entry of browserslist(query)) {
    const [name, version] = entry.split(' ');
    const low = Number.parseFloat(version.split('-')[0]);
    if (!oldest.has(name) || low < oldest.get(name).low) oldest.set(name, { low, version });
  }
  return [...oldest].map(([name, { version }]) => `${name} ${version.split('-')[0]}`).join(', ');
}

if (process.argv.includes('--derive')) {
  let year = stated;
  while (year > 2015 && !(await problemsAt(year - 1)).length) year--;
  console.log(`Oldest Baseline year the code passes: ${year} (package.json states ${stated}).`);
  console.log(`baseline ${year}: ${oldestVersions(`baseline ${year}`)}`);
  const blockers = await problemsAt(year - 1);
  console.log(`What baseline ${year - 1} lacks:\n  ${blockers.join('\n  ')}`);
} else {
  const problems = await problemsAt(stated);
  if (problems.length) {
    console.error(`Features newer than "baseline ${stated}" (package.json browserslist):`);
    for (const problem of problems) console.error(`  ${problem}`);
    process.exit(1);
  }
  console.log(
    `Browser support: code and CSS within baseline ${stated} (${oldestVersions(`baseline ${stated}`)}).`,
  );
}
