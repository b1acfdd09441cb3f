import * as z from 'zod';
import {DIFFICULTIES} from './difficulty';
import {MAX_LESSON_MINUTES, parseEstimatedTime} from './estimatedTime';

const nonEmptyText = z.string().trim().min(1);

/**
 * The lesson front matter, written once. Each field's description is the "allowed" text that a
 * build error shows, so the rule and its explanation cannot drift apart.
 */
export const lessonFrontMatterSchema = z
  .object({
    title: nonEmptyText.describe('a non-empty string, unique across lessons'),
    description: nonEmptyText
      .max(300)
      .describe('one or two sentences of plain text (1 to 300 characters)'),
    keywords: z
      .array(nonEmptyText)
      .min(1)
      .describe('a list of one or more non-empty search terms'),
    sidebar_position: z
      .number()
      .int()
      .nonnegative()
      .describe('a whole number, 0 or more, ordering the lesson within its section'),
    difficulty: z.enum(DIFFICULTIES).describe(`one of ${DIFFICULTIES.join(', ')}`),
    estimated_time: z
      .string()
      .refine((value) => parseEstimatedTime(value) !== null)
      .describe(
        `a duration such as "20 minutes" or "1 hour 30 minutes", at most ${MAX_LESSON_MINUTES} minutes`,
      ),
    prerequisites: z
      .array(nonEmptyText)
      .describe('a list of titles or ids of other lessons (may be empty)'),
    companies: z
      .array(nonEmptyText)
      .describe('a list of company names (may be empty)'),
    // Docusaurus's own fields that a lesson may use; anything else is a typo.
    id: nonEmptyText.optional().describe('a non-empty string'),
    slug: nonEmptyText.optional().describe('a URL path starting with /'),
    sidebar_label: nonEmptyText.optional().describe('a non-empty string'),
    hide_table_of_contents: z.boolean().optional().describe('true or false'),
    toc_max_heading_level: z.number().int().min(2).max(6).optional().describe('2 to 6'),
  })
  .strict();

export type LessonFrontMatter = z.infer<typeof lessonFrontMatterSchema>;

export type LessonField = keyof LessonFrontMatter;

export const LESSON_FIELDS = Object.keys(lessonFrontMatterSchema.shape) as LessonField[];

/** The "allowed" text for a field, read from the schema itself. */
export function allowedValues(field: string): string {
  const shape = lessonFrontMatterSchema.shape as Record<string, z.ZodType>;
  return shape[field]?.description ?? `no such field; allowed fields: ${LESSON_FIELDS.join(', ')}`;
}
