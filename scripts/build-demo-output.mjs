// The folder `npm run build:demo` writes the static demo to.
export const OUTPUT = 'demo-dist';
