/**
 * Components validate their props while rendering, which happens when the site builds, so a bad
 * prop in a lesson fails the build with this message (Docusaurus adds the page's path).
 */
export class ComponentPropsError extends Error {
  constructor(component: string, label: string, problems: readonly string[]) {
    super(
      `${component}${label ? ` "${label}"` : ''} has invalid props:\n${problems
        .map((problem) => `  - ${problem}`)
        .join('\n')}`,
    );
    this.name = 'ComponentPropsError';
  }
}

/**
 * Whether props checks run here: always, except in the production bundle in a browser. The lesson's
 * props are fixed in its MDX and were checked when the page was built, so checking them again in the
 * reader's browser only costs time (a calculator's check computes its whole report once more).
 */
export function checksProps(env: {production: boolean; browser: boolean} = {production: process.env.NODE_ENV === 'production', browser: typeof window !== 'undefined'}): boolean {
  return !(env.production && env.browser);
}

/**
 * Throws a ComponentPropsError when there are problems. A function is called only where props are
 * checked (see checksProps), so an expensive check costs nothing in the reader's browser.
 */
export function assertValidProps(component: string, label: string, problems: readonly string[] | (() => readonly string[]), checks = checksProps()): void {
  if (typeof problems === 'function' && !checks) return;
  const found = typeof problems === 'function' ? problems() : problems;
  if (found.length > 0) {
    throw new ComponentPropsError(component, label, found);
  }
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
