import { expect } from '@open-wc/testing';
import { AivdMission } from './aivd-mission.js';
import { HEADINGS, button, buttons, mount, shadow, textOf, toggleAll } from './test-helpers.js';

/** Waits for the shared lang observer, if it is to act, and the render it asks for. */
const settle = async (el: AivdMission) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

/** An attribute of the contract and the property that reads and writes it. */
interface Pair {
  attribute: string;
  property: string;
  /** A value of the attribute ... */
  value: string;
  /** ... and the property's value for it. */
  read: unknown;
  /** The property's value without the attribute. */
  absent: unknown;
  /** Whether the rendering shows `value`. */
  shows: (el: AivdMission) => boolean;
}

const CONTRACT: Pair[] = [
  {
    attribute: 'lang',
    property: 'lang',
    value: 'en',
    read: 'en',
    absent: '',
    shows: (el) => textOf(buttons(el)[0]!) === HEADINGS.en.mission,
  },
  {
    attribute: 'sections',
    property: 'sections',
    value: 'values mission',
    read: 'values mission',
    absent: 'intro mission values capabilities organisation',
    shows: (el) =>
      buttons(el).map(textOf).join('|') === `${HEADINGS.nl.values}|${HEADINGS.nl.mission}`,
  },
  {
    attribute: 'open',
    property: 'open',
    value: 'values',
    read: 'values',
    absent: '',
    shows: (el) => button(el, HEADINGS.nl.values).getAttribute('aria-expanded') === 'true',
  },
  {
    attribute: 'heading-level',
    property: 'headingLevel',
    value: '4',
    read: 4,
    absent: 2,
    shows: (el) => shadow(el).querySelector('[part~="heading"]')!.localName === 'h4',
  },
  {
    attribute: 'exclusive',
    property: 'exclusive',
    value: '',
    read: true,
    absent: false,
    shows: (el) => toggleAll(el) === null,
  },
];

describe('<aivd-mission> attributes and properties', () => {
  // Whether each attribute is observed shows in the round trips below: a change renders.
  it('has a property for each attribute of the contract, and no other settable property', () => {
    const own = Object.entries(Object.getOwnPropertyDescriptors(AivdMission.prototype));
    const settable = own.filter(([, d]) => d.set).map(([name]) => name);
    // `lang` is HTMLElement's own, reflecting the attribute as on every element.
    const pairs = CONTRACT.filter((p) => p.attribute !== 'lang');
    expect(settable.sort()).to.deep.equal(pairs.map((p) => p.property).sort());
  });

  for (const { attribute, property, value, read, absent, shows } of CONTRACT) {
    it(`reads and writes ${attribute} through ${property}, and renders either`, async () => {
      const el = await mount();
      const props = el as unknown as Record<string, unknown>;
      el.setAttribute(attribute, value);
      expect(props[property]).to.equal(read);
      await settle(el);
      expect(shows(el), `after setting the attribute`).to.equal(true);

      el.removeAttribute(attribute);
      expect(props[property]).to.equal(absent);
      await settle(el);
      expect(shows(el), `after removing the attribute`).to.equal(false);

      props[property] = read;
      expect(el.getAttribute(attribute)).to.equal(value);
      await settle(el);
      expect(shows(el), `after setting the property`).to.equal(true);
    });
  }
});
