/** The difficulty levels a lesson can have, easiest first. Shared by the schema and the UI. */
export const DIFFICULTIES = ['Beginner', 'Intermediate', 'Advanced'] as const;

export type Difficulty = (typeof DIFFICULTIES)[number];
