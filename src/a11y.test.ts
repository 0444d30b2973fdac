import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import {
  HEADINGS,
  button,
  buttons,
  contrast,
  isShown,
  itIn,
  mount,
  panelOf,
  shadow,
  textOf,
  toggleAll,
} from './test-helpers.js';
import { TAG } from './names.js';

// Chromium-only channels: the others' drivers (WebDriver BiDi, WebDriver) have no equivalent.
// (The platform accessibility tree of every engine is tested through AT-SPI: test/at/.)
const mediaOnlyInChromium = itIn(['chromium'], 'media emulation is reachable only over CDP');

const forcedColors = (value: 'active' | 'none') =>
  executeServerCommand('emulate-media-features', [{ name: 'forced-colors', value }]);

describe('<aivd-mission> accessibility', () => {
  for (const lang of ['nl', 'en']) {
    it(`has no axe violations in ${lang}, collapsed and expanded`, async () => {
      const el = await mount(html`<main><aivd-mission lang=${lang}></aivd-mission></main>`);
      await expect(el).to.be.accessible();
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('has no axe violations with heading-level 1, exclusive, and one section', async () => {
    const el = await mount(
      html`<aivd-mission heading-level="1" exclusive open="values"></aivd-mission>`,
    );
    await expect(el).to.be.accessible();
    el.sections = 'values';
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  for (const [lang, toggleName, heading] of [
    ['nl', 'Alle onderdelen openen', HEADINGS.nl.values],
    ['en', 'Show all sections', HEADINGS.en.values],
  ] as const) {
    it(`exposes headings, buttons and a labelled region through the DOM and ARIA (${lang})`, async () => {
      const el = await mount(
        html`<aivd-mission lang=${lang} heading-level="3" open="values"></aivd-mission>`,
      );
      const headings = [...shadow(el).querySelectorAll('[part~="heading"]')];
      const values = headings.find((h) => textOf(h) === heading)!;
      expect(values.localName).to.equal('h3');
      const b = values.querySelector('button')!;
      expect(textOf(b)).to.equal(heading);
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      const regions = [...shadow(el).querySelectorAll('[role="region"]')];
      expect(regions).to.deep.equal([panelOf(el, b)]);
      expect(
        textOf(shadow(el).getElementById(regions[0]!.getAttribute('aria-labelledby')!)!),
      ).to.equal(heading);
      expect(textOf(toggleAll(el)!)).to.equal(toggleName);
      // Collapsed panels are hidden, so out of the accessibility tree.
      for (const other of buttons(el).filter((x) => x !== b)) {
        expect(panelOf(el, other).hasAttribute('hidden')).to.equal(true);
        expect(isShown(panelOf(el, other))).to.equal(false);
      }
    });
  }

  it('ties each button to its panel with aria-controls, and an open panel back with aria-labelledby', async () => {
    const el = await mount(html`<aivd-mission open="all"></aivd-mission>`);
    for (const b of buttons(el)) {
      const panel = panelOf(el, b);
      expect(panel.getAttribute('role')).to.equal('region');
      expect(panel.getAttribute('aria-labelledby')).to.equal(b.id);
    }
  });

  it('shows a focus ring of at least 2px on keyboard focus', async () => {
    const el = await mount();
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const b = buttons(el)[1]!;
    expect(shadow(el).activeElement).to.equal(b);
    const style = getComputedStyle(b);
    expect(style.outlineStyle).to.not.equal('none');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  itIn(
    ['chromium'],
    'forced colours can be emulated only over CDP (and WebKit has no forced-colours mode)',
  )('keeps a focus ring in forced-colors mode', async () => {
    const el = await mount();
    await forcedColors('active');
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      const style = getComputedStyle(buttons(el)[1]!);
      const highlight = document.createElement('span');
      highlight.style.color = 'Highlight';
      document.body.append(highlight);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      expect(style.outlineColor).to.equal(getComputedStyle(highlight).color);
      highlight.remove();
    } finally {
      await forcedColors('none');
    }
  });

  it('has targets at least 44 CSS px high', async () => {
    const el = await mount();
    for (const b of [...buttons(el), toggleAll(el)!]) {
      expect(b.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  it('has text and controls of at least 4.5:1 contrast in the default theme, on white and light grey', async () => {
    for (const background of ['rgb(255, 255, 255)', 'rgb(243, 243, 243)']) {
      const el = await mount(
        html`<div style="background:${background};color:#1a1a1a">
          <aivd-mission open="values"></aivd-mission>
        </div>`,
      );
      for (const node of [...buttons(el), toggleAll(el)!]) {
        expect(contrast(getComputedStyle(node).color, background)).to.be.at.least(4.5);
      }
    }
  });

  it("turns the chevron with a transition exactly when the engine's own setting allows motion", async () => {
    const el = await mount();
    const icon = shadow(el).querySelector('[part~="icon"]')!;
    const moves = parseFloat(getComputedStyle(icon).transitionDuration) > 0;
    expect(moves).to.equal(matchMedia('(prefers-reduced-motion: no-preference)').matches);
  });

  mediaOnlyInChromium('turns the chevron only when motion is allowed', async () => {
    const el = await mount();
    const icon = shadow(el).querySelector('[part~="icon"]')!;
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.equal(0);
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('turns the chevron of an open section a quarter turn, from pointing right to pointing down', async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    // The chevron's rotation in degrees, clockwise, from its computed transform.
    const angle = (name: string) => {
      const icon = button(el, name).querySelector('[part~="icon"]')!;
      const { a, b } = new DOMMatrix(getComputedStyle(icon).transform);
      return Math.round((Math.atan2(b, a) * 180) / Math.PI);
    };
    expect(angle(HEADINGS.nl.capabilities)).to.equal(-45);
    expect(angle(HEADINGS.nl.values)).to.equal(45);
  });

  mediaOnlyInChromium('prints every section expanded, without the show all button', async () => {
    const el = await mount();
    await emulateMedia({ media: 'print' });
    try {
      for (const b of buttons(el)) expect(isShown(panelOf(el, b))).to.equal(true);
      expect(getComputedStyle(toggleAll(el)!).display).to.equal('none');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(isShown(panelOf(el, buttons(el)[0]!))).to.equal(false);
  });

  it('takes the width it is given in a flex row, a grid track or an inline-block', async () => {
    for (const style of [
      'display:flex',
      'display:grid;grid-template-columns:auto 200px',
      'display:inline-block',
    ]) {
      const el = await mount(
        html`<div style=${style}>
          <aivd-mission></aivd-mission>
          <aside>zijbalk</aside>
        </div>`,
      );
      expect(el.getBoundingClientRect().width, style).to.be.greaterThan(300);
      expect(el.getBoundingClientRect().height, style).to.be.lessThan(1000);
    }
  });

  it('reflows at 320 CSS px without horizontal scrolling', async () => {
    // A frame 320 CSS px wide is a 320 px viewport in every engine (WebDriver cannot set one).
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(frame);
    const doc = frame.contentDocument!;
    doc.body.innerHTML = '<aivd-mission open="all" lang="nl"></aivd-mission>';
    const script = Object.assign(doc.createElement('script'), {
      type: 'module',
      src: '/lib/aivd-mission.js',
    });
    await new Promise((resolve) => {
      script.onload = resolve;
      doc.head.append(script);
    });
    const el = doc.querySelector(TAG) as AivdMission;
    await el.updateComplete;
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    // Nothing inside overflows the widget either (it would be clipped, not scrolled).
    for (const node of shadow(el).querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(320);
    }
  });
});
