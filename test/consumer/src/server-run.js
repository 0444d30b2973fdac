// Renders the server recipe (server-recipe.tsx) in Node, as a server does,
// from the packed package installed in the consumer app; scripts/consumer.js
// runs it after the type-check.
import assert from 'node:assert/strict';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { contentVersion, fallbackCss, renderFallback } from 'aivd-mission/fallback';
import { AivdMissionServer } from './server-recipe.js';

const options = { lang: 'en', open: 'values', headingLevel: 3 };
const html = renderToStaticMarkup(createElement(AivdMissionServer, options));
assert.ok(html.startsWith(`<style>${fallbackCss}</style>`), 'the fallback CSS first');
assert.ok(
  html.includes(
    `<aivd-mission lang="en" open="values" heading-level="3" data-content-version="${contentVersion}">${renderFallback(options)}</aivd-mission>`,
  ),
  'the element, its text version inside',
);
assert.ok(
  html.includes(
    `<details lang="en" dir="ltr" data-content-version="${contentVersion}" open>\n<summary><h3>Our values</h3>`,
  ),
  'the open section, its heading at level 3',
);
console.log(`server recipe: ${html.length} characters of HTML, text version ${contentVersion}`);
