import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import {
  ALL_HEADINGS,
  HEADINGS,
  contrast,
  engine,
  itIn,
  loadFrame,
  rgbOf,
  seedSentences,
  textOf,
} from './test-helpers.js';
import './aivd-mission.js';
import { TAG } from './names.js';

const snippet = async (lang: string) =>
  (await fetch(`/dist/snippets/aivd-mission.${lang}.html`)).text();

/** The snippet with its script loading the local dist file, not the CDN. */
const localSnippet = async (lang: string) =>
  (await snippet(lang)).replace(/src="[^"]*\/aivd-mission\.js"/, 'src="/dist/aivd-mission.js"');

/** A frame showing `doc`; without `allow-scripts` no script runs in it. */
const frame = (doc: string, sandbox?: string) => loadFrame({ srcdoc: doc, sandbox });

describe('fallback snippets (dist/snippets/aivd-mission.<lang>.html)', () => {
  it('shows every sentence of the source text with JavaScript off, in real headings', async () => {
    const page = (await frame(await snippet('nl'), 'allow-same-origin')).contentDocument!;
    expect(page.defaultView!.customElements.get(TAG)).to.equal(undefined);
    const text = textOf(page.body);
    for (const sentence of await seedSentences()) expect(text).to.include(sentence);
    expect([...page.querySelectorAll('summary > h2')].map(textOf)).to.deep.equal(ALL_HEADINGS.nl);
  });

  for (const lang of ['nl', 'en']) {
    it(`is readable on a dark page with JavaScript off (${lang}): summaries and text at 4.5:1 or more`, async () => {
      const dark = `<!doctype html><html style="color-scheme: dark; background: #121212; color: #e8e8e8"><body>${await snippet(lang)}</body></html>`;
      const page = (await frame(dark, 'allow-same-origin')).contentDocument!;
      const canvas = 'rgb(18, 18, 18)';
      const summaries = [...page.querySelectorAll('summary')];
      expect(summaries).to.have.length(4);
      for (const node of [...summaries, ...page.querySelectorAll('p, li')]) {
        const color = page.defaultView!.getComputedStyle(node).color;
        expect(contrast(color, canvas), textOf(node).slice(0, 30)).to.be.at.least(4.5);
      }
      // On a light page the summaries keep the accent they had.
      const light = (await frame(await snippet(lang), 'allow-same-origin')).contentDocument!;
      const summary = light.querySelector('summary')!;
      expect(rgbOf(light.defaultView!.getComputedStyle(summary).color)).to.equal(
        'rgb(1, 104, 155)',
      );
    });
  }

  it('carries the text version of the element class, a date, on each snippet', async () => {
    const element = customElements.get(TAG) as unknown as { contentVersion: string };
    expect(element.contentVersion).to.match(/^\d{4}-\d{2}-\d{2}$/);
    for (const file of ['nl', 'en', 'nl.csp', 'en.csp']) {
      const html = await (await fetch(`/dist/snippets/aivd-mission.${file}.html`)).text();
      expect(/<aivd-mission [^>]*>/.exec(html)![0], file).to.include(
        `data-content-version="${element.contentVersion}"`,
      );
    }
  });

  it('collapses and expands with JavaScript off', async () => {
    const page = (await frame(await snippet('en'), 'allow-same-origin')).contentDocument!;
    const values = page.querySelectorAll('details')[1]!;
    const paragraph = values.querySelector('p')!;
    expect(paragraph.checkVisibility()).to.equal(false);
    values.querySelector('summary')!.click();
    expect(values.open).to.equal(true);
    expect(paragraph.checkVisibility()).to.equal(true);
    expect(textOf(paragraph)).to.equal(
      'We carry out this mission on the basis of the values we hold.',
    );
  });

  /** The Dutch snippet in the page, upgraded. */
  async function upgraded() {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = (await snippet('nl')).replace(/<script[\s\S]*?<\/script>/, '');
    const el = container.querySelector(TAG)!;
    await el.updateComplete;
    return el;
  }

  it('shows only the widget once the element upgrades: the fallback is not rendered', async () => {
    const el = await upgraded();
    // No slot: the light DOM fallback is in no box, so no reader sees or hears it.
    expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    for (const details of el.querySelectorAll('details')) {
      expect(details.checkVisibility()).to.equal(false);
      expect(details.getBoundingClientRect().height).to.equal(0);
    }
    expect(textOf(el.shadowRoot!.querySelector(`[part~="button"]`)!)).to.equal(HEADINGS.nl.mission);
  });

  it('keeps layout shift at most 0.05 when the script arrives late, all sections collapsed', async () => {
    const doc = `<!doctype html><html lang="nl"><body style="margin: 16px; font: 16px/1.5 sans-serif">
      <script>
        window.__cls = 0;
        // The Layout Instability API is Chromium's; elsewhere the text's own move is measured below.
        if (PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
          }).observe({ type: 'layout-shift', buffered: true });
        }
      </script>
      <h1>Over de AIVD</h1>
      ${(await localSnippet('nl')).replace(/<script[\s\S]*?<\/script>/, '')}
      ${'<p>Tekst onder het onderdeel, die zou verspringen.</p>'.repeat(20)}
      <script>
        setTimeout(() => {
          const script = Object.assign(document.createElement('script'), { type: 'module' });
          script.src = '/dist/aivd-mission.js';
          document.head.append(script);
        }, 300);
      </script>
    </body></html>`;
    const win = (await frame(doc)).contentWindow! as Window & { __cls: number };
    const below = win.document.querySelector('aivd-mission + p')!;
    const before = below.getBoundingClientRect().top;
    expect(win.customElements.get(TAG)).to.equal(undefined);
    await win.customElements.whenDefined(TAG);
    await (
      win.document.querySelector(TAG) as HTMLElement & {
        updateComplete: Promise<unknown>;
      }
    ).updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    // One shift scores at most its distance as a fraction of the viewport.
    const moved = Math.abs(below.getBoundingClientRect().top - before) / win.innerHeight;
    console.log(
      `${engine}, script 300 ms late: text below moved ${(moved * 100).toFixed(2)} % of the viewport, CLS ${win.__cls.toFixed(4)}`,
    );
    expect(moved).to.be.at.most(0.05);
    expect(win.__cls).to.be.at.most(0.05);
  });

  /** The snippet as a page holds it before its script runs, or where the script is stripped. */
  const withoutScript = (html: string) => html.replace(/<script[\s\S]*?<\/script>/, '');

  /**
   * A Dutch page with `body`, at a URL of its own (a srcdoc frame takes no
   * fragment in WebKit), written as a server would send it.
   */
  async function pageOfItsOwn(body: string) {
    const view = (await loadFrame({ src: '/test/snippet-page.html' })).contentWindow!;
    const page = view.document;
    page.open();
    page.write(`<!doctype html><html lang="nl"><body style="margin: 0">${body}</body></html>`);
    page.close();
    return { view, page };
  }

  it('lands a deep link on its section with JavaScript off, its heading in view', async () => {
    const filler = (text: string) => `<p>${text}</p>`.repeat(40);
    // No script: the browser alone follows the link.
    const fallback = withoutScript(await snippet('nl'));
    const { view, page } = await pageOfItsOwn(
      `${filler('Tekst erboven.')}${fallback}${filler('Tekst eronder.')}`,
    );
    const navigated = new Promise((resolve) => view.addEventListener('hashchange', resolve));
    view.location.hash = '#aivd-mission-values';
    await navigated;
    await new Promise((resolve) => view.requestAnimationFrame(resolve));
    const target = page.getElementById('aivd-mission-values')!;
    const details = target.closest('details')!;
    const top = details.querySelector('summary')!.getBoundingClientRect().top;
    expect(top >= 0 && top < view.innerHeight, `the summary is in view (top ${top})`).to.equal(
      true,
    );
    expect(details.open, 'the section opens to show the target').to.equal(true);
  });

  it('answers to the same link once upgraded: the widget opens that section', async () => {
    const { view, page } = await pageOfItsOwn(await localSnippet('nl'));
    // document.open() gave the page the test's URL: give it the link's, before
    // the module script runs. The fallback holds the same id in the light DOM.
    view.history.replaceState(null, '', '/test/snippet-page.html#aivd-mission-values');
    await waitUntil(() => view.customElements.get(TAG), 'the element is defined');
    const el = page.querySelector(TAG) as HTMLElement & { open: string };
    await waitUntil(() => el.open === 'values', 'the linked section opens');
    const button = el.shadowRoot!.getElementById('button-values')!;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
  });

  itIn(['chromium'], 'print media can be emulated only over CDP')(
    'prints every section open with JavaScript off, as the widget prints',
    async () => {
      const page = (await frame(await snippet('nl'), 'allow-same-origin')).contentDocument!;
      const hidden = () =>
        [...page.querySelectorAll('details p')].filter((p) => !p.checkVisibility());
      expect(hidden().length > 0, 'closed sections hide their text on screen').to.equal(true);
      await emulateMedia({ media: 'print' });
      try {
        expect(hidden().length, 'paragraphs hidden in print').to.equal(0);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    },
  );

  it('runs left to right on a right-to-left page with JavaScript off, the page around it untouched', async () => {
    const doc = `<!doctype html><html lang="ar" dir="rtl"><body><p id="host">نص الصفحة</p>${await snippet('nl')}</body></html>`;
    const page = (await frame(doc, 'allow-same-origin')).contentDocument!;
    const direction = (node: Element) => page.defaultView!.getComputedStyle(node).direction;
    expect(direction(page.getElementById('host')!)).to.equal('rtl');
    const texts = [...page.querySelectorAll('aivd-mission :is(p, summary, h2)')];
    expect(texts.length > 5).to.equal(true);
    for (const node of texts) expect(direction(node), textOf(node).slice(0, 30)).to.equal('ltr');
  });

  /** The fallback in a page of its own, and a late script, as a reader on a slow connection gets them. */
  async function lateUpgrade(elementAttributes = '') {
    const fallback = withoutScript(await snippet('nl')).replace(
      '<aivd-mission lang="nl"',
      `<aivd-mission lang="nl" ${elementAttributes}`,
    );
    const { view, page } = await pageOfItsOwn(fallback);
    const events: string[] = [];
    page.addEventListener('aivd-mission-toggle', (e) =>
      events.push((e as CustomEvent).detail.section),
    );
    const upgrade = async () => {
      const script = Object.assign(page.createElement('script'), {
        type: 'module',
        src: '/dist/aivd-mission.js',
      });
      page.head.append(script);
      await waitUntil(() => view.customElements.get(TAG), 'the element is defined');
      const el = page.querySelector(TAG) as HTMLElement & {
        open: string;
        updateComplete: Promise<unknown>;
      };
      await el.updateComplete;
      await new Promise((resolve) => view.requestAnimationFrame(resolve));
      return el;
    };
    const summaryOf = (section: string) =>
      page.getElementById(`aivd-mission-${section}`)!.closest('details')!.querySelector('summary')!;
    return { view, page, events, upgrade, summaryOf };
  }

  it('keeps the sections the reader opened in the fallback, and focus on a summary, across the upgrade', async () => {
    const { events, upgrade, summaryOf } = await lateUpgrade();
    summaryOf('values').click();
    summaryOf('values').focus();
    const before = summaryOf('values').closest('details')!.getBoundingClientRect().top;
    const el = await upgrade();
    expect(el.open).to.equal('values');
    const b = el.shadowRoot!.getElementById('button-values')!;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement === b, 'focus is on the same section').to.equal(true);
    const section = el.shadowRoot!.getElementById('section-values')!;
    const moved = section.getBoundingClientRect().top - before;
    expect(Math.abs(moved) <= 8, `the section stays where it was (moved ${moved} px)`).to.equal(
      true,
    );
    expect(events, 'the first render fires no event').to.deep.equal([]);
  });

  it('lets the section the reader opened win with exclusive, and the rest follow the attributes', async () => {
    const { upgrade, summaryOf } = await lateUpgrade('exclusive open="mission"');
    // The snippet was written without these attributes: the mission section is closed in it.
    summaryOf('capabilities').click();
    const el = await upgrade();
    expect(el.open).to.equal('capabilities');
  });

  it('lets a deep link in the URL win over what the reader did in the fallback', async () => {
    const { view, upgrade, summaryOf } = await lateUpgrade('exclusive');
    summaryOf('values').click();
    summaryOf('values').focus();
    const navigated = new Promise((resolve) => view.addEventListener('hashchange', resolve));
    view.location.hash = '#aivd-mission-capabilities';
    await navigated;
    const el = await upgrade();
    await waitUntil(() => el.open === 'capabilities', `the linked section is open ("${el.open}")`);
    const linked = el.shadowRoot!.getElementById('button-capabilities')!;
    await waitUntil(
      () => el.shadowRoot!.activeElement === linked,
      'focus is on the linked section',
    );
    expect(el.shadowRoot!.getElementById('button-values')!.getAttribute('aria-expanded')).to.equal(
      'false',
    );
  });
});
