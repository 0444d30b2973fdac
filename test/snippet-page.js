// A page made of a snippet, under a Content-Security-Policy of the test's
// choosing: what a web team gets when it pastes the snippet into a template.

import { writtenPage } from './smoke-helpers.js';

export { STRICT_CSP } from './strict-csp.js';
export { localSnippet, withoutScript } from './snippet-text.js';

/**
 * A same-origin frame holding `<body>${body}</body>` under `policy`. A
 * generated snippet cannot be served from test/csp/, so the policy comes in a
 * <meta>, first in the page: it then holds for everything in it, as a header
 * would. test/csp/record.js records violations and errors from the start
 * (`win.__report`).
 */
export async function snippetPage(policy, body, { lang = 'nl', style = '' } = {}) {
  const page = await writtenPage(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <meta http-equiv="Content-Security-Policy" content="${policy}">
    <title>Snippet</title><script src="/test/csp/record.js"></script></head>
    <body>${body}</body></html>`,
    { style: `width: 800px; height: 600px; border: 0; ${style}` },
  );
  // securitypolicyviolation events are queued as tasks: let them arrive.
  await new Promise((r) => setTimeout(r, 50));
  return page;
}
