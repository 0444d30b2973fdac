// `npm run release`'s archive, as a web team takes it: unpacked, every
// checksum holds and every file is listed, the SBOM names what the bundles
// hold, and the builder, bundles, snippets and integrity values are there.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const folder = `${name}-${version}`;
const out = mkdtempSync(join(tmpdir(), 'aivd-mission-release-'));
const unpacked = mkdtempSync(join(tmpdir(), 'aivd-mission-unpacked-'));
const root = join(unpacked, folder);
const read = (file) => readFileSync(join(root, file));

describe('the release archive (npm run release)', () => {
  before(() => {
    execFileSync(process.execPath, ['scripts/release.js', '--out', out], { stdio: 'ignore' });
    execFileSync('tar', ['-xzf', join(out, `${folder}.tar.gz`), '-C', unpacked]);
  });
  after(() => {
    rmSync(out, { recursive: true, force: true });
    rmSync(unpacked, { recursive: true, force: true });
  });

  it('lists every file in SHA256SUMS, each with its SHA-256', () => {
    const listed = read('SHA256SUMS')
      .toString()
      .trimEnd()
      .split('\n')
      .map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line));
    assert.ok(listed.every(Boolean), 'each line is "<sha256>  <path>"');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .filter((file) => file !== 'SHA256SUMS')
      .sort();
    assert.deepEqual(
      listed.map(([, , file]) => file),
      files,
    );
    for (const [, sum, file] of listed) {
      assert.equal(createHash('sha256').update(read(file)).digest('hex'), sum, file);
    }
  });

  it('holds the bundles, CSS, snippets, builder and integrity values, as built', () => {
    for (const file of [
      'dist/aivd-mission.js',
      'dist/aivd-mission.iife.js',
      'dist/aivd-mission.css',
      'dist/snippets/aivd-mission.nl.html',
      'dist/snippets/aivd-mission.en.csp.html',
      'dist/builder/index.html',
      'dist/builder/builder.js',
      'dist/csp.json',
    ]) {
      assert.deepEqual(read(file), readFileSync(file), file);
    }
    assert.deepEqual(
      JSON.parse(read('integrity.json')),
      JSON.parse(readFileSync('dist/integrity.json')),
    );
    assert.match(read('CHANGELOG.md').toString(), new RegExp(`^# ${name} ${version}\\n\\n## \\[`));
  });

  it('is reproducible: a second run gives the same bytes', () => {
    const again = mkdtempSync(join(tmpdir(), 'aivd-mission-release-'));
    try {
      execFileSync(process.execPath, ['scripts/release.js', '--out', again], { stdio: 'ignore' });
      const archive = `${folder}.tar.gz`;
      assert.ok(readFileSync(join(again, archive)).equals(readFileSync(join(out, archive))));
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it('describes what the bundles hold in a CycloneDX SBOM: the package and lit, with their versions', () => {
    const sbom = JSON.parse(read('sbom.cdx.json'));
    assert.equal(sbom.bomFormat, 'CycloneDX');
    assert.equal(sbom.metadata.component.name, name);
    assert.equal(sbom.metadata.component.version, version);
    const lit = JSON.parse(readFileSync('node_modules/lit/package.json', 'utf8'));
    const components = new Map(sbom.components.map((c) => [c.name, c]));
    assert.equal(components.get('lit')?.version, lit.version);
    // Runtime only: no test or build tool.
    for (const tool of ['rollup', 'typescript', 'jquery', 'zone.js', 'react']) {
      assert.equal(components.has(tool), false, tool);
    }
  });
});
