import React, {type ReactNode} from 'react';
import PageShell from '@site/src/components/site/PageShell';
import {useStoredState} from '@site/src/lib/storedState';
import type {MockCase} from '../../../../plugins/mock-interview/cases';
import MockInterview from '.';
import {mockInterviewsState} from './sessions';

/** The /practice/mock-interview route (added by plugins/mock-interview with the cases as a route prop). */
export default function MockInterviewPage({cases}: {cases: MockCase[]}): ReactNode {
  const [stored, save] = useStoredState(mockInterviewsState);
  return (
    <PageShell
      title="Mock interview"
      description="Run a 45-minute mock ML system design interview on a case study: a timer through the phases, interviewer and candidate cards, a scoring rubric, and sessions saved in your browser."
      lead="Pick a case study, start the 45-minute clock and let it walk you through the case's phases: it says when to move on, shows each side what the phase needs, and ends with a rubric. Everything stays in this browser.">
      <MockInterview cases={cases} stored={stored} save={save} />
      <p>
        With a partner, one person plays the interviewer and reads the interviewer card; the candidate answers out
        loud and watches the clock. Practising alone, choose “Alone”: the interviewer’s questions and hints stay
        folded away until you have answered and reveal them for that phase. Every control is a button or a form field: use Tab to move between them and Enter or Space to
        press; there are no keyboard shortcuts to learn. Announcements to screen readers come only when it is time to
        move on, one minute before a phase ends, and when time is up.
      </p>
    </PageShell>
  );
}
