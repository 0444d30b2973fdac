import { expect } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import { HEADINGS, button, isShown, panelOf } from './test-helpers.js';
import { TAG } from './names.js';

// A host page with the built ES module and one widget, every section
// collapsed, well below the fold.
const PAGE = '/test/fixtures/text-fragment.html';
// Words of the collapsed section "Wat de AIVD kan".
const TEXT = 'unieke informatie omdat';

/**
 * Opens `url` in a window of its own, from a real click: a text fragment acts
 * on a top-level page a reader navigates to. In a frame the engines differ
 * (measured: Firefox applies it, Chromium only after a click in the page,
 * WebKitGTK not at all), which is not what a reader meets.
 */
async function openFromClick(url: string): Promise<Window> {
  const link = document.createElement('button');
  link.textContent = 'open';
  link.style.cssText =
    'position: fixed; inset: 0 auto auto 0; width: 100px; height: 40px; z-index: 1';
  let opened: Window | null = null;
  link.addEventListener(
    'click',
    () => (opened = window.open(url, '_blank', 'width=800,height=600')),
  );
  document.body.append(link);
  try {
    await sendMouse({ type: 'click', position: [20, 20] });
  } finally {
    link.remove();
  }
  if (!opened) throw new Error('the window did not open');
  return opened;
}

/** Waits until `check()` holds or `ms` pass; says whether it held. */
async function until(check: () => boolean, ms = 4000): Promise<boolean> {
  for (const end = performance.now() + ms; performance.now() < end;) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

/** The page's widget once rendered; the window first holds about:blank, also 'complete'. */
async function widgetOf(win: Window): Promise<AivdMission> {
  const loaded = () => win.location.pathname === PAGE && win.document.readyState === 'complete';
  expect(await until(loaded), 'the page loads').to.equal(true);
  await win.customElements.whenDefined(TAG);
  const el = win.document.querySelector(TAG) as AivdMission;
  await el.updateComplete;
  return el;
}

describe('<aivd-mission> find-in-page, through a real navigation', () => {
  it('opens the collapsed section a text fragment (#:~:text=) names, shows its text and scrolls to it', async () => {
    const win = await openFromClick(`${PAGE}#:~:text=${encodeURIComponent(TEXT)}`);
    try {
      const el = await widgetOf(win);
      const b = button(el, HEADINGS.nl.capabilities);
      const opened = await until(() => b.getAttribute('aria-expanded') === 'true');
      expect(opened, 'the section the text is in opens').to.equal(true);
      expect(el.open).to.equal('capabilities');
      const panel = panelOf(el, b);
      expect(isShown(panel), 'its text is shown').to.equal(true);
      expect(panel.textContent!.includes(TEXT)).to.equal(true);
      // The match is scrolled into view: the page starts 1500 px above the widget.
      const { top, bottom } = panel.getBoundingClientRect();
      expect(top < win.innerHeight && bottom > 0, `the section is in view (top ${top})`).to.equal(
        true,
      );
      for (const other of [HEADINGS.nl.mission, HEADINGS.nl.values, HEADINGS.nl.organisation]) {
        expect(button(el, other).getAttribute('aria-expanded'), other).to.equal('false');
      }
    } finally {
      win.close();
    }
  });

  it('leaves every section collapsed when the text fragment matches nothing', async () => {
    const win = await openFromClick(`${PAGE}#:~:text=${encodeURIComponent('geen zulke tekst')}`);
    try {
      const el = await widgetOf(win);
      await new Promise((r) => setTimeout(r, 500));
      expect(el.open).to.equal('');
    } finally {
      win.close();
    }
  });
});
