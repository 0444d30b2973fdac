#!/usr/bin/env node
// `npm run release:check`, and `prepublishOnly` before every `npm publish`:
// runs `npm test` (its first step is the build), then lists what `npm pack`
// would publish and fails unless the package holds what users need and no
// tests, sources or development files (scripts/package-contents.js).
//
//   npm run release:check -- --pack-only   only the package check, on the current build
import { execFileSync, spawnSync } from 'node:child_process';
import { checkPackage } from './package-contents.js';

if (!process.argv.includes('--pack-only')) {
  const { status } = spawnSync('npm', ['test'], { stdio: 'inherit' });
  if (status !== 0) {
    console.error('release check: npm test failed');
    process.exit(1);
  }
}

const [{ name, version, files, size, unpackedSize }] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);
console.log(
  `\n${name}@${version}: ${files.length} files, ${size} B packed, ${unpackedSize} B unpacked`,
);
for (const file of files) console.log(`${String(file.size).padStart(8)}  ${file.path}`);

const problems = checkPackage(files.map((file) => file.path));
if (problems.length) {
  console.error(`\nrelease check: ${problems.length} problem(s) with the package:`);
  for (const problem of problems) console.error(`- ${problem}`);
  process.exit(1);
}
console.log('\nrelease check: the package holds what it should, and nothing else');
