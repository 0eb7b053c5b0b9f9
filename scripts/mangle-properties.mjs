// Property mangling for the standalone bundles: our private members keep full names in the
// source and ship short. Lit's own cross-package names (`_$litType$`, `_$AO`, …) are read by
// other copies of Lit, so they keep theirs.

/**
 * The mangler avoids every name the bundle spells, not the ones the platform defines without
 * the bundle naming them. Every one- and two-letter member of TypeScript's DOM and ES lib
 * declarations (the only lengths a few hundred members can get), so a private never shadows
 * one: `id` on an element, `at` on an array, `x` on a point.
 */
const PLATFORM_SHORT_NAMES = (
  'CW E PI Q R8 RG a as at ax ay b c ch cx cy d db dp dq dx dy e f fr fx fy g go id is iv k k1 '
  + 'k2 k3 k4 n of ok or p p1 p2 p3 p4 q qi r rk rp rx ry t to w x x1 x2 y y1 y2 z'
).split(' ');

/** rolldown's `minify.mangleProps` (its regular expressions have no look-ahead, hence `exclude`). */
export const mangleProperties = {
  include: /^_/,
  exclude: /^_\$/,
  // Also `object['_name']`: a quoted private is still ours.
  quoted: true,
  reserved: PLATFORM_SHORT_NAMES,
};
