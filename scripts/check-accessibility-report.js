#!/usr/bin/env node
// Keeps docs/accessibility.md true to the tests, after a test run. It fails
// (exit 1, listing every problem) when:
//
// - a test the report cites as evidence, written as a code span
//   `file › test title` (e.g. `src/a11y.test.ts › has targets at least 44 CSS px high`),
//   did not run in the last test run, or failed there, or was skipped in every
//   engine. Titles are compared as the run reports them, so a title built
//   with a template literal is cited as it reads once expanded;
// - a WCAG 2.2 level A or AA success criterion has no row in the report's
//   tables (a row whose first cell starts with its number), or 4.1.1, which
//   WCAG 2.2 made obsolete, is not accounted for;
// - a row names a criterion that is not A or AA in WCAG 2.2 (a typo), a
//   criterion has two rows, a row has an empty cell, or a row that applies
//   cites neither a test nor a manual check in its evidence.
//
// Our own script because no library knows our report's form; the Markdown is
// read with `marked` and the test titles come from the run's results file
// (test/reporters.js writes it) and from the assistive-technology step's
// (test/at/run.js): `npm test` runs this after both.
//
//   node scripts/check-accessibility-report.js [--list] [report.md …]
//   --list also prints each test cited, with the engines it passed in.
import { existsSync, readFileSync } from 'node:fs';
import { marked } from 'marked';
import { RESULTS_FILE } from '../test/reporters.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
const named = args.filter((arg) => arg !== '--list');
const reports = named.length ? named : ['docs/accessibility.md'];

/** Every WCAG 2.2 success criterion of level A or AA (4.1.1 is obsolete in 2.2). */
const CRITERIA = {
  A: [
    ...['1.1.1', '1.2.1', '1.2.2', '1.2.3', '1.3.1', '1.3.2', '1.3.3', '1.4.1', '1.4.2'],
    ...['2.1.1', '2.1.2', '2.1.4', '2.2.1', '2.2.2', '2.3.1', '2.4.1', '2.4.2', '2.4.3'],
    ...['2.4.4', '2.5.1', '2.5.2', '2.5.3', '2.5.4', '3.1.1', '3.2.1', '3.2.2', '3.2.6'],
    ...['3.3.1', '3.3.2', '3.3.7', '4.1.2'],
  ],
  AA: [
    ...['1.2.4', '1.2.5', '1.3.4', '1.3.5', '1.4.3', '1.4.4', '1.4.5', '1.4.10', '1.4.11'],
    ...['1.4.12', '1.4.13', '2.4.5', '2.4.6', '2.4.7', '2.4.11', '2.5.7', '2.5.8', '3.1.2'],
    ...['3.2.3', '3.2.4', '3.3.3', '3.3.4', '3.3.8', '4.1.3'],
  ],
};
const OBSOLETE = ['4.1.1'];
const LEVEL = new Map(
  Object.entries(CRITERIA).flatMap(([level, numbers]) => numbers.map((n) => [n, level])),
);

