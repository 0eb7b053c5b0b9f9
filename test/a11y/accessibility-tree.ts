/**
 * Chromium's accessibility tree, as assistive technology reads it, through the
 * `accessibility-tree` command of test/a11y/devtools-plugin.mjs: roles, names and the
 * properties screen readers act on, ignored nodes left out, unnamed generic boxes flattened.
 */
import { executeServerCommand } from '@web/test-runner-commands';

/** One node of the tree, with the properties the tests read. */
export interface AccessibleNode {
  role: string;
  name: string;
  roledescription?: string;
  live?: string;
  atomic?: boolean;
  level?: number;
  expanded?: boolean;
  focused?: boolean;
  children?: AccessibleNode[];
}

/** The tree under the first element matching a selector (`>>>` enters shadow roots). */
export const accessibilityTree = (selector: string) =>
  executeServerCommand<AccessibleNode, { selector: string }>('accessibility-tree', { selector });

/** Every node of a tree, depth first (document order). */
export const nodesOf = (node: AccessibleNode): AccessibleNode[] => [node, ...(node.children ?? []).flatMap(nodesOf)];

/** The nodes of a role, depth first. */
export const byRole = (tree: AccessibleNode, role: string) => nodesOf(tree).filter((node) => node.role === role);

/** The first node matching, or undefined. */
export const find = (tree: AccessibleNode, match: (node: AccessibleNode) => boolean) => nodesOf(tree).find(match);
