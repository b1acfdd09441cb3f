import type {CatalogData} from '../lesson-catalog/catalog';
import {extractComponentUses} from '../lessons/componentProps';
import {parseAnswer, type AnswerBlock} from '../../src/lib/answerText';
import {collidingLessonIds} from '../../src/lib/shareCode';
import {questionAnchor, questionId, questionSlug} from '../../src/lib/selfCheck';

/** A lesson as the progress page lists it. */
export type ProgressLesson = {
  id: string;
  title: string;
  permalink: string;
  section: string;
  minutes: number;
  /** The ids of its self-check questions (questionId), for "answered N of M". */
  selfCheckIds: string[];
};

/** The progress page's route props: every lesson in reading order, and the sections. */
export type ProgressPageData = {
  lessons: ProgressLesson[];
  sections: CatalogData['sections'];
};

/** One self-check question as the review page lists it. */
export type ReviewQuestion = {
  /** questionId(lessonId, question): the key of the reader's mark. */
  id: string;
  question: string;
  /** The question's place on its lesson page: permalink#anchor. */
  href: string;
  /** The worked answer, for the drill (shown only when the reader asks for it). */
  answer: AnswerBlock[];
};

export type ReviewLesson = {id: string; title: string; permalink: string; questions: ReviewQuestion[]};

/** The review page's route props: lessons with self-check questions, in reading order. */
export type ReviewPageData = {lessons: ReviewLesson[]};

export class PracticeDataError extends Error {}

export function buildProgressPageData(catalog: CatalogData, review: ReviewPageData = {lessons: []}): ProgressPageData {
  const questionsOf = new Map(review.lessons.map((lesson) => [lesson.id, lesson.questions.map((question) => question.id)]));
  const collisions = collidingLessonIds(catalog.lessons.map((lesson) => lesson.id));
  if (collisions.length > 0) {
    throw new PracticeDataError(
      `progress links: these lesson ids get the same share-code chunk, so a shared link could not tell them apart: ${collisions
        .map((ids) => ids.join(' and '))
        .join('; ')}. Rename one of them (its file name or front-matter id).`,
    );
  }
  return {
    lessons: catalog.lessons.map(({id, title, permalink, section, minutes}) => ({
      id,
      title,
      permalink,
      section,
      minutes,
      selfCheckIds: questionsOf.get(id) ?? [],
    })),
    sections: catalog.sections,
  };
}

/**
 * Every lesson's self-check questions, read from its MDX source with the same id and anchor
 * functions as the SelfCheck component. Two questions of one lesson with the same slug fail the
 * build: their marks and links would be shared.
 */
export function buildReviewPageData(catalog: CatalogData, sourceOf: (lessonId: string) => {file: string; text: string}): ReviewPageData {
  const problems: string[] = [];
  const lessons = catalog.lessons.flatMap((lesson): ReviewLesson[] => {
    const {file, text} = sourceOf(lesson.id);
    const seen = new Map<string, string>();
    const questions = extractComponentUses(text, 'SelfCheck').flatMap(({props, children}): ReviewQuestion[] => {
      const question = props.question;
      if (typeof question !== 'string' || question.trim() === '') {
        problems.push(`${file}: a <SelfCheck> has no question text`);
        return [];
      }
      const slug = questionSlug(question);
      const twin = seen.get(slug);
      if (twin !== undefined) {
        problems.push(`${file}: the self-check questions "${twin}" and "${question}" have the same id "${slug}"; reword one`);
        return [];
      }
      seen.set(slug, question);
      return [
        {
          id: questionId(lesson.id, question),
          question,
          href: `${lesson.permalink}#${questionAnchor(question)}`,
          answer: parseAnswer(children ?? ''),
        },
      ];
    });
    return questions.length === 0 ? [] : [{id: lesson.id, title: lesson.title, permalink: lesson.permalink, questions}];
  });
  if (problems.length > 0) {
    throw new PracticeDataError(`self-check questions:\n${problems.join('\n')}`);
  }
  return {lessons};
}