// The assistive-technology step's results (test/at/run.js), in the same form;
// absent when AT=0 left the step out, and then its citations are not checked.
const AT_RESULTS_FILE = 'tmp/at-results.json';
const atSkipped = process.env.AT === '0';
const runs = [RESULTS_FILE, ...(atSkipped ? [] : [AT_RESULTS_FILE])];
for (const file of runs) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run the tests first (npm test).`);
    process.exit(1);
  }
}

/**
 * The run's results by citation, `file › title`, with the file as the
 * report names it: the source (src/x.test.ts) of a compiled test (lib/x.test.js).
 */
const results = new Map();
const tests = runs.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).tests);
for (const { file, title, browser, result } of tests) {
  const source = file.replace(/^lib\/(.*)\.js$/, 'src/$1.ts');
  const key = `${source} › ${title}`;
  if (!results.has(key)) results.set(key, { passed: [], failed: [], skipped: [] });
  results.get(key)[result].push(browser);
}

const REFERENCE = /^(\S+) › (.+)$/s;
const problems = [];
const summary = [];

/** Every token under `tokens`, table cells included. */
function* walk(tokens) {
  for (const token of tokens ?? []) {
    yield token;
    if (token.type === 'table') {
      for (const cell of [...token.header, ...token.rows.flat()]) yield* walk(cell.tokens);
    }
    yield* walk(token.tokens);
    for (const item of token.items ?? []) yield* walk(item.tokens);
  }
}

for (const report of reports) {
  if (!existsSync(report)) {
    problems.push(`${report}: does not exist`);
    continue;
  }
  const markdown = readFileSync(report, 'utf8');
  const lineOf = (text) => markdown.slice(0, markdown.indexOf(text)).split('\n').length;
  const tokens = marked.lexer(markdown);

  // Test references.
  let references = 0;
  const cited = new Map();
  for (const token of walk(tokens)) {
    if (token.type !== 'codespan') continue;
    const text = token.text
      .replace(/\s+/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'");
    if (!REFERENCE.test(text)) continue;
    references++;
    const result = results.get(text);
    const where = `${report}:${lineOf(token.raw)}`;
    if (atSkipped && text.startsWith('test/at/')) continue;
    if (!result) problems.push(`${where}: no test ran as \`${text}\``);
    else if (result.failed.length) {
      problems.push(`${where}: \`${text}\` failed in ${result.failed.join(', ')}`);
    } else if (!result.passed.length) problems.push(`${where}: \`${text}\` was skipped everywhere`);
    else cited.set(text, result.passed);
  }

  // Criteria rows: the body rows of every table whose first cell is a criterion number.
  const rows = new Map();
  for (const table of walk(tokens)) {
    if (table.type !== 'table') continue;
    const header = table.header.map((cell) => cell.text.toLowerCase());
    for (const row of table.rows) {
      const texts = row.map((cell) => cell.text.trim());
      const number = /^(\d+\.\d+\.\d+)\b/.exec(texts[0] ?? '')?.[1];
      if (!number) continue;
      const where = `${report}:${lineOf(row[0].text)}`;
      if (!LEVEL.has(number) && !OBSOLETE.includes(number)) {
        problems.push(`${where}: ${number} is not a WCAG 2.2 level A or AA success criterion`);
      }
      if (rows.has(number)) problems.push(`${where}: a second row for ${number}`);
      if (texts.length < header.length || texts.some((text) => !text)) {
        problems.push(`${where}: the row for ${number} has an empty cell`);
      }
      const column = (name) => texts[header.findIndex((h) => h.startsWith(name))] ?? '';
      const applies = column('applies');
      if (/^yes\b/i.test(applies) && !/ › |\bmanual\b/i.test(column('evidence'))) {
        problems.push(`${where}: ${number} applies but cites no test and no manual check`);
      }
      rows.set(number, applies);
    }
  }
  for (const [level, numbers] of Object.entries(CRITERIA)) {
    for (const number of numbers.filter((n) => !rows.has(n))) {
      problems.push(`${report}: no row for WCAG 2.2 ${number} (level ${level})`);
    }
  }
  for (const number of OBSOLETE.filter((n) => !rows.has(n))) {
    problems.push(`${report}: no row for ${number} (obsolete in WCAG 2.2: say so)`);
  }

  if (list) {
    for (const [text, engines] of [...cited].sort())
      console.log(`${text}  (${engines.join(', ')})`);
  }
  const counted = [...rows].filter(([number]) => LEVEL.has(number));
  const applying = counted.filter(([, applies]) => /^yes\b/i.test(applies)).length;
  summary.push(
    `${report}: ${counted.length} WCAG 2.2 A/AA criteria (${applying} apply, ` +
      `${counted.length - applying} not applicable) and ${OBSOLETE.join(', ')}; ` +
      `${references} test references to ${cited.size} tests, each passed in the last run${atSkipped ? ' (AT=0: those of test/at/ not checked)' : ''}`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in the accessibility report.`);
  process.exit(1);
}
console.log(summary.join('\n'));
