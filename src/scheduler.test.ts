import { expect, html } from '@open-wc/testing';
import { Renders, schedule } from './scheduler.js';
import { HEADINGS, button, mount } from './test-helpers.js';

describe('<aivd-mission> rendering', () => {
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
    // The rendered button, not `open`: the attribute reads back as the template
    // set it, whether or not the widget rendered.
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    expect(button(el, HEADINGS.nl.mission).getAttribute('aria-expanded')).to.equal('true');
  });

  it('settles updateComplete after a render that throws, instead of leaving it waiting', async () => {
    const report = globalThis.reportError;
    globalThis.reportError = () => {};
    try {
      const renders = new Renders(() => {
        throw new Error('broken');
      });
      const beforeAny = renders.done;
      renders.request();
      const settled = (promise: Promise<boolean>) =>
        Promise.race([promise, new Promise((r) => setTimeout(() => r('waiting'), 100))]);
      expect(await settled(renders.done)).to.equal(true);
      expect(await settled(beforeAny)).to.equal(true);
    } finally {
      globalThis.reportError = report;
    }
  });
});
