import { expect, fixture, html } from '@open-wc/testing';
import { AivdMission } from './aivd-mission.js';
import { schedule } from './scheduler.js';
import { HEADINGS, button, mount, mountAll, shadow } from './test-helpers.js';

const settle = async (el: AivdMission) => {
  await new Promise((r) => setTimeout(r));
  await el.updateComplete;
};

describe('<aivd-mission> robustness', () => {
  it('keeps keyboard focus on the same control when the language changes', async () => {
    const el = await mount(html`<div lang="nl"><aivd-mission open="values"></aivd-mission></div>`);
    button(el, HEADINGS.nl.values).focus();
    el.parentElement!.setAttribute('lang', 'en');
    await settle(el);
    expect(shadow(el).activeElement?.id).to.equal('button-values');
    expect(shadow(el).activeElement?.textContent?.trim()).to.equal(HEADINGS.en.values);
  });

  it('keeps rendering other widgets after one render throws', async () => {
    const errors: unknown[] = [];
    const report = globalThis.reportError;
    globalThis.reportError = (error: unknown) => errors.push(error);
    let ran = false;
    try {
      schedule(() => {
        throw new Error('broken');
      }, false);
      schedule(() => (ran = true), false);
      await new Promise((r) => setTimeout(r));
    } finally {
      globalThis.reportError = report;
    }
    expect(ran).to.equal(true);
    expect(errors).to.have.length(1);
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    expect(el.open).to.equal('mission');
  });

  it('resolves updateComplete only after a real render, even when awaited before connecting', async () => {
    const el = document.createElement('aivd-mission');
    let done = false;
    el.updateComplete.then(() => (done = true));
    await new Promise((r) => setTimeout(r, 20));
    expect(done).to.equal(false);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    expect(done).to.equal(true);
    expect(shadow(el).querySelectorAll('[part~="button"]')).to.have.length(4);
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

  it('scrolls only the first of several widgets without an id to a deep link', async () => {
    history.replaceState(
      null,
      '',
      `${location.pathname}${location.search}#aivd-mission-organisation`,
    );
    try {
      const [first, second] = await mountAll(
        html`<div>
          <aivd-mission></aivd-mission>
          <div style="height: 3000px"></div>
          <aivd-mission></aivd-mission>
          <div style="height: 3000px"></div>
        </div>`,
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(second!.open).to.equal('organisation');
      const { top } = button(first!, HEADINGS.nl.organisation).getBoundingClientRect();
      expect(top).to.be.within(0, innerHeight);
    } finally {
      history.replaceState(null, '', `${location.pathname}${location.search}`);
    }
  });
});
