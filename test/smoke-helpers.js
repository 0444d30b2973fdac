// The smoke pages must load no Lit but the one inside dist/: @open-wc/testing
// brings its own (dev-mode) copy, so they use chai and chai-a11y-axe directly.
import chai, { expect } from '@esm-bundle/chai';
import { chaiA11yAxe } from 'chai-a11y-axe';

chai.use(chaiA11yAxe);
export { expect };

/** Loads a script (classic unless `attributes` say otherwise) and resolves once it ran. */
export const loadScript = (src, attributes = {}) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), attributes);
    script.src = src;
    script.onload = resolve;
    script.onerror = reject;
    document.head.append(script);
  });

/** The section headings a user sees. */
export const headings = (el) =>
  [...el.shadowRoot.querySelectorAll('[part~="heading"]')].map((h) => h.textContent.trim());
