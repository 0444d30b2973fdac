// What Prototype 1.6 (prototype.js, 2007–2010, still on old government
// pages) does to the built-ins, rewritten from its source (lang/array.js,
// lang/enumerable.js, lang/string.js, lang/function.js, dom/dom.js): methods
// assigned to the prototypes, so enumerable, and natives replaced by its own
// versions with their older semantics. Loaded as a classic script before the
// widget, as a page loads the library.
(function () {
  'use strict';
  const slice = Array.prototype.slice;

  // $A: array-likes only. Array.from becomes it, so an iterable without a
  // length (a Set, a Map, a generator) turns into [].
  function $A(iterable) {
    if (!iterable) return [];
    if ('toArray' in Object(iterable)) return iterable.toArray();
    let length = iterable.length || 0;
    const results = new Array(length);
    while (length--) results[length] = iterable[length];
    return results;
  }
  window.$A = $A;
  Array.from = $A;

  // Enumerable, mixed into Array.prototype over the natives of the same names:
  // map, filter, find, every, some and entries take Prototype's versions
  // (entries is toArray: values, not [index, value] pairs).
  const Enumerable = {
    each(iterator, context) {
      for (let i = 0; i < this.length; i++) iterator.call(context, this[i], i);
      return this;
    },
    all(iterator, context) {
      let result = true;
      this.each((value, index) => {
        result = result && !!(iterator || ((x) => x)).call(context, value, index);
      });
      return result;
    },
    any(iterator, context) {
      let result = false;
      this.each((value, index) => {
        if (!result) result = !!(iterator || ((x) => x)).call(context, value, index);
      });
      return result;
    },
    collect(iterator, context) {
      const results = [];
      this.each((value, index) =>
        results.push((iterator || ((x) => x)).call(context, value, index)),
      );
      return results;
    },
    detect(iterator, context) {
      let result;
      this.each((value, index) => {
        if (result === undefined && iterator.call(context, value, index)) result = value;
      });
      return result;
    },
    findAll(iterator, context) {
      const results = [];
      this.each((value, index) => {
        if (iterator.call(context, value, index)) results.push(value);
      });
      return results;
    },
    include(object) {
      return this.indexOf(object) !== -1;
    },
    inject(memo, iterator, context) {
      this.each((value, index) => {
        memo = iterator.call(context, memo, value, index);
      });
      return memo;
    },
    invoke(method, ...args) {
      return this.map((value) => value[method](...args));
    },
    pluck(property) {
      return this.map((value) => value[property]);
    },
    toArray() {
      return slice.call(this);
    },
    size() {
      return this.length;
    },
  };
  Object.assign(Enumerable, {
    map: Enumerable.collect,
    filter: Enumerable.findAll,
    select: Enumerable.findAll,
    find: Enumerable.detect,
    every: Enumerable.all,
    some: Enumerable.any,
    member: Enumerable.include,
    entries: Enumerable.toArray,
  });
  for (const name of Object.keys(Enumerable)) Array.prototype[name] = Enumerable[name];
  Object.assign(Array.prototype, {
    clear() {
      this.length = 0;
      return this;
    },
    first() {
      return this[0];
    },
    last() {
      return this[this.length - 1];
    },
    compact() {
      return this.select((value) => value != null);
    },
    flatten() {
      return this.inject([], (array, value) =>
        array.concat(Array.isArray(value) ? value.flatten() : [value]),
      );
    },
    without(...values) {
      return this.select((value) => !values.include(value));
    },
    uniq() {
      return this.inject([], (array, value) =>
        array.include(value) ? array : array.concat(value),
      );
    },
    clone() {
      return slice.call(this);
    },
    // JSON.stringify calls it: an array becomes a string, written out twice.
    toJSON() {
      return `[${this.map((value) => JSON.stringify(value)).join(', ')}]`;
    },
  });

  Object.assign(String.prototype, {
    strip() {
      return this.replace(/^\s+/, '').replace(/\s+$/, '');
    },
    include(pattern) {
      return this.indexOf(pattern) > -1;
    },
    // Without the position argument of the natives they replace.
    startsWith(pattern) {
      return this.indexOf(pattern) === 0;
    },
    endsWith(pattern) {
      const d = this.length - pattern.length;
      return d >= 0 && this.lastIndexOf(pattern) === d;
    },
    escapeHTML() {
      return this.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    },
    camelize() {
      return this.replace(/-+(.)?/g, (match, chr) => (chr ? chr.toUpperCase() : ''));
    },
    blank() {
      return /^\s*$/.test(this);
    },
    toJSON() {
      return JSON.stringify(String(this));
    },
  });

  // bind, replaced whether or not the browser has it: no `new`, no name.
  Function.prototype.bind = function (...args) {
    if (args.length < 2 && args[0] === undefined) return this;
    const method = this;
    const object = args.shift();
    return function (...more) {
      return method.apply(object, args.concat(more));
    };
  };

  // Element: a constructor of its own in place of the global, and methods on
  // every element (Element.addMethods), remove and toggle among them.
  const NativeElement = window.Element;
  const methods = {
    hide() {
      this.style.display = 'none';
      return this;
    },
    show() {
      this.style.display = '';
      return this;
    },
    toggle() {
      return this.style.display === 'none' ? this.show() : this.hide();
    },
    remove() {
      this.parentNode?.removeChild(this);
      return this;
    },
    update(content) {
      this.innerHTML = content == null ? '' : String(content);
      return this;
    },
    readAttribute(name) {
      return this.getAttribute(name);
    },
    addClassName(name) {
      this.classList.add(name);
      return this;
    },
    hasClassName(name) {
      return this.classList.contains(name);
    },
    identify() {
      return this.id || (this.id = `anonymous_element_${Math.random().toString(36).slice(2)}`);
    },
  };
  for (const name of Object.keys(methods)) HTMLElement.prototype[name] = methods[name];
  window.Element = function Element(tagName, attributes) {
    const element = document.createElement(tagName);
    for (const [name, value] of Object.entries(attributes || {})) element.setAttribute(name, value);
    return element;
  };
  window.Element.prototype = NativeElement.prototype;
  window.Element.addMethods = (extra) => Object.assign(HTMLElement.prototype, extra);
  window.$ = (id) => (typeof id === 'string' ? document.getElementById(id) : id);
  window.$$ = (selector) => $A(document.querySelectorAll(selector));
  // Event: statics added to the native constructor.
  Object.assign(window.Event, { KEY_RETURN: 13, KEY_ESC: 27, observe: () => {} });
  window.Prototype = { Version: '1.6.1' };
})();
