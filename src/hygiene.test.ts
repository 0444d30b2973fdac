import { expect, fixture, html } from '@open-wc/testing';
import './aivd-mission.js';
import { TAG } from './names.js';

/**
 * Counts what code leaves running on the page: listeners on window and
 * document, observers, timers and animation frames.
 */
function track() {
  const live = new Map<string, number>();
  const bump = (key: string, by: number) => live.set(key, (live.get(key) ?? 0) + by);
  const undo: Array<() => void> = [];
  const patch = <T extends object, K extends keyof T>(
    target: T,
    name: K,
    wrap: (original: T[K]) => T[K],
  ) => {
    const original = target[name];
    target[name] = wrap(original);
    undo.push(() => (target[name] = original));
  };

  for (const [label, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    patch(
      target,
      'addEventListener',
      (original) =>
        function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
          bump(`${label} ${args[0]} listeners`, 1);
          return Reflect.apply(original, this, args);
        } as typeof original,
    );
    patch(
      target,
      'removeEventListener',
      (original) =>
        function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
          bump(`${label} ${args[0]} listeners`, -1);
          return Reflect.apply(original, this, args);
        } as typeof original,
    );
  }
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    patch(window, name, (Native) => {
      const Counted = class extends (Native as typeof MutationObserver) {
        #on = false;
        override observe(...args: Parameters<MutationObserver['observe']>) {
          if (!this.#on) bump(`${name}s observing`, 1);
          this.#on = true;
          super.observe(...args);
        }
        override disconnect() {
          if (this.#on) bump(`${name}s observing`, -1);
          this.#on = false;
          super.disconnect();
        }
      };
      return Counted as unknown as (typeof window)[typeof name];
    });
  }
  patch(
    window,
    'setInterval',
    (original) =>
      ((...args: Parameters<typeof setInterval>) => {
        bump('intervals', 1);
        return original(...args);
      }) as typeof original,
  );
  patch(
    window,
    'clearInterval',
    (original) =>
      ((id?: number) => {
        bump('intervals', -1);
        return original(id);
      }) as typeof original,
  );
  const pending = new Set<number>();
  patch(
    window,
    'setTimeout',
    (original) =>
      ((handler: TimerHandler, ms?: number, ...rest: unknown[]) => {
        const id: number = original(
          (...a: unknown[]) => {
            pending.delete(id);
            if (typeof handler === 'function') handler(...a);
          },
          ms,
          ...rest,
        );
        pending.add(id);
        return id;
      }) as typeof original,
  );
  patch(
    window,
    'clearTimeout',
    (original) =>
      ((id?: number) => {
        if (id !== undefined) pending.delete(id);
        return original(id);
      }) as typeof original,
  );
  return {
    leftOver: () => {
      const left = Object.fromEntries([...live].filter(([, n]) => n !== 0));
      if (pending.size) left['pending timeouts'] = pending.size;
      return left;
    },
    restore: () => undo.reverse().forEach((f) => f()),
  };
}

describe('<aivd-mission> hygiene', () => {
  it('leaves no listener, observer or timer behind after 500 create/append/remove cycles', async () => {
    const container = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    const tracker = track();
    try {
      for (let i = 0; i < 500; i++) {
        const el = document.createElement(TAG);
        el.setAttribute('open', i % 2 ? 'all' : 'values');
        if (i % 3 === 0) el.setAttribute('exclusive', '');
        container.append(el);
        await el.updateComplete;
        el.toggle('mission');
        el.remove();
      }
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => setTimeout(r, 50));
      expect(tracker.leftOver()).to.deep.equal({});
    } finally {
      tracker.restore();
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(container.children).to.have.length(0);
  });
});
