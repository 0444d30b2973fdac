// Host pages that fight the widget: a frame whose page loads other people's
// scripts (or has other people's CSS, mode or base URL) first, then the
// shipped bundle, as a government page does; and one reader's journey
// through the widget there, which must go as on a clean page, with no error.

import { sendKeys } from '@web/test-runner-commands';
import { ALL_HEADINGS, HEADINGS, expect, headings, until, writtenPage } from '../smoke-helpers.js';

/** Absolute, so that a page's <base href> to another host does not move them. */
export const url = (path) => new URL(path, location.href).href;

// Records, from the first script on, what the page throws, rejects or logs
// as a warning or error. Written out: a closing script tag would end a
// script that held it.
const RECORDER = `<script>
  window.__problems = [];
  addEventListener('error', (e) => __problems.push('error: ' + e.message));
  addEventListener('unhandledrejection', (e) => __problems.push('rejection: ' + e.reason));
  for (const level of ['error', 'warn']) {
    const original = console[level];
    console[level] = (...args) => {
      __problems.push(level + ': ' + args.map(String).join(' '));
      original.apply(console, args);
    };
  }
</${'script'}>`;

/** A classic script tag. */
export const script = (src) => `<script src="${url(src)}"></${'script'}>`;
/** An inline script, run where it stands. */
export const inline = (code) => `<script>${code}</${'script'}>`;

/**
 * A frame of `style` (sandboxed by `sandbox`, with the permissions policy
 * `allow`) whose page is `doctype`, the recorder, `head`, the widget's
 * module bundle, then `body`; resolved once the page has loaded and its
 * widgets have rendered.
 */
export async function hostilePage({
  head = '',
  body = '<aivd-mission></aivd-mission>',
  doctype = '<!doctype html>',
  sandbox,
  allow,
  style = 'width: 800px; height: 600px; border: 0',
} = {}) {
  const { frame, win, doc } = await writtenPage(
    `${doctype}<html lang="nl"><head><meta charset="utf-8"><title>Host page</title>
    ${RECORDER}${head}<script type="module" src="${url('/dist/aivd-mission.js')}"></${'script'}>
    </head><body>${body}</body></html>`,
    { sandbox, allow, style },
  );
  await win.customElements.whenDefined('aivd-mission');
  const widgets = [...doc.querySelectorAll('aivd-mission')];
  await Promise.all(widgets.map((el) => el.updateComplete));
  return { frame, win, doc, el: widgets[0] };
}

const sectionButton = (el, heading) =>
  [...el.shadowRoot.querySelectorAll('[part~="button"]')].find(
    (button) => button.textContent.trim() === heading,
  );

/**
 * A reader's journey on `page`'s first widget, from every section closed,
 * in `lang`: the headings; a
 * click, then Enter, on a section button; show all; the events a page
 * script hears; and no error, rejection or warning on the page, from the
 * host's scripts or ours.
 */
export async function useWidget({ win, el }, lang = 'nl') {
  el.collapseAll();
  await el.updateComplete;
  expect(headings(el)).to.deep.equal(ALL_HEADINGS[lang]);
  const heard = [];
  el.addEventListener('aivd-mission-toggle', ({ detail }) =>
    heard.push(`${detail.section} ${detail.open ? 'opened' : 'closed'} (${detail.cause})`),
  );
  const values = sectionButton(el, HEADINGS[lang].values);
  const panel = el.shadowRoot.getElementById(values.getAttribute('aria-controls'));
  const text = panel.querySelector('p');

  values.click();
  await el.updateComplete;
  expect(values.getAttribute('aria-expanded')).to.equal('true');
  expect(text.checkVisibility()).to.equal(true);
  expect(el.open).to.equal('values');

  // The frame takes the keyboard first: WebDriver's keys go to the focused document.
  win.focus();
  values.focus();
  await until(() => win.document.hasFocus() && el.shadowRoot.activeElement === values, 'focus');
  await sendKeys({ press: 'Enter' });
  await until(() => values.getAttribute('aria-expanded') === 'false', 'Enter to close');
  expect(text.checkVisibility()).to.equal(false);

  el.shadowRoot.querySelector('[part~="toggle-all"]').click();
  await el.updateComplete;
  expect(el.open).to.equal('mission values capabilities organisation');

  expect(heard).to.deep.equal([
    'values opened (user)',
    'values closed (user)',
    'mission opened (toggle-all)',
    'values opened (toggle-all)',
    'capabilities opened (toggle-all)',
    'organisation opened (toggle-all)',
  ]);
  expect(win.__problems).to.deep.equal([]);
}
