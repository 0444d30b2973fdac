// A generated snippet (dist/snippets/) as a test page holds it: pure string
// functions, for the browser tests and for the Node-served pages of test/at/.

/** A snippet with the local build standing in for its CDN files (script and stylesheet). */
export const localSnippet = (html) =>
  html.replace(/(src|href)="[^"]*\/(aivd-mission\.(?:js|css))"/g, '$1="/dist/$2"');

/** A snippet as a page holds it before its script runs, or where the script is stripped. */
export const withoutScript = (html) => html.replace(/<script[\s\S]*?<\/script>/, '');
