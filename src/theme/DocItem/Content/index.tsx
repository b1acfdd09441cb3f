import React, {type ReactNode} from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import {LessonFooter, LessonHeader} from '@site/src/components/lesson/LessonMeta';
import type {LessonPageData} from '../../../../plugins/lessons/pageData';
import {answeredCount, selfCheckState} from '@site/src/lib/selfCheck';
import {useStoredState} from '@site/src/lib/storedState';
import {useLessonPageData} from '../LessonContext';
import {useLessonCompletion} from '../useLessonCompletion';

/*
 * Ejected rather than wrapped: the lesson header belongs between the title and the content, and the
 * original component renders both. Kept as close to the original as possible; only the lesson
 * header (with the reader's "mark as complete") and footer are new.
 */
function useSyntheticTitle(): string | null {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  return shouldRender ? metadata.title : null;
}

function LessonHeaderWithProgress({lesson}: {lesson: LessonPageData}): ReactNode {
  const [marks] = useStoredState(selfCheckState);
  const selfChecks = {answered: answeredCount(lesson.selfCheckIds, marks), total: lesson.selfCheckIds.length};
  return <LessonHeader lesson={lesson} completion={useLessonCompletion(lesson.id)} selfChecks={selfChecks} />;
}

export default function DocItemContent({children}: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  const lesson = useLessonPageData();
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {lesson && <LessonHeaderWithProgress lesson={lesson} />}
      <MDXContent>{children}</MDXContent>
      {lesson && <LessonFooter lesson={lesson} />}
    </div>
  );
}
