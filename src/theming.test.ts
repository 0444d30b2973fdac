import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HEADINGS, button, buttons, mount, rgbOf, shadow, toggleAll } from './test-helpers.js';
import type { AivdMission } from './aivd-mission.js';

const firstParagraph = (el: AivdMission) => shadow(el).querySelector('[part~="panel"] p')!;
const part = (el: AivdMission, name: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('<aivd-mission> theming', () => {
  it("takes the page's font and text colour, and the Rijksoverheid blue for its buttons", async () => {
    const el = await mount(
      html`<div style="font-family: serif; color: rgb(20, 30, 40)">
        <aivd-mission open="mission"></aivd-mission>
      </div>`,
    );
    const style = getComputedStyle(firstParagraph(el));
    expect(style.fontFamily).to.equal('serif');
    expect(style.color).to.equal('rgb(20, 30, 40)');
    expect(rgbOf(getComputedStyle(buttons(el)[0]!).color)).to.equal('rgb(1, 104, 155)');
    expect(getComputedStyle(buttons(el)[0]!).fontFamily).to.equal('serif');
  });

  it('follows every --aivd-mission-* custom property', async () => {
    const el = await mount(
      html`<aivd-mission
        open="mission"
        style="
        --aivd-mission-accent: rgb(107, 42, 94);
        --aivd-mission-text: rgb(10, 20, 30);
        --aivd-mission-background: rgb(250, 240, 230);
        --aivd-mission-border-color: rgb(0, 128, 0);
        --aivd-mission-font-family: monospace;
        --aivd-mission-radius: 7px;
        --aivd-mission-spacing: 20px;
        --aivd-mission-focus-color: rgb(255, 0, 0);
      "
      ></aivd-mission>`,
    );
    const b = buttons(el)[0]!;
    const p = firstParagraph(el);
    expect(getComputedStyle(b).color).to.equal('rgb(107, 42, 94)');
    expect(getComputedStyle(toggleAll(el)!).color).to.equal('rgb(107, 42, 94)');
    expect(getComputedStyle(p).color).to.equal('rgb(10, 20, 30)');
    expect(getComputedStyle(p).fontFamily).to.equal('monospace');
    expect(getComputedStyle(shadow(el).firstElementChild!).backgroundColor).to.equal(
      'rgb(250, 240, 230)',
    );
    expect(getComputedStyle(part(el, 'section')).borderTopColor).to.equal('rgb(0, 128, 0)');
    expect(getComputedStyle(b).borderTopLeftRadius).to.equal('7px');
    expect(getComputedStyle(p).marginBottom).to.equal('20px');
    toggleAll(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(b);
    expect(getComputedStyle(b).outlineColor).to.equal('rgb(255, 0, 0)');
  });

  it('can be styled from the page through every part', async () => {
    const el = await mount(
      html`<div>
        <style>
          .themed::part(intro) {
            font-style: italic;
          }
          .themed::part(section) {
            margin-block-end: 3px;
          }
          .themed::part(heading) {
            letter-spacing: 2px;
          }
          .themed::part(button) {
            text-transform: uppercase;
          }
          .themed::part(icon) {
            color: rgb(0, 0, 255);
          }
          .themed::part(panel) {
            border-inline-start: 4px solid rgb(0, 128, 0);
          }
          .themed::part(toggle-all) {
            font-weight: 700;
          }
        </style>
        <aivd-mission class="themed" open="mission"></aivd-mission>
      </div>`,
    );
    expect(getComputedStyle(part(el, 'intro')).fontStyle).to.equal('italic');
    expect(getComputedStyle(part(el, 'section')).marginBottom).to.equal('3px');
    expect(getComputedStyle(part(el, 'heading')).letterSpacing).to.equal('2px');
    expect(getComputedStyle(part(el, 'button')).textTransform).to.equal('uppercase');
    expect(getComputedStyle(part(el, 'icon')).color).to.equal('rgb(0, 0, 255)');
    expect(getComputedStyle(part(el, 'panel')).borderLeftWidth).to.equal('4px');
    expect(getComputedStyle(part(el, 'toggle-all')).fontWeight).to.equal('700');
  });

  it('fits a Utrecht-themed page, focus outline style and width included', async () => {
    const el = await mount(
      html`<div
        class="utrecht-theme"
        style="
        --utrecht-link-color: rgb(36, 88, 140);
        --utrecht-document-color: rgb(30, 30, 30);
        --utrecht-document-font-family: monospace;
        --utrecht-focus-outline-color: rgb(0, 0, 0);
        --utrecht-focus-outline-width: 4px;
        --utrecht-focus-outline-style: dotted;
      "
      >
        <aivd-mission open="values"></aivd-mission>
      </div>`,
    );
    const b = buttons(el)[0]!;
    expect(getComputedStyle(b).color).to.equal('rgb(36, 88, 140)');
    expect(getComputedStyle(firstParagraph(el)).color).to.equal('rgb(30, 30, 30)');
    expect(getComputedStyle(firstParagraph(el)).fontFamily).to.equal('monospace');
    toggleAll(el)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(b);
    const style = getComputedStyle(b);
    expect([style.outlineColor, style.outlineWidth, style.outlineStyle]).to.deep.equal([
      'rgb(0, 0, 0)',
      '4px',
      'dotted',
    ]);
  });

  it('fits a page themed with NL Design System tokens, and our own properties still win', async () => {
    const el = await mount(
      html`<div
        style="
        --nl-link-color: rgb(0, 100, 0);
        --basis-color-default-color-document: rgb(40, 40, 40);
        --basis-text-font-family-default: monospace;
        --basis-focus-outline-color: rgb(200, 0, 0);
        --basis-heading-font-family: cursive;
      "
      >
        <aivd-mission open="values"></aivd-mission>
        <aivd-mission style="--aivd-mission-accent: rgb(107, 42, 94)"></aivd-mission>
      </div>`,
    );
    const themed = el;
    const own = el.nextElementSibling as AivdMission;
    await own.updateComplete;
    expect(getComputedStyle(buttons(themed)[0]!).color).to.equal('rgb(0, 100, 0)');
    expect(getComputedStyle(firstParagraph(themed)).color).to.equal('rgb(40, 40, 40)');
    expect(getComputedStyle(firstParagraph(themed)).fontFamily).to.equal('monospace');
    expect(getComputedStyle(part(themed, 'heading')).fontFamily).to.equal('cursive');
    expect(getComputedStyle(button(own, HEADINGS.nl.values)).color).to.equal('rgb(107, 42, 94)');
    const b = buttons(themed)[0]!;
    toggleAll(themed)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(themed).activeElement).to.equal(b);
    expect(getComputedStyle(b).outlineColor).to.equal('rgb(200, 0, 0)');
  });
});
