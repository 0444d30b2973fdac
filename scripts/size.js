#!/usr/bin/env node
// Prints the size of each dist/ file (raw, gzip -9, brotli -q 11) and exits
// non-zero when dist/aivd-mission.js is over its gzip budget.
// `--breakdown` also attributes the minified bytes of dist/aivd-mission.js to
// the sources they came from, by its source map.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const BUDGET = { 'aivd-mission.js': 12 * 1024 };
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

let over = false;
console.log('| file | raw | gzip | brotli | gzip budget |\n| --- | ---: | ---: | ---: | --- |');
for (const file of readdirSync('dist').filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(`dist/${file}`);
  const gz = gzip(bytes);
  const budget = BUDGET[file];
  const verdict = budget === undefined ? '' : `${gz <= budget ? 'within' : 'OVER'} ${kib(budget)}`;
  over ||= budget !== undefined && gz > budget;
  console.log(
    `| ${file} | ${bytes.length} B | ${gz} B (${kib(gz)}) | ${brotli(bytes)} B | ${verdict} |`,
  );
}

if (process.argv.includes('--breakdown')) breakdown('dist/aivd-mission.js');
if (over) {
  console.error('size: over budget');
  process.exit(1);
}

/** Bytes of the minified file per source, by its source map. */
function breakdown(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  const map = new TraceMap(readFileSync(`${file}.map`, 'utf8'));
  // Each mapping covers its line from its column to the next mapping's.
  const mappings = [];
  eachMapping(map, (m) => mappings.push(m));
  const text = new Map();
  mappings.forEach((m, i) => {
    const next = mappings[i + 1];
    const end = next?.generatedLine === m.generatedLine ? next.generatedColumn : undefined;
    const name = group(m.source ?? '(none)');
    const part = lines[m.generatedLine - 1].slice(m.generatedColumn, end);
    text.set(name, (text.get(name) ?? '') + part);
  });
  const rows = [...text].sort((a, b) => b[1].length - a[1].length);
  console.log('\n| source | minified | gzip alone |\n| --- | ---: | ---: |');
  for (const [name, part] of rows) console.log(`| ${name} | ${part.length} B | ${gzip(part)} B |`);
}

function group(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:development\/)?(.*)/);
  return pkg ? `${pkg[1]}/${pkg[2]}` : path.replace(/^(\.\.\/)+/, '');
}
