/**
 * The strict policy the README promises the widget works under: served by
 * web-test-runner.config.js for the pages under test/csp/, and set by the
 * snippet pages (test/snippet-page.js) for theirs.
 */
export const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types aivd-mission";
