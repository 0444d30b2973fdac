import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  HEADINGS,
  button,
  buttons,
  mount,
  panelOf,
  pressChord,
  shadow,
  toggleAll,
} from './test-helpers.js';

/** The element that has focus, looking inside the widget's shadow root. */
const focused = (root: ShadowRoot) => root.activeElement;

describe('<aivd-mission> with the keyboard', () => {
  it('opens and closes a section with Enter', async () => {
    const el = await mount();
    const b = button(el, HEADINGS.nl.mission);
    b.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(el.open).to.equal('mission');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  it('opens a section with Space', async () => {
    const el = await mount();
    const b = button(el, HEADINGS.nl.values);
    b.focus();
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(focused(shadow(el))).to.equal(b);
  });

  it('moves focus between section buttons with Arrow Down/Up, Home and End, wrapping', async () => {
    const el = await mount();
    const [first, second, , last] = buttons(el);
    first!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(shadow(el))).to.equal(second);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(shadow(el))).to.equal(first);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(shadow(el))).to.equal(last);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(shadow(el))).to.equal(first);
    await sendKeys({ press: 'End' });
    expect(focused(shadow(el))).to.equal(last);
    await sendKeys({ press: 'Home' });
    expect(focused(shadow(el))).to.equal(first);
  });

  it('leaves Shift+Arrow and Ctrl+Home to the browser', async () => {
    const el = await mount();
    const [first] = buttons(el);
    first!.focus();
    await pressChord(['Shift', 'ArrowDown']);
    await pressChord(['Control', 'End']);
    expect(focused(shadow(el))).to.equal(first);
  });

  it('does not scroll the page when an arrow key moves focus', async () => {
    const el = await mount();
    let defaultPrevented = false;
    el.addEventListener('keydown', (e) => (defaultPrevented = e.defaultPrevented));
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(defaultPrevented).to.equal(true);
  });

  it('leaves arrow keys alone inside an open panel', async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    const panel = panelOf(el, button(el, HEADINGS.nl.values));
    // Focus inside the panel, as a reader selecting text would have it.
    const p = panel.querySelector('p')!;
    p.tabIndex = -1;
    p.focus();
    let defaultPrevented: boolean | undefined;
    el.addEventListener('keydown', (e) => (defaultPrevented = e.defaultPrevented));
    await sendKeys({ press: 'ArrowDown' });
    expect(defaultPrevented).to.equal(false);
    expect(focused(shadow(el))).to.equal(p);
  });

  it('reaches the show all button, every section button and the copy-link button of an open panel with Tab, in order', async () => {
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    const reached: Element[] = [];
    for (let i = 0; i < 6; i++) {
      await sendKeys({ press: 'Tab' });
      reached.push(focused(shadow(el))!);
    }
    const [mission, ...others] = buttons(el);
    const copyLink = shadow(el).querySelector('[part~="copy-link"]');
    expect(reached).to.deep.equal([toggleAll(el), mission, copyLink, ...others]);
    before.remove();
  });
});
