// The snippet builder's colour checks (WCAG 2.2 SC 1.4.3): the accent an
// editor picks, on a light page, on a dark one and on their own background.
// Plain functions; demo/builder.js shows what they return.

export const DEFAULT_ACCENT = '#01689b';
// On a dark background the widget's default accent is the page's own text
// colour (src/accent.ts); the check takes that text to be white.
const DARK_PAGE_TEXT = '#ffffff';
/** The dark canvas the accent is checked on: Material's dark surface, a common dark-mode page. */
const DARK_CANVAS = '#121212';
/** WCAG 2.2 SC 1.4.3: normal text needs 4.5:1. */
const MIN_CONTRAST = 4.5;

/** `#abc` or `#aabbcc` (any case, `#` optional) → `#aabbcc`; otherwise undefined. */
export function normalizeHex(value) {
  const match = /^#?([\da-f]{3}|[\da-f]{6})$/i.exec(String(value).trim());
  if (!match) return undefined;
  const hex = match[1].toLowerCase();
  return `#${hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex}`;
}

/** WCAG relative luminance of `#rrggbb`. */
function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, 1 to 21. */
export function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// Rounded down, so that a ratio shown as 4,5 always passes.
export const formatRatio = (ratio) =>
  `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;

export const isDark = (background) =>
  contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000');

/**
 * The accent checked on white, on #121212 and on the editor's page
 * background if given: each check's place, canvas, ratio and verdict, and the
 * advice for the ones that fail. An accent of the editor's own
 * (--aivd-mission-accent) wins on any background; the default follows the
 * page's text colour, so on a dark page it is that (white) text's colour.
 */
export function checkAccent(accent, page) {
  const custom = accent !== DEFAULT_ACCENT;
  const shownOn = (dark) => (dark && !custom ? DARK_PAGE_TEXT : accent);
  const check = (where, colour, canvas) => {
    const ratio = contrastRatio(colour, canvas);
    return { where, canvas, ratio, ok: ratio >= MIN_CONTRAST };
  };
  const light = check('Op een lichte pagina (wit)', accent, '#ffffff');
  const dark = check(
    custom
      ? `Op een donkere pagina (${DARK_CANVAS})`
      : `Op een donkere pagina (${DARK_CANVAS}) neemt het element de tekstkleur van de pagina over (wit)`,
    shownOn(true),
    DARK_CANVAS,
  );
  const pageIsDark = page !== undefined && isDark(page);
  const own =
    page &&
    check(
      `Op uw pagina (${page})${pageIsDark && !custom ? ', in de tekstkleur van de pagina (wit)' : ''}`,
      shownOn(pageIsDark),
      page,
    );
  const checks = [light, dark, own].filter(Boolean);

  return { checks, advice: adviceFor({ custom, light, dark, own, pageIsDark }) };
}

/** What an editor can do about the checks that fail, or '' when nothing needs doing. */
function adviceFor({ custom, light, dark, own, pageIsDark }) {
  if (!custom) {
    if (own && !own.ok)
      return 'Op uw pagina is de standaardkleur niet goed leesbaar. Kies een eigen kleur die daar wel voldoende contrast heeft.';
    return '';
  }
  if (own && !own.ok) {
    const standard = pageIsDark ? DARK_PAGE_TEXT : DEFAULT_ACCENT;
    const standardFits = contrastRatio(standard, own.canvas) >= MIN_CONTRAST;
    return `Op uw pagina is deze kleur niet goed leesbaar. Kies een ${pageIsDark ? 'lichtere' : 'donkerdere'} kleur${standardFits ? ', of houd de standaardkleur' : ''}.`;
  }
  if (light.ok && !dark.ok)
    return "Uw kleur blijft ook op een donkere pagina staan, en is daar te donker. Gebruik deze kleur alleen op lichte pagina's, kies een kleur die op beide voldoende contrast heeft, of houd de standaardkleur: die neemt op een donkere pagina vanzelf de tekstkleur van de pagina over.";
  if (!light.ok && dark.ok)
    return "Uw kleur blijft ook op een lichte pagina staan, en is daar te licht. Gebruik deze kleur alleen op donkere pagina's, kies een kleur die op beide voldoende contrast heeft, of houd de standaardkleur.";
  if (!light.ok && !dark.ok) return 'Kies een kleur met meer contrast, of houd de standaardkleur.';
  return '';
}
