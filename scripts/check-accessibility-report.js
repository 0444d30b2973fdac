#!/usr/bin/env node
// Keeps docs/accessibility.md true to the code. It fails (exit 1, listing every
// problem with its line) when:
//
// - a test the report cites as evidence, written as a code span
//   `file › test title` (e.g. `src/a11y.test.ts › has targets at least 44 CSS px high`),
//   names a file that does not exist, or a file in which no test has exactly
//   that title. Tests are `it(…)` calls, `itIn(…)(…)` calls and calls of
//   names bound to `itIn(…)` (`const treeOnlyInChromium = itIn(…)`); skipped
//   tests (`it.skip`, `xit`) are not evidence. A title built with a template
//   literal is cited in its expanded form: each `${…}` in the source matches
//   any text, so `has no axe violations in ${lang}, collapsed and expanded`
//   matches `has no axe violations in nl, collapsed and expanded`;
// - a WCAG 2.2 level A or AA success criterion has no row in the report's
//   tables (a row whose first cell starts with its number), or 4.1.1, which
//   WCAG 2.2 made obsolete, is not accounted for;
// - a row names a criterion that is not A or AA in WCAG 2.2 (a typo), a
//   criterion has two rows, a row has an empty cell, or a row that applies
//   cites neither a test nor a manual check in its evidence.
//
// Plain Node, no dependency: `node scripts/check-accessibility-report.js [--list] [report.md …]`;
// `--list` also prints each test cited, as its title reads in the source.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const named = args.filter((arg) => arg !== '--list');
const reports = named.length ? named : ['docs/accessibility.md'];

/** Every WCAG 2.2 success criterion of level A or AA (4.1.1 is obsolete in 2.2). */
const CRITERIA = {
  A: [
    '1.1.1',
    '1.2.1',
    '1.2.2',
    '1.2.3',
    '1.3.1',
    '1.3.2',
    '1.3.3',
    '1.4.1',
    '1.4.2',
    '2.1.1',
    '2.1.2',
    '2.1.4',
    '2.2.1',
    '2.2.2',
    '2.3.1',
    '2.4.1',
    '2.4.2',
    '2.4.3',
    '2.4.4',
    '2.5.1',
    '2.5.2',
    '2.5.3',
    '2.5.4',
    '3.1.1',
    '3.2.1',
    '3.2.2',
    '3.2.6',
    '3.3.1',
    '3.3.2',
    '3.3.7',
    '4.1.2',
  ],
  AA: [
    '1.2.4',
    '1.2.5',
    '1.3.4',
    '1.3.5',
    '1.4.3',
    '1.4.4',
    '1.4.5',
    '1.4.10',
    '1.4.11',
    '1.4.12',
    '1.4.13',
    '2.4.5',
    '2.4.6',
    '2.4.7',
    '2.4.11',
    '2.5.7',
    '2.5.8',
    '3.1.2',
    '3.2.3',
    '3.2.4',
    '3.3.3',
    '3.3.4',
    '3.3.8',
    '4.1.3',
  ],
};
const OBSOLETE = ['4.1.1'];
const LEVEL = new Map(
  Object.entries(CRITERIA).flatMap(([level, numbers]) => numbers.map((n) => [n, level])),
);

// --- test titles --------------------------------------------------------------------

const QUOTES = new Set(["'", '"', '`']);
const ESCAPES = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
const unescape = (c) => ESCAPES[c] ?? c;

/** The '…' or "…" literal at `i`: its value and the index after it. */
function readQuoted(src, i) {
  const quote = src[i];
  let value = '';
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') value += unescape(src[++j]);
    else if (src[j] === quote) return { value, end: j + 1 };
    else if (src[j] === '\n') break;
    else value += src[j];
  }
  return { value: undefined, end: i + 1 };
}

