import React, {type ReactNode} from 'react';
import Head from '@docusaurus/Head';
import type {LessonPageData} from '../../../../plugins/lessons/pageData';
import {learningResource, linkPreviewTags, serializeJsonLd, type LessonUrls} from './structuredData';

export type LessonHeadProps = {lesson: LessonPageData; urls: LessonUrls; siteName: string};

/** A lesson's link-preview meta tags and its schema.org LearningResource, in the page head. */
export default function LessonHead({lesson, urls, siteName}: LessonHeadProps): ReactNode {
  return (
    <Head>
      {linkPreviewTags(lesson, urls, siteName).map((tag) =>
        'property' in tag ? (
          <meta key={tag.property} property={tag.property} content={tag.content} />
        ) : (
          <meta key={tag.name} name={tag.name} content={tag.content} />
        ),
      )}
      {/* Built from front matter at build time and escaped by serializeJsonLd. */}
      <script type="application/ld+json">{serializeJsonLd(learningResource(lesson, urls))}</script>
    </Head>
  );
}
