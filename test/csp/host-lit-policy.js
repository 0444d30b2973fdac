// A host app built with Lit, as far as Trusted Types go: its lit-html creates
// the policy `lit-html` when it loads. Classic script, so that its place among
// the page's scripts is its order of running.
window.__hostPolicy = window.trustedTypes.createPolicy('lit-html', { createHTML: (s) => s });
