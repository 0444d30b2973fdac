/**
 * The accent in an engine without relative colours from currentColor (they
 * came in Chrome 131, Firefox 133 and Safari 18), where script decides it:
 * simulated here as such an engine behaves. CSS.supports says no, and the
 * stylesheet's @supports rule is gone. The simulation must be in place before
 * the first widget renders (the answer is read once), so it has a page of its
 * own.
 */
import { expect, html } from '@open-wc/testing';
import type { AivdMission } from './aivd-mission.js';
import { RELATIVE_COLOURS } from './accent.js';
import { buttons, contrast, mount, rgbOf, shadow } from './test-helpers.js';

const supports = CSS.supports.bind(CSS);
CSS.supports = ((condition: string, value?: string) =>
  `${condition}:${value}`.includes('from currentColor')
    ? false
    : value === undefined
      ? supports(condition)
      : supports(condition, value)) as typeof CSS.supports;

/** Drops the @supports rule from the widget's one shared stylesheet, as an engine without it ignores it. */
function dropRelativeColours(el: AivdMission): void {
  const sheet = shadow(el).adoptedStyleSheets[0]!;
  const index = [...sheet.cssRules].findIndex(
    (rule) => rule instanceof CSSSupportsRule && rule.conditionText === RELATIVE_COLOURS,
  );
  expect(index, 'the stylesheet tests the same condition').to.be.at.least(0);
  sheet.deleteRule(index);
}

const accentOf = (el: AivdMission) => rgbOf(getComputedStyle(buttons(el)[0]!).color);

describe('<aivd-mission> in an engine without relative colours', () => {
  before(async () => dropRelativeColours(await mount()));

  it('keeps #01689b on dark text, and takes light text colour on a dark band', async () => {
    const light = await mount(
      html`<section style="background: #fff; color: rgb(26, 26, 26)">
        <aivd-mission></aivd-mission>
      </section>`,
    );
    expect(accentOf(light)).to.equal('rgb(1, 104, 155)');
    const dark = await mount(
      html`<section style="background: rgb(21, 66, 115); color: rgb(255, 255, 255)">
        <aivd-mission open="all"></aivd-mission>
      </section>`,
    );
    expect(accentOf(dark)).to.equal('rgb(255, 255, 255)');
    const copy = shadow(dark).querySelector('[part~="copy-link"]')!;
    expect(contrast(getComputedStyle(copy).color, 'rgb(21, 66, 115)')).to.be.at.least(4.5);
  });

  it('follows a theme switch at the next render', async () => {
    const el = await mount(
      html`<section style="background: #fff; color: rgb(26, 26, 26)">
        <aivd-mission></aivd-mission>
      </section>`,
    );
    el.parentElement!.setAttribute('style', 'background: #000; color: rgb(232, 232, 232)');
    el.toggle('values');
    await el.updateComplete;
    expect(accentOf(el)).to.equal('rgb(232, 232, 232)');
  });

  it('lets --aivd-mission-accent win on a dark band', async () => {
    const el = await mount(
      html`<section style="background: #000; color: #fff; --aivd-mission-accent: rgb(255, 200, 0)">
        <aivd-mission></aivd-mission>
      </section>`,
    );
    expect(accentOf(el)).to.equal('rgb(255, 200, 0)');
  });
});
