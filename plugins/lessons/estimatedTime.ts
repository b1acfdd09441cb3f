const MINUTES = /^(\d+)\s*(?:minutes?|mins?)$/i;
const HOURS = /^(\d+)\s*(?:hours?|hrs?)(?:\s+(\d+)\s*(?:minutes?|mins?))?$/i;

/** Longest estimate accepted: a lesson longer than this should be split. */
export const MAX_LESSON_MINUTES = 600;

/**
 * Converts an estimate such as "20 minutes", "1 hour" or "1 hour 30 minutes" to minutes.
 * Returns null for anything else, so the caller decides how to report it.
 */
export function parseEstimatedTime(text: string): number | null {
  const trimmed = text.trim();
  const minutesMatch = MINUTES.exec(trimmed);
  const hoursMatch = minutesMatch ? null : HOURS.exec(trimmed);
  let minutes: number | null = null;
  if (minutesMatch) {
    minutes = Number(minutesMatch[1]);
  } else if (hoursMatch) {
    minutes = Number(hoursMatch[1]) * 60 + Number(hoursMatch[2] ?? 0);
  }
  if (minutes === null || minutes < 1 || minutes > MAX_LESSON_MINUTES) {
    return null;
  }
  return minutes;
}

/** ISO 8601 duration for structured data, e.g. 90 -> "PT1H30M". */
export function toIsoDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return `PT${hours ? `${hours}H` : ''}${rest || !hours ? `${rest}M` : ''}`;
}
