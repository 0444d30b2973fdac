#!/usr/bin/env node
// Writes what a CMS's HTML sanitizer leaves of each snippet in dist/snippets/:
// tmp-sanitized/<snippet name>.sanitize-html.html, through sanitize-html with
// its default options. sanitize-html is a Node library (CommonJS, with Node
// dependencies), so it runs here, after the snippets are written;
// test/sanitizers.test.html loads its output in the browsers, runs DOMPurify
// there itself, and checks that each result still shows every sentence under
// its heading, with no CSS or script as text.
//
// Fails at once when a snippet leaves <style> or <script> text behind, the
// leak a reader would see first.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import sanitizeHtml from 'sanitize-html';

const OUT = 'tmp-sanitized';
mkdirSync(OUT, { recursive: true });

let leaks = 0;
for (const file of readdirSync('dist/snippets').filter((f) => f.endsWith('.html'))) {
  const clean = sanitizeHtml(readFileSync(`dist/snippets/${file}`, 'utf8'));
  writeFileSync(`${OUT}/${file.replace(/\.html$/, '.sanitize-html.html')}`, clean);
  const tags = [...new Set([...clean.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]))].sort();
  console.log(`${OUT}/${file}: sanitize-html leaves ${tags.join(', ')}`);
  if (/[{}]|:defined|<\/?(style|script|link)\b|integrity=/.test(clean)) {
    console.error(`dist/snippets/${file}: CSS or script survives sanitize-html as text`);
    leaks++;
  }
}
if (leaks) process.exit(1);
