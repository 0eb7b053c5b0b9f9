import sinon from 'sinon';

/** Collects the `detail` of every event of a type fired by `el`. */
export function record<T>(el: EventTarget, type: string): T[] {
  const seen: T[] = [];
  el.addEventListener(type, (e) => seen.push((e as CustomEvent<T>).detail));
  return seen;
}

/** Stubs console.warn and lists the messages it received. */
export function warnings(): { messages: () => string[]; restore: () => void } {
  const stub = sinon.stub(console, 'warn');
  return { messages: () => stub.getCalls().map((c) => String(c.args[0])), restore: () => stub.restore() };
}
