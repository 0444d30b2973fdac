#!/usr/bin/env node
// Keeps docs/accessibility.md true to the tests, after a test run. It fails
// (exit 1, listing every problem) when:
//
// - a test the report cites as evidence, written as a code span
//   `file › test title` (e.g. `src/a11y.test.ts › has targets at least 44 CSS px high`),
//   did not run in the last test run, or failed there, or was skipped in every
//   engine. Titles are compared as the run reports them, so a title built
//   with a template literal is cited as it reads once expanded;
// - a WCAG 2.2 level A or AA success criterion has no section of its own (a
//   heading that starts with its number, `#### 1.4.3 Contrast (Minimum)`),
//   or 4.1.1, which WCAG 2.2 made obsolete, is not accounted for;
// - a section names a criterion that is not A or AA in WCAG 2.2 (a typo), a
//   criterion has two sections, or a section lacks its lines: `Verdict:`
//   (Supports, Partially supports, Does not support, Not applicable),
//   `Oordeel:` (voldoet, voldoet niet, n.v.t., as the verdict says) and
//   `Remarks:`; or a verdict other than Not applicable has no `Evidence:`,
//   or "Supports" cites no test: it must rest on a test that passed.
//
// Our own script because no library knows our report's form; the citations
// are read with `marked` (scripts/accessibility-citations.js) and the test
// titles come from the run's results file (test/reporters.js writes it) and
// from the assistive-technology step's (test/at/run.js): `npm test` runs this
// after both.
//
//   node scripts/check-accessibility-report.js [--list] [report.md …]
//   --list also prints each test cited, with the engines it passed in.
import { existsSync, readFileSync } from 'node:fs';
import { citationSpans, resultsByCitation } from './accessibility-citations.js';
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

const results = resultsByCitation(
  runs.flatMap((file) => JSON.parse(readFileSync(file, 'utf8')).tests),
);

const problems = [];
const summary = [];

/** What each verdict is in the Dutch audit's words. */
const OORDEEL = {
  Supports: 'voldoet',
  'Partially supports': 'voldoet niet',
  'Does not support': 'voldoet niet',
  'Not applicable': 'n.v.t.',
};

/**
 * The criterion sections of `markdown`: a heading of level 3 or 4 that starts
 * with a criterion number, and its body up to the next heading.
 */
function sections(markdown) {
  const lines = markdown.split('\n');
  const found = [];
  lines.forEach((line, index) => {
    const heading = /^#{3,4} (\d+\.\d+\.\d+)\b/.exec(line);
    if (heading) found.push({ number: heading[1], line: index + 1, body: [] });
    else if (/^#{1,4} /.test(line)) found.push({ number: null, body: [] });
    else found.at(-1)?.body.push(line);
  });
  return found
    .filter(({ number }) => number)
    .map(({ number, line, body }) => ({ number, line, body: body.join('\n') }));
}

/** The text after `- Label:` in a section's body, up to the next such line. */
const field = (body, label) =>
  new RegExp(`^- ${label}: ([\\s\\S]*?)(?=^- [A-Z][a-z]+:|(?![\\s\\S]))`, 'm')
    .exec(body)?.[1]
    .trim() ?? '';

for (const report of reports) {
  if (!existsSync(report)) {
    problems.push(`${report}: does not exist`);
    continue;
  }
  const markdown = readFileSync(report, 'utf8');
  const lineOf = (text) => markdown.slice(0, markdown.indexOf(text)).split('\n').length;

  // Test references.
  let references = 0;
  const cited = new Map();
  const passedCitations = new Set();
  for (const { text, raw } of citationSpans(markdown)) {
    references++;
    const result = results.get(text);
    const where = `${report}:${lineOf(raw)}`;
    if (atSkipped && text.startsWith('test/at/')) continue;
    if (!result) problems.push(`${where}: no test ran as \`${text}\``);
    else if (result.failed.length) {
      problems.push(`${where}: \`${text}\` failed in ${result.failed.join(', ')}`);
    } else if (!result.passed.length) problems.push(`${where}: \`${text}\` was skipped everywhere`);
    else {
      cited.set(text, result.passed);
      passedCitations.add(text);
    }
  }

  // Criterion sections.
  const rows = new Map();
  for (const { number, line, body } of sections(markdown)) {
    const where = `${report}:${line}`;
    if (!LEVEL.has(number) && !OBSOLETE.includes(number)) {
      problems.push(`${where}: ${number} is not a WCAG 2.2 level A or AA success criterion`);
    }
    if (rows.has(number)) problems.push(`${where}: a second section for ${number}`);
    const verdict = /^\*\*([^*]+)\*\*/.exec(field(body, 'Verdict'))?.[1];
    const oordeel = /^\*\*([^*]+)\*\*/.exec(field(body, 'Oordeel'))?.[1];
    const evidence = field(body, 'Evidence');
    if (!(verdict in OORDEEL)) {
      problems.push(
        `${where}: ${number} has no "- Verdict: **…**" of ${Object.keys(OORDEEL).join(', ')}`,
      );
    } else if (oordeel !== OORDEEL[verdict]) {
      problems.push(
        `${where}: ${number} is "${verdict}", so its Oordeel is "${OORDEEL[verdict]}", not "${oordeel}"`,
      );
    }
    if (!field(body, 'Remarks')) problems.push(`${where}: ${number} has no "- Remarks:"`);
    if (verdict && verdict !== 'Not applicable' && !evidence) {
      problems.push(`${where}: ${number} is "${verdict}" but has no "- Evidence:"`);
    }
    const tested = citationSpans(evidence).some(
      ({ text }) => passedCitations.has(text) || (atSkipped && text.startsWith('test/at/')),
    );
    if (verdict === 'Supports' && !tested) {
      problems.push(`${where}: ${number} "Supports" cites no test that passed in its Evidence`);
    }
    rows.set(number, verdict);
  }
  for (const [level, numbers] of Object.entries(CRITERIA)) {
    for (const number of numbers.filter((n) => !rows.has(n))) {
      problems.push(`${report}: no section for WCAG 2.2 ${number} (level ${level})`);
    }
  }
  for (const number of OBSOLETE.filter((n) => !rows.has(n))) {
    problems.push(`${report}: no section for ${number} (obsolete in WCAG 2.2: say so)`);
  }

  if (list) {
    for (const [text, engines] of [...cited].sort())
      console.log(`${text}  (${engines.join(', ')})`);
  }
  const counted = [...rows].filter(([number]) => LEVEL.has(number));
  const by = (verdict) => counted.filter(([, v]) => v === verdict).length;
  summary.push(
    `${report}: ${counted.length} WCAG 2.2 A/AA criteria (` +
      Object.keys(OORDEEL)
        .map((verdict) => `${by(verdict)} ${verdict.toLowerCase()}`)
        .join(', ') +
      `) and ${OBSOLETE.join(', ')}; ` +
      `${references} test references to ${cited.size} tests, each passed in the last run${atSkipped ? ' (AT=0: those of test/at/ not checked)' : ''}`,
  );
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in the accessibility report.`);
  process.exit(1);
}
console.log(summary.join('\n'));
