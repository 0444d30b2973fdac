/**
 * The default accent (section buttons, show all, copy link, the chevron and
 * the focus ring) is decided by the text colour it sits in, the one signal a
 * widget always has about the background behind it, since a page keeps its
 * own text readable:
 *
 * - dark text (a light background): the Rijksoverheid link blue #01689b;
 * - light text (a dark band, a dark colour scheme): the text colour itself,
 *   as white links on a Rijkshuisstijl dark band. It is as readable as the
 *   page's own text, whatever the band's colour; a fixed light blue is not
 *   (#8fcae7 on the hemelblauw #007bc7 band is 2.4:1).
 *
 * CSS decides it with relative colours where the engine has them (then a
 * theme switch is followed at once, at no cost in script); elsewhere the
 * widget decides in script at each render (`markDarkBackground`). The
 * fallback's CSS has the same rule. An accent set by the page (our custom
 * property, NL Design System tokens) or forced colours win over both.
 */

/**
 * The accent as a CSS colour relative to `currentColor` (the text colour
 * where it is used as `color`). Each channel steps from the blue #01689b
 * (1, 104, 155) to the text's own as the text's Rec. 709 luma (0.2126 r +
 * 0.7152 g + 0.0722 b, 0–255) passes LIGHT_TEXT: 0 below, 1 above.
 */
const LIGHT_TEXT = 127;
const lightText = `clamp(0, 0.2126 * r + 0.7152 * g + 0.0722 * b - ${LIGHT_TEXT}, 1)`;
export const ACCENT_FROM_TEXT = `rgb(from currentColor calc(1 + (r - 1) * ${lightText}) calc(104 + (g - 104) * ${lightText}) calc(155 + (b - 155) * ${lightText}))`;

/** The condition under which CSS decides: the styles' @supports (written out there, for the minifier). */
export const RELATIVE_COLOURS = '(color: rgb(from currentColor r g b))';

let relativeColours: boolean | undefined;

/**
 * Whether the engine lacks relative colours, so that script decides the
 * accent (markDarkBackground); asked once. Each render in such an engine
 * then reads the text colour: one style read per widget.
 */
export const decidesAccentInScript = (): boolean =>
  !(relativeColours ??= CSS.supports(RELATIVE_COLOURS));

/**
 * Marks `mission` (the root of the rendered tree) with `onDark` when its
 * text colour is light, so that the styles make the accent that text colour.
 * A colour the engine gives in another notation than rgb() (a page's oklch()
 * text in an old engine) keeps the blue.
 */
export function markDarkBackground(mission: Element, onDark: string): void {
  const rgb = /^rgba?\((.*)\)/.exec(getComputedStyle(mission).color);
  const [r = 0, g = 0, b = 0] = rgb ? rgb[1]!.split(/[\s,/]+/).map(Number) : [];
  mission.classList.toggle(onDark, 0.2126 * r + 0.7152 * g + 0.0722 * b > LIGHT_TEXT);
}
