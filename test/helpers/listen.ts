import sinon from 'sinon';

/**
 * Records events: listening on `target` for `types`, or from a template binding
 * (`@quotes-load=${r.push}`) so none is missed between rendering and the first await.
 * `until` resolves once `count` events of a type came.
 */
export function recorder(target?: EventTarget, ...types: string[]) {
  const events: CustomEvent[] = [];
  let wake = () => {};
  const push = (e: Event) => {
    events.push(e as CustomEvent);
    wake();
  };
  for (const type of types) target!.addEventListener(type, push);
  return {
    events,
    push,
    types: () => events.map((e) => e.type),
    of: <T>(type: string) => events.filter((e) => e.type === type).map((e) => e.detail as T),
    until(type: string, count = 1): Promise<void> {
      return new Promise((resolve) => {
        const check = () => events.filter((e) => e.type === type).length >= count && resolve();
        const before = wake;
        wake = () => (before(), check());
        check();
      });
    },
  };
}

/** Stubs console.warn and lists the messages it received. */
export function warnings(): { messages: () => string[]; restore: () => void } {
  const stub = sinon.stub(console, 'warn');
  return { messages: () => stub.getCalls().map((c) => String(c.args[0])), restore: () => stub.restore() };
}
