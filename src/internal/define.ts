/**
 * Registers a custom element only while its name is free, so loading the bundle twice,
 * or next to the package build, keeps the first working definition instead of throwing.
 */
export const defineOnce = (tag: string, ctor: CustomElementConstructor): void => {
  if (typeof customElements != 'undefined' && !customElements.get(tag)) customElements.define(tag, ctor);
};
