// Shared by the scripts that write embed code: Subresource Integrity values,
// Content-Security-Policy hashes, and the <script> and <link> tags that
// carry them.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { linkTag as link, scriptTag as script } from '../lib/snippet-tags.js';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

/** Where the embed code says the dist files live. */
export const BASE =
  process.env.AIVD_MISSION_BASE_URL ?? `https://cdn.example.nl/aivd-mission/${version}/`;

/** The sha384 integrity value of a file under dist/. */
export const sri = (file) =>
  `sha384-${createHash('sha384')
    .update(readFileSync(`dist/${file}`))
    .digest('base64')}`;

/**
 * The CSP source expression that allows an inline element with exactly this
 * text content (`style-src 'sha256-…'`): CSP Level 3 hashes the UTF-8 of
 * the element's text, every character between its tags.
 */
export const cspHash = (text) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** A <script> tag for a dist file, with integrity, formatted as Prettier would. */
export const scriptTag = (attribute, file) => script(attribute, `${BASE}${file}`, sri(file));

/** A stylesheet <link> for a dist file, with integrity, formatted as Prettier would. */
export const linkTag = (file) => link(`${BASE}${file}`, sri(file));
