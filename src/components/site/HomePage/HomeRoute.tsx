import React, {useMemo, type ReactNode} from 'react';
import {progressState} from '@site/src/lib/progress';
import {useStoredState} from '@site/src/lib/storedState';
import type {HomeData} from '../../../../plugins/lesson-catalog/home';
import HomePage from '.';
import {resumePoint} from './resume';

/**
 * The / route (added by plugins/lesson-catalog with the home data as a route prop). The built HTML
 * is the same for everyone; the resume card is added in the browser from saved progress, which
 * reads as nothing saved when it is missing or unreadable.
 */
export default function HomeRoute({home}: {home: HomeData}): ReactNode {
  const [progress] = useStoredState(progressState);
  const resume = useMemo(() => resumePoint(home.readingOrder, progress.completed), [home, progress]);
  return <HomePage home={home} resume={resume} />;
}
