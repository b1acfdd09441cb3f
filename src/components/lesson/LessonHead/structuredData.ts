import {toIsoDuration} from '../../../../plugins/lessons/estimatedTime';
import type {LessonPageData} from '../../../../plugins/lessons/pageData';

/** Absolute addresses a lesson's head needs, worked out by the page from the site's URL. */
export type LessonUrls = {
  /** The lesson's canonical URL. */
  page: string;
  /** Its 1200×630 preview image. */
  image: string;
  /** Absolute URL of a site path that already includes the base URL (a permalink). */
  of: (permalink: string) => string;
};

/** schema.org LearningResource for a lesson: what search engines and link unfurlers read. */
export function learningResource(lesson: LessonPageData, urls: LessonUrls): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'LearningResource',
    name: lesson.title,
    description: lesson.description,
    keywords: lesson.keywords,
    educationalLevel: lesson.difficulty,
    timeRequired: toIsoDuration(lesson.minutes),
    ...(lesson.prerequisites.length > 0 && {
      competencyRequired: lesson.prerequisites.map((prerequisite) => urls.of(prerequisite.permalink)),
    }),
    url: urls.page,
    image: urls.image,
    inLanguage: 'en',
    isAccessibleForFree: true,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. "<", ">" and "&" are written as
 * unicode escapes, so no value can close the script element ("</script>") or open a comment.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export type MetaTag = {property: string; content: string} | {name: string; content: string};

/** Open Graph and Twitter card tags, so a pasted link previews as this lesson. */
export function linkPreviewTags(lesson: LessonPageData, urls: LessonUrls, siteName: string): MetaTag[] {
  const imageAlt = `${lesson.title}: ${lesson.difficulty}, ${lesson.estimatedTime}`;
  return [
    {property: 'og:type', content: 'article'},
    {property: 'og:site_name', content: siteName},
    {property: 'og:title', content: lesson.title},
    {property: 'og:description', content: lesson.description},
    {property: 'og:url', content: urls.page},
    {property: 'og:image', content: urls.image},
    {property: 'og:image:type', content: 'image/png'},
    {property: 'og:image:width', content: '1200'},
    {property: 'og:image:height', content: '630'},
    {property: 'og:image:alt', content: imageAlt},
    {name: 'twitter:card', content: 'summary_large_image'},
    {name: 'twitter:title', content: lesson.title},
    {name: 'twitter:description', content: lesson.description},
    {name: 'twitter:image', content: urls.image},
    {name: 'twitter:image:alt', content: imageAlt},
  ];
}
