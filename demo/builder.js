// The snippet builder (builder.html): the controls drive a live <aivd-mission>
// and write the code a CMS editor pastes: the script tag with its integrity
// value, the fallback CSS (a <style> that also holds the theme, or a <link> to
// dist/aivd-mission.css for sites that block inline styles, the theme then
// going to a separate field for the site's stylesheet), and the element with
// only the attributes that differ from the defaults, its no-JavaScript
// fallback inside (the same fallbackHtml() the build uses for
// dist/snippets/). Runs under a strict CSP with Trusted Types: no inline
// script, no innerHTML; only properties, attributes and textContent.
import { FALLBACK_CSS, fallbackHtml } from '../lib/fallback.js';

const SECTION_IDS = ['intro', 'mission', 'values', 'capabilities', 'organisation'];
const DEFAULT_ACCENT = '#01689b';
/** What the widget shows, without an accent of its own, on a page with `color-scheme: dark`. */
const DARK_DEFAULT_ACCENT = '#8fcae7';
/** The dark canvas the accent is checked on: Material's dark surface, a common dark-mode page. */
const DARK_CANVAS = '#121212';
const DEFAULT_LEVEL = 2;
/** WCAG 2.2 SC 1.4.3: normal text needs 4.5:1. */
const MIN_CONTRAST = 4.5;

const $ = (selector) => document.querySelector(selector);
const form = $('#instellingen');
const orderList = $('#onderdelen');
const orderStatus = $('#volgorde-melding');
const levelSelect = $('#kopniveau');
const exclusiveBox = $('#exclusief');
const accentInput = $('#accent');
const accentCode = $('#accent-code');
const accentError = $('#accent-code-fout');
const accentReset = $('#accent-standaard');
const backgroundInput = $('#achtergrond');
const backgroundCode = $('#achtergrond-code');
const backgroundError = $('#achtergrond-code-fout');
const backgroundClear = $('#achtergrond-wissen');
const contrastNote = $('#contrast');
const contrastList = contrastNote.querySelector('.contrast__list');
const contrastAdvice = contrastNote.querySelector('.contrast__advice');
const fontSelect = $('#lettertype');
const preview = $('#voorbeeld');
const snippetField = $('#snippet');
const integrityError = $('#integriteit-fout');
const copyButton = $('#kopieer');
const copyStatus = $('#kopieer-melding');
const themeBlock = $('#thema-blok');
const themeField = $('#thema-css');

const openBoxes = [...form.querySelectorAll('input[name="open"]')];
const sectionName = (row) => row.querySelector('label').textContent.trim();

// ---------------------------------------------------------------------------
// Colour and contrast

