import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import {
  buttons,
  contrast,
  itIn,
  loadFrame,
  mount,
  rgbOf,
  shadow,
  toggleAll,
} from './test-helpers.js';

/** A dark partner page: its colour scheme, canvas and text, and no widget-specific CSS. */
const DARK = 'color-scheme: dark; background: rgb(18, 18, 18); color: rgb(232, 232, 232)';
const CANVAS = 'rgb(18, 18, 18)';

const onDarkPage = (lang: string, open = '') =>
  mount(html`<main style=${DARK}><aivd-mission lang=${lang} open=${open}></aivd-mission></main>`);

/** Every control a reader reads: section buttons, show all, and the open sections' copy-link buttons. */
const controls = (el: AivdMission) => [
  ...buttons(el),
  toggleAll(el)!,
  ...shadow(el).querySelectorAll<HTMLElement>('[part~="copy-link"]'),
];

/**
 * Bands as government pages have them, with no color-scheme: the background
 * and the page's own text on it, readable (4.5:1 or more).
 */
const BANDS: Record<string, [background: string, text: string]> = {
  'Rijkshuisstijl lintblauw, white text': ['rgb(21, 66, 115)', 'rgb(255, 255, 255)'],
  'hemelblauw #007bc7, white text (4.5:1)': ['rgb(0, 123, 199)', 'rgb(255, 255, 255)'],
  'black, light grey text': ['rgb(0, 0, 0)', 'rgb(232, 232, 232)'],
  'light grey, dark text': ['rgb(243, 243, 243)', 'rgb(26, 26, 26)'],
  'white, dark grey text': ['rgb(255, 255, 255)', 'rgb(89, 89, 89)'],
};

const band = (background: string, text: string) => `background: ${background}; color: ${text}`;

/** Every control's colour, the body text's and the focus ring's contrast against `background`. */
async function contrasts(el: AivdMission, background: string) {
  buttons(el)[0]!.focus();
  await sendKeys({ press: 'ArrowDown' });
  const ring = getComputedStyle(buttons(el)[1]!);
  expect(ring.outlineStyle).to.equal('solid');
  const text = shadow(el).querySelector('[part~="panel"] p')!;
  return {
    controls: controls(el).map((node) => contrast(getComputedStyle(node).color, background)),
    text: contrast(getComputedStyle(text).color, background),
    ring: contrast(ring.outlineColor, background),
  };
}

describe('<aivd-mission> on any background, no color-scheme', () => {
  for (const [name, [background, text]] of Object.entries(BANDS)) {
    it(`is readable on ${name}: controls and text at 4.5:1, the focus ring at 3:1`, async () => {
      const el = await mount(
        html`<section style=${band(background, text)}>
          <aivd-mission open="all"></aivd-mission>
        </section>`,
      );
      const measured = await contrasts(el, background);
      expect(measured.controls).to.have.length(9);
      expect(Math.min(...measured.controls), 'controls').to.be.at.least(4.5);
      expect(measured.text, 'text').to.be.at.least(4.5);
      expect(measured.ring, 'ring').to.be.at.least(3);
    });
  }

  it('keeps the Rijksoverheid blue on dark text, and takes the text colour on light text', async () => {
    for (const [background, text] of Object.values(BANDS)) {
      const el = await mount(
        html`<section style=${band(background, text)}><aivd-mission></aivd-mission></section>`,
      );
      const light = contrast(text, 'rgb(0, 0, 0)') > contrast(text, 'rgb(255, 255, 255)');
      expect(rgbOf(getComputedStyle(buttons(el)[0]!).color), text).to.equal(
        light ? text : 'rgb(1, 104, 155)',
      );
    }
  });

  it('follows a theme switch after it rendered, with no new render', async () => {
    const el = await mount(
      html`<section style=${band('rgb(255, 255, 255)', 'rgb(26, 26, 26)')}>
        <aivd-mission></aivd-mission>
      </section>`,
    );
    expect(rgbOf(getComputedStyle(buttons(el)[0]!).color)).to.equal('rgb(1, 104, 155)');
    el.parentElement!.setAttribute('style', band('rgb(21, 66, 115)', 'rgb(255, 255, 255)'));
    expect(rgbOf(getComputedStyle(buttons(el)[0]!).color)).to.equal('rgb(255, 255, 255)');
  });

  it('lets --aivd-mission-accent and NL Design System tokens win on a dark band', async () => {
    for (const style of [
      '--aivd-mission-accent: rgb(255, 200, 0)',
      '--nl-link-color: rgb(255, 200, 0)',
    ]) {
      const el = await mount(
        html`<section style="${band('rgb(21, 66, 115)', 'rgb(255, 255, 255)')}; ${style}">
          <aivd-mission></aivd-mission>
        </section>`,
      );
      expect(getComputedStyle(buttons(el)[0]!).color, style).to.equal('rgb(255, 200, 0)');
    }
  });

  it('gives the fallback the same colours with JavaScript off', async () => {
    const snippet = await (await fetch('/dist/snippets/aivd-mission.nl.html')).text();
    for (const [background, text] of Object.values(BANDS)) {
      const frame = await loadFrame({
        srcdoc: `<!doctype html><body style="${band(background, text)}">${snippet}</body>`,
        sandbox: 'allow-same-origin',
      });
      const page = frame.contentDocument!;
      const summaries = [...page.querySelectorAll('summary')];
      expect(summaries).to.have.length(4);
      const light = contrast(text, 'rgb(0, 0, 0)') > contrast(text, 'rgb(255, 255, 255)');
      for (const summary of summaries) {
        const color = page.defaultView!.getComputedStyle(summary).color;
        expect(rgbOf(color), text).to.equal(light ? text : 'rgb(1, 104, 155)');
        expect(contrast(color, background)).to.be.at.least(4.5);
      }
      frame.remove();
    }
  });
});

describe('<aivd-mission> on a dark page (color-scheme: dark)', () => {
  for (const lang of ['nl', 'en']) {
    it(`has no axe violations in ${lang}, collapsed and expanded`, async () => {
      const el = await onDarkPage(lang);
      await expect(el).to.be.accessible();
      el.expandAll();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('shows every text and control at 4.5:1 and the focus ring at 3:1 against the canvas', async () => {
    const measured = await contrasts(await onDarkPage('nl', 'all'), CANVAS);
    expect(measured.controls).to.have.length(9);
    expect(Math.min(...measured.controls), 'controls').to.be.at.least(4.5);
    expect(measured.text, 'text').to.be.at.least(4.5);
    expect(measured.ring, 'ring').to.be.at.least(3);
  });

  itIn(['chromium'], 'forced colours can be emulated only over CDP')(
    'gives way to forced colours',
    async () => {
      const el = await onDarkPage('nl');
      await executeServerCommand('emulate-media-features', [
        { name: 'forced-colors', value: 'active' },
      ]);
      try {
        const system = document.createElement('span');
        system.style.color = 'ButtonText';
        document.body.append(system);
        expect(getComputedStyle(buttons(el)[0]!).color).to.equal(getComputedStyle(system).color);
        system.remove();
      } finally {
        await executeServerCommand('emulate-media-features', [
          { name: 'forced-colors', value: 'none' },
        ]);
      }
    },
  );
});
