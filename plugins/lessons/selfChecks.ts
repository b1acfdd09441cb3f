import {questionId} from '../../src/lib/selfCheck';
import {extractComponentProps} from './componentProps';

/**
 * The ids of a lesson's self-check questions, in page order, read from its MDX source with the same
 * id function as the SelfCheck component. Questions without text are left out here; the review
 * page's data (plugins/progress) fails the build on them, and on two questions with one id.
 */
export function selfCheckIdsOf(lessonId: string, source: string): string[] {
  const ids = extractComponentProps(source, 'SelfCheck').flatMap((props) =>
    typeof props.question === 'string' && props.question.trim() !== '' ? [questionId(lessonId, props.question)] : [],
  );
  return [...new Set(ids)];
}
