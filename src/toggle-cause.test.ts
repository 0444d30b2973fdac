import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AivdMission, AivdMissionToggleDetail } from './aivd-mission.js';
import { HEADINGS, button, mount, panelOf, toggleAll } from './test-helpers.js';

/** The details of every event `el` fires until its next render is done. */
async function reported(
  el: AivdMission,
  change: () => unknown,
): Promise<AivdMissionToggleDetail[]> {
  const seen: AivdMissionToggleDetail[] = [];
  const listener = (e: CustomEvent<AivdMissionToggleDetail>) => seen.push(e.detail);
  el.addEventListener('aivd-mission-toggle', listener);
  await change();
  await el.updateComplete;
  el.removeEventListener('aivd-mission-toggle', listener);
  return seen;
}

const causes = (details: AivdMissionToggleDetail[]) =>
  details.map(({ section, cause }) => `${section}:${cause}`);

describe('<aivd-mission> aivd-mission-toggle says why', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  // 'user' for a click: aivd-mission.test.ts's click test asserts the whole detail.
  it("'user' for a reader's Enter and Space on a section button", async () => {
    const el = await mount();
    button(el, HEADINGS.nl.mission).focus();
    expect(causes(await reported(el, () => sendKeys({ press: 'Enter' })))).to.deep.equal([
      'mission:user',
    ]);
    expect(causes(await reported(el, () => sendKeys({ press: ' ' })))).to.deep.equal([
      'mission:user',
    ]);
  });

  it("'toggle-all' for show all and hide all, one event per section", async () => {
    const el = await mount(html`<aivd-mission open="values"></aivd-mission>`);
    const all = ['mission:toggle-all', 'capabilities:toggle-all', 'organisation:toggle-all'];
    expect(causes(await reported(el, () => toggleAll(el)!.click()))).to.deep.equal(all);
    expect(causes(await reported(el, () => toggleAll(el)!.click()))).to.deep.equal([
      'mission:toggle-all',
      'values:toggle-all',
      'capabilities:toggle-all',
      'organisation:toggle-all',
    ]);
  });

  it("'find' when find-in-page (or a text fragment) reveals a collapsed section", async () => {
    const el = await mount();
    const panel = panelOf(el, button(el, HEADINGS.nl.capabilities));
    const seen = await reported(el, () => panel.dispatchEvent(new Event('beforematch')));
    expect(causes(seen)).to.deep.equal(['capabilities:find']);
  });

  it("'link' when a followed section link opens a section", async () => {
    const el = await mount();
    const event = oneEvent(el, 'aivd-mission-toggle');
    location.hash = '#aivd-mission-organisation';
    expect(((await event) as CustomEvent<AivdMissionToggleDetail>).detail).to.deep.equal({
      section: 'organisation',
      open: true,
      cause: 'link',
    });
  });

  it("'api' for a page's method calls and its changes of open, sections and exclusive", async () => {
    const el = await mount();
    expect(causes(await reported(el, () => el.toggle('values')))).to.deep.equal(['values:api']);
    expect(causes(await reported(el, () => el.expandAll()))).to.deep.equal([
      'mission:api',
      'capabilities:api',
      'organisation:api',
    ]);
    expect(causes(await reported(el, () => el.collapseAll()))).to.deep.equal([
      'mission:api',
      'values:api',
      'capabilities:api',
      'organisation:api',
    ]);
    expect(causes(await reported(el, () => el.setAttribute('open', 'mission')))).to.deep.equal([
      'mission:api',
    ]);
    expect(causes(await reported(el, () => (el.sections = 'intro values')))).to.deep.equal([
      'mission:api',
    ]);
    el.sections = 'intro mission values';
    el.open = 'mission values';
    await el.updateComplete;
    expect(causes(await reported(el, () => (el.exclusive = true)))).to.deep.equal(['values:api']);
  });

  it("feeds docs/recipes.md's analytics recipe: readers' changes reach the _paq queue, scripts' do not", async () => {
    const recipes = await (await fetch('/docs/recipes.md')).text();
    const code = /## Analytics[\s\S]*?```js\n([\s\S]*?)```/.exec(recipes)![1]!;
    const page = window as Window & { _paq?: unknown[][] };
    delete page._paq;
    const listening = new AbortController();
    const addEventListener = document.addEventListener.bind(document);
    // The recipe listens on document; the abort signal removes it after the test.
    const scoped = {
      addEventListener: (type: string, fn: EventListener) =>
        addEventListener(type, fn, { signal: listening.signal }),
    };
    new Function('document', code)(scoped);
    try {
      const el = await mount();
      await reported(el, () => button(el, HEADINGS.nl.values).click());
      await reported(el, () => el.collapseAll());
      expect(page._paq).to.deep.equal([['trackEvent', 'aivd-mission', 'open', 'values (user)']]);
    } finally {
      listening.abort();
      delete page._paq;
    }
  });
});
