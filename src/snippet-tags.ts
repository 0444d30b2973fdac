/**
 * The snippet's <script> and <link> tags, with their Subresource Integrity
 * values: written by the build (scripts/sri.js) and by the snippet builder
 * (demo/builder.js), both with these functions, so that they match.
 */

/** A tag with one attribute a line, as Prettier writes it; empty attributes are left out. */
const tag = (open: string, attributes: Array<string | false>, close: string) =>
  [open, ...attributes.filter(Boolean).map((a) => `  ${a}`), close].join('\n');

/** A <script> tag for `src` (with `type="module"` or `defer`), with its integrity value if known. */
export const scriptTag = (attribute: string, src: string, integrity: string) =>
  tag(
    '<script',
    [
      attribute,
      `src="${src}"`,
      !!integrity && `integrity="${integrity}"`,
      'crossorigin="anonymous"',
    ],
    '></script>',
  );

/** A stylesheet <link> tag for `href`, with its integrity value if known. */
export const linkTag = (href: string, integrity: string) =>
  tag(
    '<link',
    [
      'rel="stylesheet"',
      `href="${href}"`,
      !!integrity && `integrity="${integrity}"`,
      'crossorigin="anonymous"',
    ],
    '/>',
  );
