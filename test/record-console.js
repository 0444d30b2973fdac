// Loaded first by the smoke pages: records what the shipped files log or throw.
window.__logs = [];
window.__errors = [];
for (const level of ['warn', 'error']) {
  const original = console[level];
  console[level] = (...args) => {
    window.__logs.push(`${level}: ${args.join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
