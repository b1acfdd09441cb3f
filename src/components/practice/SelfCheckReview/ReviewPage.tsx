import React, {useMemo, useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PageShell from '@site/src/components/site/PageShell';
import type {ReviewPageData} from '../../../../plugins/progress/practiceData';
import {dueQuestions, nextDueDay} from '../../../lib/drills';
import {localDay} from '../../../lib/progress';
import {selfCheckState, withDrillAnswer, withMark} from '../../../lib/selfCheck';
import {useStoredState} from '../../../lib/storedState';
import SelfCheckDrill, {type DrillQuestion} from '../SelfCheckDrill';
import SelfCheckReview from '.';

/** /practice/review (added by plugins/progress): the drill of what is due, then every self-check question, with the reader's marks. */
export default function ReviewPage({data}: {data: ReviewPageData}): ReactNode {
  const [marks, setMarks] = useStoredState(selfCheckState);
  const [message, setMessage] = useState<string | undefined>();
  const [drillMessage, setDrillMessage] = useState<string | undefined>();
  const ready = useIsBrowser();
  // The day is the reader's, so it is only known in the browser; the built page shows nothing due.
  const today = ready ? localDay() : '0000-00-00';
  const questions = useMemo(
    () =>
      new Map(
        data.lessons.flatMap((lesson) =>
          lesson.questions.map((q): [string, DrillQuestion] => [q.id, {...q, lessonTitle: lesson.title}]),
        ),
      ),
    [data],
  );
  const ids = [...questions.keys()];
  const reviewIds = new Set(ids.filter((id) => marks.marks[id] === 'review'));
  const due = dueQuestions(ids, reviewIds, marks.drills, today).map((id) => questions.get(id)!);
  return (
    <PageShell
      title="Review self-checks"
      description="Drill the self-check questions you marked “review again” in the ML System Design Guide when they are due, and see every question with your marks."
      lead="The questions you marked “Review again” in the lessons come back here when they are due: drill them one at a time. Below, the whole list, each linked to its place in the lesson, and every self-check question in the guide.">
      <SelfCheckDrill
        due={ready ? due : []}
        reviewing={reviewIds.size}
        nextDue={nextDueDay(ids, reviewIds, marks.drills, today)}
        ready={ready}
        message={drillMessage}
        onAnswer={(id, answer) => {
          const result = setMarks(withDrillAnswer(selfCheckState.read(), id, answer, localDay()));
          setDrillMessage(result.ok ? undefined : `Not saved: ${result.reason}`);
        }}
      />
      <SelfCheckReview
        data={data}
        marks={marks}
        message={message}
        ready={ready}
        onMark={(id, mark) => {
          const result = setMarks(withMark(selfCheckState.read(), id, mark, localDay()));
          setMessage(result.ok ? undefined : `Not saved: ${result.reason}`);
        }}
      />
    </PageShell>
  );
}
