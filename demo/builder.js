// The snippet builder (builder.html): the controls drive a live <aivd-mission>
// and write the code a CMS editor pastes: the script tag with its integrity
// value, the fallback CSS (a <style> that also holds the theme, or a <link> to
// dist/aivd-mission.css for sites that block inline styles, the theme then
// going to a separate field for the site's stylesheet), and the element with
// only the attributes that differ from the defaults, its no-JavaScript
// fallback inside (renderFallback(), the package's aivd-mission/fallback,
// which gives what the build puts in dist/snippets/). Runs under a strict CSP
// with Trusted Types: no inline script, no innerHTML; only properties,
// attributes and textContent.
//
// scripts/builder.js bundles it into dist/builder/ as a classic script, and
// writes the package version and the integrity values of the files beside it
// into the page: it fetches nothing, so it works from disk (file://) too.
import { escapeHtml } from '../lib/fallback.js';
import { contentVersion, fallbackCss, renderFallback } from '../lib/render-fallback.js';
import { linkTag, scriptTag } from '../lib/snippet-tags.js';
import { DEFAULT_ACCENT, checkAccent, formatRatio, isDark, normalizeHex } from './contrast.js';

const SECTION_IDS = ['intro', 'mission', 'values', 'capabilities', 'organisation'];
const DEFAULT_LEVEL = 2;

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
const stage = preview.parentElement;
const snippetField = $('#snippet');
const integrityError = $('#integriteit-fout');
const scriptAddress = $('#script-adres');
const copyButton = $('#kopieer');
const copyStatus = $('#kopieer-melding');
const themeBlock = $('#thema-blok');
const themeField = $('#thema-css');

const openBoxes = [...form.querySelectorAll('input[name="open"]')];
const sectionName = (row) => row.querySelector('label').textContent.trim();

// ---------------------------------------------------------------------------
// Colour and contrast

/** Shows the accent's contrast checks (demo/contrast.js) in the note beside the colour fields. */
function showContrast(accent, page) {
  const { checks, advice } = checkAccent(accent, page);
  contrastNote.dataset.level = checks.every((c) => c.ok) ? 'ok' : 'low';
  contrastList.replaceChildren(
    ...checks.map((c) => {
      const item = document.createElement('li');
      item.dataset.level = c.ok ? 'ok' : 'low';
      item.textContent = `${c.where}: ${formatRatio(c.ratio)} — ${c.ok ? 'voldoende' : 'te laag'}.`;
      return item;
    }),
  );
  contrastAdvice.textContent = advice;
  contrastAdvice.hidden = !advice;
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

/**
 * The integrity values of the files beside the builder, from its page
 * (scripts/builder.js writes them there); none in a page not built so.
 */
const integrity = JSON.parse(document.documentElement.dataset.integrity || '{}');
integrityError.hidden = Boolean(integrity['aivd-mission.js'] && integrity['aivd-mission.css']);

// The script's address: where the builder is hosted, beside dist/'s files,
// so that the snippet points at the web team's own copy. Opened from disk
// there is no such address: the editor fills it in.
if (/^https?:$/.test(location.protocol)) {
  scriptAddress.defaultValue = new URL('../aivd-mission.js', location.href).href;
}

/**
 * The script's and the CSS file's addresses as the snippet writes them, or
 * undefined until the field holds a web address: a full one
 * (`https://…/aivd-mission.js`) or one from the site's root
 * (`/js/aivd-mission.js`, for pages on the same site).
 */
function addresses() {
  const typed = scriptAddress.value.trim();
  const fromRoot = typed.startsWith('/') && !typed.startsWith('//');
  let src;
  try {
    src = new URL(typed, fromRoot ? 'https://site.invalid' : undefined);
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(src.protocol)) return undefined;
  const css = new URL('aivd-mission.css', src);
  return fromRoot
    ? { src: src.pathname + src.search, cssHref: css.pathname }
    : { src: src.href, cssHref: css.href };
}

function snippetFor(settings, { src, cssHref }) {
  const script = scriptTag('type="module"', src, integrity['aivd-mission.js'] ?? '');
  // A strict Content-Security-Policy blocks a <style> in the page, but not a
  // stylesheet from the same place as the script.
  const css =
    settings.css === 'link'
      ? linkTag(cssHref, integrity['aivd-mission.css'] ?? '')
      : `<style>\n${themeCssFor(settings)}${fallbackCss}\n</style>`;
  const attributes = attributesFor(settings)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const fallback = renderFallback({
    lang: settings.lang,
    sections: settings.sections,
    open: settings.open,
    headingLevel: settings.headingLevel,
    exclusive: settings.exclusive,
  });
  return `${script}
${css}
<aivd-mission${attributes} data-content-version="${contentVersion}">
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

  // The page background is not part of the snippet: it informs the check,
  // and the preview stands on it, in white text on a dark one, as on a page
  // (the element takes its colours from there).
  const background = normalizeHex(backgroundCode.value);
  stage.style.background = background ?? '';
  stage.style.color = background && isDark(background) ? '#ffffff' : '';
  showContrast(settings.accent, background);
  const files = addresses();
  scriptAddress.setAttribute('aria-invalid', String(!files && scriptAddress.value.trim() !== ''));
  snippetField.value = files
    ? snippetFor(settings, files)
    : 'Vul eerst het adres van het script in (bij “Bestanden”).';
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
  if (event.target === scriptAddress) {
    update();
  } else if (event.target === accentInput) {
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
  if (!addresses()) {
    scriptAddress.focus();
    announce(copyStatus, 'Er is nog geen code: vul eerst het adres van het script in.');
    return;
  }
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
