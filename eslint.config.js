// `npm run lint:code`: ESLint over every script in the repository, at zero
// warnings. typescript-eslint's recommended rules without type information
// (the build's `tsc` is the one type-check), the Lit and web component rules
// for the element, and no exclusive tests (`it.only`, `describe.only`) in
// TypeScript tests or in the <script> blocks of test/*.test.html.
// Browser support of the shipped code is checked apart, on lib/
// (scripts/check-browser-support.js), at the Baseline year package.json names.
import js from '@eslint/js';
import html from 'eslint-plugin-html';
import lit from 'eslint-plugin-lit';
import mocha from 'eslint-plugin-mocha';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules of test/ that run in Node: web-test-runner's set-up and the assistive-technology suite. */
const TEST_RUNNER_SET_UP = ['test/engines.js', 'test/reporters.js', 'test/at/*.js'];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '**/node_modules/',
      'lib/',
      'dist/',
      'src/generated/',
      'tmp-*/',
      'bench/.build/',
      'custom-elements.json',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    files: ['src/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/best-practice']],
    languageOptions: { globals: globals.browser },
  },
  {
    // Node: the build, checks, test runner set-up and benchmarks.
    files: ['*.js', '*.mjs', 'scripts/**/*.js', 'bench/**/*.js', ...TEST_RUNNER_SET_UP],
    languageOptions: { globals: globals.node },
  },
  {
    // Puppeteer scripts: the functions they hand to page.evaluate() run in the page.
    files: ['bench/run.js', 'bench/engines.js', 'scripts/screenshot.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Pages people and tests open.
    files: ['demo/**/*.js', 'test/**/*.js', 'test/**/*.html'],
    ignores: TEST_RUNNER_SET_UP,
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
  },
  {
    files: ['**/*.html'],
    plugins: { html },
  },
  {
    // Pure modules tested in Node.
    files: ['src/**/*.spec.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.test.ts', 'src/**/*.spec.ts', 'test/**/*.html', 'test/**/*.js'],
    plugins: { mocha },
    rules: { 'mocha/no-exclusive-tests': 'error' },
  },
);
