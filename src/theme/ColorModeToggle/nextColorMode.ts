export type ColorModeChoice = 'light' | 'dark' | null;

/**
 * The theme toggle's next choice. The theme's own order (system → light → dark → system) makes the
 * first click do nothing visible on a light system (system already shows light), so the first step
 * from "system" is always the other mode: system → opposite → same as the system → system.
 */
export function nextColorMode(choice: ColorModeChoice, systemIsDark: boolean): ColorModeChoice {
  const system = systemIsDark ? 'dark' : 'light';
  const other = systemIsDark ? 'light' : 'dark';
  if (choice === null) return other;
  if (choice === other) return system;
  return null;
}
