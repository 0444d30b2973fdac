#!/usr/bin/env node
// Prints the size of each dist/ file (raw, gzip -9, brotli -q 11) and exits
// non-zero when dist/aivd-mission.js is over its gzip budget. Writes the same
// figures, and the minified bytes of dist/aivd-mission.js per source (by its
// source map), to bench/size.json, beside the benchmark's results: the docs
// quote both through scripts/figures.js. `--breakdown` also prints the bytes
// per source.
//
// Our own: Node's zlib measures the bytes and the budget is one comparison;
// size-limit would do the same through its plugins, but not the source-map
// breakdown or the results file the docs read.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const BUDGET = { 'aivd-mission.js': 12 * 1024 };
const RESULTS = 'bench/size.json';
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;

const files = {};
console.log('| file | raw | gzip | brotli | gzip budget |\n| --- | ---: | ---: | ---: | --- |');
for (const file of readdirSync('dist')
  .filter((f) => f.endsWith('.js'))
  .sort()) {
  const bytes = readFileSync(`dist/${file}`);
  const figures = { raw: bytes.length, gzip: gzip(bytes), brotli: brotli(bytes) };
  const budget = BUDGET[file];
  if (budget !== undefined) figures.gzipBudget = budget;
  files[file] = figures;
  const verdict =
    budget === undefined ? '' : `${figures.gzip <= budget ? 'within' : 'OVER'} ${kib(budget)}`;
  console.log(
    `| ${file} | ${figures.raw} B | ${figures.gzip} B (${kib(figures.gzip)}) | ${figures.brotli} B | ${verdict} |`,
  );
}

const sources = breakdown('dist/aivd-mission.js');
if (process.argv.includes('--breakdown')) {
  console.log('\n| source | minified | gzip alone |\n| --- | ---: | ---: |');
  for (const [name, { minified, gzipAlone }] of Object.entries(sources))
    console.log(`| ${name} | ${minified} B | ${gzipAlone} B |`);
}

// Only figures, no date: the file changes when the bytes do, not on every run.
writeFileSync(RESULTS, `${JSON.stringify({ files, sources }, null, 2)}\n`);

const over = Object.entries(BUDGET).filter(([file, budget]) => files[file]?.gzip > budget);
if (over.length) {
  console.error(`size: over budget: ${over.map(([file]) => file).join(', ')}`);
  process.exit(1);
}

/** Bytes of the minified file per source, largest first, by its source map. */
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
  return Object.fromEntries(
    [...text]
      .sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))
      .map(([name, part]) => [name, { minified: part.length, gzipAlone: gzip(part) }]),
  );
}

function group(path) {
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\/(?:development\/)?(.*)/);
  return pkg ? `${pkg[1]}/${pkg[2]}` : path.replace(/^(\.\.\/)+/, '');
}
