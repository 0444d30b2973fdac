// What the npm package must hold, and must not, judged on the file list of
// `npm pack --json`. Used by scripts/release-check.js and, in every
// `npm test`, by scripts/consumer.js on the tarball it installs.
//
// Our own list, because it is this project's: which docs and dist files users
// need, and which development files must stay out. That package.json's entry
// points exist is publint's job and its types @arethetypeswrong's (both on the tarball, in scripts/consumer.js),
// that dependencies match the imports knip's (`npm run lint:unused`), and that
// the shipped module graph is complete the consumer app's: it installs the
// tarball, type-checks against it and bundles it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'lib/aivd-mission.js',
  'lib/aivd-mission.d.ts',
  'dist/aivd-mission.js',
  'dist/aivd-mission.iife.js',
  'dist/integrity.json',
  'dist/snippets/aivd-mission.nl.html',
  'dist/snippets/aivd-mission.en.html',
  'dist/aivd-mission.css',
  // The snippet builder, to host or open from disk, and the server export.
  'dist/builder/index.html',
  'dist/builder/builder.js',
  'lib/render-fallback.js',
  'lib/render-fallback.d.ts',
  // The README links them: the reference, the accessibility report, the recipes.
  'docs/reference.md',
  'docs/accessibility.md',
  'docs/recipes.md',
];

const FORBIDDEN = [
  [/\.test\./, 'a test'],
  [/(^|\/)test-helpers\./, 'a test helper'],
  [/^(bench|demo|test|src|scripts|node_modules|tmp-[^/]*)\//, 'in a development folder'],
  [/^docs\/.*\.png$/, 'a screenshot'],
];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Problems with a package of these paths (empty when it is fit to publish), from the files on disk. */
export function checkPackage(paths) {
  const shipped = new Set(paths);
  const problems = new Set();
  const need = (path, why) => shipped.has(path) || problems.add(`missing ${path} (${why})`);

  for (const path of REQUIRED) need(path, 'required');
  for (const file of Object.keys(readJson('dist/integrity.json'))) {
    need(`dist/${file}`, 'listed in dist/integrity.json');
  }

  const pkg = readJson('package.json');
  const targets = (value) =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(targets);
  for (const target of [
    pkg.main,
    pkg.module,
    pkg.types,
    pkg.customElements,
    targets(pkg.exports),
  ]) {
    for (const path of [target].flat()) {
      if (path && !path.includes('*')) need(path.replace(/^\.\//, ''), 'named in package.json');
    }
  }

  for (const path of shipped) {
    const hit = FORBIDDEN.find(([pattern]) => pattern.test(path));
    if (hit) problems.add(`${path} is ${hit[1]}: it must not be published`);
    if (hit || !path.endsWith('.js')) continue;
    const map = readFileSync(path, 'utf8').match(/\/\/# sourceMappingURL=(\S+)\s*$/)?.[1];
    if (map && !map.startsWith('data:')) need(join(dirname(path), map), `source map of ${path}`);
  }

  // A pre-release is filed under [Unreleased] until it is released.
  const released = !pkg.version.includes('-');
  if (released && !readFileSync('CHANGELOG.md', 'utf8').includes(`## [${pkg.version}]`)) {
    problems.add(`CHANGELOG.md has no "## [${pkg.version}]" entry for package.json's version`);
  }
  return [...problems];
}
