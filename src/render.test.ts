import { expect, html } from '@open-wc/testing';
import { HEADINGS, button, mount, panelOf, shadow } from './test-helpers.js';
import { ids } from './names.js';

/** The attribute and child-list changes in `el`'s shadow root while `change` runs and renders. */
async function mutations(
  el: HTMLElement & { updateComplete: Promise<unknown> },
  change: () => void,
) {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((list) => records.push(...list));
  observer.observe(shadow(el as never), { subtree: true, attributes: true, childList: true });
  change();
  await el.updateComplete;
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('<aivd-mission> shadow DOM', () => {
  it('holds no comment nodes: no template markers are cloned into instances', async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode()).to.equal(null);
  });

  it('makes a section’s copy-link button when the section first opens, and keeps it', async () => {
    const el = await mount();
    expect(shadow(el).querySelectorAll('[part~="copy-link"]')).to.have.length(0);
    const values = button(el, HEADINGS.nl.values);
    values.click();
    await el.updateComplete;
    const copy = panelOf(el, values).querySelectorAll('[part~="copy-link"]');
    expect(copy).to.have.length(1);
    expect(shadow(el).querySelectorAll('[part~="copy-link"]')).to.have.length(1);
    values.click();
    await el.updateComplete;
    values.click();
    await el.updateComplete;
    expect(panelOf(el, values).querySelector('[part~="copy-link"]')).to.equal(copy[0]);
  });

  it('touches only the section a click changes', async () => {
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    const values = button(el, HEADINGS.nl.values);
    const section = shadow(el).getElementById(ids.section('values'))!;
    const records = await mutations(el, () => values.click());
    expect(records.length).to.be.greaterThan(0);
    for (const record of records)
      expect(section.contains(record.target), (record.target as Element).id).to.equal(true);
  });

  it('renders a burst of changes once: the last state, one event', async () => {
    const el = await mount();
    const values = button(el, HEADINGS.nl.values);
    let events = 0;
    el.addEventListener('aivd-mission-toggle', () => events++);
    const records = await mutations(el, () => {
      el.toggle('values');
      el.toggle('values');
      el.toggle('values');
    });
    const expanded = records.filter(
      (r) => r.target === values && r.attributeName === 'aria-expanded',
    );
    expect(expanded).to.have.length(1);
    expect(values.getAttribute('aria-expanded')).to.equal('true');
    expect(events).to.equal(1);
  });
});
