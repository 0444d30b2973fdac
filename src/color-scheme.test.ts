import { expect, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { AivdMission } from './aivd-mission.js';
import { buttons, contrast, itIn, mount, shadow, toggleAll } from './test-helpers.js';

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

  it('shows every text and control at 4.5:1 or more against the canvas', async () => {
    const el = await onDarkPage('nl', 'all');
    expect(controls(el)).to.have.length(9);
    for (const node of controls(el)) {
      expect(contrast(getComputedStyle(node).color, CANVAS), node.id).to.be.at.least(4.5);
    }
    const text = shadow(el).querySelector('[part~="panel"] p')!;
    expect(contrast(getComputedStyle(text).color, CANVAS)).to.be.at.least(4.5);
  });

  it('draws the focus ring at 3:1 or more against the canvas', async () => {
    const el = await onDarkPage('nl');
    buttons(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    const ring = getComputedStyle(buttons(el)[1]!);
    expect(ring.outlineStyle).to.equal('solid');
    expect(contrast(ring.outlineColor, CANVAS)).to.be.at.least(3);
  });

  it('keeps the light default exactly as before on a light page', async () => {
    const el = await mount(
      html`<main style="background: #fff; color: #1a1a1a"><aivd-mission></aivd-mission></main>`,
    );
    for (const node of controls(el))
      expect(getComputedStyle(node).color).to.equal('rgb(1, 104, 155)');
  });

  it('lets an explicit --aivd-mission-accent or NL Design System token win on a dark page', async () => {
    for (const style of [
      '--aivd-mission-accent: rgb(255, 200, 0)',
      '--nl-link-color: rgb(255, 200, 0)',
    ]) {
      const el = await mount(
        html`<main style="${DARK}; ${style}"><aivd-mission></aivd-mission></main>`,
      );
      expect(getComputedStyle(buttons(el)[0]!).color, style).to.equal('rgb(255, 200, 0)');
    }
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
