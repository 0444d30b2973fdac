#!/usr/bin/env node
// `npm run release` (after the build): one versioned archive a web team can
// take and host itself, release/aivd-mission-<version>.tar.gz, holding one
// folder aivd-mission-<version>/ with
//
//   dist/            both bundles and their source map, the fallback's CSS,
//                    the ready snippets, the snippet builder (dist/builder/),
//                    csp.json and integrity.json, as the build wrote them
//   integrity.json   the SRI values of the bundles and the CSS, for the snippets
//   sbom.cdx.json    a CycloneDX SBOM of what the bundles hold (`npm sbom`:
//                    the package and its locked runtime dependencies, lit's)
//   CHANGELOG.md     this version's entry
//   SHA256SUMS       the SHA-256 of every other file, as `sha256sum -c` reads it
//
//   node scripts/release.js [--out <dir>]   default release/
//
// The archive is reproducible: the same commit's build gives the same bytes
// (files in name order, owned by root, one mode, dated by the last commit,
// gzip without a timestamp, the SBOM's serial number and time from the
// commit). GNU tar.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const outIndex = process.argv.indexOf('--out');
const OUT = outIndex === -1 ? 'release' : process.argv[outIndex + 1];
if (!OUT) throw new Error('--out needs a folder');

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 << 20, ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.error}`);
  }
  return result.stdout;
}

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
// The last commit dates the archive's files and its SBOM (SOURCE_DATE_EPOCH outside a checkout).
const commit =
  spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout?.trim() || 'none';
const epoch =
  process.env.SOURCE_DATE_EPOCH ||
  spawnSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).stdout?.trim() ||
  '0';
const folder = `${name}-${version}`;
const root = join(OUT, folder);
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });

cpSync('dist', join(root, 'dist'), { recursive: true });
cpSync('dist/integrity.json', join(root, 'integrity.json'));

/**
 * A CycloneDX SBOM of the package and what its bundles hold: its runtime
 * dependencies at the versions package-lock.json locks. `npm sbom` run here
 * would list the workspaces' (the benchmark's, the consumer app's) and name
 * the package after its folder, so it runs on a copy of the manifest and the
 * lock without them, in a folder named after the package.
 */
function sbom() {
  const dir = join(mkdtempSync(join(tmpdir(), 'aivd-mission-sbom-')), name);
  mkdirSync(dir);
  const manifest = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const key of ['devDependencies', 'workspaces', 'scripts']) delete manifest[key];
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  cpSync('package-lock.json', join(dir, 'package-lock.json'));
  const npm = (args) => run('npm', args, { cwd: dir });
  npm([
    'install',
    '--package-lock-only',
    '--prefer-offline',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
  ]);
  const bom = JSON.parse(npm(['sbom', '--package-lock-only', '--sbom-format', 'cyclonedx']));
  rmSync(dirname(dir), { recursive: true, force: true });
  // npm writes a random serial number and the time of the run: the commit's instead.
  const id = createHash('sha256').update(`${name}@${version} ${commit}`).digest('hex');
  bom.serialNumber = `urn:uuid:${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20, 32)}`;
  bom.metadata.timestamp = new Date(Number(epoch) * 1000).toISOString();
  return `${JSON.stringify(bom, null, 2)}\n`;
}
writeFileSync(join(root, 'sbom.cdx.json'), sbom());

/** This version's entry: its own section, else Unreleased (a pre-release's). */
function changelogEntry() {
  const sections = readFileSync('CHANGELOG.md', 'utf8')
    .split(/^(?=## )/m)
    .slice(1);
  const entry =
    sections.find((section) => section.startsWith(`## [${version}]`)) ??
    sections.find((section) => section.startsWith('## [Unreleased]'));
  if (!entry) throw new Error(`CHANGELOG.md has no entry for ${version}, nor an Unreleased one`);
  return `# ${name} ${version}\n\n${entry.trim()}\n`;
}
writeFileSync(join(root, 'CHANGELOG.md'), changelogEntry());

/** Every file under `dir`, as paths relative to `root`, in name order. */
const filesIn = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();

const sums = filesIn(root).map((file) => {
  const hash = createHash('sha256')
    .update(readFileSync(join(root, file)))
    .digest('hex');
  return `${hash}  ${file}\n`;
});
writeFileSync(join(root, 'SHA256SUMS'), sums.join(''));

const archive = join(OUT, `${folder}.tar.gz`);
// GNU tar (Debian's): --sort and --mode make the same files the same bytes.
run('tar', [
  '--sort=name',
  '--owner=0',
  '--group=0',
  '--numeric-owner',
  '--mode=u+rw,go=rX',
  `--mtime=@${epoch}`,
  '--use-compress-program=gzip -n',
  '-cf',
  archive,
  '-C',
  OUT,
  folder,
]);
console.log(`${archive}: ${sums.length + 1} files (${folder}/SHA256SUMS lists the others)`);
