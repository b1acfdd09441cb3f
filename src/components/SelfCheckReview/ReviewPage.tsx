import React, {useState, type ReactNode} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PageShell from '@site/src/components/PageShell';
import type {ReviewPageData} from '../../../plugins/progress/practiceData';
import {selfCheckState, withMark} from '../../lib/selfCheck';
import {useStoredState} from '../../lib/storedState';
import SelfCheckReview from '.';

/** /practice/review (added by plugins/progress): every self-check question, with the reader's marks. */
export default function ReviewPage({data}: {data: ReviewPageData}): ReactNode {
  const [marks, setMarks] = useStoredState(selfCheckState);
  const [message, setMessage] = useState<string | undefined>();
  const ready = useIsBrowser();
  return (
    <PageShell
      title="Review self-checks"
      description="The self-check questions you marked “review again” in the ML System Design Guide, grouped by lesson, with every question listed below."
      lead="The questions you marked “Review again” in the lessons, each linked to its place in the lesson; below, every self-check question in the guide.">
      <SelfCheckReview
        data={data}
        marks={marks}
        message={message}
        ready={ready}
        onMark={(id, mark) => {
          const result = setMarks(withMark(selfCheckState.read(), id, mark));
          setMessage(result.ok ? undefined : `Not saved: ${result.reason}`);
        }}
      />
    </PageShell>
  );
}
