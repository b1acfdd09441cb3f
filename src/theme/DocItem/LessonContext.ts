import {createContext, useContext} from 'react';
import type {LessonPageData} from '../../../plugins/lessons/pageData';

const LessonContext = createContext<LessonPageData | null>(null);

export const LessonProvider = LessonContext.Provider;

/** The current lesson's page data, or null on a doc the lessons plugin did not annotate. */
export function useLessonPageData(): LessonPageData | null {
  return useContext(LessonContext);
}
