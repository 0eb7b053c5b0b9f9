// A page that loads a standalone bundle twice (a theme and a plugin both add the script tag) may
// allow Lit's Trusted Types policy once only: `trusted-types lit-html` without
// 'allow-duplicates'. The second copy of Lit would then throw as it creates its policy, and the
// page would log a violation. A copy whose elements are all defined already by the first one
// never renders anything, so it needs no policy: lit-html creates its policy only when one of
// `tags` is still free. (Sharing the first copy's policy instead would hand any script on the
// page a way around Trusted Types.)
const LIT_HTML = /[\\/]node_modules[\\/]lit-html[\\/]lit-html\.js$/;
const CREATE_POLICY = /([\w$]+)\?\1\.createPolicy\("lit-html",/g;

export function litPolicyOnce(tags) {
  let replaced = 0;
  return {
    name: 'success-story:lit-policy-once',
    buildStart() {
      replaced = 0;
    },
    transform(code, id) {
      if (!LIT_HTML.test(id)) return null;
      const stillFree = `${JSON.stringify(tags)}.some((tag)=>!globalThis.customElements?.get(tag))`;
      const out = code.replace(CREATE_POLICY, (_, trustedTypes) => {
        replaced++;
        return `${trustedTypes}&&${stillFree}?${trustedTypes}.createPolicy("lit-html",`;
      });
      return out === code ? null : { code: out, map: null };
    },
    buildEnd(error) {
      if (!error && replaced !== 1) this.error(`lit-policy-once: found ${replaced} creations of Lit's policy, expected 1`);
    },
  };
}
