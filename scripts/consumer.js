#!/usr/bin/env node
// Packs the package as npm would publish it, checks what it holds
// (scripts/package-contents.js), installs the tarball into a fresh consumer
// app (tmp-consumer/, from test/consumer/), type-checks the consumer's
// TypeScript against the shipped types, and bundles the React recipe as an
// app would. The test/package-*.test.html pages then run those builds in
// Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';
// The React bundle's plugins are the consumer app's devDependencies, which
// npm hoists from the test/consumer workspace to the root's node_modules.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import { checkPackage } from './package-contents.js';

const DIR = 'tmp-consumer';
const run = (command, args, cwd = '.') =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

rmSync(DIR, { recursive: true, force: true });
cpSync('test/consumer', DIR, {
  recursive: true,
  filter: (source) => !source.split(/[\\/]/).includes('node_modules'),
});
const [{ filename, files }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', DIR]));
renameSync(`${DIR}/${filename}`, `${DIR}/aivd-mission.tgz`);
console.log(`packed ${filename}: ${files.length} files`);
const problems = checkPackage(files.map((file) => file.path));
if (problems.length) {
  for (const problem of problems) console.error(`package: ${problem}`);
  process.exit(1);
}
console.log('the package holds what it should, and nothing else');

// The app depends on the tarball as an app would on the registry's package.
// test/consumer/ cannot name it: the root's `npm ci` installs that folder as a
// workspace before any tarball exists.
const manifest = JSON.parse(readFileSync(`${DIR}/package.json`, 'utf8'));
manifest.dependencies['aivd-mission'] = 'file:./aivd-mission.tgz';
writeFileSync(`${DIR}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);

// The registry packages are in npm's cache after the project's own `npm ci`,
// which installs test/consumer/ as a workspace.
run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], DIR);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', `${DIR}/tsconfig.json`]);
console.log('consumer type-checks against the shipped types');

const bundle = await rollup({
  input: `${DIR}/build/react-recipe.js`,
  plugins: [
    replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': '"production"' } }),
    nodeResolve({ rootDir: DIR }),
    commonjs(),
  ],
  onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning),
});
await bundle.write({ file: `${DIR}/build/react-recipe.bundle.js`, format: 'es' });
console.log('React recipe bundled');
