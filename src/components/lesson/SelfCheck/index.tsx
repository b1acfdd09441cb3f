import React, {useState, type ReactNode} from 'react';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {useLessonPageData} from '@site/src/theme/DocItem/LessonContext';
import {localDay} from '../../../lib/progress';
import {questionAnchor, questionId, selfCheckState, withMark} from '../../../lib/selfCheck';
import {useStoredState} from '../../../lib/storedState';
import SelfCheckCard from './SelfCheckCard';

/** The MDX <SelfCheck question="…">answer</SelfCheck>: the card with the reader's saved mark. */
export default function SelfCheck({question, children}: {question: string; children: ReactNode}): ReactNode {
  const lesson = useLessonPageData();
  const anchor = questionAnchor(String(question ?? ''));
  // Declares the anchor to Docusaurus's broken-anchor check, so links to a question are verified.
  useBrokenLinks().collectAnchor(anchor);
  const [marks, setMarks] = useStoredState(selfCheckState);
  const [message, setMessage] = useState<string | undefined>();
  if (!lesson) {
    return (
      <SelfCheckCard question={question} anchor={anchor}>
        {children}
      </SelfCheckCard>
    );
  }
  const id = questionId(lesson.id, question);
  return (
    <SelfCheckCard
      question={question}
      anchor={anchor}
      mark={marks.marks[id] ?? null}
      message={message}
      onMark={(mark) => {
        const result = setMarks(withMark(selfCheckState.read(), id, mark, localDay()));
        setMessage(result.ok ? undefined : `Not saved: ${result.reason}`);
      }}>
      {children}
    </SelfCheckCard>
  );
}
