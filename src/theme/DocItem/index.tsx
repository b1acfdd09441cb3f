import React, {type ReactNode} from 'react';
import DocItem from '@theme-original/DocItem';
import type DocItemType from '@theme/DocItem';
import type {WrapperProps} from '@docusaurus/types';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import useBaseUrl from '@docusaurus/useBaseUrl';
import LessonHead from '@site/src/components/lesson/LessonHead';
import type {LessonPageData} from '../../../plugins/lessons/pageData';
import {previewImagePath} from '../../../plugins/lesson-previews/imagePath';
import {LessonProvider} from './LessonContext';

type Props = WrapperProps<typeof DocItemType> & {lesson?: LessonPageData};

/** Absolute URLs from the site's URL (SITE_URL), so previews and structured data work anywhere. */
function LessonHeadForPage({lesson, permalink}: {lesson: LessonPageData; permalink: string}): ReactNode {
  const {siteConfig} = useDocusaurusContext();
  const image = useBaseUrl(previewImagePath(lesson.id), {absolute: true});
  const of = (path: string): string => `${siteConfig.url}${path}`;
  return <LessonHead lesson={lesson} urls={{page: of(permalink), image, of}} siteName={siteConfig.title} />;
}

/**
 * Hands the route prop that the lessons plugin attaches to every lesson down to the content, and
 * puts the lesson's link-preview tags and structured data in the head (after the original's own
 * metadata, so these win).
 */
export default function DocItemWrapper({lesson, ...props}: Props): ReactNode {
  return (
    <LessonProvider value={lesson ?? null}>
      <DocItem {...props} />
      {lesson && <LessonHeadForPage lesson={lesson} permalink={props.content.metadata.permalink} />}
    </LessonProvider>
  );
}
