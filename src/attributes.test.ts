import { expect } from '@open-wc/testing';
import { HEADINGS, button, mount } from './test-helpers.js';

describe('<aivd-mission> attributes and properties', () => {
  it('follows the open property as well as the attribute', async () => {
    const el = await mount();
    el.open = 'organisation';
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('organisation');
    expect(button(el, HEADINGS.nl.organisation).getAttribute('aria-expanded')).to.equal('true');
  });
});
