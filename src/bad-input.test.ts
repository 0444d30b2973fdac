import { expect, html } from '@open-wc/testing';
import {
  ALL_HEADINGS,
  HEADINGS,
  buttons,
  captureWarnings,
  mount,
  mountWith,
  shadow,
  textOf,
} from './test-helpers.js';

describe('<aivd-mission> with bad input', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  it('ignores unknown section ids with one warning', async () => {
    const el = await mount(html`<aivd-mission sections="mission nope values zzz"></aivd-mission>`);
    expect(buttons(el).map(textOf)).to.deep.equal([HEADINGS.nl.mission, HEADINGS.nl.values]);
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('"nope"').and.include('"zzz"');
  });

  it('ignores unknown ids in `open` with one warning, and drops them from the attribute', async () => {
    const el = await mount(html`<aivd-mission open="values intro nonsense"></aivd-mission>`);
    expect(el.getAttribute('open')).to.equal('values');
    expect(warnings.calls).to.have.length(1);
    expect(warnings.calls[0]).to.include('"nonsense"').and.include('"intro"');
  });

  // Which values are bad is options.spec.ts's (readHeadingLevel); this is what the element does with one.
  it('uses heading level 2 for a bad heading-level, with one warning', async () => {
    const el = await mountWith({ 'heading-level': '7' });
    expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h2');
    expect(warnings.calls).to.have.length(1);
  });

  it('warns once per bad value, not on every render', async () => {
    const el = await mount(
      html`<aivd-mission heading-level="9" sections="x mission values"></aivd-mission>`,
    );
    expect(warnings.calls).to.have.length(2);
    el.toggle('mission');
    el.lang = 'en';
    await el.updateComplete;
    el.expandAll();
    await el.updateComplete;
    expect(warnings.calls).to.have.length(2);
  });

  it('warns and changes nothing when toggle() gets an id it cannot open', async () => {
    const el = await mount(html`<aivd-mission sections="intro mission"></aivd-mission>`);
    let fired = 0;
    el.addEventListener('aivd-mission-toggle', () => fired++);
    expect(el.toggle('__proto__')).to.equal(false);
    expect(el.toggle('intro')).to.equal(false);
    expect(el.toggle('values')).to.equal(false);
    expect(el.toggle(undefined as unknown as string)).to.equal(false);
    await el.updateComplete;
    expect(el.hasAttribute('open')).to.equal(false);
    expect(fired).to.equal(0);
    expect(warnings.calls).to.have.length(4);
  });

  it('injects nothing from hostile values', async () => {
    const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();
    const hostile = `<img src=x onerror="window.__pwned=1"> "quoted' __proto__ constructor toString`;
    const el = await mountWith({
      sections: hostile,
      open: hostile,
      'heading-level': hostile,
      lang: hostile,
    });
    await new Promise((r) => setTimeout(r, 50));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(buttons(el).map(textOf)).to.deep.equal(ALL_HEADINGS.nl);
    expect(shadow(el).querySelector('[lang]')!.getAttribute('lang')).to.equal('nl');
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).to.deep.equal(prototypeNames);
    expect(el.hasAttribute('open')).to.equal(false);
  });

  it('survives properties set to null, numbers and objects', async () => {
    const el = await mount();
    const loose = el as unknown as Record<string, unknown>;
    loose.sections = null;
    loose.open = 42;
    loose.headingLevel = { level: 3 };
    loose.exclusive = 'yes';
    await el.updateComplete;
    expect(buttons(el).map(textOf)).to.deep.equal(ALL_HEADINGS.nl);
    expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h2');
  });
});