/** The `…` literal at `i`: its literal parts (split where `${…}` stands) and the index after it. */
function readTemplate(src, i) {
  const parts = [''];
  for (let j = i + 1; j < src.length;) {
    const c = src[j];
    if (c === '\\') {
      parts[parts.length - 1] += unescape(src[j + 1]);
      j += 2;
    } else if (c === '`') {
      return { parts, end: j + 1 };
    } else if (c === '$' && src[j + 1] === '{') {
      j = skipUntil(src, j + 2, '}');
      parts.push('');
    } else {
      parts[parts.length - 1] += c;
      j++;
    }
  }
  return { parts: undefined, end: i + 1 };
}

/** The index after the `close` that ends the bracketed code starting at `j`, skipping strings. */
function skipUntil(src, j, close) {
  const pairs = { '(': ')', '[': ']', '{': '}' };
  const stack = [close];
  while (j < src.length && stack.length) {
    const c = src[j];
    if (QUOTES.has(c)) {
      j = c === '`' ? readTemplate(src, j).end : readQuoted(src, j).end;
      continue;
    }
    if (pairs[c]) stack.push(pairs[c]);
    else if (c === stack[stack.length - 1]) stack.pop();
    j++;
  }
  return j;
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The test title literal at `i` (after spaces), as a matcher, or undefined. */
function titleAt(src, i) {
  while (/\s/.test(src[i] ?? '')) i++;
  if (src[i] === "'" || src[i] === '"') {
    const { value } = readQuoted(src, i);
    return value === undefined ? undefined : { source: value, matches: (t) => t === value };
  }
  if (src[i] === '`') {
    const { parts } = readTemplate(src, i);
    if (!parts) return undefined;
    const pattern = new RegExp(`^${parts.map(escapeRegExp).join('.+?')}$`, 's');
    return { source: parts.join('${…}'), matches: (t) => pattern.test(t) };
  }
  return undefined; // a title held in a variable: cannot be cited
}

/** The titles of the tests in `src` (TypeScript, JavaScript or the scripts of an HTML page). */
function testTitles(src) {
  const titles = [];
  const aliases = new Set();
  for (const m of src.matchAll(/\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*itIn\s*\(/g)) {
    aliases.add(m[1]);
  }
  const names = ['it', 'it\\.only', 'itIn', ...[...aliases].map(escapeRegExp)];
  const call = new RegExp(`(?<![\\w$.])(${names.join('|')})\\s*\\(`, 'g');
  for (const m of src.matchAll(call)) {
    // Not in a line comment or a block comment's line.
    const lineStart = src.lastIndexOf('\n', m.index) + 1;
    if (/^\s*(?:\/\/|\/?\*)/.test(src.slice(lineStart, m.index))) continue;
    let at = m.index + m[0].length;
    if (m[1] === 'itIn') {
      // itIn(engines, reason)(title, fn); `x = itIn(…)` without a second call binds an alias.
      at = skipUntil(src, at, ')');
      const next = /^\s*\(/.exec(src.slice(at));
      if (!next) continue;
      at += next[0].length;
    }
    const title = titleAt(src, at);
    if (title) titles.push(title);
  }
  return titles;
}

const titleCache = new Map();
function titlesOf(file) {
  if (!titleCache.has(file))
    titleCache.set(file, testTitles(readFileSync(join(ROOT, file), 'utf8')));
  return titleCache.get(file);
}

// --- the report ---------------------------------------------------------------------

/** Markdown code spans with the line each starts on (CommonMark: matching backtick runs). */
function codeSpans(markdown) {
  const spans = [];
  const run = /`+/g;
  let m;
  while ((m = run.exec(markdown))) {
    const close = new RegExp(`(?<!\`)${m[0]}(?!\`)`, 'g');
    close.lastIndex = m.index + m[0].length;
    const end = close.exec(markdown);
    if (!end) continue;
    let text = markdown.slice(m.index + m[0].length, end.index).replace(/\r?\n/g, ' ');
    if (/^ .*[^ ].* $/s.test(text)) text = text.slice(1, -1);
    const line = markdown.slice(0, m.index).split('\n').length;
    spans.push({ text, line });
    run.lastIndex = end.index + m[0].length;
  }
  return spans;
}

/** The cells of a Markdown table row, `\|` unescaped. */
const cells = (row) =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim().replace(/\\\|/g, '|'));

/** A cell of a table's delimiter row: `---`, `:--`, `--:` or `:-:`. */
const isDelimiter = (cell) => /^:?-+:?$/.test(cell);

const REFERENCE = /^(\S+) › (.+)$/;
const problems = [];
const summary = [];

for (const report of reports) {
  const path = resolve(ROOT, report);
  if (!existsSync(path)) {
    problems.push(`${report}: does not exist`);
    continue;
  }
  const markdown = readFileSync(path, 'utf8');
  const lines = markdown.split('\n');
  const where = (line) => `${relative(ROOT, path)}:${line}`;

  // Test references.
  let references = 0;
  const cited = new Set();
  for (const { text, line } of codeSpans(markdown)) {
    const ref = REFERENCE.exec(text);
    if (!ref) continue;
    references++;
    const [, file, title] = ref;
    const full = join(ROOT, file);
    if (!existsSync(full) || !statSync(full).isFile()) {
      problems.push(`${where(line)}: no such test file: ${file} (in \`${text}\`)`);
      continue;
    }
    const found = titlesOf(file).find((t) => t.matches(title));
    if (!found) problems.push(`${where(line)}: ${file} has no test titled "${title}"`);
    else cited.add(`${file} › ${found.source}`);
  }

  // Criteria rows: the body rows of tables (a header row, then a delimiter row).
  const rows = new Map();
  let header; // of the table being read; null on pipe lines that are no table
  lines.forEach((text, i) => {
    if (!text.trimStart().startsWith('|')) {
      header = undefined;
      return;
    }
    if (header === undefined) {
      const next = lines[i + 1] ?? '';
      const table = next.trimStart().startsWith('|') && cells(next).every(isDelimiter);
      header = table ? cells(text).map((cell) => cell.toLowerCase()) : null;
      return;
    }
    const row = cells(text);
    if (header === null || row.every(isDelimiter)) return;
    const number = /^(\d+\.\d+\.\d+)\b/.exec(row[0] ?? '')?.[1];
    if (!number) return;
    const line = i + 1;
    if (!LEVEL.has(number) && !OBSOLETE.includes(number)) {
      problems.push(`${where(line)}: ${number} is not a WCAG 2.2 level A or AA success criterion`);
    }
    if (rows.has(number)) problems.push(`${where(line)}: a second row for ${number}`);
    if (row.length < header.length || row.some((cell) => !cell)) {
      problems.push(`${where(line)}: the row for ${number} has an empty cell`);
    }
    const column = (name) => row[header.findIndex((h) => h.startsWith(name))] ?? '';
    const applies = column('applies');
    const evidence = column('evidence');
    if (/^yes\b/i.test(applies) && !/ › |\bmanual\b/i.test(evidence)) {
      problems.push(`${where(line)}: ${number} applies but cites no test and no manual check`);
    }
    rows.set(number, { applies, line });
  });
  for (const [level, numbers] of Object.entries(CRITERIA)) {
    for (const number of numbers) {
      if (!rows.has(number)) {
        problems.push(`${relative(ROOT, path)}: no row for WCAG 2.2 ${number} (level ${level})`);
      }
    }
  }
  for (const number of OBSOLETE) {
    if (!rows.has(number)) {
      problems.push(`${relative(ROOT, path)}: no row for ${number} (obsolete in WCAG 2.2: say so)`);
    }
  }

  if (list) console.log([...cited].sort().join('\n'));
  const counted = [...rows].filter(([number]) => LEVEL.has(number));
  const applying = counted.filter(([, { applies }]) => /^yes\b/i.test(applies)).length;
  summary.push(
    `${relative(ROOT, path)}: ${counted.length} WCAG 2.2 A/AA criteria (${applying} apply, ` +
      `${counted.length - applying} not applicable) and ${OBSOLETE.join(', ')}; ` +
      `${references} test references to ${cited.size} tests, all found`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in the accessibility report.`);
  process.exit(1);
}
console.log(summary.join('\n'));
