import { expect, html, oneEvent } from '@open-wc/testing';
import type { AivdMissionToggleEvent } from './aivd-mission.js';
import {
  HEADINGS,
  button,
  buttons,
  isShown,
  mount,
  panelOf,
  shadow,
  textOf,
  toggleAll,
} from './test-helpers.js';
import { TAG } from './names.js';

describe('<aivd-mission>', () => {
  describe('expanding and collapsing', () => {
    it('starts with every section collapsed and its text hidden until found', async () => {
      const el = await mount();
      for (const b of buttons(el)) {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        const panel = panelOf(el, b);
        expect(panel.getAttribute('hidden')).to.equal('until-found');
        expect(isShown(panel)).to.equal(false);
      }
      expect(el.hasAttribute('open')).to.equal(false);
    });

    it('opens a section on click, updates `open` and fires the event', async () => {
      const el = await mount();
      const b = button(el, HEADINGS.nl.values);
      const event = oneEvent(el, 'aivd-mission-toggle');
      b.click();
      const { detail, bubbles, composed } = (await event) as AivdMissionToggleEvent;
      expect(detail).to.deep.equal({ section: 'values', open: true, cause: 'user' });
      expect(bubbles && composed).to.equal(true);
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panelOf(el, b))).to.equal(true);
      expect(el.getAttribute('open')).to.equal('values');
      expect(el.open).to.equal('values');
    });

    it('closes an open section on a second click', async () => {
      const el = await mount(html`<aivd-mission open="mission values"></aivd-mission>`);
      const b = button(el, HEADINGS.nl.mission);
      const event = oneEvent(el, 'aivd-mission-toggle');
      b.click();
      expect(((await event) as AivdMissionToggleEvent).detail).to.deep.equal({
        section: 'mission',
        open: false,
        cause: 'user',
      });
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(el.getAttribute('open')).to.equal('values');
    });

    it('follows the `open` attribute when a page sets it, and reports each change', async () => {
      const el = await mount();
      const seen: unknown[] = [];
      el.addEventListener('aivd-mission-toggle', (e) => seen.push(e.detail));
      el.setAttribute('open', 'capabilities organisation');
      await el.updateComplete;
      expect(button(el, HEADINGS.nl.capabilities).getAttribute('aria-expanded')).to.equal('true');
      expect(button(el, HEADINGS.nl.organisation).getAttribute('aria-expanded')).to.equal('true');
      expect(seen).to.deep.equal([
        { section: 'capabilities', open: true, cause: 'api' },
        { section: 'organisation', open: true, cause: 'api' },
      ]);
    });

    it('opens everything with open="all" and keeps the attribute the live state', async () => {
      const el = await mount(html`<aivd-mission open="all"></aivd-mission>`);
      expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(el.getAttribute('open')).to.equal('mission values capabilities organisation');
    });

    it('fires no event for the first render', async () => {
      let fired = 0;
      const el = document.createElement(TAG);
      el.setAttribute('open', 'all');
      el.addEventListener('aivd-mission-toggle', () => fired++);
      document.body.append(el);
      await el.updateComplete;
      expect(fired).to.equal(0);
      el.remove();
    });

    it('toggle(), expandAll() and collapseAll() change the state and report it', async () => {
      const el = await mount();
      expect(el.toggle('values')).to.equal(true);
      expect(el.toggle('values', true)).to.equal(true);
      expect(el.toggle('mission', false)).to.equal(false);
      await el.updateComplete;
      expect(el.open).to.equal('values');
      const seen: unknown[] = [];
      el.addEventListener('aivd-mission-toggle', (e) => seen.push(e.detail));
      el.expandAll();
      await el.updateComplete;
      expect(el.open).to.equal('mission values capabilities organisation');
      expect(seen).to.have.length(3);
      el.collapseAll();
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
      expect(buttons(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(false);
      expect(seen).to.have.length(7);
    });

    // The event's cause ('find') is toggle-cause.test.ts's; this is what the reader sees.
    it('opens a collapsed section when find-in-page matches its text (beforematch)', async () => {
      const el = await mount();
      const b = button(el, HEADINGS.nl.capabilities);
      const panel = panelOf(el, b);
      const event = oneEvent(el, 'aivd-mission-toggle');
      panel.dispatchEvent(new Event('beforematch'));
      const { section, open } = ((await event) as AivdMissionToggleEvent).detail;
      expect({ section, open }).to.deep.equal({ section: 'capabilities', open: true });
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hasAttribute('hidden')).to.equal(false);
      expect(isShown(panel)).to.equal(true);
      expect(el.open).to.equal('capabilities');
    });
  });

  describe('exclusive', () => {
    it('keeps at most one section open', async () => {
      const el = await mount(html`<aivd-mission exclusive open="values"></aivd-mission>`);
      const seen: unknown[] = [];
      el.addEventListener('aivd-mission-toggle', (e) => seen.push(e.detail));
      button(el, HEADINGS.nl.capabilities).click();
      await el.updateComplete;
      expect(el.open).to.equal('capabilities');
      expect(button(el, HEADINGS.nl.values).getAttribute('aria-expanded')).to.equal('false');
      expect(seen).to.deep.equal([
        { section: 'values', open: false, cause: 'user' },
        { section: 'capabilities', open: true, cause: 'user' },
      ]);
    });

    it('keeps the first of several ids named in `open`', async () => {
      const el = await mount(
        html`<aivd-mission exclusive open="organisation mission"></aivd-mission>`,
      );
      expect(el.getAttribute('open')).to.equal('organisation');
      expect(
        buttons(el)
          .filter((b) => b.getAttribute('aria-expanded') === 'true')
          .map(textOf),
      ).to.deep.equal([HEADINGS.nl.organisation]);
    });

    it('closes all but the first open section when switched on at run time', async () => {
      const el = await mount(html`<aivd-mission open="mission capabilities"></aivd-mission>`);
      const seen: unknown[] = [];
      el.addEventListener('aivd-mission-toggle', (e) => seen.push(e.detail));
      el.exclusive = true;
      await el.updateComplete;
      expect(el.open).to.equal('mission');
      expect(toggleAll(el)).to.equal(null);
      expect(seen).to.deep.equal([{ section: 'capabilities', open: false, cause: 'api' }]);
      el.exclusive = false;
      await el.updateComplete;
      expect(toggleAll(el)).not.to.equal(null);
    });

    it('has no show all button', async () => {
      const el = await mount(html`<aivd-mission exclusive></aivd-mission>`);
      expect(toggleAll(el)).to.equal(null);
    });
  });

  describe('show all / hide all', () => {
    it('opens every section, then closes every section, with its label and state following', async () => {
      const el = await mount();
      const all = toggleAll(el)!;
      expect(textOf(all)).to.equal('Alle onderdelen openen');
      expect(all.getAttribute('aria-expanded')).to.equal('false');
      all.click();
      await el.updateComplete;
      expect(textOf(all)).to.equal('Alle onderdelen sluiten');
      expect(all.getAttribute('aria-expanded')).to.equal('true');
      expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      all.click();
      await el.updateComplete;
      expect(buttons(el).some((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(false);
    });

    it('says "Show all sections" / "Hide all sections" in English', async () => {
      const el = await mount(html`<aivd-mission lang="en"></aivd-mission>`);
      expect(textOf(toggleAll(el)!)).to.equal('Show all sections');
      el.expandAll();
      await el.updateComplete;
      expect(textOf(toggleAll(el)!)).to.equal('Hide all sections');
    });

    it('is absent when fewer than two collapsible sections show', async () => {
      const el = await mount(html`<aivd-mission sections="intro values"></aivd-mission>`);
      expect(toggleAll(el)).to.equal(null);
      el.sections = 'values mission';
      await el.updateComplete;
      expect(toggleAll(el)).not.to.equal(null);
    });
  });

  describe('heading-level', () => {
    it('renders real headings of the level asked for, wrapping the buttons', async () => {
      const el = await mount(html`<aivd-mission heading-level="4"></aivd-mission>`);
      const headings = shadow(el).querySelectorAll('[part~="heading"]');
      expect(headings).to.have.length(4);
      for (const h of headings) {
        expect(h.localName).to.equal('h4');
        expect(h.firstElementChild!.localName).to.equal('button');
      }
      el.headingLevel = 3;
      await el.updateComplete;
      expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h3');
    });

    it('defaults to level 2', async () => {
      const el = await mount();
      expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h2');
    });
  });

  describe('sections that are not shown', () => {
    it('cannot be open: `open` keeps only shown sections', async () => {
      const el = await mount(
        html`<aivd-mission sections="mission" open="values mission"></aivd-mission>`,
      );
      expect(el.open).to.equal('mission');
      el.sections = 'values';
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.equal(false);
    });

    it('keeps the first shown section under exclusive', async () => {
      const el = await mount(
        html`<aivd-mission
          sections="mission values"
          exclusive
          open="organisation values"
        ></aivd-mission>`,
      );
      expect(el.open).to.equal('values');
      expect(button(el, HEADINGS.nl.values).getAttribute('aria-expanded')).to.equal('true');
    });
  });
});
