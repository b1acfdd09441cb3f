/** The hast (HTML syntax tree) shapes and readers the site's rehype plugins share. */

export type HastNode = {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
};

/** An element's class names, whether hast holds them as a list or as one string. */
export function classesOf(node: HastNode): string[] {
  const classes = node.properties?.className;
  return Array.isArray(classes) ? classes.map(String) : typeof classes === 'string' ? classes.split(/\s+/) : [];
}

/** The text a node holds, its descendants' text joined. */
export function textOf(node: HastNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}
