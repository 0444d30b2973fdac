#!/usr/bin/env node
// Packs the package as npm would publish it, once, and checks the tarball:
// what it holds (scripts/package-contents.js), its package.json (publint),
// its types as each module resolution finds them (@arethetypeswrong/cli);
// then installs it into a fresh consumer
// app (tmp-consumer/, from test/consumer/), type-checks the consumer's
// TypeScript against the shipped types, renders the React server recipe in
// Node (aivd-mission/fallback), and bundles the React recipe as an app would. The test/package-*.test.html pages then run those builds in
// Chromium.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
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

const tarball = readFileSync(`${DIR}/aivd-mission.tgz`);
const { messages, pkg } = await publint({ pack: { tarball: new Uint8Array(tarball).buffer } });
for (const message of messages) {
  console.error(`publint ${message.type}: ${formatMessage(message, pkg) ?? message.code}`);
}
if (messages.length) process.exit(1);
console.log('publint: package.json points at what the package holds');

// Only ES modules are shipped: CommonJS and node10 resolution don't apply.
const attw = spawnSync(
  process.execPath,
  [
    'node_modules/@arethetypeswrong/cli/dist/index.js',
    `${DIR}/aivd-mission.tgz`,
    '--profile',
    'esm-only',
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
if (attw.status !== 0) {
  process.stdout.write(attw.stdout);
  process.exit(1);
}
console.log('@arethetypeswrong: the types resolve under node16 and bundler resolution');

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

// The server recipe, run in Node against the installed package (aivd-mission/fallback).
process.stdout.write(run(process.execPath, [`${DIR}/build/server-run.js`]));

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
