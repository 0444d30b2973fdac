import { expect, fixture, html } from '@open-wc/testing';
import {
  HEADINGS,
  button,
  buttons,
  mount,
  mountAll,
  shadow,
  textOf,
  toggleAll,
} from './test-helpers.js';
import type { AivdMission } from './aivd-mission.js';
import { TAG, ids } from './names.js';

const firstHeading = (el: AivdMission) => textOf(buttons(el)[0]!);
/** The lang that the rendered content carries. */
const shownLang = (el: AivdMission) => shadow(el).querySelector('[lang]')!.getAttribute('lang');

/** Waits for the shared lang observer and the re-render it asks for. */
const settle = async (el: AivdMission) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('<aivd-mission> language', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (htmlLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', htmlLang);
  });

  it('renders Dutch when no lang is set anywhere', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await mount();
    expect(firstHeading(el)).to.equal(HEADINGS.nl.mission);
    expect(shownLang(el)).to.equal('nl');
  });

  it('takes its own lang first', async () => {
    const el = await mount(html`<div lang="nl"><aivd-mission lang="en"></aivd-mission></div>`);
    expect(firstHeading(el)).to.equal(HEADINGS.en.mission);
    expect(shownLang(el)).to.equal('en');
  });

  it("takes the nearest ancestor's lang, then <html lang>", async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await mount(
      html`<section lang="nl">
        <div><aivd-mission></aivd-mission></div>
      </section>`,
    );
    expect(firstHeading(el)).to.equal(HEADINGS.nl.mission);
    const free = await mount();
    expect(firstHeading(free)).to.equal(HEADINGS.en.mission);
  });

  it('accepts region subtags in any case', async () => {
    for (const [lang, expected] of [
      ['en-GB', 'en'],
      ['EN-us', 'en'],
      ['nl-BE', 'nl'],
      ['NL', 'nl'],
    ] as const) {
      const el = await mount(html`<aivd-mission lang=${lang}></aivd-mission>`);
      expect(shownLang(el), lang).to.equal(expected);
    }
  });

  it('renders Dutch for a language it does not have, marked as Dutch', async () => {
    const el = await mount(html`<div lang="de"><aivd-mission></aivd-mission></div>`);
    expect(firstHeading(el)).to.equal(HEADINGS.nl.mission);
    expect(shownLang(el)).to.equal('nl');
  });

  it('shows two languages side by side on one page', async () => {
    const all = await mountAll(
      html`<div>
        <aivd-mission lang="nl"></aivd-mission>
        <aivd-mission lang="en"></aivd-mission>
      </div>`,
    );
    const [nl, en] = all;
    nl!.expandAll();
    en!.expandAll();
    await Promise.all([nl!.updateComplete, en!.updateComplete]);
    expect(textOf(toggleAll(nl!)!)).to.equal('Alle onderdelen sluiten');
    expect(textOf(toggleAll(en!)!)).to.equal('Hide all sections');
    expect(textOf(shadow(en!))).to.include('General Intelligence and Security Service');
    expect(textOf(shadow(nl!))).to.include('Algemene Inlichtingen- en Veiligheidsdienst');
  });

  it('re-renders when its own lang, an ancestor lang or <html lang> changes', async () => {
    document.documentElement.setAttribute('lang', 'nl');
    const el = await mount(html`<div><aivd-mission></aivd-mission></div>`);
    const parent = el.parentElement!;

    document.documentElement.setAttribute('lang', 'en');
    await settle(el);
    expect(shownLang(el)).to.equal('en');

    parent.setAttribute('lang', 'nl');
    await settle(el);
    expect(shownLang(el)).to.equal('nl');

    el.lang = 'en-GB';
    await settle(el);
    expect(firstHeading(el)).to.equal(HEADINGS.en.mission);

    el.removeAttribute('lang');
    await settle(el);
    expect(firstHeading(el)).to.equal(HEADINGS.nl.mission);
  });

  it('follows its own lang inside another shadow root', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement(TAG);
    root.append(el);
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await settle(el);
    expect(shownLang(el)).to.equal('en');
  });

  it("follows an ancestor's lang inside another shadow root", async () => {
    const outer = await fixture<HTMLDivElement>(html`<div></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section lang="nl"><aivd-mission></aivd-mission></section>';
    const el = root.querySelector(TAG)!;
    await el.updateComplete;
    expect(shownLang(el)).to.equal('nl');
    root.querySelector('section')!.setAttribute('lang', 'en');
    await settle(el);
    expect(shownLang(el)).to.equal('en');
  });

  it('keeps what is open when the language changes', async () => {
    const el = await mount(html`<aivd-mission lang="nl" open="values"></aivd-mission>`);
    el.lang = 'en';
    await settle(el);
    expect(el.open).to.equal('values');
    expect(firstHeading(el)).to.equal(HEADINGS.en.mission);
    expect(buttons(el)[1]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('re-renders one of two elements when only its language changes', async () => {
    const all = await mountAll(
      html`<div>
        <aivd-mission lang="nl"></aivd-mission><aivd-mission lang="nl"></aivd-mission>
      </div>`,
    );
    const [first, second] = all;
    second!.lang = 'en';
    await settle(second!);
    expect(shownLang(first!)).to.equal('nl');
    expect(shownLang(second!)).to.equal('en');
  });

  it('takes the language of a new parent when moved', async () => {
    const el = await mount(
      html`<div>
        <div lang="nl"><aivd-mission></aivd-mission></div>
        <div lang="en" id="target"></div>
      </div>`,
    );
    expect(shownLang(el)).to.equal('nl');
    el.parentElement!.parentElement!.querySelector('#target')!.append(el);
    await settle(el);
    expect(shownLang(el)).to.equal('en');
  });

  it('keeps keyboard focus on the same control when the language changes', async () => {
    const el = await mount(html`<div lang="nl"><aivd-mission open="values"></aivd-mission></div>`);
    button(el, HEADINGS.nl.values).focus();
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal(ids.button('values'));
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal(HEADINGS.en.values);
  });

  // A new language or heading level replaces the whole tree; the copy-link
  // button is added to it after the rest, with its section's open state.
  for (const [change, value] of [
    ['lang', 'en'],
    ['heading-level', '3'],
  ] as const) {
    it(`keeps keyboard focus on a copy-link button when ${change} changes`, async () => {
      const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
      const copy = () => shadow(el).getElementById(ids.copy('values'));
      copy()!.focus();
      el.setAttribute(change, value);
      await settle(el);
      expect(shadow(el).activeElement === copy(), 'the new copy-link button has focus').to.equal(
        true,
      );
      expect(document.activeElement === el, 'focus is still in the widget').to.equal(true);
    });
  }

  it('runs left to right on a right-to-left page, and leaves the page around it alone', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div lang="ar" dir="rtl">
        <p>نص الصفحة</p>
        <aivd-mission open="values"></aivd-mission>
      </div>`,
    );
    const el = page.querySelector('aivd-mission') as AivdMission;
    await el.updateComplete;
    const direction = (node: Element) => getComputedStyle(node).direction;
    expect(direction(page.querySelector('p')!)).to.equal('rtl');
    for (const node of shadow(el).querySelectorAll('button, p, li, h2')) {
      expect(direction(node), textOf(node).slice(0, 30)).to.equal('ltr');
    }
    // The chevron stays at the start of the line, before the heading's text.
    const b = button(el, HEADINGS.nl.values);
    const icon = b.querySelector('[part~="icon"]')!;
    expect(
      icon.getBoundingClientRect().left < b.getBoundingClientRect().left + b.offsetWidth / 2,
      'the chevron is on the left half of its button',
    ).to.equal(true);
  });
});
