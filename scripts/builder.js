#!/usr/bin/env node
// Writes the snippet builder into dist/builder/, ready to host or to open
// from disk (file://), offline: index.html from demo/builder.html, one
// classic script (demo/builder.js bundled with the fallback it writes; no
// modules, which browsers refuse from file://), its stylesheets, and the
// widget's classic script for the preview (../aivd-mission.iife.js). The
// integrity values of the files a snippet loads (the module and the CSS
// beside it) and the package version go into the page, so that it fetches
// nothing.
//
// Run by `npm run build` before scripts/integrity.js, which then lists the
// builder's files too.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import { escapeHtml } from '../lib/fallback.js';
import { sri } from './sri.js';

const OUT = 'dist/builder';
mkdirSync(OUT, { recursive: true });

const bundle = await rollup({ input: 'demo/builder.js', plugins: [nodeResolve(), terser()] });
await bundle.write({ file: `${OUT}/builder.js`, format: 'iife' });
await bundle.close();
for (const sheet of ['demo.css', 'builder.css']) copyFileSync(`demo/${sheet}`, `${OUT}/${sheet}`);

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = Object.fromEntries(
  ['aivd-mission.js', 'aivd-mission.css'].map((file) => [file, sri(file)]),
);

/** Replaces `from` in `html` by `to`, once; the build fails if the page no longer holds it. */
function replace(html, from, to) {
  if (!html.includes(from)) throw new Error(`demo/builder.html no longer holds: ${from}`);
  return html.replace(from, () => to);
}

let html = readFileSync('demo/builder.html', 'utf8');
html = replace(
  html,
  '<html lang="nl">',
  `<html lang="nl" data-version="${escapeHtml(version)}" data-integrity="${escapeHtml(JSON.stringify(integrity))}">`,
);
html = replace(
  html,
  '<script type="module" src="builder.js"></script>\n    <script type="module" src="../dist/aivd-mission.js"></script>',
  '<script src="../aivd-mission.iife.js" defer></script>\n    <script src="builder.js" defer></script>',
);
writeFileSync(`${OUT}/index.html`, html);
console.log(`${OUT}/: index.html, builder.js, demo.css, builder.css (version ${version})`);
