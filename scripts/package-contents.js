// What the npm package must hold, and must not, judged on the file list of
// `npm pack --json`. Used by scripts/release-check.js and, in every
// `npm test`, by scripts/consumer.js on the tarball it installs.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

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
// Static import and export statements (tsc's output has no dynamic import).
const IMPORTS =
  /^(?:import|export)\b[^;'"]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm;
const packageOf = (specifier) => specifier.match(/^(@[^/]+\/)?[^/]+/)[0];

/**
 * Everything the module graph from `entry` reaches: the relative files, and
 * the packages it imports by name (type-only imports are gone from .js;
 * a .d.ts names the .js beside its own .d.ts).
 */
function reach(entry) {
  const files = new Set();
  const packages = new Set();
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    let code;
    try {
      code = readFileSync(file, 'utf8');
    } catch {
      return; // reported as not shipped
    }
    for (const [, from, sideEffect] of code.matchAll(IMPORTS)) {
      const specifier = from ?? sideEffect;
      if (!specifier.startsWith('.')) {
        packages.add(packageOf(specifier));
      } else {
        const path = normalize(join(dirname(file), specifier)).replace(/\\/g, '/');
        visit(entry.endsWith('.d.ts') ? path.replace(/\.js$/, '.d.ts') : path);
      }
    }
  };
  visit(entry);
  return { files, packages };
}

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

  // The runtime dependencies are exactly the packages the shipped code imports,
  // and the public types import none that a user would lack.
  const code = reach('lib/aivd-mission.js');
  const types = reach('lib/aivd-mission.d.ts');
  for (const file of [...code.files, ...types.files]) need(file, 'imported by the package');
  const dependencies = new Set(Object.keys(pkg.dependencies ?? {}));
  for (const name of new Set([...code.packages, ...types.packages])) {
    if (!dependencies.has(name)) problems.add(`${name} is imported but not a dependency`);
  }
  for (const name of dependencies) {
    if (!code.packages.has(name)) problems.add(`${name} is a dependency the package never imports`);
  }

  if (!readFileSync('CHANGELOG.md', 'utf8').includes(`## [${pkg.version}]`)) {
    problems.add(`CHANGELOG.md has no "## [${pkg.version}]" entry for package.json's version`);
  }
  return [...problems];
}
