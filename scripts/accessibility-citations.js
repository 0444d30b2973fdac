// The accessibility report's citations of tests, `file › test title` in a
// code span, and the test runs' results by citation: shared by
// scripts/check-accessibility-report.js and scripts/report-evaluate.js, so
// that both read a citation the same way.
import { marked } from 'marked';

const REFERENCE = /^(\S+) › (.+)$/s;

/** Every token under `tokens`, table cells and list items included. */
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

/** A code span's text as the run reports titles: whitespace collapsed, entities decoded. */
const plain = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** The citations of `markdown`, each with the code span's raw text (to find its line). */
export function citationSpans(markdown) {
  return [...walk(marked.lexer(markdown))]
    .filter((token) => token.type === 'codespan' && REFERENCE.test(plain(token.text)))
    .map((token) => ({ text: plain(token.text), raw: token.raw }));
}

/** The distinct citations of `markdown`. */
export const citations = (markdown) => new Set(citationSpans(markdown).map(({ text }) => text));

/**
 * The runs' tests by citation, `file › title`, with the file as the report
 * names it: the source (src/x.test.ts) of a compiled test (lib/x.test.js).
 * Each holds the engines it passed, failed and was skipped in.
 */
export function resultsByCitation(tests) {
  const results = new Map();
  for (const { file, title, browser, result } of tests) {
    const source = file.replace(/^lib\/(.*)\.js$/, 'src/$1.ts');
    const key = `${source} › ${title}`;
    if (!results.has(key)) results.set(key, { passed: [], failed: [], skipped: [] });
    results.get(key)[result].push(browser);
  }
  return results;
}
