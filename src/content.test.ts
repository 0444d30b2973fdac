import { expect, html } from '@open-wc/testing';
import {
  ALL_HEADINGS,
  HEADINGS,
  button,
  buttons,
  mount,
  panelOf,
  seedSentences,
  shadow,
  textOf,
} from './test-helpers.js';

describe('<aivd-mission> content', () => {
  it('shows every sentence of the source text word for word in Dutch', async () => {
    const el = await mount(html`<aivd-mission lang="nl"></aivd-mission>`);
    const shown = textOf(shadow(el));
    const sentences = await seedSentences();
    expect(sentences.length).to.be.greaterThan(20);
    for (const sentence of sentences) expect(shown).to.include(sentence);
  });

  it('renders the sections in the order of the contract, with their Dutch headings', async () => {
    const el = await mount();
    expect(buttons(el).map(textOf)).to.deep.equal(ALL_HEADINGS.nl);
    const intro = shadow(el).querySelector('[part~="intro"]')!;
    expect(textOf(intro)).to.match(/^Het is de taak van de AIVD .* worden afgewend\.$/);
  });

  it('renders the English headings and the official names in English', async () => {
    const el = await mount(html`<aivd-mission lang="en" open="all"></aivd-mission>`);
    expect(buttons(el).map(textOf)).to.deep.equal(ALL_HEADINGS.en);
    const text = textOf(shadow(el));
    expect(text).to.include('General Intelligence and Security Service');
    expect(text).to.include('Ministry of the Interior and Kingdom Relations');
    expect(text).to.include('Director-General');
    expect(text).not.to.match(/\b(de|het|wij|onze)\b/i);
  });

  it('puts the values and capabilities in lists, three and five items', async () => {
    const el = await mount(html`<aivd-mission open="all"></aivd-mission>`);
    const values = panelOf(el, button(el, HEADINGS.nl.values));
    const capabilities = panelOf(el, button(el, HEADINGS.nl.capabilities));
    expect(values.querySelectorAll('ul > li')).to.have.length(3);
    expect(capabilities.querySelectorAll('ul > li')).to.have.length(5);
    expect(textOf(capabilities.querySelector('p')!)).to.equal(
      'De AIVD beschikt over unieke informatie omdat wij:',
    );
  });

  it('shows only the sections named in `sections`, in that order', async () => {
    const el = await mount(html`<aivd-mission sections="organisation mission"></aivd-mission>`);
    expect(buttons(el).map(textOf)).to.deep.equal([HEADINGS.nl.organisation, HEADINGS.nl.mission]);
    expect(shadow(el).querySelector('[part~="intro"]')).to.equal(null);
  });
});
