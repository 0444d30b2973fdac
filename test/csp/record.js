// Loaded first by the strict-CSP pages (script-src 'self' allows it): records
// what the page under test does that a host page would object to.
const report = (window.__report = { violations: [], errors: [], storageWrites: [] });

document.addEventListener('securitypolicyviolation', (e) =>
  report.violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`),
);
window.addEventListener('error', (e) => report.errors.push(String(e.message)));
const consoleError = console.error;
console.error = (...args) => {
  report.errors.push(args.join(' '));
  consoleError.apply(console, args);
};

// Writes to cookies or Web Storage, whether they would succeed or not.
for (const method of ['setItem', 'removeItem', 'clear']) {
  const original = Storage.prototype[method];
  Storage.prototype[method] = function (...args) {
    report.storageWrites.push(`${method} ${args[0] ?? ''}`);
    return original.apply(this, args);
  };
}
const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie');
Object.defineProperty(document, 'cookie', {
  get: () => cookie.get.call(document),
  set: (value) => {
    report.storageWrites.push(`cookie ${value}`);
    cookie.set.call(document, value);
  },
});
