// The pages the assistive-technology tests open, served at /at/<name> by
// the run's static server. Each has a title of its own: AT-SPI finds the
// document by it. The widget comes from the built dist/ files, as a web team
// includes it; the fallbacks are the generated snippets of dist/snippets/.
import { readFileSync } from 'node:fs';
import { localSnippet, withoutScript } from '../snippet-text.js';

const SCRIPT = '<script src="/dist/aivd-mission.iife.js"></script>';
const snippet = (lang) => readFileSync(`dist/snippets/aivd-mission.${lang}.html`, 'utf8');

/** A page in `lang` holding `body` under a heading of its own, first on the page. */
const page = ({ title, lang = 'nl', head = '', body }) => `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>${head}</head>
<body><h1>${title}</h1>
${body}
</body></html>`;

const element = (attributes = '') => `<aivd-mission ${attributes}></aivd-mission>${SCRIPT}`;

/**
 * The clipboard refused, as a page (or its frame's policy) may refuse it: the
 * copy-link button must then say so and hand out the link.
 */
const BLOCK_CLIPBOARD = `<script>
  navigator.clipboard.writeText = () =>
    Promise.reject(new DOMException('Blocked by the page', 'NotAllowedError'));
</script>`;

/**
 * The control: a disclosure button and a status message in plain HTML, no
 * widget. What Orca says here shows the harness hears state changes and
 * status messages at all, so a silent widget is not mistaken for a silent run.
 */
const CONTROL = `<h2><button type="button" id="control" aria-expanded="false" aria-controls="control-panel">Controlesectie</button></h2>
<div id="control-panel" hidden><p>Tekst van de controlesectie.</p></div>
<button type="button" id="announce">Melding geven</button>
<span role="status" id="control-status"></span>
<script>
  const button = document.getElementById('control');
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    document.getElementById('control-panel').hidden = !open;
  });
  document.getElementById('announce').addEventListener('click', () => {
    const status = document.getElementById('control-status');
    status.textContent = '';
    requestAnimationFrame(() => setTimeout(() => (status.textContent = 'Melding gegeven'), 50));
  });
</script>`;

export const PAGES = {
  'nl-collapsed': { body: element() },
  'nl-one-open': { body: element('open="values"') },
  'nl-all-open': { body: element('open="mission values capabilities organisation"') },
  'en-collapsed': { lang: 'en', body: element('lang="en"') },
  'en-one-open': { lang: 'en', body: element('lang="en" open="values"') },
  'en-all-open': {
    lang: 'en',
    body: element('lang="en" open="mission values capabilities organisation"'),
  },
  'en-on-nl-page': { body: element('lang="en" open="values"') },
  'heading-level-3': { body: element('heading-level="3" open="values"') },
  exclusive: { body: element('exclusive open="values"') },
  'fallback-nl': { body: localSnippet(withoutScript(snippet('nl'))) },
  'fallback-en': { lang: 'en', body: localSnippet(withoutScript(snippet('en'))) },
  'upgraded-nl': { body: localSnippet(snippet('nl')) },
  'copy-blocked': { head: BLOCK_CLIPBOARD, body: element('open="values"') },
  control: { body: CONTROL },
};

/** The page's title: a heading of its own on the page and its name in AT-SPI. */
export const titleOf = (name) => `Testpagina ${name}`;

/** Middleware for @web/dev-server: GET /at/<name> answers with that page. */
export async function servePages(context, next) {
  const name = /^\/at\/([\w-]+)$/.exec(context.path)?.[1];
  if (!name || !PAGES[name]) return next();
  context.type = 'html';
  context.body = page({ title: titleOf(name), ...PAGES[name] });
}
