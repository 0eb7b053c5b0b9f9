/**
 * The parts of the editor's `wp.*` globals the blocks use. The editor script is built against
 * these names and never bundles WordPress's packages: WordPress loads them (the script's
 * dependencies `wp-blocks`, `wp-block-editor`, `wp-components`, `wp-element`, `wp-i18n`).
 * Typed loosely on purpose: the blocks run against several WordPress versions.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

/** A React element or component, as `wp.element` makes them. */
export type Node = any;
export type Component = any;

export interface ElementApi {
  createElement(type: Component, props?: Record<string, any> | null, ...children: Node[]): Node;
  Fragment: Component;
  RawHTML: Component;
  useEffect(effect: () => void | (() => void), dependencies?: unknown[]): void;
  useRef<T>(initial: T | null): { current: T | null };
}

export interface BlocksApi {
  registerBlockType(metadata: object, settings: object): unknown;
}

export interface I18nApi {
  __(text: string, domain?: string): string;
  sprintf(format: string, ...values: unknown[]): string;
}

/** What the blocks need from `wp`. Only `edit` touches `blockEditor` and `components`. */
export interface WordPressApi {
  blocks: BlocksApi;
  element: ElementApi;
  i18n: I18nApi;
  blockEditor?: { InspectorControls: Component; useBlockProps(props?: object): Record<string, any> };
  components?: Record<string, Component>;
}

/** The text domain of every string of the plugin. */
export const TEXT_DOMAIN = 'success-story';
