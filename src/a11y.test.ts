import { expect, fixture, html } from '@open-wc/testing';
import {
  emulateMedia,
  executeServerCommand,
  resetMouse,
  sendKeys,
  sendMouse,
} from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import {
  HEADINGS,
  button,
  buttons,
  contrast,
  engine,
  isShown,
  itIn,
  mount,
  panelOf,
  pressChord,
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

/**
 * A frame of `width` × `height` CSS px (a viewport of that size in every
 * engine; WebDriver cannot set one) holding a widget with every section open.
 */
async function widgetInFrame(width: number, height: number) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0`;
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
  return { doc, el };
}

/**
 * No horizontal scrolling, and every text of the widget inside the box of the
 * element that holds it: nothing cut off, spilling over or overlapping.
 */
function expectTextWhole(doc: Document, el: AivdMission, width: number) {
  expect(doc.documentElement.scrollWidth, `no horizontal scrolling at ${width}`).to.be.at.most(
    width,
  );
  const walker = doc.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  let checked = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent!.trim()) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    const text = range.getBoundingClientRect();
    const box = node.parentElement!.getBoundingClientRect();
    const inside =
      text.top >= box.top - 1 &&
      text.bottom <= box.bottom + 1 &&
      text.left >= box.left - 1 &&
      text.right <= box.right + 1 &&
      text.right <= width;
    expect(inside, `"${node.textContent!.trim().slice(0, 40)}" at ${width}`).to.equal(true);
    checked++;
  }
  expect(checked, 'texts checked').to.be.greaterThan(20);
}

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

  it('lets Tab and Shift+Tab through the widget and out of it, every section open (no keyboard trap)', async () => {
    const host = await fixture<HTMLDivElement>(
      html`<div>
        <button>before</button><aivd-mission open="all"></aivd-mission><button>after</button>
      </div>`,
    );
    const el = host.querySelector(TAG) as AivdMission;
    await el.updateComplete;
    const [before, after] = [...host.querySelectorAll(':scope > button')] as HTMLElement[];
    const copyLinks = [...shadow(el).querySelectorAll('[part~="copy-link"]')];
    const inside = [toggleAll(el)!, ...buttons(el).flatMap((b, i) => [b, copyLinks[i]!])];
    // Where focus is: the page's element, or the widget's own control.
    const where = () =>
      document.activeElement === el ? shadow(el).activeElement : document.activeElement;
    before!.focus();
    for (const expected of [...inside, after]) {
      await sendKeys({ press: 'Tab' });
      expect(where() === expected, `Tab reaches ${expected!.textContent!.trim()}`).to.equal(true);
    }
    // WebDriver takes Tab as its key code, which the chord command passes through.
    const tab = engine === 'webkit' ? '\uE004' : 'Tab';
    for (const expected of [...inside].reverse().concat(before!)) {
      await pressChord(['Shift', tab]);
      expect(where() === expected, `Shift+Tab reaches ${expected.textContent!.trim()}`).to.equal(
        true,
      );
    }
  });

  it('hides the chevron from assistive technology: no text, aria-hidden, each button named by its heading alone', async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    for (const b of buttons(el)) {
      const icons = [...b.querySelectorAll('[part~="icon"]')];
      expect(icons.length, 'one chevron per button').to.equal(1);
      const icon = icons[0]!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.textContent).to.equal('');
      // Nor generated text, which an accessible name would take in.
      for (const pseudo of ['::before', '::after']) {
        expect(['none', 'normal', '""']).to.include(getComputedStyle(icon, pseudo).content);
      }
      // The name from content: the button's text without what aria-hidden removes.
      const named = [...b.childNodes]
        .filter((node) => !(node instanceof Element && node.getAttribute('aria-hidden') === 'true'))
        .map((node) => node.textContent)
        .join('');
      expect(named.trim()).to.equal(textOf(b));
      expect(Object.values(HEADINGS.nl)).to.include(textOf(b));
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

  it('has copy-link and body text at 4.5:1, the focus ring and chevron at 3:1 or more in the default theme, on white and light grey', async () => {
    for (const background of ['rgb(255, 255, 255)', 'rgb(243, 243, 243)']) {
      const el = await mount(
        html`<div style="background:${background};color:#1a1a1a">
          <aivd-mission open="values"></aivd-mission>
        </div>`,
      );
      const copy = shadow(el).querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
      const texts = [
        copy,
        shadow(el).querySelector('[part~="intro"] p')!,
        panelOf(el, button(el, HEADINGS.nl.values)).querySelector('p, li')!,
      ];
      for (const node of texts) {
        const ratio = contrast(getComputedStyle(node).color, background);
        expect(ratio, `${node.localName} on ${background}`).to.be.at.least(4.5);
      }
      // The ring as a keyboard user gets it, on a section button and on copy-link.
      buttons(el)[0]!.focus();
      await sendKeys({ press: 'ArrowDown' });
      // Read at once: a computed style is live, and the ring goes with focus.
      const ring = (node: Element) => {
        const { outlineStyle, outlineColor } = getComputedStyle(node);
        return { outlineStyle, outlineColor };
      };
      const rings = [ring(buttons(el)[1]!)];
      button(el, HEADINGS.nl.values).focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement === copy, 'copy-link has focus').to.equal(true);
      rings.push(ring(copy));
      // The chevron, drawn by its borders, a non-text contrast of 3:1 too.
      for (const b of buttons(el)) {
        const icon = b.querySelector('[part~="icon"]')!;
        const chevron = getComputedStyle(icon).borderRightColor;
        expect(contrast(chevron, background), `chevron on ${background}`).to.be.at.least(3);
      }
      for (const { outlineStyle, outlineColor } of rings) {
        expect(outlineStyle).to.not.equal('none');
        expect(contrast(outlineColor, background)).to.be.at.least(3);
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
    const { doc, el } = await widgetInFrame(320, 640);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    // Nothing inside overflows the widget either (it would be clipped, not scrolled).
    for (const node of shadow(el).querySelectorAll('*')) {
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(320);
    }
  });

  it('keeps every text whole with WCAG text spacing, every section open, at 1280 and 320 CSS px', async () => {
    // WCAG 1.4.12's values, set inside the shadow root, where a reader's own style cannot reach (L7).
    const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`;
    for (const width of [1280, 320]) {
      const { doc, el } = await widgetInFrame(width, 640);
      const style = doc.createElement('style');
      style.textContent = spacing;
      shadow(el).append(style);
      const text = getComputedStyle(shadow(el).querySelector('[part~="panel"] p')!);
      const ratio = parseFloat(text.lineHeight) / parseFloat(text.fontSize);
      expect(ratio, 'the spacing is applied').to.be.closeTo(1.5, 0.01);
      expectTextWhole(doc, el, width);
    }
  });

  it('keeps every text whole with the text at 200 %, every section open, at 1280 and 640 CSS px', async () => {
    for (const width of [1280, 640]) {
      const { doc, el } = await widgetInFrame(width, 640);
      const before = parseFloat(
        getComputedStyle(shadow(el).querySelector('[part~="panel"] p')!).fontSize,
      );
      doc.documentElement.style.fontSize = '200%';
      const after = parseFloat(
        getComputedStyle(shadow(el).querySelector('[part~="panel"] p')!).fontSize,
      );
      expect(after / before, 'the text is twice as large').to.be.closeTo(2, 0.01);
      expectTextWhole(doc, el, width);
    }
  });

  it('shows the same in portrait and landscape: no orientation query, no horizontal scrolling', async () => {
    const rules = (list: CSSRuleList): CSSRule[] =>
      [...list].flatMap((rule) =>
        'cssRules' in rule ? [rule, ...rules((rule as CSSGroupingRule).cssRules)] : [rule],
      );
    for (const [width, height] of [
      [320, 568],
      [568, 320],
    ] as const) {
      const { doc, el } = await widgetInFrame(width, height);
      const sheets = [...shadow(el).adoptedStyleSheets, ...shadow(el).styleSheets];
      expect(sheets.length, 'the widget has styles').to.be.greaterThan(0);
      const media = sheets.flatMap((sheet) => rules(sheet.cssRules)).map((rule) => rule.cssText);
      expect(
        media.some((text) => /orientation/.test(text)),
        'an orientation query',
      ).to.equal(false);
      expect(doc.documentElement.scrollWidth, `${width}×${height}`).to.be.at.most(width);
      for (const b of buttons(el)) expect(isShown(panelOf(el, b))).to.equal(true);
    }
  });

  it('acts on the up event: a press released off the button does nothing (pointer cancellation)', async () => {
    const el = await mount();
    const b = button(el, HEADINGS.nl.values);
    const box = b.getBoundingClientRect();
    const middle = [Math.round(box.left + 20), Math.round(box.top + box.height / 2)] as [
      number,
      number,
    ];
    const away = [Math.round(box.left + 20), Math.round(box.bottom + 200)] as [number, number];
    await sendMouse({ type: 'move', position: middle });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: away });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded'), 'released off the button').to.equal('false');
    // The same press released on the button does act.
    await sendMouse({ type: 'move', position: middle });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded'), 'released on the button').to.equal('true');
    await resetMouse();
  });

  describe('status message', () => {
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    afterEach(() => {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    });

    // Fails today in all three engines: the status is emptied and filled again
    // in the same frame, so no screen reader can see it change (L6). Shown to
    // pass with two frames awaited before the fill in the compiled element.
    // Back to `it` with the fix.
    it('empties the status, then fills it in a later frame, focus staying on the copy-link button', async () => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async () => {} },
      });
      const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
      const panel = panelOf(el, button(el, HEADINGS.nl.values));
      const copy = panel.querySelector<HTMLButtonElement>('[part~="copy-link"]')!;
      const status = panel.querySelector('[role="status"]')!;
      // What the status said, and in which frame: a screen reader hears a
      // change the page shows in a frame, not one undone within the same frame.
      let frame = 0;
      let counting = true;
      const count = () => {
        frame++;
        if (counting) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      const said: { text: string; frame: number }[] = [];
      new MutationObserver(() => said.push({ text: textOf(status), frame })).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      copy.focus();
      for (let i = 0; i < 2; i++) {
        await sendKeys({ press: 'Enter' });
        for (let wait = 0; wait < 50 && textOf(status) !== 'Link gekopieerd'; wait++) {
          await new Promise((r) => requestAnimationFrame(r));
        }
        await new Promise((r) => requestAnimationFrame(r));
        expect(shadow(el).activeElement === copy, 'focus stays on copy-link').to.equal(true);
      }
      counting = false;
      // The second copy: from "Link gekopieerd" to empty, then back, a frame later.
      const second = said.slice(said.findIndex((s) => s.text === 'Link gekopieerd') + 1);
      const emptied = second.findIndex((s) => s.text === '');
      const filled = second.findIndex((s, i) => i > emptied && s.text === 'Link gekopieerd');
      expect(emptied >= 0, `emptied before the second copy: ${JSON.stringify(said)}`).to.equal(
        true,
      );
      expect(filled > emptied, `filled again: ${JSON.stringify(said)}`).to.equal(true);
      expect(
        second[filled]!.frame > second[emptied]!.frame,
        `filled in a later frame than emptied: ${JSON.stringify(said)}`,
      ).to.equal(true);
    });
  });
});
