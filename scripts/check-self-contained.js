#!/usr/bin/env node
// Fails when the repository does not speak for itself. In every file git
// tracks (or would track: untracked files that are not ignored), except
// binary files and package-lock.json, it reports with file:line:
//
// - a relative path that climbs above the repository root;
// - a path into a `shared` folder, or an all-caps Markdown file name (a
//   contract or style guide kept elsewhere), that is not in the repository;
// - an absolute path into someone's machine (under /work, /home, /Users,
//   /root or /mnt, or a `file:` URL);
// - a tracker issue named by number: "issue N", "issues N and M",
//   "ticket N", "fixes #N", "see #N", "PR #N", "#N's", or "(#N)" alone.
//   CSS colours (`#01689b`, `color: (#333)`) and hashes are not issues, and a
//   citation of another project's tracker that names the project
//   ("GOV.UK publishing components #3582") is a source, not ours.
//
// Our own script: link checkers check that links resolve (remark-validate-links
// does, in `npm run lint:docs`), not that a repository names nothing outside
// itself. Plain Node, no dependency: `node scripts/check-self-contained.js`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

const ROOT = execFileSync('git', ['rev-parse', '--show-toplevel'], { encoding: 'utf8' }).trim();
const listed = execFileSync(
  'git',
  ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
  {
    cwd: ROOT,
    encoding: 'utf8',
  },
);
const files = [...new Set(listed.split('\0').filter(Boolean))].filter((file) => {
  const path = join(ROOT, file);
  return basename(file) !== 'package-lock.json' && existsSync(path) && statSync(path).isFile();
});
const names = new Set(files.map((file) => basename(file)));

const problems = [];
const report = (file, line, message, excerpt) =>
  problems.push(`${file}:${line}: ${message}: ${excerpt.trim().slice(0, 160)}`);

/** True when `target`, resolved from the repository root, is outside it. */
const outside = (target) => {
  const rel = relative(ROOT, target);
  return rel.split(sep)[0] === '..' || isAbsolute(rel);
};
const inRepo = (target) => !outside(target) && existsSync(target);

// --- paths --------------------------------------------------------------------------

const CLIMB = /(?<![\w./-])((?:\.\.?\/)+)[^\s'"`)<>\]]*/g;
const SHARED = /(?<![\w./-])(?:\.\.?\/)*shared\/[\w./-]*/g;
const CAPS_MD = /(?<![\w./-])[A-Z][A-Z0-9_-]*\.md\b/g;
const MACHINE =
  /(?<![\w.:~/-])\/(?:work|home|Users|root|mnt)\/[^\s'"`)<>]*|file:\/\/\/[^\s'"`)<>]*/g;

function checkPaths(file, line, text) {
  for (const m of text.matchAll(CLIMB)) {
    if (!m[1].includes('..')) continue;
    if (outside(resolve(ROOT, dirname(file), m[1]))) {
      report(file, line, 'relative path leads outside the repository', m[0]);
    }
  }
  for (const m of text.matchAll(SHARED)) {
    const path = m[0].replace(/[./]+$/, '');
    if (!inRepo(resolve(ROOT, path)) && !inRepo(resolve(ROOT, dirname(file), path))) {
      report(file, line, 'names a path in a "shared" folder that is not in the repository', m[0]);
    }
  }
  for (const m of text.matchAll(CAPS_MD)) {
    if (!names.has(m[0]))
      report(file, line, 'names a Markdown file that is not in the repository', m[0]);
  }
  for (const m of text.matchAll(MACHINE)) {
    report(file, line, 'absolute path outside the repository', m[0]);
  }
}

// --- tracker issues -----------------------------------------------------------------

const ISSUE_WORD = /\b(?:issues?|tickets?)\s*(?:no\.?\s*)?#?\s*\d+/gi;
const ISSUE_VERB =
  /\b(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?|refs?|see|cf\.?|PR|pull request|MR|bug)\s*:?\s*#\d+\b/gi;
const ISSUE_POSSESSIVE = /(?<![\w&/])#\d+['’]s\b/g;
const ISSUE_PAREN = /\(#(\d+)\)/g;
// A colour can be #rgb, #rgba, #rrggbb or #rrggbbaa, all digits included.
const CSSISH = /colou?r|background|border|fill|stroke|outline|shadow|--[\w-]/i;

function checkIssues(file, line, text) {
  for (const pattern of [ISSUE_WORD, ISSUE_VERB, ISSUE_POSSESSIVE]) {
    for (const m of text.matchAll(pattern)) report(file, line, 'names a tracker issue', m[0]);
  }
  for (const m of text.matchAll(ISSUE_PAREN)) {
    // Six or eight digits are a colour (#121212); three or four, in CSS-ish text.
    if ([6, 8].includes(m[1].length)) continue;
    if ([3, 4].includes(m[1].length) && CSSISH.test(text)) continue;
    report(file, line, 'names a tracker issue', m[0]);
  }
}

// --- run ----------------------------------------------------------------------------

for (const file of files) {
  const bytes = readFileSync(join(ROOT, file));
  if (bytes.subarray(0, 8000).includes(0)) continue; // binary
  const lines = bytes.toString('utf8').split('\n');
  lines.forEach((text, i) => {
    checkPaths(file, i + 1, text);
    checkIssues(file, i + 1, text);
  });
}

if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem(s): the repository must not point outside itself or name tracker issues.`,
  );
  process.exit(1);
}
console.log(`${files.length} files: nothing points outside the repository, no tracker issue named`);
