// Browser APIs jsdom lacks but Ant Design uses (media queries for Grid, ResizeObserver for tables and text).
export function installBrowserShims() {
  if (!window.matchMedia) {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      value: (query: string) => ({
        matches: /min-width/.test(query), media: query, onchange: null,
        addListener: () => undefined, removeListener: () => undefined,
        addEventListener: () => undefined, removeEventListener: () => undefined, dispatchEvent: () => false,
      }),
    });
  }
  if (!('ResizeObserver' in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class { observe() {} unobserve() {} disconnect() {} };
  }
  if (typeof (globalThis as { MessageChannel?: unknown }).MessageChannel === 'undefined') {
    // rc-form batches watch notifications through a MessageChannel macrotask.
    type Port = { onmessage: ((e: { data: unknown }) => void) | null; postMessage: (data: unknown) => void; close: () => void };
    (globalThis as unknown as { MessageChannel: unknown }).MessageChannel = class {
      port1: Port;
      port2: Port;
      constructor() {
        const make = (other: () => Port): Port => ({ onmessage: null, close: () => undefined, postMessage: (data) => { setTimeout(() => other().onmessage?.({ data }), 0); } });
        this.port1 = make(() => this.port2);
        this.port2 = make(() => this.port1);
      }
    };
  }
  // jsdom reports pseudo-element styles as "not implemented" (antd measures the scrollbar that way).
  const computed = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((elt: Element) => computed(elt)) as typeof window.getComputedStyle;
  if (!window.scrollTo) window.scrollTo = () => undefined;
  const proto = Element.prototype as unknown as { scrollIntoView?: () => void };
  if (!proto.scrollIntoView) proto.scrollIntoView = () => undefined;
}
