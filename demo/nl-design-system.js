// Lists the theme's tokens that the element reads, as this page computes them.
const READ = [
  '--nl-link-color',
  '--utrecht-link-color',
  '--basis-color-default-color-document',
  '--basis-text-font-family-default',
  '--basis-heading-font-family',
  '--nl-heading-level-3-font-family',
  '--basis-focus-outline-color',
  '--basis-focus-outline-width',
  '--basis-focus-outline-style',
];
const style = getComputedStyle(document.body);
document.getElementById('tokens').textContent = READ.map(
  (name) => `${name}: ${style.getPropertyValue(name).trim()};`,
).join('\n');
