// Lists the tokens the theme defines, read from the stylesheet itself.
const rule = [...document.styleSheets]
  .flatMap((sheet) => [...sheet.cssRules])
  .find((r) => r.selectorText === '.voorbeeld-theme');
const tokens = [...rule.style].filter((name) => name.startsWith('--'));
document.getElementById('tokens').textContent = tokens
  .map((name) => `${name}: ${rule.style.getPropertyValue(name).trim()};`)
  .join('\n');
