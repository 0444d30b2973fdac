/**
 * Tests that guard a performance choice measured by `npm run bench`
 * (bench/README.md): each title names the figure the choice moved. What
 * they guard can't be seen by a reader, only paid for; a change that makes
 * one fail should come with the bench's figures before and after.
 */
import { expect, html } from '@open-wc/testing';
import { HEADINGS, button, mount, mountAll, panelOf, shadow } from './test-helpers.js';
import { TAG, ids } from './names.js';

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

describe('<aivd-mission> performance choices', () => {
  it('clones a prototype per shape into each instance, without template markers (JS heap per instance)', async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode()).to.equal(null);
  });

  it('makes a section’s copy-link button when the section first opens, and keeps it (DOM nodes per instance)', async () => {
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

  it('touches only the section a click changes (expand all)', async () => {
    const el = await mount(html`<aivd-mission open="mission"></aivd-mission>`);
    const values = button(el, HEADINGS.nl.values);
    const section = shadow(el).getElementById(ids.section('values'))!;
    const records = await mutations(el, () => values.click());
    expect(records.length).to.be.greaterThan(0);
    for (const record of records)
      expect(section.contains(record.target), (record.target as Element).id).to.equal(true);
  });

  it('renders a burst of changes once: the last state, one event (expand all)', async () => {
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

  it('shares one lang observer between instances and removes it with the last one (render, N = 100)', async () => {
    const Native = window.MutationObserver;
    const active = new Set<MutationObserver>();
    window.MutationObserver = class extends Native {
      override observe(target: Node, options?: MutationObserverInit) {
        active.add(this);
        super.observe(target, options);
      }
      override disconnect() {
        active.delete(this);
        super.disconnect();
      }
    };
    try {
      const all = await mountAll(
        html`<div>
          <aivd-mission></aivd-mission><aivd-mission></aivd-mission><aivd-mission></aivd-mission>
        </div>`,
      );
      // The fixtures of earlier tests are gone: this page's widgets are ours.
      expect(active.size).to.equal(1);
      all.forEach((el) => el.remove());
      expect(active.size).to.equal(0);
    } finally {
      window.MutationObserver = Native;
    }
  });

  it('shares one constructed stylesheet between instances (render, N = 100)', async () => {
    const [a, b] = await mountAll(
      html`<div><aivd-mission></aivd-mission><aivd-mission lang="en"></aivd-mission></div>`,
    );
    const sheets = [shadow(a!).adoptedStyleSheets, shadow(b!).adoptedStyleSheets];
    expect(sheets[0]).to.have.length(1);
    expect(sheets[1]![0]).to.equal(sheets[0]![0]);
    expect(shadow(a!).querySelector('style')).to.equal(null);
  });

  it('renders many new widgets in batches of later tasks, not in one long task (longest task)', async () => {
    // Each reading of the clock says a millisecond has passed, so the 10 ms
    // budget runs out after a few renders however fast the machine is.
    const now = performance.now;
    let clock = now.call(performance);
    performance.now = () => (clock += 1);
    const container = document.createElement('div');
    try {
      for (let i = 0; i < 100; i++) container.append(document.createElement(TAG));
      document.body.append(container);
      const rendered = () =>
        [...container.children].filter((el) => el.shadowRoot!.childElementCount > 0).length;
      // After the microtask that renders the first batch, before any later task.
      await Promise.resolve();
      await Promise.resolve();
      const inFirstBatch = rendered();
      performance.now = now;
      expect(inFirstBatch).to.be.greaterThan(0);
      expect(inFirstBatch).to.be.lessThan(100);
      await Promise.all(
        [...container.children].map(
          (el) => (el as never as { updateComplete: Promise<unknown> }).updateComplete,
        ),
      );
      expect(rendered()).to.equal(100);
    } finally {
      performance.now = now;
      container.remove();
    }
  });
});
