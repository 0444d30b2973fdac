// What MooTools 1.2 (mootools-core, 2008–2010, still on old government
// pages) does to the built-ins, rewritten from its source (Native/Array.js,
// Native/Function.js, Native/String.js, Element/Element.js, Native/Event.js):
// methods assigned to the prototypes, so enumerable; natives replaced by
// versions with older semantics (bind takes an array of arguments, trim is
// its own); window.Event and window.Element replaced by its own
// constructors. Array.from is MooTools 1.3's, which wraps what it does not
// take for an array-like. Loaded as a classic script before the widget.
(function () {
  'use strict';
  const slice = Array.prototype.slice;

  Object.assign(Array.prototype, {
    each: Array.prototype.forEach,
    contains(item, from) {
      return this.indexOf(item, from) !== -1;
    },
    include(item) {
      if (!this.contains(item)) this.push(item);
      return this;
    },
    erase(item) {
      for (let i = this.length; i--;) if (this[i] === item) this.splice(i, 1);
      return this;
    },
    getLast() {
      return this.length ? this[this.length - 1] : null;
    },
    clean() {
      return this.filter((item) => item != null);
    },
    flatten() {
      return this.reduce(
        (array, item) => array.concat(Array.isArray(item) ? item.flatten() : item),
        [],
      );
    },
    extend(array) {
      for (const item of array) this.push(item);
      return this;
    },
    empty() {
      this.length = 0;
      return this;
    },
  });

  // A Set, a Map or a generator has no length: it comes back wrapped, [set].
  Array.from = function (item) {
    if (item == null) return [];
    const arrayLike =
      typeof item === 'object' && typeof item.length === 'number' && !Array.isArray(item);
    return Array.isArray(item) ? item : arrayLike ? slice.call(item) : [item];
  };

  Object.assign(String.prototype, {
    test(regex, params) {
      return (typeof regex === 'string' ? new RegExp(regex, params) : regex).test(this);
    },
    contains(string, separator) {
      return separator
        ? (separator + this + separator).indexOf(separator + string + separator) > -1
        : this.indexOf(string) > -1;
    },
    trim() {
      return this.replace(/^\s+|\s+$/g, '');
    },
    clean() {
      return this.replace(/\s+/g, ' ').trim();
    },
    camelCase() {
      return this.replace(/-\D/g, (match) => match.charAt(1).toUpperCase());
    },
    hyphenate() {
      return this.replace(/[A-Z]/g, (match) => `-${match.charAt(0).toLowerCase()}`);
    },
    toInt(base) {
      return parseInt(this, base || 10);
    },
  });

  // bind(object, args): the arguments as one array, fixed when given (the
  // call's own are then dropped); no `new`.
  Function.prototype.bind = function (bind, args) {
    const self = this;
    return function () {
      const values = args != null ? [].concat(args) : arguments;
      return self.apply(bind || null, values);
    };
  };
  Object.assign(Function.prototype, {
    pass(args, bind) {
      return this.bind(bind, args);
    },
    delay(delay, bind, args) {
      return setTimeout(this.bind(bind, args), delay);
    },
  });

  // Element: its own constructor in place of the global, and its methods on
  // every element.
  const NativeElement = window.Element;
  Object.assign(HTMLElement.prototype, {
    set(property, value) {
      this.setAttribute(property, value);
      return this;
    },
    get(property) {
      return this.getAttribute(property);
    },
    hasClass(name) {
      return this.classList.contains(name);
    },
    addClass(name) {
      this.classList.add(name);
      return this;
    },
    getElement(selector) {
      return this.querySelector(selector);
    },
    getElements(selector) {
      return slice.call(this.querySelectorAll(selector));
    },
    inject(element) {
      element.appendChild(this);
      return this;
    },
    dispose() {
      return this.parentNode ? this.parentNode.removeChild(this) : this;
    },
    store(key, value) {
      (this.$storage ||= {})[key] = value;
      return this;
    },
    fireEvent(type) {
      this.dispatchEvent(new window.CustomEvent(type));
      return this;
    },
  });
  window.Element = function Element(tag, props) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(props || {})) element.setAttribute(name, value);
    return element;
  };
  window.Element.prototype = NativeElement.prototype;

  // Event: MooTools' wrapper of a native event, in place of the constructor.
  window.Event = function Event(event) {
    this.event = event;
    this.type = event && event.type;
    this.target = event && event.target;
  };
  window.Event.Keys = { enter: 13, esc: 27 };
  window.$ = (id) => (typeof id === 'string' ? document.getElementById(id) : id);
  window.$$ = (selector) => slice.call(document.querySelectorAll(selector));
  window.MooTools = { version: '1.2.5' };
})();
