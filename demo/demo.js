// Stamps each example from its <template data-example="name"> and prints the
// template's markup in <code data-snippet="name">, so the snippet shown is the
// exact markup that runs, written once, and read before the element upgrades
// (which would add reflected attributes). Runs under a strict CSP: no inline
// script, and only textContent is written, so Trusted Types are not needed.

/** Drops the blank first/last lines and the indentation the page source adds. */
function dedent(text) {
  const lines = text.replace(/\t/g, '  ').split('\n');
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines.at(-1).trim()) lines.pop();
  const indent = Math.min(
    ...lines.filter((line) => line.trim()).map((line) => line.match(/^ */)[0].length),
  );
  return lines.map((line) => line.slice(indent).trimEnd()).join('\n');
}

/** innerHTML writes a boolean attribute as `exclusive=""`; authors write `exclusive`. */
const asAuthored = (html) => html.replace(/(\s[\w-]+)=""/g, '$1');

for (const template of document.querySelectorAll('template[data-example]')) {
  const name = template.dataset.example;
  const code = document.querySelector(`code[data-snippet="${name}"]`);
  if (code) code.textContent = asAuthored(dedent(template.innerHTML));
  template.replaceWith(template.content.cloneNode(true));
}

// The partner example's CSS: the block of demo.css between the
// "partner-theme:start" and "partner-theme:end" comments.
async function showPartnerCss(code) {
  try {
    const response = await fetch(new URL('demo.css', import.meta.url));
    if (!response.ok) return;
    const block = (await response.text()).match(
      /\/\* partner-theme:start \*\/\r?\n([\s\S]*?)\r?\n\s*\/\* partner-theme:end \*\//,
    );
    if (block) code.textContent = dedent(block[1]);
  } catch {
    // Opened from disk, or offline: keep the pointer to demo.css.
  }
}

const cssCode = document.querySelector('code[data-snippet-css="partner"]');
if (cssCode) showPartnerCss(cssCode);
