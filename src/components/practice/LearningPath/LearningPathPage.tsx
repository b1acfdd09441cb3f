import React, {useCallback, useEffect, useMemo, useRef, type ReactNode} from 'react';
import {useHistory, useLocation} from '@docusaurus/router';
import useIsBrowser from '@docusaurus/useIsBrowser';
import PageShell from '@site/src/components/site/PageShell';
import {progressState} from '@site/src/lib/progress';
import {useStoredState} from '@site/src/lib/storedState';
import type {LearningPathData} from '../../../../plugins/lesson-catalog/learningPath';
import LearningPath, {focusHref} from '.';
import {lessonsInOrder, parseFocusQuery} from './pathFocus';

/**
 * The /learning-path route, added by plugins/lesson-catalog with the path as a route prop. The built
 * HTML shows the whole path; in the browser the reader's progress adds done marks, and `?focus=<id>`
 * shows one lesson's chain.
 */
export default function LearningPathPage({path}: {path: LearningPathData}): ReactNode {
  const isBrowser = useIsBrowser();
  const location = useLocation();
  const history = useHistory();
  const [progress] = useStoredState(progressState);
  const ids = useMemo(() => new Set(lessonsInOrder(path).map((lesson) => lesson.id)), [path]);
  const {id: focusId, problem} = isBrowser ? parseFocusQuery(location.search, ids) : {};
  const onFocus = useCallback(
    (id: string) => history.push(id ? focusHref(location.pathname, id) : location.pathname),
    [history, location.pathname],
  );
  // A focus, picked or opened from a link, moves the keyboard (and the view) to its panel.
  const shown = useRef(focusId);
  useEffect(() => {
    if (focusId !== undefined && focusId !== shown.current) {
      document.getElementById('focus-heading')?.focus();
    }
    shown.current = focusId;
  }, [focusId]);
  return (
    <PageShell
      title="Learning path"
      description="Every lesson of the ML System Design Guide in the order to read them, section by section, with what each lesson needs first and what it unlocks.">
      <LearningPath
        path={path}
        completed={progress.completed}
        pathname={location.pathname}
        focusId={focusId}
        focusProblem={problem}
        onFocus={onFocus}
      />
    </PageShell>
  );
}
