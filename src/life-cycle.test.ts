import { expect, fixture, html } from '@open-wc/testing';
import { AivdMission } from './aivd-mission.js';
import { TAG } from './names.js';
import { ALL_HEADINGS, HEADINGS, button, buttons, mount, shadow, textOf } from './test-helpers.js';

describe('<aivd-mission> life cycle', () => {
  it('is defined under the tag name the modules use', () => {
    expect(customElements.get(TAG)).to.equal(AivdMission);
  });

  it('upgrades an element created before the definition, keeping properties set on it', async () => {
    // A page's framework may set properties before the script has run.
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const early = document.createElement('aivd-mission-early') as HTMLElement & {
      open?: string;
      headingLevel?: number;
    };
    early.open = 'values';
    early.headingLevel = 4;
    container.append(early);
    customElements.define('aivd-mission-early', class extends AivdMission {});
    const el = early as unknown as AivdMission;
    await el.updateComplete;
    expect(el.getAttribute('open')).to.equal('values');
    expect(shadow(el).querySelector('[part~="heading"]')!.localName).to.equal('h4');
  });

  it('renders the same after being removed and added again', async () => {
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(buttons(el).map(textOf)).to.deep.equal(ALL_HEADINGS.nl);
    button(el, HEADINGS.nl.values).click();
    await el.updateComplete;
    expect(el.open).to.equal('mission values');
  });

  it('resolves updateComplete only after a real render, even when awaited before connecting', async () => {
    const el = document.createElement(TAG);
    let done = false;
    el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).to.equal(false);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(done).to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="button"]')).to.have.length(4);
  });

  it('resolves updateComplete only after the first render when changed before connecting', async () => {
    const el = document.createElement(TAG);
    el.setAttribute('open', 'values');
    let done = false;
    const rendered = el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).to.equal(false);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await rendered;
    expect(button(el, HEADINGS.nl.values).getAttribute('aria-expanded')).to.equal('true');
  });

  it('keeps properties set before an upgrade that happens while disconnected', async () => {
    const early = document.createElement('aivd-mission-detached') as HTMLElement & {
      open?: string;
    };
    early.open = 'capabilities';
    customElements.define('aivd-mission-detached', class extends AivdMission {});
    customElements.upgrade(early);
    expect(early.getAttribute('open')).to.equal('capabilities');
  });
});
