import {useState} from 'react';
import useIsBrowser from '@docusaurus/useIsBrowser';
import type {LessonCompletion} from '@site/src/components/lesson/LessonMeta';
import {localDay, progressState, withLessonDone} from '@site/src/lib/progress';
import {useStoredState} from '@site/src/lib/storedState';

/** The lesson's "mark as complete" state from the progress store, and the toggle that saves it. */
export function useLessonCompletion(lessonId: string): LessonCompletion {
  const [progress, setProgress] = useStoredState(progressState);
  const [message, setMessage] = useState<string | undefined>();
  const ready = useIsBrowser();
  const day = progress.completed[lessonId];
  return {
    done: day !== undefined,
    day,
    ready,
    message,
    onToggle: () => {
      const result = setProgress(withLessonDone(progressState.read(), lessonId, day === undefined, localDay()));
      setMessage(result.ok ? undefined : `Not saved: ${result.reason}`);
    },
  };
}
