#!/usr/bin/env node
// After the build: writes dist/integrity.json (file name → sha384 Subresource
// Integrity value for every dist file, the snippet builder's included), then keeps README's embed snippets in
// step with it and with dist/csp.json (the inline style's CSP hash, from
// scripts/snippets.js). `--check` changes nothing and fails when README is stale.
// Our own: SRI tools hash files; none keeps a README's embed code in step.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { scriptTag, sri } from './sri.js';

const integrity = Object.fromEntries(
  readdirSync('dist', { recursive: true })
    .filter((file) => file !== 'integrity.json' && /\.(js|map|css|html)$/.test(file))
    .sort()
    .map((file) => [file, sri(file)]),
);

const styleHashes = Object.values(JSON.parse(readFileSync('dist/csp.json', 'utf8'))['style-src']);

const snippets = {
  esm: `${scriptTag('type="module"', 'aivd-mission.js')}\n\n<aivd-mission lang="nl"></aivd-mission>`,
  iife: scriptTag('defer', 'aivd-mission.iife.js'),
  'style-hash': `style-src 'self' ${[...new Set(styleHashes)].join(' ')}`,
};

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(
  /(<!-- snippet:([\w-]+) -->\n\n```\w*\n)[\s\S]*?(\n```\n\n<!-- \/snippet -->)/g,
  (whole, open, name, close) => (name in snippets ? open + snippets[name] + close : whole),
);

const missing = Object.keys(snippets).filter(
  (name) => !readme.includes(`<!-- snippet:${name} -->`),
);
if (missing.length)
  console.error(`README.md: no <!-- snippet:… --> block for ${missing.join(', ')}`);

if (process.argv.includes('--check')) {
  if (missing.length) process.exit(1);
  if (updated !== readme) {
    console.error(
      'README.md: embed snippets are out of step with dist/integrity.json or dist/csp.json; run `npm run build` and commit README.md',
    );
    process.exit(1);
  }
  console.log('README.md: embed snippets match dist/integrity.json and dist/csp.json');
} else {
  writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
  if (updated !== readme) writeFileSync('README.md', updated);
}
