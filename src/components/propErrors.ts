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

export function assertValidProps(component: string, label: string, problems: readonly string[]): void {
  if (problems.length > 0) {
    throw new ComponentPropsError(component, label, problems);
  }
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