/** `#abc` or `#aabbcc` (any case, `#` optional) → `#aabbcc`; otherwise undefined. */
function normalizeHex(value) {
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
function contrastRatio(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

// Rounded down, so that a ratio shown as 4,5 always passes.
const formatRatio = (ratio) => `${(Math.floor(ratio * 10) / 10).toFixed(1).replace('.', ',')}:1`;

const isDark = (background) =>
  contrastRatio(background, '#ffffff') > contrastRatio(background, '#000000');

/**
 * The accent checked on white, on #121212 and on the editor's page
 * background if given. An accent of the editor's own (--aivd-mission-accent)
 * wins in both colour schemes; the default follows the page's color-scheme,
 * so on a dark page it is the light blue.
 */
function showContrast(accent, page) {
  const custom = accent !== DEFAULT_ACCENT;
  const shownOn = (dark) => (dark && !custom ? DARK_DEFAULT_ACCENT : accent);
  const check = (where, colour, canvas) => {
    const ratio = contrastRatio(colour, canvas);
    return { where, canvas, ratio, ok: ratio >= MIN_CONTRAST };
  };
  const light = check('Op een lichte pagina (wit)', accent, '#ffffff');
  const dark = check(
    custom
      ? `Op een donkere pagina (${DARK_CANVAS})`
      : `Op een donkere pagina (${DARK_CANVAS}) kiest het element zelf lichtblauw (${DARK_DEFAULT_ACCENT})`,
    shownOn(true),
    DARK_CANVAS,
  );
  const pageIsDark = page !== undefined && isDark(page);
  const own =
    page &&
    check(
      `Op uw pagina (${page})${pageIsDark && !custom ? ', met het lichtblauw' : ''}`,
      shownOn(pageIsDark),
      page,
    );
  const checks = [light, dark, own].filter(Boolean);

  contrastNote.dataset.level = checks.every((c) => c.ok) ? 'ok' : 'low';
  contrastList.replaceChildren(
    ...checks.map((c) => {
      const item = document.createElement('li');
      item.dataset.level = c.ok ? 'ok' : 'low';
      item.textContent = `${c.where}: ${formatRatio(c.ratio)} — ${c.ok ? 'voldoende' : 'te laag'}.`;
      return item;
    }),
  );
  const advice = adviceFor({ custom, light, dark, own, pageIsDark });
  contrastAdvice.textContent = advice;
  contrastAdvice.hidden = !advice;
}

/** What an editor can do about the checks that fail, or '' when nothing needs doing. */
function adviceFor({ custom, light, dark, own, pageIsDark }) {
  if (!custom) {
    if (own && !own.ok)
      return 'Op uw pagina is de standaardkleur niet goed leesbaar. Kies een eigen kleur die daar wel voldoende contrast heeft.';
    if (own && pageIsDark)
      return 'Het element kiest het lichtblauw alleen als uw pagina een donker kleurenschema aangeeft (color-scheme: dark). Vraag uw webteam of dat zo is.';
    return '';
  }
  if (own && !own.ok) {
    const standard = pageIsDark ? DARK_DEFAULT_ACCENT : DEFAULT_ACCENT;
    const standardFits = contrastRatio(standard, own.canvas) >= MIN_CONTRAST;
    return `Op uw pagina is deze kleur niet goed leesbaar. Kies een ${pageIsDark ? 'lichtere' : 'donkerdere'} kleur${standardFits ? ', of houd de standaardkleur' : ''}.`;
  }
  if (light.ok && !dark.ok)
    return "Uw kleur blijft ook op een donkere pagina staan, en is daar te donker. Gebruik deze kleur alleen op lichte pagina's, kies een kleur die op beide voldoende contrast heeft, of houd de standaardkleur: die wordt op een donkere pagina vanzelf lichtblauw.";
  if (!light.ok && dark.ok)
    return "Uw kleur blijft ook op een lichte pagina staan, en is daar te licht. Gebruik deze kleur alleen op donkere pagina's, kies een kleur die op beide voldoende contrast heeft, of houd de standaardkleur.";
  if (!light.ok && !dark.ok) return 'Kies een kleur met meer contrast, of houd de standaardkleur.';
  return '';
}

// ---------------------------------------------------------------------------
// Reading the controls

/** The settings as the controls show them; the form is the only state. */
function readSettings() {
  const order = [...orderList.children].map((row) => row.dataset.section);
  const sections = order.filter((id) => form.querySelector(`#toon-${id}`).checked);
  return {
    lang: form.elements.lang.value,
    sections,
    // The widget's canonical order, so its reflected `open` matches the snippet.
    open: SECTION_IDS.filter((id) =>
      openBoxes.some((box) => box.value === id && box.checked && !box.disabled),
    ),
    headingLevel: Number(levelSelect.value),
    exclusive: exclusiveBox.checked,
    accent: normalizeHex(accentInput.value) ?? DEFAULT_ACCENT,
    font: fontSelect.value,
    /** 'inline': a <style>; 'link': a <link> to the CSS file, for a strict CSP. */
    css: form.elements.css.value,
  };
}

/** The element's attributes: `lang` (the fallback is in that language) and what differs from the defaults. */
function attributesFor(settings) {
  const attributes = [['lang', settings.lang]];
  if (settings.sections.join(' ') !== SECTION_IDS.join(' '))
    attributes.push(['sections', settings.sections.join(' ')]);
  if (settings.open.length) attributes.push(['open', settings.open.join(' ')]);
  if (settings.headingLevel !== DEFAULT_LEVEL)
    attributes.push(['heading-level', String(settings.headingLevel)]);
  if (settings.exclusive) attributes.push(['exclusive', '']);
  return attributes;
}

/** The custom properties that differ from the defaults. */
function themeFor(settings) {
  const theme = [];
  if (settings.accent !== DEFAULT_ACCENT) theme.push(['--aivd-mission-accent', settings.accent]);
  if (settings.font) theme.push(['--aivd-mission-font-family', settings.font]);
  return theme;
}

/** The rule that sets the theme's custom properties, or '' for the default theme. */
function themeCssFor(settings) {
  const theme = themeFor(settings);
  return theme.length
    ? `aivd-mission {\n${theme.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}\n`
    : '';
}

// ---------------------------------------------------------------------------
// The snippet

/** Filled in by loadRelease(): where the script and the CSS file live, and their integrity values. */
const release = { src: '', integrity: '', cssHref: '', cssIntegrity: '' };

async function loadRelease() {
  const json = async (path) => {
    const response = await fetch(new URL(path, import.meta.url));
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return response.json();
  };
  const [pkg, integrity] = await Promise.allSettled([
    json('../package.json'),
    json('../dist/integrity.json'),
  ]);
  // The same base as scripts/sri.js.
  const version = pkg.status === 'fulfilled' ? pkg.value.version : 'latest';
  const base = `https://cdn.example.nl/aivd-mission/${version}/`;
  const values = integrity.status === 'fulfilled' ? integrity.value : {};
  release.src = `${base}aivd-mission.js`;
  release.integrity = values['aivd-mission.js'] ?? '';
  release.cssHref = `${base}aivd-mission.css`;
  release.cssIntegrity = values['aivd-mission.css'] ?? '';
  integrityError.hidden = Boolean(release.integrity && release.cssIntegrity);
}

const escapeAttribute = (value) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A tag with one attribute a line, as Prettier writes it (and scripts/sri.js). */
const tag = (open, attributes, close) =>
  [open, ...attributes.filter(Boolean).map((a) => `  ${a}`), close].join('\n');

function snippetFor(settings) {
  const script = tag(
    '<script',
    [
      'type="module"',
      `src="${release.src}"`,
      release.integrity && `integrity="${release.integrity}"`,
      'crossorigin="anonymous"',
    ],
    '></script>',
  );
  // A strict Content-Security-Policy blocks a <style> in the page, but not a
  // stylesheet from the same place as the script.
  const css =
    settings.css === 'link'
      ? tag(
          '<link',
          [
            'rel="stylesheet"',
            `href="${release.cssHref}"`,
            release.cssIntegrity && `integrity="${release.cssIntegrity}"`,
            'crossorigin="anonymous"',
          ],
          '/>',
        )
      : `<style>\n${themeCssFor(settings)}${FALLBACK_CSS}\n</style>`;
  const attributes = attributesFor(settings)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const fallback = fallbackHtml(settings.lang, {
    sections: settings.sections,
    open: settings.open,
    headingLevel: settings.headingLevel,
  });
  return `${script}
${css}
<aivd-mission${attributes}>
${fallback}
</aivd-mission>
`;
}

// ---------------------------------------------------------------------------
// Keeping controls, preview and snippet in step

function syncControls(settings) {
  // An open checkbox only for a shown section.
  for (const box of openBoxes) {
    const shown = settings.sections.includes(box.value);
    box.disabled = !shown;
    if (!shown) box.checked = false;
    box.labels[0].querySelector('.choice__note').hidden = shown;
  }
  // Move buttons at the ends say so instead of disappearing: focus stays put.
  const rows = [...orderList.children];
  rows.forEach((row, index) => {
    row.querySelector('[data-move="up"]').setAttribute('aria-disabled', String(index === 0));
    row
      .querySelector('[data-move="down"]')
      .setAttribute('aria-disabled', String(index === rows.length - 1));
  });
}

function update() {
  let settings = readSettings();
  syncControls(settings);
  settings = readSettings();

  // The preview carries exactly the snippet's attributes and theme.
  const attributes = attributesFor(settings);
  const names = new Set(attributes.map(([name]) => name));
  for (const name of ['lang', 'sections', 'open', 'heading-level', 'exclusive'])
    if (!names.has(name)) preview.removeAttribute(name);
  for (const [name, value] of attributes) preview.setAttribute(name, value);
  for (const name of ['--aivd-mission-accent', '--aivd-mission-font-family'])
    preview.style.removeProperty(name);
  for (const [name, value] of themeFor(settings)) preview.style.setProperty(name, value);

  // The page background only informs the check; it is not part of the snippet.
  showContrast(settings.accent, normalizeHex(backgroundCode.value));
  if (release.src) snippetField.value = snippetFor(settings);
  const themeCss = settings.css === 'link' ? themeCssFor(settings) : '';
  themeBlock.hidden = !themeCss;
  themeField.value = themeCss;
}

/** Says `text` in a live region, even when it is the same as last time. */
function announce(region, text) {
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

// ---------------------------------------------------------------------------
// Events

form.addEventListener('submit', (event) => event.preventDefault());

form.addEventListener('change', (event) => {
  const target = event.target;
  if (target.name === 'sections' && !target.checked) {
    const anyShown = form.querySelectorAll('input[name="sections"]:checked').length > 0;
    if (!anyShown) {
      target.checked = true;
      announce(orderStatus, 'Er moet minstens één onderdeel zichtbaar blijven.');
    }
  }
  if (exclusiveBox.checked && (target.name === 'open' || target === exclusiveBox)) {
    // At most one open: the one just ticked, else the first ticked.
    const keep =
      target.name === 'open' && target.checked
        ? target
        : openBoxes.find((box) => box.checked && !box.disabled);
    for (const box of openBoxes) if (box !== keep) box.checked = false;
  }
  if (target !== accentCode && target !== backgroundCode) update();
});

form.addEventListener('input', (event) => {
  if (event.target === accentInput) {
    accentCode.value = accentInput.value;
    setCodeValid(accentCode, accentError, true);
    update();
  } else if (event.target === accentCode) {
    const hex = normalizeHex(accentCode.value);
    if (hex) {
      accentInput.value = hex;
      setCodeValid(accentCode, accentError, true);
      update();
    }
  } else if (event.target === backgroundInput) {
    backgroundCode.value = backgroundInput.value;
    setCodeValid(backgroundCode, backgroundError, true);
    update();
  } else if (event.target === backgroundCode) {
    const hex = normalizeHex(backgroundCode.value);
    if (hex) backgroundInput.value = hex;
    if (hex || !backgroundCode.value.trim()) setCodeValid(backgroundCode, backgroundError, true);
    // Unlike the accent, which keeps its last colour, a background that is no
    // colour (yet) is left out of the check rather than checked as it was.
    update();
  }
});

// A code that is not a colour is pointed out once the field is left. The
// background may stay empty.
accentCode.addEventListener('change', () => {
  const hex = normalizeHex(accentCode.value);
  setCodeValid(accentCode, accentError, Boolean(hex));
  if (hex) accentCode.value = hex;
});

backgroundCode.addEventListener('change', () => {
  const hex = normalizeHex(backgroundCode.value);
  setCodeValid(backgroundCode, backgroundError, Boolean(hex) || !backgroundCode.value.trim());
  if (hex) backgroundCode.value = hex;
});

function setCodeValid(field, error, valid) {
  error.hidden = valid;
  if (valid) field.removeAttribute('aria-invalid');
  else field.setAttribute('aria-invalid', 'true');
}

accentReset.addEventListener('click', () => {
  accentInput.value = DEFAULT_ACCENT;
  accentCode.value = DEFAULT_ACCENT;
  setCodeValid(accentCode, accentError, true);
  update();
});

backgroundClear.addEventListener('click', () => {
  backgroundInput.value = '#ffffff';
  backgroundCode.value = '';
  setCodeValid(backgroundCode, backgroundError, true);
  update();
});

orderList.addEventListener('click', (event) => {
  const button = event.target.closest('button[data-move]');
  if (!button) return;
  const row = button.closest('li');
  const name = sectionName(row);
  const up = button.dataset.move === 'up';
  const neighbour = up ? row.previousElementSibling : row.nextElementSibling;
  if (!neighbour) {
    announce(orderStatus, `${name} staat al ${up ? 'bovenaan' : 'onderaan'}.`);
    return;
  }
  // Move the neighbour rather than this row: the focused button stays in the DOM.
  if (up) orderList.insertBefore(neighbour, row.nextElementSibling);
  else orderList.insertBefore(neighbour, row);
  const rows = [...orderList.children];
  announce(orderStatus, `${name} staat nu op plaats ${rows.indexOf(row) + 1} van ${rows.length}.`);
  update();
});

// A click in the preview opens or closes a section: the controls follow, so
// the snippet always shows what the preview shows.
preview.addEventListener('aivd-mission-toggle', () => {
  const open = new Set(preview.open.split(/\s+/).filter(Boolean));
  let changed = false;
  for (const box of openBoxes) {
    if (box.disabled || box.checked === open.has(box.value)) continue;
    box.checked = open.has(box.value);
    changed = true;
  }
  if (changed) update();
});

copyButton.addEventListener('click', async () => {
  try {
    if (!navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(snippetField.value);
    announce(copyStatus, 'De code is gekopieerd. Plak die in uw CMS.');
  } catch {
    snippetField.focus();
    snippetField.select();
    announce(
      copyStatus,
      'Kopiëren is niet gelukt. De code is geselecteerd: kopieer die met Ctrl+C (Cmd+C op een Mac).',
    );
  }
});

update();
await loadRelease();
update();
