#!/usr/bin/env node
// After the build: writes dist/integrity.json (file name → sha384 Subresource
// Integrity value for every dist file), then keeps README's embed snippets in
// step with it. `--check` changes nothing and fails when README is stale.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const BASE = `https://cdn.example.nl/aivd-mission/${version}/`;

const integrity = {};
for (const file of readdirSync('dist', { recursive: true }).sort()) {
  if (file === 'integrity.json' || !/\.(js|map|html)$/.test(file)) continue;
  const digest = createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64');
  integrity[file] = `sha384-${digest}`;
}

// Written as Prettier formats them, so that \`prettier --check\` and \`--check\` agree.
const script = (attributes, file) => `<script
  ${attributes}
  src="${BASE}${file}"
  integrity="${integrity[file]}"
  crossorigin="anonymous"
></script>`;
const snippets = {
  esm: `${script('type="module"', 'aivd-mission.js')}\n\n<aivd-mission lang="nl"></aivd-mission>`,
  iife: script('defer', 'aivd-mission.iife.js'),
};

const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(
  /(<!-- snippet:(\w+) -->\n\n```html\n)[\s\S]*?(\n```\n\n<!-- \/snippet -->)/g,
  (whole, open, name, close) => (name in snippets ? open + snippets[name] + close : whole),
);

if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error(
      'README.md: embed snippets are out of step with dist/integrity.json; run `npm run build` and commit README.md',
    );
    process.exit(1);
  }
  console.log('README.md: embed snippets match dist/integrity.json');
} else {
  writeFileSync('dist/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);
  if (updated !== readme) writeFileSync('README.md', updated);
}
