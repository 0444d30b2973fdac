import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  HEADINGS,
  button,
  isShown,
  mount,
  mountAll,
  panelOf,
  shadow,
  textOf,
} from './test-helpers.js';
import type { AivdMission } from './aivd-mission.js';
import { ids } from './names.js';

const setHash = (hash: string) =>
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);

/** Changes the fragment as a link click would, and waits for hashchange. */
async function navigate(hash: string) {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

const inViewport = (node: Element) => {
  const { top, bottom } = node.getBoundingClientRect();
  return top >= 0 && bottom <= innerHeight + 1 && top < innerHeight;
};

describe('<aivd-mission> deep links', () => {
  afterEach(() => setHash(''));

  it('opens and scrolls to the section named by #aivd-mission-<id> on load', async () => {
    setHash('#aivd-mission-capabilities');
    const el = await mount(
      html`<div>
        <div style="height: 2000px"></div>
        <aivd-mission></aivd-mission>
      </div>`,
    );
    await el.updateComplete;
    expect(el.open).to.equal('capabilities');
    expect(inViewport(button(el, HEADINGS.nl.capabilities))).to.equal(true);
  });

  it('moves keyboard focus to the linked section on load: the next Tab goes on from there', async () => {
    setHash('#aivd-mission-capabilities');
    const el = await mount(
      html`<div>
        <button>eerder op de pagina</button>
        <div style="height: 2000px"></div>
        <aivd-mission></aivd-mission>
      </div>`,
    );
    const b = button(el, HEADINGS.nl.capabilities);
    await waitUntil(() => shadow(el).activeElement === b, 'the linked button takes focus');
    expect(document.activeElement).to.equal(el);
    await sendKeys({ press: 'Tab' });
    // The copy-link button at the end of the section just opened.
    expect(shadow(el).activeElement).to.equal(shadow(el).getElementById(ids.copy('capabilities')));
  });

  it('leaves focus where the reader put it before a late upgrade, and still opens the section', async () => {
    setHash('#aivd-mission-capabilities');
    const page = await fixture<HTMLDivElement>(html`<div><input aria-label="Zoeken" /></div>`);
    const search = page.querySelector('input')!;
    search.focus();
    // The element arrives after the reader moved on, as from a slow script.
    const el = document.createElement('aivd-mission') as AivdMission;
    page.append(el);
    await waitUntil(() => el.open === 'capabilities', 'the linked section opens');
    await el.updateComplete;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement === search, 'the search field keeps focus').to.equal(true);
  });

  for (const [style, margin] of [
    ['', 16],
    ['--aivd-mission-scroll-margin: 80px', 80],
  ] as const) {
    it(`leaves ${margin} px above a linked section (${style || 'default 1rem'}), its button focused`, async () => {
      const el = await mount(
        html`<div>
          <div style="height: 2000px"></div>
          <aivd-mission style=${style}></aivd-mission>
          <div style="height: 3000px"></div>
        </div>`,
      );
      await navigate('#aivd-mission-values');
      const b = button(el, HEADINGS.nl.values);
      await waitUntil(() => shadow(el).activeElement === b, 'the linked button takes focus');
      const top = shadow(el).getElementById(ids.section('values'))!.getBoundingClientRect().top;
      expect(top).to.be.closeTo(margin, 1);
    });
  }

  // The event a link causes ('link') is toggle-cause.test.ts's; this is what the reader sees.
  it('opens the section a followed link names (hashchange)', async () => {
    const el = await mount(
      html`<div>
        <aivd-mission></aivd-mission>
        <div style="height: 3000px"></div>
      </div>`,
    );
    await navigate('#aivd-mission-organisation');
    await el.updateComplete;
    const b = button(el, HEADINGS.nl.organisation);
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panelOf(el, b))).to.equal(true);
    expect(el.open).to.equal('organisation');
  });

  it('uses #<element id>-<id> for an element with an id, so two elements open separately', async () => {
    const [first, second] = await mountAll(
      html`<div>
        <aivd-mission id="missie"></aivd-mission>
        <aivd-mission id="mission-en" lang="en"></aivd-mission>
      </div>`,
    );
    await navigate('#mission-en-values');
    await second!.updateComplete;
    expect(second!.open).to.equal('values');
    expect(first!.open).to.equal('');
    await navigate('#missie-mission');
    await first!.updateComplete;
    expect(first!.open).to.equal('mission');
    await navigate('#aivd-mission-organisation');
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    expect([first!.open, second!.open]).to.deep.equal(['mission', 'values']);
  });

  // Which fragments name a section is deep-link.spec.ts's (sectionFromHash).
  it('ignores a fragment that names a section not shown', async () => {
    const el = await mount(html`<aivd-mission sections="mission values"></aivd-mission>`);
    await navigate('#aivd-mission-organisation');
    await el.updateComplete;
    expect(el.open).to.equal('');
  });

  it('scrolls only the first of several widgets without an id to a deep link', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#aivd-mission-organisation`,
    );
    try {
      // Both widgets below the fold, from the top of the page: only a scroll to
      // the first brings its section into view.
      scrollTo(0, 0);
      const [first, second] = await mountAll(
        html`<div>
          <div style="height: 3000px"></div>
          <aivd-mission></aivd-mission>
          <div style="height: 3000px"></div>
          <aivd-mission></aivd-mission>
          <div style="height: 3000px"></div>
        </div>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(second!.open).to.equal('organisation');
      const { top } = button(first!, HEADINGS.nl.organisation).getBoundingClientRect();
      expect(top).to.be.within(0, innerHeight);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });

  describe('copy link', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    const fakeClipboard = (writeText: (text: string) => Promise<void>) =>
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    });

    it('copies the link to an open section and says so', async () => {
      const written: string[] = [];
      fakeClipboard(async (text) => void written.push(text));
      const el = await mount(html`<aivd-mission id="missie" open="values"></aivd-mission>`);
      const panel = panelOf(el, button(el, HEADINGS.nl.values));
      const copy = panel.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
      expect(textOf(copy)).to.equal('Link naar dit onderdeel kopiëren');
      copy.click();
      const status = panel.querySelector('[role="status"]')!;
      // Filled a frame after it was emptied (see the accessibility tests).
      await waitUntil(() => textOf(status) !== '', 'the status says how the copy went');
      expect(written).to.have.length(1);
      expect(new URL(written[0]!).hash).to.equal('#missie-values');
      expect(textOf(status)).to.equal('Link gekopieerd');
    });

    it('says so again on a second copy: the status changes, so screen readers announce it', async () => {
      fakeClipboard(async () => {});
      const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
      const panel = panelOf(el, button(el, HEADINGS.nl.values));
      const status = panel.querySelector('[role="status"]')!;
      const said: string[] = [];
      new MutationObserver(() => said.push(textOf(status))).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      for (let i = 0; i < 2; i++) {
        panel.querySelector<HTMLButtonElement>('[part~="copy-link"]')!.click();
        const reported = () => said.filter((text) => text === 'Link gekopieerd').length;
        await waitUntil(() => reported() === i + 1, `copy ${i + 1} is reported`);
      }
      expect(said.filter((text) => text === 'Link gekopieerd')).to.have.length(2);
    });

    it('says so, and shows the link, when the browser refuses to copy', async () => {
      fakeClipboard(() => Promise.reject(new Error('denied')));
      const el = await mount(html`<aivd-mission lang="en" open="mission"></aivd-mission>`);
      const panel = panelOf(el, button(el, HEADINGS.en.mission));
      panel.querySelector<HTMLButtonElement>('[part~="copy-link"]')!.click();
      const live = panel.querySelector('[role="status"]')!;
      await waitUntil(() => textOf(live) !== '', 'the status says how the copy went');
      const status = textOf(live);
      expect(status).to.match(
        /^The link could not be copied\. Here it is: http.*#aivd-mission-mission$/,
      );
    });

    it('is a button described by its section, reachable with Tab', async () => {
      const el = await mount(html`<aivd-mission open="values" sections="values"></aivd-mission>`);
      const copy = shadow(el).querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
      expect(copy.localName).to.equal('button');
      expect(shadow(el).getElementById(copy.getAttribute('aria-describedby')!)).to.equal(
        button(el, HEADINGS.nl.values),
      );
      expect(copy.getBoundingClientRect().height).to.be.at.least(44);
      button(el, HEADINGS.nl.values).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === copy, 'the copy-link button has focus').to.equal(true);
    });
  });

  // A removed element never renders, so it would fire no event even if it
  // still listened; its `open` attribute, written by toggle() whether or not
  // it is connected, shows whether it did.
  it('stops following the fragment once removed', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    el.remove();
    await navigate('#aivd-mission-values');
    expect(el.open).to.equal('');
    parent.append(el);
    await el.updateComplete;
    expect(el.open).to.equal('');
    expect(button(el, HEADINGS.nl.values).getAttribute('aria-expanded')).to.equal('false');
  });
});
